import { findSimilarIds } from '../../core/graph/find-similar-ids.ts';
import { escapeControl } from './escape-control.ts';

/** Why a doc is out of the graph: its first problem. */
export interface DocProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/**
 * The error for an id that is not in the graph: a doc too broken to load (with its first problem), or a typo with the
 * closest ids. Control characters (in the id as typed, or the doc's problem) are escaped.
 */
export function formatUnknownSystem(command: string, id: string, ids: Iterable<string>, problem?: DocProblem): string {
  return escapeControl(composeMessage(command, id, ids, problem));
}

function composeMessage(command: string, id: string, ids: Iterable<string>, problem?: DocProblem): string {
  if (problem) {
    return `fieldguide ${command}: \`${id}\` is not in the graph because of a problem in its doc: ${problem.file}:${problem.line}:${problem.column}: ${problem.message}\n`
      + 'Run `fieldguide check` to see every problem.\n';
  }
  const similar = findSimilarIds(id, ids).map((s) => `\`${s}\``);
  const guess = similar.length === 0 ? '' : ` Did you mean ${similar.length === 1 ? similar[0] : `${similar.slice(0, -1).join(', ')} or ${similar.at(-1)}`}?`;
  return `fieldguide ${command}: there is no system \`${id}\` in the catalog.${guess}\n`;
}
