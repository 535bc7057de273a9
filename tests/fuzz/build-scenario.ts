import fc from 'fast-check';
import { EXAMPLE_DOCS, EXAMPLE_NAMES, EXAMPLE_TEAMS } from './read-examples.ts';
import { applyMutations, binary, bytesOf, fromBytes, mutations, type Mutation } from './mutate-text.ts';
import type { RuleId } from '../../src/core/rules.ts';

/** Which file a scenario mutates: one doc, the teams file, or the config. */
export type Target = { kind: 'doc'; name: string } | { kind: 'teams' } | { kind: 'config'; base: string };

/** A known problem planted in a file the mutation does not touch. */
export type Plant = { doc: string; kind: 'dependency' | 'field' };

/** A catalog of 4-6 example docs and the teams file, one file mutated, known problems planted elsewhere. */
export interface Scenario {
  docs: string[];
  target: Target;
  mutations: Mutation[];
  plant: Plant;
  /** Also plant a duplicate team in `teams.yaml` (when the teams file is not the target). */
  plantTeam: boolean;
  /** Add a copy of the planted doc whose name differs only by case (`Dns.md` next to `dns.md`): both must still report. */
  caseTwin?: boolean;
}

/** A diagnostic that must be reported, at exactly this place. */
export interface Expected {
  file: string;
  rule: RuleId;
  line: number;
  column: number;
}

/** The files of a scenario, as paths relative to the project root, and what must be reported. */
export interface BuiltScenario {
  docs: { file: string; bytes: Uint8Array }[];
  teams: Uint8Array;
  config: Uint8Array | undefined;
  expected: Expected[];
  /** Ids that have a file: a reference to one of them is never `unknown-dependency`. */
  ids: string[];
  /** Files nothing mutated. */
  untouched: string[];
  /** Where the mutated file first differs from the original, for failure reports. */
  change: string;
}

export const TEAMS_FILE = 'systems/teams.yaml';
export const CONFIG_FILE = 'fieldguide.config.yaml';
export const PLANTED_DEPENDENCY = 'planted-missing-system';

/** A scenario mutating one doc (or the teams file, or a config built from `configBase`). */
export function scenario(target: 'doc' | 'teams' | 'config', configBase?: fc.Arbitrary<string>): fc.Arbitrary<Scenario> {
  return fc.shuffledSubarray([...EXAMPLE_NAMES], { minLength: 4, maxLength: 6 }).chain((docs) => {
    const targetArb: fc.Arbitrary<Target> =
      target === 'doc' ? fc.constant({ kind: 'doc', name: docs[0]! })
        : target === 'teams' ? fc.constant({ kind: 'teams' })
          : (configBase ?? fc.constant('')).map((base) => ({ kind: 'config', base }));
    const plantable = target === 'doc' ? docs.slice(1) : docs;
    return fc.record({
      docs: fc.constant(docs),
      target: targetArb,
      mutations,
      plant: fc.record({ doc: fc.constantFrom(...plantable), kind: fc.constantFrom('dependency' as const, 'field' as const) }),
      plantTeam: target === 'teams' ? fc.constant(false) : fc.boolean(),
      caseTwin: fc.oneof({ arbitrary: fc.constant(false), weight: 4 }, fc.constant(true)),
    });
  });
}

/** Applies a scenario's mutations and plants, and works out where the planted problems must be reported. */
export function buildScenario(s: Scenario): BuiltScenario {
  const expected: Expected[] = [];
  const untouched: string[] = [];
  let change = '';
  const mutate = (file: string, before: string) => {
    const after = applyMutations(before, s.mutations);
    change = describeChange(file, before, after);
    return after;
  };
  const docs = s.docs.map((name) => {
    const file = `systems/${name}`;
    let text = fromBytes(EXAMPLE_DOCS.get(name)!);
    if (s.target.kind === 'doc' && s.target.name === name) return { file, bytes: bytesOf(mutate(file, text)) };
    untouched.push(file);
    if (s.plant.doc === name) {
      const planted = plant(text, s.plant.kind);
      text = planted.text;
      expected.push({ file, ...planted.expected });
    }
    return { file, bytes: bytesOf(text) };
  });
  if (s.caseTwin) {
    const original = docs.find((d) => d.file === `systems/${s.plant.doc}`)!;
    const twin = `systems/${s.plant.doc[0]!.toUpperCase()}${s.plant.doc.slice(1)}`;
    docs.push({ file: twin, bytes: original.bytes });
    untouched.push(twin);
    expected.push(...expected.filter((e) => e.file === original.file).map((e) => ({ ...e, file: twin })));
  }

  let teams = fromBytes(EXAMPLE_TEAMS);
  if (s.target.kind === 'teams') {
    teams = mutate(TEAMS_FILE, teams);
  } else {
    untouched.push(TEAMS_FILE);
    if (s.plantTeam) {
      if (!teams.endsWith('\n')) teams += '\n';
      const line = teams.split('\n').length + 2;
      teams += '  - id: planted-team\n    name: Planted\n  - id: planted-team\n    name: Planted again\n';
      expected.push({ file: TEAMS_FILE, rule: 'duplicate-team', line, column: 9 });
    }
  }

  const config = s.target.kind === 'config' ? bytesOf(mutate(CONFIG_FILE, binary(s.target.base))) : undefined;
  return {
    docs,
    teams: bytesOf(teams),
    config,
    expected,
    ids: s.docs.map((n) => n.slice(0, -3)),
    untouched,
    change,
  };
}

/** The first line where `after` differs from `before`, both shown clipped, with the sizes. */
function describeChange(file: string, before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const shown = (line: string | undefined) => {
    if (line === undefined) return '(none)';
    const text = JSON.stringify(Buffer.from(line, 'latin1').toString('utf8'));
    return text.length > 160 ? `${text.slice(0, 160)}… (${line.length} bytes)` : text;
  };
  return `${file} (${before.length} -> ${after.length} bytes, ${a.length} -> ${b.length} lines) first differs at line ${i + 1}: ${shown(a[i])} -> ${shown(b[i])}`;
}

/** Plants an unknown dependency (under a block `depends_on:`) or an unknown field (first front-matter line). */
function plant(text: string, kind: Plant['kind']): { text: string; expected: Omit<Expected, 'file'> } {
  const lines = text.split('\n');
  const deps = lines.indexOf('depends_on:');
  if (kind === 'dependency' && deps !== -1) {
    lines.splice(deps + 1, 0, `  - ${PLANTED_DEPENDENCY}`);
    return { text: lines.join('\n'), expected: { rule: 'unknown-dependency', line: deps + 2, column: 5 } };
  }
  lines.splice(1, 0, 'planted_unknown_field: 1');
  return { text: lines.join('\n'), expected: { rule: 'schema', line: 2, column: 1 } };
}
