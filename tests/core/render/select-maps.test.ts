import { describe, expect, it } from 'vitest';
import { selectCatalogMap } from '../../../src/core/render/select-catalog-map.ts';
import { selectTeamMap } from '../../../src/core/render/select-team-map.ts';
import { selectTeamOverview } from '../../../src/core/render/select-team-overview.ts';
import { graphOf } from '../../helpers/graph-of.ts';

const graph = graphOf('web->api', 'api->db', 'api->queue~', 'batch->db~', 'web->cdn');
const systems = [
  { id: 'web', label: 'Web', team: 'front' },
  { id: 'api', label: 'API', team: 'back' },
  { id: 'batch', label: 'Batch', team: 'back' },
  { id: 'db', label: 'DB', team: 'data' },
  { id: 'queue', label: 'Queue', team: 'data' },
  { id: 'cdn', label: 'CDN', team: 'ghost' },
];
const teams = [{ id: 'front', label: 'Front end' }, { id: 'back', label: 'Back end' }, { id: 'data', label: 'Data' }];

describe('selectCatalogMap', () => {
  it('draws every system inside its team and every edge', () => {
    const map = selectCatalogMap(graph, systems, teams);
    expect(map.groups.map((g) => g.label)).toEqual(['Back end', 'Data', 'Front end', 'ghost']);
    expect(map.nodes.map((n) => `${n.label}:${n.group}`)).toEqual(['API:g0', 'Batch:g0', 'DB:g1', 'Queue:g1', 'Web:g2', 'CDN:g3']);
    expect(map.edges).toHaveLength(5);
    expect(map.title).toBe('All 6 systems and 5 dependencies, grouped by owner team.');
  });
});

describe('selectTeamOverview', () => {
  it('collapses systems into teams and counts the edges between teams', () => {
    const overview = selectTeamOverview(graph, systems, teams);
    expect(overview.nodes.map((n) => n.label)).toEqual(['Back end (2)', 'Data (2)', 'Front end (1)', 'ghost (1)']);
    expect(overview.edges).toEqual([
      { from: 'n0', to: 'n1', strength: 'hard', label: '3' },
      { from: 'n2', to: 'n0', strength: 'hard', label: '1' },
      { from: 'n2', to: 'n3', strength: 'hard', label: '1' },
    ]);
  });
});

describe('selectTeamMap', () => {
  it('shows the team\'s systems and one box per other team they touch', () => {
    const map = selectTeamMap(graph, 'back', systems, teams);
    expect(map.nodes.map((n) => `${n.role}:${n.label}`)).toEqual(['system:API', 'system:Batch', 'team:Data', 'team:Front end']);
    expect(map.edges).toEqual([
      { from: 'n0', to: 'n2', strength: 'hard', label: '2' },
      { from: 'n1', to: 'n2', strength: 'soft' },
      { from: 'n3', to: 'n0', strength: 'hard' },
    ]);
  });
});
