import { describe, expect, it } from 'vitest';
import { teamsOverview, teamSystemRows } from '../../src/site/teams-overview.ts';
import { productionDoc } from '../helpers/make-catalog.ts';
import { siteModel } from './site-fixture.ts';

const withExperts = (doc: string, experts: string[]) => doc.replace(/experts:\n(  - name: .*\n)+/, `experts:\n${experts.map((e) => `  - ${e}\n`).join('')}`);

describe('teamsOverview', () => {
  it('counts teams as the home page does and names the declared teams that own nothing', () => {
    const model = siteModel({ web: productionDoc({ name: 'Web' }), db: productionDoc({ name: 'DB', owner: 'it' }) });
    const overview = teamsOverview(model);
    expect(overview.lede).toBe('3 teams; 2 own systems, and Data owns none.');
    expect(overview.cards.map((c) => `${c.name}: ${c.systems} systems, ${c.members} members, ${c.experts} experts`)).toEqual([
      'Data: 0 systems, 0 members, 0 experts',
      'IT: 1 systems, 0 members, 2 experts',
      'Release Engineering: 1 systems, 1 members, 2 experts',
    ]);
  });

  it('says every team owns systems when they all do', () => {
    const model = siteModel({ a: productionDoc({ owner: 'releng' }), b: productionDoc({ owner: 'it' }), c: productionDoc({ owner: 'data' }) });
    expect(teamsOverview(model).lede).toBe('3 teams, each owning systems.');
  });
});

describe('teamSystemRows', () => {
  it('lists a team\'s systems by tier with their experts, linked when they have a handle', () => {
    const model = siteModel({
      web: withExperts(productionDoc({ name: 'Web', tier: 2 }), ['{ name: Ada, handle: ada }', '{ name: Bo }']),
      api: withExperts(productionDoc({ name: 'API', tier: 1 }), ['{ name: Ada, handle: ADA }', '{ name: Cy, handle: cy }']),
    });
    expect(teamSystemRows(model, 'releng').map((r) => `${r.tier} ${r.name}: ${r.experts.map((e) => `${e.name}${e.slug ? `@${e.slug}` : ''}`).join(', ')}`)).toEqual([
      '1 API: Ada@ada, Cy@cy',
      '2 Web: Ada@ada, Bo',
    ]);
    expect(teamSystemRows(model, 'data')).toEqual([]);
  });
});
