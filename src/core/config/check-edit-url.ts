import { EDIT_URL_PLACEHOLDERS } from '../build-edit-url.ts';
import { suggest } from '../suggest.ts';

/** A problem in a `site.edit_url` pattern: a span of the pattern's text (offsets into the string), and why. */
export interface EditUrlProblem {
  start: number;
  end: number;
  message: string;
  hint?: string;
}

const KNOWN: readonly string[] = EDIT_URL_PLACEHOLDERS;
const EXPECTED = EDIT_URL_PLACEHOLDERS.map((name) => `\`{${name}}\``).join(', ');

/**
 * What is wrong with a `site.edit_url` pattern that passed the schema (so it starts with `http://`, `https://` or
 * `{repository}`): a placeholder other than `{path}`, `{branch}` and `{repository}`, `{repository}` while
 * `site.repository` is not set, and no `{path}` at all, which would point every page at the same place.
 */
export function checkEditUrl(pattern: string, repository: string | undefined): EditUrlProblem[] {
  const problems: EditUrlProblem[] = [];
  let misspeltPath = false;
  for (const match of pattern.matchAll(/\{([^{}]*)\}/g)) {
    const name = match[1]!;
    const span = { start: match.index, end: match.index + match[0].length };
    if (name === 'repository' && repository === undefined) {
      problems.push({ ...span, message: '`site.edit_url` uses `{repository}`, but `site.repository` is not set.', hint: 'Set `site.repository`, or write the repository\'s URL into the pattern.' });
    } else if (!KNOWN.includes(name)) {
      const guess = suggest(name.trim(), KNOWN);
      if (guess === 'path') misspeltPath = true;
      problems.push({
        ...span, message: `Unexpected placeholder \`${match[0]}\` in \`site.edit_url\`, expected one of ${EXPECTED}.`,
        ...(guess ? { hint: `Did you mean \`{${guess}}\`?` } : {}),
      });
    }
  }
  // A misspelt `{path}` says it already, at the misspelling.
  if (!pattern.includes('{path}') && !misspeltPath) {
    problems.unshift({
      start: 0, end: pattern.length,
      message: '`site.edit_url` has no `{path}`, so every page would link to the same place.',
      hint: 'Put `{path}` where the doc\'s path from the repository root goes: `https://git.example.org/org/repo/edit/{branch}/{path}`.',
    });
  }
  return problems;
}
