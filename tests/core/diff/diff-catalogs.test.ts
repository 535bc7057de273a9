import { describe, expect, it } from 'vitest';
import { analyze, productionDoc } from '../../helpers/make-catalog.ts';
import { diffCatalogs, type DiffSide } from '../../../src/core/diff/diff-catalogs.ts';

/** Both sides fully analyzed: every system is compared. */
const side = (docs: Record<string, string>): DiffSide => {
  const catalog = analyze(docs);
  return { ...catalog, details: catalog.byId };
};

const base = {
  db: productionDoc({ name: 'Database', owner: 'it', tier: 1 }),
  api: productionDoc({ name: 'API', deps: ['db', 'queue'] }),
  queue: productionDoc({ name: 'Queue', owner: 'it' }),
  web: productionDoc({ name: 'Web', deps: ['api'] }),
  old: productionDoc({ name: 'Old tool', tier: 4 }),
  pulse: productionDoc({ name: 'Pulse', owner: 'it' }),
  bot: productionDoc({ name: 'Bot', deps: ['pulse'] }),
};

describe('diffCatalogs', () => {
  it('finds nothing when nothing changed', () => {
    expect(diffCatalogs(side(base), side(base))).toEqual({ added: [], removed: [], renamed: [], changed: [], impact: [], impacted: { systems: 0, teams: [] } });
  });

  it('reports added, removed and renamed systems, changed fields and dependencies, and whom each change impacts', () => {
    const { pulse: _pulse, old: _old, ...kept } = base;
    const head = {
      ...kept,
      db: productionDoc({ name: 'Database', owner: 'releng', tier: 2, body: '\n## Overview\n\nNew text.\n\n## How to access\n\nText.\n\n## Runbook\n\nText.\n\n## Failure modes\n\nText.\n' }),
      api: productionDoc({ name: 'API', deps: ['db', '{ id: queue, strength: soft }', 'cache'], experts: 3 }),
      cache: productionDoc({ name: 'Cache', lifecycle: 'experimental' }),
      'pulse-bus': productionDoc({ name: 'Pulse', owner: 'it' }),
      bot: productionDoc({ name: 'Bot', deps: ['pulse-bus'] }),
    };
    const diff = diffCatalogs(side(base), side(head));
    expect(diff.added).toEqual([{ id: 'cache', name: 'Cache', owner: 'releng', lifecycle: 'experimental', tier: 2, readiness: 'silver' }]);
    expect(diff.removed).toEqual([{ id: 'old', name: 'Old tool', owner: 'releng', lifecycle: 'production', tier: 4 }]);
    expect(diff.renamed).toEqual([{
      system: { id: 'pulse-bus', name: 'Pulse', owner: 'it', lifecycle: 'production', tier: 2 }, previousId: 'pulse',
      fields: [], dependencies: { added: [], removed: [], strength: [] }, otherFields: [], body: false,
    }]);
    expect(diff.changed).toEqual([
      {
        system: { id: 'api', name: 'API', owner: 'releng', lifecycle: 'production', tier: 2 },
        fields: [],
        dependencies: { added: [{ id: 'cache', strength: 'hard' }], removed: [], strength: [{ id: 'queue', before: 'hard', after: 'soft' }] },
        otherFields: ['experts'],
        body: false,
      },
      {
        system: { id: 'db', name: 'Database', owner: 'releng', lifecycle: 'production', tier: 2 },
        fields: [{ field: 'owner', before: 'it', after: 'releng' }, { field: 'tier', before: 1, after: 2 }],
        dependencies: { added: [], removed: [], strength: [] },
        otherFields: [],
        body: true,
      },
    ]);
    expect(diff.impact).toEqual([
      { id: 'cache', change: 'added', dependents: ['api', 'web'], hard: 2, teams: [{ id: 'releng', systems: 2 }] },
      { id: 'old', change: 'removed', dependents: [], hard: 0, teams: [] },
      { id: 'pulse-bus', change: 'renamed', dependents: ['bot'], hard: 1, teams: [{ id: 'releng', systems: 1 }] },
      { id: 'api', change: 'changed', dependents: ['web'], hard: 1, teams: [{ id: 'releng', systems: 1 }] },
      { id: 'db', change: 'changed', dependents: ['api', 'web'], hard: 2, teams: [{ id: 'releng', systems: 2 }] },
    ]);
    expect(diff.impacted).toEqual({ systems: 2, teams: [{ id: 'releng', systems: 2 }] });
  });

  it('reports a readiness level that changed, and reads a removed system\'s dependents from the base', () => {
    const head = { ...base, db: productionDoc({ name: 'Database', owner: 'it', tier: 1, experts: 1 }) };
    delete (head as Record<string, string>).queue;
    const diff = diffCatalogs(side(base), side({ ...head, api: productionDoc({ name: 'API', deps: ['db'] }) }));
    expect(diff.changed.find((c) => c.system.id === 'db')).toMatchObject({ otherFields: ['experts'], readiness: { before: 'silver', after: 'bronze' } });
    expect(diff.impact.find((i) => i.id === 'queue')).toEqual({ id: 'queue', change: 'removed', dependents: ['api', 'web'], hard: 2, teams: [{ id: 'releng', systems: 2 }] });
  });
});
