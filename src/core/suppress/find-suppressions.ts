import type { Finding, Place } from '../diagnostic.ts';
import { isRuleId, RULES, type RuleId } from '../rules.ts';
import { LineIndex } from '../source/line-index.ts';
import { splitFrontMatter } from '../source/split-front-matter.ts';
import { suggest } from '../suggest.ts';

/** The one suppression directive, as ESLint spells its own. */
export const DISABLE_NEXT_LINE = 'fieldguide-disable-next-line';

/** One valid `fieldguide-disable-next-line` comment: which rules it silences, on which line, and why. */
export interface Suppression {
  file: string;
  /** The comment, from its `#` or `<!--` to its end: an unused suppression is reported here. */
  place: Place;
  /** The line whose findings it silences: the literal line after the comment's last line, blank or not. */
  targetLine: number;
  /** The rules it silences, each with the place of its id, in the order written and without repeats. */
  rules: { rule: RuleId; place: Place }[];
  /** Why the exception is accepted: the text after ` -- `. */
  reason: string;
}

/** A doc's suppressions, and an `unused-suppression` finding for each comment (or rule id) that cannot silence anything. */
export interface FoundSuppressions {
  suppressions: Suppression[];
  findings: Finding[];
}

/** `key: |`, `- >-`, or a line that is only `|2`: the lines after it that are indented deeper are text, not YAML. */
const BLOCK_SCALAR = /(?:^[ \t]*|[:?-][ \t]+)[|>][1-9+-]{0,2}(?:[ \t]+#.*)?[ \t\r]*$/;
/** Words that look like a directive, so a misspelt one is reported instead of being read as prose. */
const DIRECTIVE_LIKE = /^fieldguide-(?:disable|enable)/i;
/** ESLint's separator between the rule list and the reason: two or more dashes between spaces. */
const REASON_SEPARATOR = /\s-{2,}(?=\s|$)/;
const SYNTAX = '`fieldguide-disable-next-line <rule-id> -- <reason>`';

/**
 * Finds the suppression comments in a doc's text: `# fieldguide-disable-next-line …` on its own line in the front
 * matter (not inside a block scalar, whose lines are text), and `<!-- fieldguide-disable-next-line … -->` on its own
 * line(s) in the body (not inside a fenced code block, which shows examples). Reads each line once, never throws.
 */
export function findSuppressions(file: string, text: string): FoundSuppressions {
  const found: FoundSuppressions = { suppressions: [], findings: [] };
  let lines: LineIndex | undefined;
  const read = (comment: Comment) => {
    lines ??= new LineIndex(text);
    readDirective(file, text, lines, comment, found);
  };
  const split = splitFrontMatter(text);
  let bodyStart = 0;
  if (split !== undefined && split !== 'unclosed') {
    scanFrontMatter(text, split.yamlStart, split.yamlEnd, read);
    bodyStart = split.bodyStart;
  }
  scanBody(text, bodyStart, read);
  return found;
}

/** Where a comment's parts are, as offsets: the `#` or `<!--`, its text between, and the end of the comment. */
interface Comment {
  open: number;
  innerStart: number;
  innerEnd: number;
  close: number;
}

type ReadComment = (comment: Comment) => void;

function scanFrontMatter(text: string, from: number, to: number, read: ReadComment): void {
  let blockIndent = -1;
  for (let start = from; start < to;) {
    const end = lineEnd(text, start, to);
    const first = skipSpace(text, start, end);
    const indent = first - start;
    // Blank lines, and the lines of a block scalar's text, are skipped.
    if (first < end && !(blockIndent >= 0 && indent > blockIndent)) {
      if (text.charCodeAt(first) === 0x23 /* # */) {
        blockIndent = -1;
        read({ open: first, innerStart: first + 1, innerEnd: end, close: end });
      } else {
        blockIndent = BLOCK_SCALAR.test(text.slice(start, end)) ? indent : -1;
      }
    }
    start = end + 1;
  }
}

function scanBody(text: string, from: number, read: ReadComment): void {
  let fence: { char: number; length: number } | undefined;
  for (let start = from; start < text.length;) {
    const end = lineEnd(text, start, text.length);
    // Block quote markers and any indentation are skipped, so a fence or comment inside a quote or list is seen too.
    let i = start;
    while (i < end && ' \t>'.includes(text[i]!)) i++;
    if (fence) {
      if (closesFence(text, i, end, fence)) fence = undefined;
    } else {
      fence = opensFence(text, i, end);
      if (!fence && text.startsWith('<!--', i)) {
        const close = text.indexOf('-->', i + 4);
        // No comment closes after this point, so none can be a directive.
        if (close === -1) return;
        const closeLineEnd = lineEnd(text, close, text.length);
        if (skipSpace(text, close + 3, closeLineEnd) === closeLineEnd) read({ open: i, innerStart: i + 4, innerEnd: close, close: close + 3 });
        start = closeLineEnd + 1;
        continue;
      }
    }
    start = end + 1;
  }
}

function opensFence(text: string, i: number, end: number): { char: number; length: number } | undefined {
  const char = text.charCodeAt(i);
  if (char !== 0x60 /* ` */ && char !== 0x7e /* ~ */) return undefined;
  let j = i;
  while (j < end && text.charCodeAt(j) === char) j++;
  if (j - i < 3) return undefined;
  // A backtick fence's info string cannot contain a backtick (CommonMark), or the line is inline code.
  if (char === 0x60 && text.slice(j, end).includes('`')) return undefined;
  return { char, length: j - i };
}

function closesFence(text: string, i: number, end: number, fence: { char: number; length: number }): boolean {
  let j = i;
  while (j < end && text.charCodeAt(j) === fence.char) j++;
  return j - i >= fence.length && skipSpace(text, j, end) === end;
}

function readDirective(file: string, text: string, lines: LineIndex, comment: Comment, found: FoundSuppressions): void {
  const inner = text.slice(comment.innerStart, comment.innerEnd);
  const word = /^\s*(\S+)/.exec(inner);
  if (!word) return;
  const directive = word[1]!;
  const commentEnd = trimEnd(text, comment.innerStart, comment.close);
  const place = lines.range(comment.open, commentEnd);
  const report = (where: Place, message: string, hint?: string) =>
    found.findings.push({ file, ...where, rule: 'unused-suppression', message, ...(hint ? { hint } : {}) });
  if (directive !== DISABLE_NEXT_LINE) {
    if (DIRECTIVE_LIKE.test(directive)) {
      report(place, `\`${directive}\` is not a directive, so this comment silences nothing.`, `The one directive is ${SYNTAX}, which silences the line after it.`);
    }
    return;
  }
  const afterWord = word[0].length;
  const separator = REASON_SEPARATOR.exec(inner.slice(afterWord));
  const listEnd = separator ? afterWord + separator.index : inner.length;
  const reason = separator ? inner.slice(afterWord + separator.index + separator[0].length).trim() : '';

  const rules: Suppression['rules'] = [];
  const written: string[] = [];
  let at = afterWord;
  for (const token of inner.slice(afterWord, listEnd).split(',')) {
    const id = token.trim();
    const start = comment.innerStart + at + token.length - token.trimStart().length;
    at += token.length + 1;
    if (id === '') continue;
    written.push(id);
    const idPlace = lines.range(start, start + id.length);
    if (id === 'unused-suppression') {
      report(idPlace, '`unused-suppression` cannot be silenced, so it silences nothing here.', 'Fix or remove the suppression that is reported instead.');
    } else if (!isRuleId(id)) {
      report(idPlace, `\`${id}\` is not a rule, so it silences nothing.`, unknownRuleHint(id));
    } else if (!rules.some((r) => r.rule === id)) {
      rules.push({ rule: id, place: idPlace });
    }
  }
  if (written.length === 0) {
    report(place, 'This suppression names no rule, so it silences nothing.', `Name the rules it silences, separated by commas: ${SYNTAX}.`);
  } else if (reason === '') {
    report(place, `This suppression of ${written.map((id) => `\`${id}\``).join(', ')} gives no reason, so it silences nothing.`,
      `Say why the exception is accepted, after \` -- \`: ${SYNTAX}.`);
  } else if (rules.length > 0) {
    found.suppressions.push({ file, place, targetLine: lines.place(comment.close).line + 1, rules, reason });
  }
}

function unknownRuleHint(id: string): string {
  const words = id.split(/\s+/);
  if (words.length > 1 && words.every(isRuleId)) return `Separate rule ids with commas: \`${words.join(', ')}\`.`;
  const closest = suggest(id, Object.keys(RULES));
  return closest ? `Did you mean \`${closest}\`?` : 'A rule id is the name `check` prints after each problem, such as `stale-review`.';
}

function lineEnd(text: string, from: number, limit: number): number {
  const i = text.indexOf('\n', from);
  return i === -1 || i > limit ? limit : i;
}

function skipSpace(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i++;
  return i;
}

/** The end of `text[from, to)` without trailing white space, so a place never ends on a line's `\r`. */
function trimEnd(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && /\s/.test(text[i - 1]!)) i--;
  return i;
}
