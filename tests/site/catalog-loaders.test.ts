import type { LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCatalogSnapshot } from '../../src/core/catalog-snapshot.ts';
import { loadCatalog } from '../../src/core/load-catalog.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogLoader, systemsLoader, teamsLoader } from '../../src/site/catalog-loaders.ts';
import { SITE_ENV } from '../../src/site/site-env.ts';
import type { SystemRecord } from '../../src/site/system-record.ts';

/** A stand-in for Astro's loader context: an in-memory store and nothing else. */
function context(collection: string) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string | number; rendered?: { html: string; metadata?: Record<string, unknown> } }>();
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: { id: string; data: Record<string, unknown> }) => (entries.set(entry.id, entry), true),
    keys: () => [...entries.keys()],
    delete: (id: string) => entries.delete(id),
    clear: () => entries.clear(),
  };
  const ctx = {
    collection,
    store,
    logger: { info: () => {}, warn: () => {}, error: () => {} },
    generateDigest: (data: unknown) => createHash('sha1').update(JSON.stringify(data)).digest('hex'),
  } as unknown as LoaderContext;
  return { ctx, entries };
}

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe('the content loaders', () => {
  it('load systems through the core loader: records as data, bodies rendered and sanitized', async () => {
    process.env[SITE_ENV.dir] = 'tests/fixtures/site/hostile';
    process.env[SITE_ENV.today] = '2026-11-26';
    const { ctx, entries } = context('systems');
    await systemsLoader().load(ctx);
    expect([...entries.keys()].sort()).toEqual(['api', 'db', 'web']);
    const api = entries.get('api')!;
    const record = api.data as unknown as SystemRecord;
    expect(record.data.name).toBe('API "gateway" <script>alert(1)</script> & co');
    expect(record.file).toBe('tests/fixtures/site/hostile/api.md');
    expect(record.toProduction?.map((f) => f.rule)).toContain('missing-field');
    expect(api.rendered!.html).not.toMatch(/<script|<iframe|\son\w+=|(?:href|src)="\s*(?:javascript|data):/i);
    expect(api.rendered!.metadata).toMatchObject({ clientDiagrams: 1 });
  });

  it('skip re-rendering a body whose doc did not change', async () => {
    process.env[SITE_ENV.dir] = 'tests/fixtures/site/hostile';
    process.env[SITE_ENV.today] = '2026-11-26';
    const { ctx, entries } = context('systems');
    await systemsLoader().load(ctx);
    const first = entries.get('db');
    await systemsLoader().load(ctx);
    expect(entries.get('db')).toBe(first);
  });

  it('load the teams and the catalog-wide settings', async () => {
    process.env[SITE_ENV.dir] = 'tests/fixtures/site/hostile';
    process.env[SITE_ENV.today] = '2026-11-26';
    const teams = context('teams');
    await teamsLoader().load(teams.ctx);
    expect([...teams.entries.keys()]).toEqual(['core', 'data']);
    expect(teams.entries.get('core')!.data).not.toHaveProperty('place');
    const meta = context('catalog');
    await catalogLoader().load(meta.ctx);
    expect(meta.entries.get('catalog')!.data).toMatchObject({ today: '2026-11-26', reviewMaxAgeDays: 180, site: { title: 'fieldguide', base: '/' } });
  });

  it('use the analysis `fieldguide build` hands over instead of loading the catalog again, once', async () => {
    const work = await mkdtemp(join(tmpdir(), 'fieldguide-snapshot-'));
    try {
      const catalog = await loadCatalog({ dir: 'tests/fixtures/site/hostile', today: '2026-11-26' });
      catalog.byId.get('db')!.data.name = 'Named only in the snapshot';
      writeCatalogSnapshot(catalog, join(work, 'catalog.v8'));
      process.env[SITE_ENV.dir] = 'tests/fixtures/site/hostile';
      process.env[SITE_ENV.today] = '2026-11-26';
      process.env[SITE_ENV.snapshot] = join(work, 'catalog.v8');
      const { ctx, entries } = context('systems');
      await systemsLoader().load(ctx);
      expect((entries.get('db')!.data as unknown as SystemRecord).data.name).toBe('Named only in the snapshot');
      // A snapshot of another folder is not this catalog's: the files are read.
      process.env[SITE_ENV.dir] = 'tests/fixtures/site/hostile/../hostile/';
      process.env[SITE_ENV.snapshot] = join(work, 'other.v8');
      writeCatalogSnapshot({ ...catalog, dir: join(work, 'elsewhere') }, join(work, 'other.v8'));
      const again = context('systems');
      await systemsLoader().load(again.ctx);
      expect((again.entries.get('db')!.data as unknown as SystemRecord).data.name).not.toBe('Named only in the snapshot');
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  it('refuse a catalog that `check` rejects, with check\'s own report', async () => {
    process.env[SITE_ENV.dir] = 'tests/fixtures/site/broken';
    process.env[SITE_ENV.today] = '2026-11-26';
    const { ctx, entries } = context('systems');
    const error = await systemsLoader().load(ctx).then(() => undefined, (e: Error) => e);
    expect(error?.message).toMatch(/^The catalog has errors, so the site is not built\./);
    expect(error?.message).toContain('tests/fixtures/site/broken/api.md:4:8  error  `owner` is `nobody`');
    expect(entries.size).toBe(0);
  });
});

describe('the systems loader with a body cache (FIELDGUIDE_CACHE_DIR)', () => {
  it('keeps the rendered bodies and takes them from there in the next run instead of rendering again', async () => {
    const { readFileSync, writeFileSync, mkdirSync } = await import('node:fs');
    const { serialize, deserialize } = await import('node:v8');
    const work = await mkdtemp(join(tmpdir(), 'fieldguide-body-cache-'));
    try {
      process.env[SITE_ENV.dir] = 'tests/fixtures/site/hostile';
      process.env[SITE_ENV.today] = '2026-11-26';
      process.env[SITE_ENV.cache] = join(work, 'first');
      await systemsLoader().load(context('systems').ctx);
      const { readdirSync } = await import('node:fs');
      const [name] = readdirSync(join(work, 'first'));
      expect(name).toMatch(/^bodies-[0-9a-f]{16}\.v8$/);
      const kept = deserialize(readFileSync(join(work, 'first', name!))) as Map<string, { html: string }>;
      expect(kept.size).toBe(3);
      // What the next run finds in the cache is what it shows: marked, so the test sees it was not rendered again.
      for (const body of kept.values()) body.html = `<p>from the cache</p>${body.html}`;
      mkdirSync(join(work, 'second'));
      writeFileSync(join(work, 'second', name!), serialize(kept));
      process.env[SITE_ENV.cache] = join(work, 'second');
      const next = context('systems');
      await systemsLoader().load(next.ctx);
      expect(next.entries.get('api')!.rendered!.html).toMatch(/^<p>from the cache<\/p>/);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
