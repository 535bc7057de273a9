import type { Finding } from '../diagnostic.ts';

/** A candidate secret: where its value starts, and the value (tested against placeholders, never printed). */
interface Hit {
  offset: number;
  value: string;
}

/**
 * Shapes of credentials that must never be written in a doc, each found in time linear in the text (a doc can be
 * a megabyte of hostile input). Fixed-shape tokens are regular expressions whose quantifiers are bounded or cannot
 * run into the next attempt; the two shapes that end at a distant delimiter (`user:pw@`, a value ending its line)
 * are scanned in plain code, because any regular expression for them backtracks quadratically on `a.a.a.…` or
 * `token=token=…`.
 */
const KINDS: { what: string; find: (text: string) => Iterable<Hit> }[] = [
  { what: 'a private key', find: matches(/-----BEGIN (?:[A-Z0-9]{1,32} ){0,8}PRIVATE KEY(?: BLOCK)?-----/g) },
  { what: 'an AWS access key id', find: matches(/\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\b/g) },
  { what: 'a GitHub token', find: matches(/\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b/g) },
  { what: 'a Slack token', find: matches(/\bxox[abprs]-[A-Za-z0-9-]{10}/g) },
  { what: 'a Google API key', find: matches(/\bAIza[0-9A-Za-z_-]{35}\b/g) },
  { what: 'a bearer token', find: matches(/\bBearer\s{1,16}[A-Za-z0-9._~+/-]{20}/g) },
  { what: 'a password in a URL', find: findUrlPasswords },
  // `password: hunter22` as the end of a line; prose such as "password: ask in #releng" has more words after it.
  { what: 'a password or token value', find: findAssignedValues },
];

/** Values that stand in for a secret rather than being one. */
const PLACEHOLDER = /^(?:\*+|x+|\.+|redacted|changeme|example|placeholder|none|null|secret|password|your[_-].*|\$\{.*\}|\{\{.*\}\}|%\(.*\)s?)$/i;

/** Finds anything in a doc's text that looks like a credential, naming the line (never echoing the value). */
export function findSecrets(file: string, text: string, place: (offset: number) => { line: number; column: number }): Finding[] {
  const findings: Finding[] = [];
  for (const { what, find } of KINDS) {
    for (const { offset, value } of find(text)) {
      if (PLACEHOLDER.test(value)) continue;
      const at = place(offset);
      findings.push({
        file, line: at.line, column: at.column, rule: 'secret',
        message: `Line ${at.line} looks like it contains ${what}.`,
        hint: 'Remove it, rotate the credential, and describe how to get access instead of the secret itself.',
      });
    }
  }
  return findings;
}

function matches(pattern: RegExp): (text: string) => Iterable<Hit> {
  return function* (text) {
    for (const match of text.matchAll(pattern)) yield { offset: match.index, value: match[0] };
  };
}

/**
 * `scheme://user:password@`: the password of each `://` that has a scheme before it (a letter at a word start, then
 * letters, digits, `+`, `.` or `-`), a user, and a password of three or more characters ended by `@`. Every scan stops
 * at a `:` or `/`, so none runs past the next `://`.
 */
function* findUrlPasswords(text: string): Generator<Hit> {
  for (let sep = text.indexOf('://'); sep !== -1; sep = text.indexOf('://', sep + 3)) {
    if (!hasScheme(text, sep)) continue;
    const colon = scan(text, sep + 3, (c) => !isSpace(c) && c !== SLASH && c !== COLON && c !== AT);
    if (colon === sep + 3 || text.charCodeAt(colon) !== COLON) continue;
    const at = scan(text, colon + 1, (c) => !isSpace(c) && c !== SLASH && c !== AT);
    if (text.charCodeAt(at) === AT && at - colon - 1 >= 3) yield { offset: colon + 1, value: text.slice(colon + 1, at) };
  }
}

function hasScheme(text: string, end: number): boolean {
  let found = false;
  for (let i = end - 1; i >= 0 && isSchemeChar(text.charCodeAt(i)); i--) {
    if (isLetter(text.charCodeAt(i)) && (i === 0 || !isWordChar(text.charCodeAt(i - 1)))) found = true;
  }
  return found;
}

/**
 * `password: hunter22`, `api_key = "…"`: a value of six or more characters (no spaces, quotes, `<`, `>` or
 * backticks) that ends its line, after `:` or `=` after a credential word. Each line's value is found from its end,
 * then the places it could start (its first character, or after a `:` or `=` inside it) are tried left to right,
 * each with a bounded look back for the word.
 */
function* findAssignedValues(text: string): Generator<Hit> {
  for (let lineStart = 0; lineStart <= text.length;) {
    const lineEnd = scan(text, lineStart, (c) => !isLineEnd(c));
    let end = lineEnd;
    while (end > lineStart && (text.charCodeAt(end - 1) === SPACE || text.charCodeAt(end - 1) === TAB)) end--;
    if (end > lineStart && isQuote(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > lineStart && isValueChar(text.charCodeAt(start - 1))) start--;
    for (let p = start; end - p >= 6; p++) {
      if (p > start && !isAssign(text.charCodeAt(p - 1))) continue;
      if (followsCredentialWord(text, p)) {
        yield { offset: p, value: text.slice(p, end) };
        break;
      }
    }
    lineStart = lineEnd + 1;
  }
}

const CREDENTIAL_WORD = /(?:^|[^A-Za-z0-9_])(?:password|passwd|pwd|passphrase|secret|api[_-]?key|access[_-]?key|auth[_-]?token|access[_-]?token|client[_-]?secret|token)$/i;
/** One more than the longest credential word, so the window always holds the character before the word. */
const WORD_WINDOW = 14;

/** True when `word ["']? \s* [:=] \s* ["']?` ends right at `p`. */
function followsCredentialWord(text: string, p: number): boolean {
  let i = p;
  if (isQuote(text.charCodeAt(i - 1))) i--;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  if (!isAssign(text.charCodeAt(i - 1))) return false;
  i--;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  if (isQuote(text.charCodeAt(i - 1))) i--;
  return CREDENTIAL_WORD.test(text.slice(Math.max(0, i - WORD_WINDOW), i));
}

/** The first index at or after `from` whose character fails `keep`, or the text's length. */
function scan(text: string, from: number, keep: (c: number) => boolean): number {
  let i = from;
  while (i < text.length && keep(text.charCodeAt(i))) i++;
  return i;
}

const [TAB, SPACE, SLASH, COLON, AT, EQUALS] = [9, 32, 47, 58, 64, 61];

/** JavaScript's `\s`. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Where a line ends for a multiline `$`. */
function isLineEnd(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

function isQuote(c: number): boolean {
  return c === 34 || c === 39;
}

function isAssign(c: number): boolean {
  return c === COLON || c === EQUALS;
}

/** Anything but white space, quotes, `<`, `>` and backticks. */
function isValueChar(c: number): boolean {
  return !isSpace(c) && !isQuote(c) && c !== 60 && c !== 62 && c !== 96 && !Number.isNaN(c);
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isWordChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95;
}

function isSchemeChar(c: number): boolean {
  return isWordChar(c) && c !== 95 || c === 43 || c === 46 || c === 45;
}
