import type { Finding } from '../diagnostic.ts';
import type { CatalogSystem, Team } from '../model.ts';
import type { Graph } from '../graph/build-graph.ts';
import { findCycles } from '../graph/find-cycles.ts';
import { suggest } from '../suggest.ts';

/** What the cross-file rules look at. */
export interface ReferenceInput {
  systems: readonly CatalogSystem[];
  /** Every id that has a file, including files that failed the schema (so they are not "missing" too). */
  knownIds: ReadonlySet<string>;
  /** Declared teams, or `undefined` when the teams file is missing or broken (owners are then not checked). */
  teams: readonly Team[] | undefined;
  graph: Graph;
}

/** Rules that need more than one file: references to systems and teams, cycles, and dependencies on retired systems. */
export function checkReferences({ systems, knownIds, teams, graph }: ReferenceInput): Finding[] {
  const findings: Finding[] = [];
  const byId = new Map(systems.map((s) => [s.id, s]));
  const teamIds = teams ? new Set(teams.map((t) => t.id)) : undefined;

  for (const system of systems) {
    const { file, data } = system;
    const seen = new Map<string, CatalogSystem['dependencies'][number]>();
    for (const dep of system.dependencies) {
      // Places are found lazily (a second YAML parse), so only ask for one when there is something to report.
      const at = () => ({ file, ...dep.place });
      if (dep.id === system.id) {
        findings.push({ ...at(), rule: 'self-dependency', message: `\`${system.id}\` lists itself in \`depends_on\`.` });
        continue;
      }
      const earlier = seen.get(dep.id);
      if (earlier) {
        findings.push({
          ...at(), rule: 'duplicate-dependency', message: `\`${dep.id}\` is listed twice in \`depends_on\`.`,
          related: [{ file, ...earlier.place, message: 'First listed here.' }],
        });
        continue;
      }
      seen.set(dep.id, dep);
      if (!knownIds.has(dep.id)) {
        const guess = suggest(dep.id, knownIds);
        findings.push({
          ...at(), rule: 'unknown-dependency', message: `\`depends_on\` names \`${dep.id}\`, which is not a system in the catalog.`,
          hint: guess ? `Did you mean \`${guess}\`?` : `Add \`${dep.id}.md\` or fix the id.`,
        });
        continue;
      }
      const target = byId.get(dep.id);
      if (data.lifecycle === 'production' && target?.data.lifecycle === 'retired') {
        findings.push({
          ...at(), rule: 'depends-on-retired', message: `Production system \`${system.id}\` depends on \`${dep.id}\`, which is retired.`,
          hint: target.data.replaced_by ? `Move to \`${target.data.replaced_by}\`.` : 'Remove the dependency or bring the system back.',
        });
      } else if (data.lifecycle === 'production' && target?.data.lifecycle === 'deprecated') {
        findings.push({
          ...at(), rule: 'depends-on-deprecated', message: `Production system \`${system.id}\` depends on \`${dep.id}\`, which is deprecated.`,
          hint: target.data.replaced_by ? `Plan the move to \`${target.data.replaced_by}\`.` : 'Plan a replacement before it is retired.',
        });
      }
    }

    if (teamIds && !teamIds.has(data.owner)) {
      const guess = suggest(data.owner, teamIds);
      findings.push({
        file, ...system.places.owner, rule: 'unknown-owner', message: `\`owner\` is \`${data.owner}\`, which is not a declared team.`,
        hint: guess ? `Did you mean \`${guess}\`?` : 'Declare the team in the teams file or use an existing team id.',
      });
    }

    if (data.replaced_by !== undefined && !knownIds.has(data.replaced_by)) {
      const guess = suggest(data.replaced_by, knownIds);
      findings.push({
        file, ...(system.places.replacedBy ?? system.places.root), rule: 'unknown-replacement',
        message: `\`replaced_by\` names \`${data.replaced_by}\`, which is not a system in the catalog.`,
        ...(guess ? { hint: `Did you mean \`${guess}\`?` } : {}),
      });
    }
  }

  for (const cycle of findCycles(graph, { hardOnly: true })) {
    const [first, second] = cycle as [string, string];
    const owner = byId.get(first)!;
    const dep = owner.dependencies.find((d) => d.id === second)!;
    const related = cycle.slice(1, -1).map((id, i) => {
      const system = byId.get(id)!;
      const next = system.dependencies.find((d) => d.id === cycle[i + 2])!;
      return { file: system.file, ...next.place, message: `\`${id}\` depends on \`${next.id}\` here.` };
    });
    findings.push({
      file: owner.file, ...dep.place, rule: 'dependency-cycle',
      message: `Hard dependency cycle: ${cycle.map((id) => `\`${id}\``).join(' → ')}.`,
      hint: 'None of these systems can start or recover alone; if one keeps working without the next, mark that edge `strength: soft`, otherwise break the cycle.',
      related,
    });
  }
  return findings;
}
