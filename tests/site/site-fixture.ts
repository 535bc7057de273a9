import { toCatalogMeta } from '../../src/site/catalog-meta.ts';
import { buildSiteModel, type SiteModel } from '../../src/site/site-model.ts';
import { toSystemRecord } from '../../src/site/system-record.ts';
import { analyze, productionDoc, WITHOUT_GRAPH_LINTS, type AnalyzeOptions } from '../helpers/make-catalog.ts';

/** Teams for the site fixtures: two declared, plus `data`. */
export const SITE_TEAMS = `teams:
  - id: releng
    name: Release Engineering
    members:
      - name: Ada
  - id: it
    name: IT
  - id: data
    name: Data
`;

/** A site model built the way the content layer builds it, from docs given as `{ id: text }`. */
export function siteModel(docs: Record<string, string>, options: AnalyzeOptions = {}): SiteModel {
  const catalog = analyze(docs, { teams: SITE_TEAMS, config: WITHOUT_GRAPH_LINTS, ...options });
  const errors = catalog.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`Fixture has errors: ${errors.map((e) => `${e.file} ${e.rule}: ${e.message}`).join('; ')}`);
  const meta = toCatalogMeta(catalog);
  return buildSiteModel(
    catalog.systems.map((s) => toSystemRecord(s, catalog)),
    catalog.teams.map(({ place: _place, ...team }) => team),
    meta,
    meta.accepted,
  );
}

/** web (releng) -> api (releng) -> db (it), with batch (data) ~> db and web ~> cdn (it). */
export function smallSite(): SiteModel {
  return siteModel({
    web: productionDoc({ name: 'Web', deps: ['api', '{ id: cdn, strength: soft }'] }),
    api: productionDoc({ name: 'API', deps: ['db'] }),
    db: productionDoc({ name: 'DB', owner: 'it' }),
    cdn: productionDoc({ name: 'CDN', owner: 'it' }),
    batch: productionDoc({ name: 'Batch', owner: 'data', deps: ['{ id: db, strength: soft }'] }),
  });
}
