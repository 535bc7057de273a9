import { describe, expect, it } from 'vitest';
import { searchLabels } from '../../src/site/search-labels.ts';
import { toSearchRecord } from '../../src/core/render/to-search-record.ts';
import { siteModel, smallSite } from './site-fixture.ts';
import { productionDoc } from '../helpers/make-catalog.ts';

describe('searchLabels', () => {
  it('gives a word for every facet id the index holds, except tags, which are shown as written', () => {
    const model = smallSite();
    const labels = searchLabels(model);
    expect(labels.team).toEqual({ releng: 'Release Engineering', it: 'IT', data: 'Data' });
    expect(labels.tier).toEqual({ 2: 'Tier 2' });
    expect(labels.lifecycle!.production).toBe('Production');
    expect(labels.kind!.service).toBe('Service');
    expect(labels.type).toEqual({ system: 'System', person: 'Person', term: 'Glossary term' });
    for (const system of model.systems) {
      for (const [facet, values] of Object.entries(toSearchRecord(system.data).filters)) {
        if (facet !== 'tag') for (const value of values) expect(labels[facet], `${facet} ${value}`).toHaveProperty(value);
      }
    }
  });

  it('keeps a hostile team name out of the filter values, as the label only', () => {
    const model = siteModel({ api: productionDoc({ owner: 'releng' }) }, {
      teams: 'teams:\n  - id: releng\n    name: "<img src=x onerror=alert(1)>"\n',
    });
    expect(toSearchRecord(model.systems[0]!.data).filters.team).toEqual(['releng']);
    expect(searchLabels(model).team).toEqual({ releng: '<img src=x onerror=alert(1)>' });
  });
});
