import type { Finding } from '../diagnostic.ts';
import { isRunning, type GraphLintInput } from './graph-lint-input.ts';

/** Rule `deprecated-has-dependents`: a deprecated or retired system that running systems still depend on, each dependent a related place. */
export function lintDeprecatedHasDependents({ systems, byId, graph }: GraphLintInput): Finding[] {
  const findings: Finding[] = [];
  for (const system of systems) {
    const stage = system.data.lifecycle;
    if (stage !== 'deprecated' && stage !== 'retired') continue;
    const dependents = (graph.in.get(system.id) ?? []).map((e) => byId.get(e.from)!).filter(isRunning);
    if (dependents.length === 0) continue;
    const replacement = system.data.replaced_by;
    findings.push({
      file: system.file, ...system.places.lifecycle, rule: 'deprecated-has-dependents',
      message: `\`${system.id}\` is ${stage} but ${dependents.length === 1 ? 'a system still depends' : `${dependents.length} systems still depend`} on it: ${dependents.map((d) => `\`${d.id}\``).join(', ')}.`,
      hint: replacement ? `Move them to \`${replacement}\`.` : 'Move them off it, and name the replacement in `replaced_by`.',
      related: dependents.map((d) => ({
        file: d.file, ...d.dependencies.find((dep) => dep.id === system.id)!.place, message: `\`${d.id}\` depends on it here.`,
      })),
    });
  }
  return findings;
}
