import { describe, expect, it } from 'vitest';
import { analyzeCatalog } from '../../../src/core/analyze-catalog.ts';
import { resolveConfig } from '../../../src/core/config/resolve-config.ts';
import { TODAY } from '../../helpers/make-catalog.ts';

const encode = (text: string) => new TextEncoder().encode(text);

const TEAMS = `teams:
  - id: releng
    name: Release Engineering
    members:
      - name: Marcus Bell
        handle: mbell
        email: mbell@example.org
  - id: it
    name: IT
    members:
      - { name: Marcus  Bell, handle: mbell }
      - { name: M. Bell, handle: MBELL, email: marcus@example.org }
`;

const doc = (experts: string) => `---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\nexperts:\n${experts}---\n`;

const findings = (docs: Record<string, string>) => analyzeCatalog({
  docs: Object.entries(docs).map(([file, text]) => ({ file, bytes: encode(text) })),
  teamsFile: 'systems/teams.yaml',
  teamsBytes: encode(TEAMS),
  config: resolveConfig(),
  today: TODAY,
}).diagnostics.filter((d) => d.rule === 'inconsistent-person');

describe('inconsistent-person', () => {
  it('reports each differing name and email at its own place, pointing back at the first, the teams file read first; spacing and case alone are no difference', () => {
    const found = findings({
      'systems/b.md': doc('  - { name: Marcus Bell, handle: mbell, email: MBELL@example.org }\n'),
      'systems/a.md': doc('  - { name: Marc Bell, handle: mbell, email: mb@example.org }\n'),
    });
    expect(found.map((d) => ({ at: `${d.file}:${d.line}:${d.column}`, severity: d.severity, message: d.message, related: d.related?.map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`) }))).toMatchInlineSnapshot(`
      [
        {
          "at": "systems/a.md:7:13",
          "message": "\`mbell\` is named \`Marc Bell\` here, but \`Marcus Bell\` in \`systems/teams.yaml\`.",
          "related": [
            "systems/teams.yaml:5:15 First named \`Marcus Bell\` here.",
          ],
          "severity": "warning",
        },
        {
          "at": "systems/a.md:7:46",
          "message": "\`mbell\` has the email \`mb@example.org\` here, but \`mbell@example.org\` in \`systems/teams.yaml\`.",
          "related": [
            "systems/teams.yaml:7:16 First given \`mbell@example.org\` here.",
          ],
          "severity": "warning",
        },
        {
          "at": "systems/teams.yaml:12:17",
          "message": "\`MBELL\` is named \`M. Bell\` here, but \`Marcus Bell\` in \`systems/teams.yaml\`.",
          "related": [
            "systems/teams.yaml:5:15 First named \`Marcus Bell\` here.",
          ],
          "severity": "warning",
        },
        {
          "at": "systems/teams.yaml:12:48",
          "message": "\`MBELL\` has the email \`marcus@example.org\` here, but \`mbell@example.org\` in \`systems/teams.yaml\`.",
          "related": [
            "systems/teams.yaml:7:16 First given \`mbell@example.org\` here.",
          ],
          "severity": "warning",
        },
      ]
    `);
    expect(found[0]!.hint).toBe('A handle is one person: write the same name and email everywhere, or give a different person their own handle.');
  });

  it('says nothing about experts without a handle, whatever their names', () => {
    const found = findings({ 'systems/a.md': doc('  - { name: Marcus Bell }\n  - { name: Someone Else, email: mbell@example.org }\n') });
    expect(found.filter((d) => d.file === 'systems/a.md')).toEqual([]);
  });
});
