import { analyzeSystemFile } from '../analyze-system-file.ts';
import type { Dependency } from '../model.ts';
import type { SystemSummary } from './system-summary.ts';

/** A system as the graph index keeps it: its summary and its `depends_on`, nothing that needs the body. */
export interface IndexedSystem extends SystemSummary {
  dependencies: Pick<Dependency, 'id' | 'strength' | 'protocol' | 'usage'>[];
}

/** Why a doc is not in the graph: the first problem that kept it out. */
export interface IndexProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/**
 * Runs the same per-file analysis as `check` (decode, parse, schema), minus the body's headings, and keeps what the
 * graph needs; a doc `check` would leave out of the graph is left out here too, with the reason.
 */
export function summarizeSystemFile(file: string, id: string, bytes: Uint8Array): { system?: IndexedSystem; problem?: IndexProblem } {
  const result = analyzeSystemFile(file, id, bytes);
  if (!result.system) {
    const first = result.findings.find((f) => f.rule !== 'secret') ?? result.findings[0];
    return { problem: { file, line: first?.line ?? 1, column: first?.column ?? 1, message: first?.message ?? 'The doc could not be read.' } };
  }
  const { data, dependencies } = result.system;
  const summary: IndexedSystem['data'] = { name: data.name, owner: data.owner, lifecycle: data.lifecycle };
  if (data.tier !== undefined) summary.tier = data.tier;
  if (data.kind !== undefined) summary.kind = data.kind;
  return {
    system: {
      id,
      file,
      data: summary,
      dependencies: dependencies.map((d) => ({ id: d.id, strength: d.strength, ...(d.protocol ? { protocol: d.protocol } : {}), ...(d.usage ? { usage: d.usage } : {}) })),
    },
  };
}
