import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, productionDoc } from '../../helpers/make-catalog.ts';
import { buildCatalogExport, CATALOG_SCHEMA_VERSION } from '../../../src/core/export/build-catalog-export.ts';
import { writeCatalogExport } from '../../../src/core/export/write-catalog-export.ts';

const catalog = analyze({
  api: productionDoc({ name: 'API', deps: ['db', '{ id: gone, strength: soft }'] }),
  db: productionDoc({ name: 'Database', owner: 'it', tier: 1 }),
});

describe('buildCatalogExport', () => {
  it('describes every system with its front matter, resolved relations, readiness and problems', () => {
    const exported = buildCatalogExport(catalog);
    expect(exported.schemaVersion).toBe(CATALOG_SCHEMA_VERSION);
    expect(exported).toMatchObject({ schemaVersion: 1, date: '2026-11-26', title: 'fieldguide' });
    expect(exported.levels.map((l) => l.id)).toEqual(['bronze', 'silver', 'gold']);
    expect(exported.teams).toEqual([
      { id: 'releng', name: 'Release Engineering', chat: null, email: null, systems: ['api'] },
      { id: 'it', name: 'IT', chat: null, email: null, systems: ['db'] },
    ]);
    const [api, db] = exported.systems;
    expect(api).toMatchObject({
      id: 'api',
      file: 'systems/api.md',
      ownerName: 'Release Engineering',
      headings: [{ depth: 2, text: 'Overview' }, { depth: 2, text: 'How to access' }, { depth: 2, text: 'Runbook' }, { depth: 2, text: 'Failure modes' }],
      dependencies: [
        { id: 'db', strength: 'hard', protocol: null, usage: null, known: true },
        { id: 'gone', strength: 'soft', protocol: null, usage: null, known: false },
      ],
      dependents: [],
      problems: { errors: 1, warnings: 0 },
    });
    expect(api!.data.name).toBe('API');
    expect(api!.readiness).toMatchObject({ level: 'silver', next: 'gold', required: 'silver', meetsRequired: true, toNext: ['capacity-limits'], toRequired: [] });
    expect(api!.readiness!.criteria).toMatchObject({ overview: 'pass', 'capacity-limits': 'fail', 'fault-tolerance': 'n/a' });
    expect(api!.readiness!.details).toEqual({ 'capacity-limits': '`capacity.limits` is missing or empty.', 'fault-tolerance': '`ilities.fault_tolerance` is `n/a`.' });
    expect(exported.criteria[0]).toEqual({ id: 'overview', level: 'bronze', category: 'documentation', title: 'An Overview section says what it is and who uses it.' });
    expect(db).toMatchObject({ id: 'db', dependents: [{ id: 'api', strength: 'hard' }], problems: { errors: 0, warnings: 1 } });
    expect(exported.edges).toEqual([{ from: 'api', to: 'db', strength: 'hard', protocol: null, usage: null }]);
    expect(exported.readiness.belowRequired).toEqual(['db']);
  });

  it('is plain JSON: serializing and parsing it changes nothing', () => {
    const exported = buildCatalogExport(catalog);
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
  });

  it('is written to a file (dist/catalog.json in the build), creating the folder', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fieldguide-export-')), 'dist', 'catalog.json');
    await writeCatalogExport(catalog, file);
    const text = readFileSync(file, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(buildCatalogExport(catalog));
  });

  it('writes doc paths relative to the repository root, never the machine\'s absolute path', async () => {
    const repo = realpathSync(mkdtempSync(join(tmpdir(), 'fieldguide-export-')));
    mkdirSync(join(repo, '.git'));
    mkdirSync(join(repo, 'docs', 'systems'), { recursive: true });
    // As `loadCatalog` gives it for a catalog folder outside the working folder, or named by an absolute path.
    const loaded = analyze({ api: productionDoc({ name: 'API' }) });
    loaded.systems[0]!.file = join(repo, 'docs', 'systems', 'api.md');
    const file = join(repo, 'out', 'catalog.json');
    await writeCatalogExport({ ...loaded, dir: join(repo, 'docs', 'systems') }, file);
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text).systems[0].file).toBe('docs/systems/api.md');
    expect(text).not.toContain(repo);
  });
});
