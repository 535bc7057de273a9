import { getCollection, getEntry } from 'astro:content';
import type { CatalogMeta } from '../catalog-meta.ts';
import { buildSiteModel, type SiteModel, type TeamRecord } from '../site-model.ts';
import type { SystemRecord } from '../system-record.ts';

let cached: Promise<SiteModel> | undefined;

/** The site model, built once per build from the content collections (rebuilt on every request in dev, where content changes). */
export function getSiteModel(): Promise<SiteModel> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteModel> {
  const [systems, teams, meta] = await Promise.all([getCollection('systems'), getCollection('teams'), getEntry('catalog', 'catalog')]);
  if (!meta) throw new Error('The catalog collection is empty: the content loader did not run.');
  const catalog = meta.data as unknown as CatalogMeta;
  return buildSiteModel(
    systems.map((e) => e.data as unknown as SystemRecord),
    teams.map((e) => e.data as unknown as TeamRecord),
    catalog,
    catalog.accepted,
  );
}
