import { describe, expect, it } from 'vitest';
import { contactGroups, systemContactCells } from '../../src/site/contacts-rows.ts';
import { productionDoc } from '../helpers/make-catalog.ts';
import { siteModel } from './site-fixture.ts';

const TEAMS = `teams:
  - id: releng
    name: Release Engineering
    chat: "#releng"
    email: releng@example.org
    oncall: Buildduty
    escalation: Buildduty, then the lead
  - id: it
    name: IT
  - id: idle
    name: Idle
`;

describe('contactGroups', () => {
  const model = siteModel({
    // productionDoc gives `contacts: { chat: "#releng" }`; the rest comes from the team.
    web: productionDoc({ name: 'Web' }).replace('  chat: "#releng"\n', '  chat: "#web"\n  issues: https://bugs.example.org/web\n'),
    api: productionDoc({ name: 'API' }),
    beta: productionDoc({ name: 'Beta', lifecycle: 'experimental' }),
    db: productionDoc({ name: 'DB', owner: 'it' }),
  }, { teams: TEAMS });
  const groups = contactGroups(model);
  const show = (cells: Record<string, { text: string; href?: string; fromTeam?: boolean } | undefined>) =>
    Object.entries(cells).map(([channel, c]) => `${channel}=${c!.text}${c!.href ? ` <${c!.href}>` : ''}${c!.fromTeam ? ' (team)' : ''}`);

  it('has a group per team, by name, each the team first and then its production systems only', () => {
    expect(groups.map((g) => `${g.teamName}: ${g.rows.map((r) => `${r.kind}:${r.id}`).join(' ')}`)).toEqual([
      'Idle: team:idle',
      'IT: team:it system:db',
      'Release Engineering: team:releng system:api system:web',
    ]);
  });

  it('takes a system\'s own contacts first and fills the rest from its team, marked as the team\'s', () => {
    const releng = groups.find((g) => g.team === 'releng')!;
    expect(show(releng.rows[0]!.cells)).toEqual(['chat=#releng', 'email=releng@example.org <mailto:releng@example.org>', 'oncall=Buildduty', 'escalation=Buildduty, then the lead']);
    expect(show(releng.rows.find((r) => r.id === 'web')!.cells)).toEqual([
      'chat=#web',
      'email=releng@example.org <mailto:releng@example.org> (team)',
      'oncall=Buildduty (team)',
      'escalation=Buildduty, then the lead (team)',
      'issues=File an issue <https://bugs.example.org/web>',
    ]);
    expect(show(groups.find((g) => g.team === 'it')!.rows[1]!.cells)).toEqual(['chat=#releng']);
  });
});

describe('systemContactCells', () => {
  const team = { chat: '#releng', email: 'releng@example.org', oncall: 'Buildduty', escalation: 'The lead' };

  it('gives a system without contacts every channel of its team, each marked as the team\'s (what its page shows)', () => {
    expect(systemContactCells(undefined, team)).toEqual({
      chat: { text: '#releng', fromTeam: true },
      email: { text: 'releng@example.org', href: 'mailto:releng@example.org', fromTeam: true },
      oncall: { text: 'Buildduty', fromTeam: true },
      escalation: { text: 'The lead', fromTeam: true },
    });
  });

  it('keeps the system\'s own answer per channel, and links only a safe issue tracker', () => {
    expect(systemContactCells({ chat: '#web', issues: 'javascript:alert(1)' }, undefined)).toEqual({ chat: { text: '#web' }, issues: { text: 'File an issue' } });
  });
});
