import { describe, expect, it } from 'vitest';
import { badgeCodes, selectCatalogMap } from '../../../src/core/render/select-catalog-map.ts';
import { selectSharedSystems } from '../../../src/core/render/select-shared-systems.ts';
import { graphOf } from '../../helpers/graph-of.ts';

// Six apps all on dns (one softly), four on dc; dc itself on dns.
const apps = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];
const graph = graphOf(...apps.map((a) => (a === 'a6' ? `${a}->dns~` : `${a}->dns`)), 'a1->dc', 'a2->dc', 'a3->dc', 'a4->dc', 'dc->dns', 'a1->a2');
const kinds: Record<string, string> = { dns: 'infrastructure', dc: 'infrastructure' };
const candidates = [...apps, 'dns', 'dc'].map((id) => ({ id, kind: kinds[id] ?? 'service' }));

describe('selectSharedSystems', () => {
  it('under auto, picks what at least a fifth of the systems, and at least 5, depend on directly', () => {
    expect([...selectSharedSystems(graph, candidates, 'auto')]).toEqual(['dns']);
  });

  it('takes ids and kinds, and nothing for an empty list', () => {
    expect([...selectSharedSystems(graph, candidates, ['dc'])]).toEqual(['dc']);
    expect([...selectSharedSystems(graph, candidates, ['infrastructure'])].sort()).toEqual(['dc', 'dns']);
    expect([...selectSharedSystems(graph, candidates, [])]).toEqual([]);
  });
});

describe('selectCatalogMap with shared systems', () => {
  const systems = [...apps, 'dns', 'dc'].map((id) => ({ id, label: id === 'dns' ? 'DNS (internal)' : id === 'dc' ? 'Data centers' : id.toUpperCase(), team: id.startsWith('a') ? 'apps' : 'it' }));
  const teams = [{ id: 'apps', label: 'Apps' }, { id: 'it', label: 'IT' }];

  it('draws dependencies on shared systems as badges, keeps every other arrow, and says so in the title', () => {
    const map = selectCatalogMap(graph, systems, teams, new Set(['dns', 'dc']));
    expect(map.shared).toEqual([
      { systemId: 'dns', label: 'DNS (internal)', code: 'DNS', dependents: 7 },
      { systemId: 'dc', label: 'Data centers', code: 'DC', dependents: 4 },
    ]);
    const keyOf = (id: string) => map.nodes.find((n) => n.systemId === id)!.key;
    expect(map.badges.get(keyOf('a1'))).toEqual([{ code: 'DNS', systemId: 'dns', strength: 'hard' }, { code: 'DC', systemId: 'dc', strength: 'hard' }]);
    expect(map.badges.get(keyOf('a6'))).toEqual([{ code: 'DNS', systemId: 'dns', strength: 'soft' }]);
    expect(map.edges).toEqual([{ from: keyOf('a1'), to: keyOf('a2'), strength: 'hard' }]);
    expect(map.title).toBe('All 8 systems and 12 dependencies, grouped by owner team; 11 dependencies on shared infrastructure are drawn as badges on the boxes.');
  });

  it('draws every arrow without shared systems', () => {
    const map = selectCatalogMap(graph, systems, teams);
    expect(map.edges).toHaveLength(12);
    expect(map.badges.size).toBe(0);
  });
});

describe('badgeCodes', () => {
  it('keeps short capitals, takes initials or a first part, and numbers repeats', () => {
    expect(badgeCodes(['DNS (internal and build zones)', 'Mozilla data centers (scl3, scl1, mtv1)', 'MySQL hosting', 'hg.mozilla.org', 'Puppet', 'Mozilla data centres']))
      .toEqual(['DNS', 'MDC', 'MH', 'HG', 'PUP', 'MDC2']);
  });
});
