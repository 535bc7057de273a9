import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportBackstage } from '../../../src/core/backstage/export-backstage.ts';
import { exportSystemEntity } from '../../../src/core/backstage/export-system-entity.ts';
import { loadCatalog } from '../../../src/core/load-catalog.ts';
import { analyze, productionDoc } from '../../helpers/make-catalog.ts';
import { backstageProblem } from './export-validate-entity.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;

describe('exportBackstage', () => {
  it('exports the whole example catalog as entities Backstage accepts', async () => {
    const catalog = await loadCatalog({ cwd: ROOT, today: '2026-11-26' });
    const { files } = exportBackstage(catalog);
    const problems: string[] = [];
    for (const f of files) {
      const problem = await backstageProblem(parse(f.text));
      if (problem) problems.push(`${f.file}: ${problem}`);
    }
    expect(problems).toEqual([]);
    const kinds = (kind: string) => files.filter((f) => f.entity.kind === kind).length;
    expect(kinds('Component') + kinds('Resource')).toBe(catalog.systems.length);
    expect(kinds('Group')).toBe(catalog.teams.length);
    expect(kinds('Resource')).toBeGreaterThan(0);
    expect(kinds('User')).toBeGreaterThan(0);
    const location = files[0]!;
    expect(location.file).toBe('catalog-info.yaml');
    expect(location.entity.spec.targets).toEqual(files.slice(1).map((f) => `./${f.file}`));
    // Every dependency edge between systems is a dependsOn to the target's own kind and file.
    const byRef = new Set(files.map((f) => `${f.entity.kind.toLowerCase()}:default/${f.entity.metadata.name}`));
    const edges = files.flatMap((f) => (f.entity.spec.dependsOn as string[] | undefined) ?? []);
    expect(edges.filter((ref) => !byRef.has(ref))).toEqual([]);
    expect(edges).toHaveLength(new Set(catalog.graph.edges.map((e) => `${e.from}>${e.to}`)).size);
  });

  it('maps a system, its lifecycle and fieldguide-only facts to annotations', async () => {
    const catalog = analyze({
      web: productionDoc({ name: 'Web «front» — ünïcode', lifecycle: 'production', tier: 1, deps: ['db', '{ id: queue, strength: soft }'], extra: 'tags: [ci, release]\nlinks:\n  - title: Source\n    url: https://example.com/src\n' }),
      db: productionDoc({ name: 'DB', lifecycle: 'retired' }).replace('kind: service', 'kind: database'),
      queue: productionDoc({ name: 'Queue', lifecycle: 'proposed' }).replace('kind: service', 'kind: data-pipeline'),
    }, { config: { kinds: ['data-pipeline'] } });
    const { files, notes } = exportBackstage(catalog);
    const entity = (name: string) => files.find((f) => f.entity.metadata.name === name)!.entity;
    expect(entity('web')).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'web',
        title: 'Web «front» — ünïcode',
        description: 'An example system.',
        tags: ['ci', 'release'],
        links: [{ url: 'https://example.com/src', title: 'Source' }],
        annotations: expect.objectContaining({
          'fieldguide.dev/source': 'systems/web.md',
          'fieldguide.dev/tier': '1',
          'fieldguide.dev/last-reviewed': '2026-10-01',
          'fieldguide.dev/soft-depends-on': 'queue',
        }),
      },
      spec: { type: 'service', lifecycle: 'production', owner: 'group:default/releng', dependsOn: ['resource:default/db', 'component:default/queue'] },
    });
    expect(entity('web').metadata.annotations).not.toHaveProperty('fieldguide.dev/lifecycle');
    expect(entity('db')).toMatchObject({ kind: 'Resource', spec: { type: 'database', owner: 'group:default/releng' }, metadata: { annotations: { 'fieldguide.dev/lifecycle': 'retired' } } });
    expect(entity('db').spec).not.toHaveProperty('lifecycle');
    expect(entity('queue')).toMatchObject({ kind: 'Component', spec: { type: 'data-pipeline', lifecycle: 'experimental' }, metadata: { annotations: { 'fieldguide.dev/lifecycle': 'proposed' } } });
    expect(notes).toEqual([]);
    for (const f of files) expect(await backstageProblem(parse(f.text)), f.file).toBeUndefined();
  });

  it('turns awkward team members into valid, distinct Users and says what changed', async () => {
    const teams = `teams:
  - id: releng
    name: Release Engineering
    email: releng@example.org
    chat: "#releng"
    members:
      - name: José Ñúñez
      - name: Marcus Bell
        handle: MBell
      - name: "Anne O'Neil"
        email: Anne.O'Neil@example.org
      - name: "---"
  - id: it
    name: IT
    members:
      - name: Marcus Bell
        handle: mbell
      - name: Jose Nunez
        handle: jose-nunez
`;
    const catalog = analyze({ web: productionDoc() }, { teams });
    const { files, notes } = exportBackstage(catalog);
    for (const f of files) expect(await backstageProblem(parse(f.text)), f.file).toBeUndefined();
    const users = files.filter((f) => f.entity.kind === 'User').map((f) => [f.entity.metadata.name, f.entity.spec.memberOf]);
    expect(users).toEqual([
      ['jose-nunez', ['releng']],
      ['mbell', ['releng', 'it']],
      ['anne.o-neil', ['releng']],
      ['user', ['releng']],
      ['jose-nunez-2', ['it']],
    ]);
    expect(files.find((f) => f.file === 'group-releng.yaml')!.entity).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'releng', title: 'Release Engineering', annotations: { 'fieldguide.dev/chat': '#releng' } },
      spec: { type: 'team', profile: { displayName: 'Release Engineering', email: 'releng@example.org' }, children: [], members: ['jose-nunez', 'mbell', 'anne.o-neil', 'user'] },
    });
    expect(notes.map((n) => `${n.entity}: ${n.message}`)).toMatchInlineSnapshot(`
      [
        "user:default/jose-nunez: José Ñúñez is named \`jose-nunez\`, a lowercase Backstage name.",
        "user:default/mbell: Marcus Bell is named \`mbell\` (from \`MBell\`), a lowercase Backstage name.",
        "user:default/anne.o-neil: Anne O'Neil is named \`anne.o-neil\` (from \`Anne.O'Neil\`), a lowercase Backstage name.",
        "user:default/user: --- is named \`user\`, a lowercase Backstage name.",
        "user:default/jose-nunez-2: Jose Nunez is named \`jose-nunez-2\` (from \`jose-nunez\`), a lowercase Backstage name; \`jose-nunez\` was taken by someone else.",
      ]
    `);
  });

  it('fits tags Backstage would reject and says what changed (only reachable from data the schema did not check)', async () => {
    const system = analyze({ web: productionDoc() }).byId.get('web')!;
    const { entity, notes } = exportSystemEntity({ ...system, data: { ...system.data, tags: ['ci', 'C++', 'Release Eng', '日本', 'CI'] } }, { kinds: new Map(), readiness: null, source: 'systems/web.md' });
    expect(entity.metadata.tags).toEqual(['ci', 'c++', 'release-eng']);
    expect(await backstageProblem(entity)).toBeUndefined();
    expect(notes.map((n) => `${n.entity}: ${n.message}`)).toMatchInlineSnapshot(`
      [
        "component:default/web: Tag \`C++\` was written as \`c++\` to fit Backstage's tag rules.",
        "component:default/web: Tag \`Release Eng\` was written as \`release-eng\` to fit Backstage's tag rules.",
        "component:default/web: Tag \`日本\` was left out: nothing of it fits Backstage's tag rules.",
        "component:default/web: Tag \`CI\` was written as \`ci\` to fit Backstage's tag rules.",
      ]
    `);
  });
});
