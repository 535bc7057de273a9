import { describe, expect, it } from 'vitest';
import { analyze, productionDoc } from '../../helpers/make-catalog.ts';
import { readTeamContacts } from '../../../src/core/readiness/team-contacts.ts';

/** A retired doc with no `contacts`, owned by `releng`, as the example catalog's tinderbox is. */
const retired = `---
name: Old
summary: An old system.
owner: releng
lifecycle: retired
retirement_note: Replaced by nothing.
---

## Overview

Text.
`;

const teams = (extra: string) => `teams:\n  - id: releng\n    name: Release Engineering\n${extra}  - id: it\n    name: IT\n`;
const contacts = (teamsText: string, doc = retired, config = {}) =>
  analyze({ a: doc }, { teams: teamsText, config }).readiness.get('a')!.criteria.find((c) => c.id === 'contacts')!;

describe('readiness of contacts', () => {
  it('counts the owning team\'s contacts for a system without its own, as the page shows them', () => {
    expect(contacts(teams('    chat: "#releng"\n'))).toEqual({ id: 'contacts', title: expect.any(String), category: 'documentation', level: 'bronze', status: 'pass' });
    expect(contacts(teams('    email: releng@example.org\n')).status).toBe('pass');
  });

  it('still fails when neither the doc nor its team says where to ask', () => {
    expect(contacts(teams(''))).toMatchObject({ status: 'fail', detail: '`contacts` is missing or empty.' });
    expect(contacts(null as unknown as string)).toMatchObject({ status: 'fail' });
  });

  it('judges a system with its own contacts on those alone, field by field', () => {
    const config = { readiness: { criteria: [{ id: 'contacts', level: 'bronze', category: 'documentation' as const, title: 'On call named.', check: { field: 'contacts.oncall' } }] } };
    // The doc's contacts give only chat; the team's on call does not stand in for a field of the doc's own contacts.
    expect(contacts(teams('    oncall: releng-pager\n'), productionDoc(), config)).toMatchObject({ status: 'fail', detail: '`contacts.oncall` is missing or empty.' });
    expect(contacts(teams('    oncall: releng-pager\n'), retired, config).status).toBe('pass');
    expect(contacts(teams('    chat: "#releng"\n'), retired, config).status).toBe('fail');
  });

  it('reads the declared contact fields of each team', () => {
    const map = readTeamContacts([{ id: 'a', chat: '#a', email: ' ' } as never, { id: 'b' }]);
    expect([...map].map(([id, fields]) => [id, [...fields]])).toEqual([['a', ['chat']], ['b', []]]);
  });
});
