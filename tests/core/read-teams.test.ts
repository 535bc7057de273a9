import { describe, expect, it } from 'vitest';
import { memberPlaces, readTeams } from '../../src/core/read-teams.ts';

const read = (text: string) => readTeams('systems/teams.yaml', new TextEncoder().encode(text));

describe('readTeams', () => {
  it('reads declared teams with their places', () => {
    expect(read('teams:\n  - id: releng\n    name: Release Engineering\n')).toEqual({
      teams: [{ id: 'releng', name: 'Release Engineering', place: { line: 2, column: 9 } }], findings: [],
    });
  });

  it('reads members\' places beside the team, and reports a value cut short by ` #`, as in a doc', () => {
    const result = read('teams:\n  - id: webtools\n    name: WebTools\n    oncall: WebOps on-call; #tbpl by day\n    members:\n      - { name: Paul, handle: pmeyer, email: p@example.org }\n');
    expect(result.findings.map((f) => `${f.line}:${f.column} ${f.rule}`)).toEqual(['4:29 comment-in-value']);
    expect(result.teams[0]!.oncall).toBe('WebOps on-call;');
    expect(memberPlaces(result.teams[0]!)).toEqual({ file: 'systems/teams.yaml', members: [{ name: { line: 6, column: 17 }, email: { line: 6, column: 46 } }] });
  });

  it('reports an alias to no anchor, and one before its anchor, at the alias, instead of throwing', () => {
    expect(read('teams:\n  - id: releng\n    name: *nope\n')).toEqual({
      teams: [],
      findings: [{ file: 'systems/teams.yaml', line: 3, column: 11, rule: 'yaml-syntax', message: 'The alias `*nope` refers to no anchor defined before it.' }],
    });
    expect(read('teams:\n  - id: *x\n    name: &x IT\n').findings).toEqual([{
      file: 'systems/teams.yaml', line: 2, column: 9, rule: 'yaml-syntax',
      message: 'The alias `*x` refers to no anchor defined before it.', hint: 'Its anchor `&x` comes after it: define the anchor first.',
    }]);
  });

  it('reports aliases expanded more than 100 times', () => {
    const text = `x: &x [a]\nteams: [${Array(101).fill('*x').join(', ')}]\n`;
    expect(read(text).findings).toEqual([{
      file: 'systems/teams.yaml', line: 2, column: 409, rule: 'yaml-syntax',
      message: 'Aliases are expanded 101 times; the limit is 100.', hint: 'Repeat fewer values through aliases, or write them out.',
    }]);
  });

  it('reports nesting deeper than 64 levels where it passes the limit', () => {
    expect(read(`teams: ${'['.repeat(1000)}${']'.repeat(1000)}\n`)).toEqual({
      teams: [],
      findings: [{
        file: 'systems/teams.yaml', line: 1, column: 71, rule: 'too-deeply-nested',
        message: 'The teams file nests deeper than 64 levels.', hint: 'Flatten the structure: no field needs more than a few levels.',
      }],
    });
  });

  it('places an error at the very end on the last character, inside the file', () => {
    expect(read('teams: [\n').findings.map((f) => `${f.line}:${f.column} ${f.rule}`)).toEqual(['1:8 yaml-syntax']);
  });
});
