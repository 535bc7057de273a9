import { describe, expect, it } from 'vitest';
import { mapPageData } from '../../src/site/map-page.ts';
import { readinessOverview, readinessRows } from '../../src/site/readiness-rows.ts';
import { systemPageData } from '../../src/site/system-page.ts';
import { teamPageData } from '../../src/site/team-page.ts';
import { productionDoc } from '../helpers/make-catalog.ts';
import { siteModel, smallSite } from './site-fixture.ts';

describe('systemPageData', () => {
  it('lists every edge in and out, and splits the impact into what breaks and what degrades', () => {
    const page = systemPageData(smallSite(), 'db', '/');
    expect(page.dependsOn).toEqual([]);
    expect(page.dependedOnBy.map((r) => `${r.name} ${r.strength}`)).toEqual(['API hard', 'Batch soft']);
    expect(page.breaks.map((e) => `${e.id}@${e.depth}`)).toEqual(['api@1', 'web@2']);
    expect(page.degrades.map((e) => `${e.id}@${e.depth}`)).toEqual(['batch@1']);
    expect(page.diagram.svg).toContain('href="/systems/api/"');
    expect(page.diagram.mermaid).toMatch(/^flowchart LR\n/);
  });

  it('reads the scorecard and failure modes with their age', () => {
    const page = systemPageData(smallSite(), 'api', '/');
    expect(page.ilities.map((i) => `${i.ility}:${i.status}`)).toContain('fault_tolerance:n/a');
    expect(page.failureModes).toEqual([{ scenario: 'Down', impact: 'Nothing builds', mitigation: 'Restart', lastExercised: '2026-10-01', daysAgo: 56, overdue: false }]);
  });
});

describe('teamPageData', () => {
  it('says which other teams\' systems a team depends on, and who depends on it', () => {
    const page = teamPageData(smallSite(), 'releng', '/');
    expect(page.dependsOn.map((l) => `${l.teamName}: ${l.targets.map((t) => `${t.id}×${t.count}`).join(', ')}`)).toEqual(['IT: cdn×1, db×1']);
    expect(page.dependedOnBy).toEqual([]);
    expect(teamPageData(smallSite(), 'it', '/').dependedOnBy.map((l) => l.teamName)).toEqual(['Data', 'Release Engineering']);
    expect(page.diagram?.svg).toContain('href="/teams/it/"');
  });

  it('draws no diagram for a team without systems', () => {
    expect(teamPageData(smallSite(), 'nobody', '/').diagram).toBeUndefined();
  });
});

describe('mapPageData', () => {
  it('draws every system by team while the catalog is small, and the teams overview', () => {
    const map = mapPageData(smallSite(), '/docs/');
    expect(map.owningTeams).toBe(3);
    expect(map.full?.svg).toContain('<a class="lane-label" href="/docs/teams/it/">');
    expect(map.full?.mermaid).toContain('subgraph g0["Data"]');
    expect(map.overview?.svg).toContain('href="/docs/teams/releng/"');
  });

  it('collapses to teams past the full-map limit', () => {
    const docs = Object.fromEntries(Array.from({ length: 61 }, (_, i) => [`s${i}`, productionDoc({ name: `S${i}`, owner: i % 2 ? 'it' : 'releng' })]));
    const map = mapPageData(siteModel(docs), '/');
    expect(map.full).toBeUndefined();
    expect(map.overview).toBeDefined();
  });
});

describe('readinessOverview', () => {
  it('counts systems per level by team, and criterion outcomes by category', () => {
    const model = siteModel({
      a: productionDoc({ tier: 3 }),
      // Neither names capacity limits, a Gold criterion: both stop at Silver, which a tier-1 system may not.
      b: productionDoc({ tier: 1, owner: 'it' }),
    });
    const overview = readinessOverview(model);
    expect(overview.levels).toEqual(['Bronze', 'Silver', 'Gold', 'None']);
    expect(overview.teams.map((t) => `${t.name}: ${t.systems} [${t.perLevel.join(' ')}] below: ${t.below.map((s) => s.id).join(' ')}`)).toEqual([
      'IT: 1 [0 1 0 0] below: b',
      'Release Engineering: 1 [0 1 0 0] below: ',
    ]);
    expect(overview.statuses).toEqual(['Pass', 'Fail', 'Not applicable', 'Not yet assessed']);
    const scalability = overview.categories.find((c) => c.label === 'Scalability')!;
    expect(scalability.perStatus).toEqual([2, 2, 0, 0]);
  });
});

describe('readinessRows', () => {
  it('groups systems by lifecycle, most critical tier first, with what each still needs', () => {
    const model = siteModel({
      a: productionDoc({ tier: 3 }),
      b: productionDoc({ tier: 1 }),
      c: productionDoc({ lifecycle: 'experimental', experts: 1, body: '\n## Overview\n\nText.\n' }),
    });
    const groups = readinessRows(model);
    expect(groups.map((g) => `${g.lifecycle}: ${g.rows.map((r) => r.system.id).join(' ')}`)).toEqual(['experimental: c', 'production: b a']);
    const c = groups[0]!.rows[0]!;
    expect(c.meetsGate).toBe(true);
    expect(c.toProduction?.length).toBe(4);
    expect(c.system.readiness?.level).toBeDefined();
  });
});
