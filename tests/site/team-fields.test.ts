import { describe, expect, it } from 'vitest';
import { readTeamFields, systemPageData } from '../../src/site/system-page.ts';
import { KIND_LABEL, kindLabel } from '../../src/site/labels.ts';
import { searchLabels } from '../../src/site/search-labels.ts';
import { BUILT_IN_KINDS } from '../../src/core/validate/check-kind.ts';
import { productionDoc } from '../helpers/make-catalog.ts';
import { siteModel } from './site-fixture.ts';

describe('team fields on the system page', () => {
  const model = () => siteModel({
    bot: productionDoc({
      name: 'Bot',
      extra: 'x-cost-center: 4200\nx-runbook-url: https://runbooks.example/bot\nx-owners-wiki: javascript:alert(1)\nx-regions: [eu, us]\nx-launched: 2024-05-01\n',
    }),
  });

  it('lists the doc\'s x- fields in the order written, in words, with a link only for a linkable URL', () => {
    expect(systemPageData(model(), 'bot', '/', { 'x-runbook-url': { format: 'uri', title: 'Runbook' } }).teamFields).toEqual([
      { key: 'x-cost-center', label: 'Cost center', value: '4200' },
      { key: 'x-runbook-url', label: 'Runbook', value: 'https://runbooks.example/bot', href: 'https://runbooks.example/bot' },
      { key: 'x-owners-wiki', label: 'Owners wiki', value: 'javascript:alert(1)' },
      { key: 'x-regions', label: 'Regions', value: 'eu, us' },
      { key: 'x-launched', label: 'Launched', value: '2024-05-01' },
    ]);
  });

  it('has none for a doc without x- fields, and shows a mapping as JSON', () => {
    expect(systemPageData(siteModel({ api: productionDoc() }), 'api', '/').teamFields).toEqual([]);
    expect(readTeamFields({ name: 'A', 'x-budget': { q1: 3 } })).toEqual([{ key: 'x-budget', label: 'Budget', value: '{"q1":3}' }]);
  });
});

describe('kind labels', () => {
  it('has words for exactly the built-in kinds of the schema', () => {
    expect(Object.keys(KIND_LABEL).sort()).toEqual([...BUILT_IN_KINDS].sort());
  });

  it('shows a kind the config adds as its id, on pages and in search', () => {
    expect(kindLabel('service')).toBe('Service');
    expect(kindLabel('runbook-bot')).toBe('runbook-bot');
    expect(kindLabel('constructor')).toBe('constructor');
    const model = siteModel({ bot: productionDoc().replace('kind: service', 'kind: runbook-bot') }, { config: { kinds: ['runbook-bot'] } });
    expect(searchLabels(model).kind).toMatchObject({ 'service': 'Service', 'runbook-bot': 'runbook-bot' });
  });
});
