import fc from 'fast-check';

/**
 * Mutations are data (a recipe), applied to the file afterwards, so a shrunk counterexample reads as what was done
 * (`{ op: 'nest-yaml', style: 'flow-seq', depth: 1000 }`) rather than as a 200 KB string.
 *
 * Texts are "binary strings": one char per byte (latin1), so a mutation can insert bytes that are not UTF-8 and
 * line operations still work on `\n`.
 */
export type Mutation =
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'insert-line'; line: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate-line'; line: number; times: number }
  | { op: 'duplicate-key'; key: number }
  | { op: 'remove-line'; line: number }
  | { op: 'swap-lines'; a: number; b: number }
  | { op: 'replace-value'; key: number; value: string }
  | { op: 'alias'; kind: 'undefined' | 'forward' | 'self' | 'merge'; key: number; other: number }
  | { op: 'alias-bomb'; line: number; levels: number; fanout: number }
  | { op: 'many-aliases'; key: number; count: number }
  | { op: 'nest-yaml'; key: number; style: 'flow-seq' | 'flow-map' | 'block-seq' | 'block-map'; depth: number }
  | { op: 'nest-markdown'; line: number; style: 'quote' | 'list' | 'emphasis' | 'link' | 'html' | 'quote-list'; depth: number }
  | { op: 'huge-line'; line: number; unit: string; times: number; suffix: string }
  | { op: 'many-keys'; line: number; count: number }
  | { op: 'line-endings'; style: 'crlf' | 'cr' | 'mixed' }
  | { op: 'bom' };

/** UTF-8 text as a binary string. */
export function binary(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

/** A binary string's bytes. */
export function bytesOf(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

/** Bytes as a binary string. */
export function fromBytes(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1');
}

/** A `key:` line of YAML, at any indent, in a list item or not. */
const KEY_LINE = /^(\s*(?:- )?)([A-Za-z_][\w-]*):( |$)/;

const CONTROL = ['\0', '\x01', '\x07', '\x08', '\t', '\x0b', '\x0c', '\r', '\x1b', '\x7f', '\x1b[2J', '\x1b]0;title\x07', '\r\n'];
const UNICODE = ['\uFEFF', '\u2028', '\u2029', '\u0085', '\u00a0', '\u202e', '\u200b', '😀', 'é', '\uFFFD', 'İ'];
const SYNTAX = [':', ': ', ' #', '#', '- ', '---\n', '...\n', '&a ', '*a', '!', '!!', '|', '>', '{', '}', '[', ']', '"', "'", '%YAML 1.2\n', '? ', '<<: ', ',', '@', '`', '\\', '\n', '\n\n', '  ', '\n---\n'];

/** Text to insert: control characters, stray bytes (often not UTF-8), odd Unicode, YAML and Markdown syntax. */
const insertedText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...CONTROL),
  fc.uint8Array({ minLength: 1, maxLength: 6 }).map(fromBytes),
  fc.constantFrom(...UNICODE).map(binary),
  fc.constantFrom(...SYNTAX),
  fc.string({ unit: 'binary', maxLength: 12 }).map(binary),
);

/** Values that YAML reads in surprising ways, or that a schema rejects. */
const WEIRD_VALUES = [
  '', '~', 'null', '[]', '{}', '!!binary aGk=', '!!js/function "f"', '!custom x', '!!str', '!!int x', '1e999', '-.inf', '.nan', '2026-02-30',
  '0x1F', '"\\ud800"', '"\\x00"', '|', '|\n  literal', '>-', "'unterminated", '"unterminated', '&a', '*', '? complex', '!!set {a, b}',
  '!!omap [a: 1]', '[a, [b, {c: d}]]', 'yes', 'no', '@x', '`x', '%x', 'a #b', '- item', '{a: 1, a: 2}', '[', '{', 'x: y', '"', '&a &b x',
  '!<tag:yaml.org,2002:str> x', 'https://', 'HTTPS://example.org/', 'javascript:alert(1)', 'data:text/html,x', '"\\e[2J"', '12345678901234567890',
  '-1', '0', '99999999999', '2026-11-30T25:61:00Z', '[*a]', '{? [a]: b}',
];

/** Units a huge line repeats: plain text, and the shapes that made secret and URL patterns backtrack. */
const HUGE_UNITS = ['a', 'token=', 'password=', 'a.', 'x ', '-', '`', '\\', ':', '&', '#', '=', 'AKIA', 'ghp_', 'a@', '%', '[', '*', '_', 'https://a:', '://', '\t', ' ', '"', "'", 'key: '];
const HUGE_SUFFIXES = ['', '"x', ' x', "'", 'b', '@', ':x@y', '\n'];

/** A count, usually small, sometimes large: big inputs are slower, so they come up only now and then. */
function count(small: number, large: number): fc.Arbitrary<number> {
  return fc.oneof({ arbitrary: fc.integer({ min: 1, max: small }), weight: 9 }, { arbitrary: fc.integer({ min: small, max: large }), weight: 1 });
}

/** A position: reduced modulo the file's length (or line count) when applied, so it shrinks towards the start. */
const at = fc.nat({ max: 1 << 20 });

/** One mutation of a doc, teams file or config. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ op: fc.constant('truncate' as const), at }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('insert' as const), at, text: insertedText }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('insert-line' as const), line: at, text: insertedText }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 200 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate-line' as const), line: at, times: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('duplicate-key' as const), key: at }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('remove-line' as const), line: at }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('swap-lines' as const), a: at, b: at }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('replace-value' as const), key: at, value: fc.constantFrom(...WEIRD_VALUES) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('alias' as const), kind: fc.constantFrom('undefined' as const, 'forward' as const, 'self' as const, 'merge' as const), key: at, other: at }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('alias-bomb' as const), line: at, levels: fc.integer({ min: 1, max: 10 }), fanout: fc.integer({ min: 2, max: 10 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('many-aliases' as const), key: at, count: count(20, 400) }) },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.record({ op: fc.constant('nest-yaml' as const), key: at, style: fc.constantFrom('flow-seq' as const, 'flow-map' as const, 'block-seq' as const), depth: count(60, 20_000) }),
      // Block mappings grow with the square of the depth (each level indents further), so they stay shallower.
      fc.record({ op: fc.constant('nest-yaml' as const), key: at, style: fc.constant('block-map' as const), depth: count(60, 400) }),
    ),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('nest-markdown' as const), line: at,
      style: fc.constantFrom('quote' as const, 'list' as const, 'emphasis' as const, 'link' as const, 'html' as const, 'quote-list' as const),
      depth: count(60, 40_000),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...HUGE_UNITS).chain((unit) => fc.record({
      op: fc.constant('huge-line' as const), line: at, unit: fc.constant(unit),
      times: count(2_000, Math.floor(200_000 / unit.length)), suffix: fc.constantFrom(...HUGE_SUFFIXES),
    })),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('many-keys' as const), line: at, count: count(50, 20_000) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('line-endings' as const), style: fc.constantFrom('crlf' as const, 'cr' as const, 'mixed' as const) }) },
  { weight: 1, arbitrary: fc.constant({ op: 'bom' as const }) },
);

/** One to four mutations, applied in order. */
export const mutations: fc.Arbitrary<Mutation[]> = fc.array(mutation, { minLength: 1, maxLength: 4 });

/** Applies mutations to a binary string. */
export function applyMutations(text: string, list: readonly Mutation[]): string {
  return list.reduce(applyMutation, text);
}

function applyMutation(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const pick = (n: number) => n % lines.length;
  const keyLines = lines.flatMap((l, i) => (KEY_LINE.test(l) ? [i] : []));
  const pickKey = (n: number) => (keyLines.length === 0 ? pick(n) : keyLines[n % keyLines.length]!);
  const insertAt = (i: number, added: string[]) => [...lines.slice(0, i), ...added, ...lines.slice(i)].join('\n');
  switch (m.op) {
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'insert': {
      const i = m.at % (text.length + 1);
      return text.slice(0, i) + m.text + text.slice(i);
    }
    case 'insert-line':
      return insertAt(pick(m.line), [m.text]);
    case 'delete': {
      const i = m.at % (text.length + 1);
      return text.slice(0, i) + text.slice(i + m.length);
    }
    case 'duplicate-line': {
      const i = pick(m.line);
      return insertAt(i, Array<string>(m.times).fill(lines[i]!));
    }
    case 'duplicate-key': {
      // The key line and the more-indented lines under it, so the copy is a whole duplicated field.
      const i = pickKey(m.key);
      const indent = indentOf(lines[i]!);
      let end = i + 1;
      while (end < lines.length && (lines[end]!.trim() === '' || indentOf(lines[end]!) > indent)) end++;
      return insertAt(end, lines.slice(i, end));
    }
    case 'remove-line':
      return lines.filter((_, i) => i !== pick(m.line)).join('\n');
    case 'swap-lines': {
      const a = pick(m.a);
      const b = pick(m.b);
      const out = [...lines];
      [out[a], out[b]] = [lines[b]!, lines[a]!];
      return out.join('\n');
    }
    case 'replace-value': {
      const i = pickKey(m.key);
      return replaceLine(lines, i, `${keyPrefix(lines[i]!)} ${m.value}`);
    }
    case 'alias': {
      const i = pickKey(m.key);
      const j = pickKey(m.other);
      const prefix = keyPrefix(lines[i]!);
      if (m.kind === 'undefined') return replaceLine(lines, i, `${prefix} *nope`);
      if (m.kind === 'self') return replaceLine(lines, i, `${prefix} &loop [*loop]`);
      if (m.kind === 'merge') return insertAt(i + 1, [`${' '.repeat(indentOf(lines[i]!) + 2)}<<: *nope`]);
      // Forward: the alias comes before its anchor (or is the anchor's own line, when i === j).
      const [first, second] = i <= j ? [i, j] : [j, i];
      const out = [...lines];
      out[first] = `${keyPrefix(lines[first]!)} *fwd`;
      out[second] = lines[second]!.replace(KEY_LINE, (whole) => `${whole.trimEnd()} &fwd `);
      return out.join('\n');
    }
    case 'alias-bomb': {
      // Billion laughs: each level is `fanout` aliases of the one before.
      const bomb = [`lol0: &lol0 "lol"`];
      for (let k = 1; k <= m.levels; k++) bomb.push(`lol${k}: &lol${k} [${Array<string>(m.fanout).fill(`*lol${k - 1}`).join(', ')}]`);
      bomb.push(`summary: *lol${m.levels}`);
      return insertAt(Math.max(1, pick(m.line)), bomb);
    }
    case 'many-aliases': {
      const i = pickKey(m.key);
      return replaceLine(lines, i, `${keyPrefix(lines[i]!)} &many x\ntags: [${Array<string>(m.count).fill('*many').join(', ')}]`);
    }
    case 'nest-yaml': {
      const i = pickKey(m.key);
      const pad = ' '.repeat(indentOf(lines[i]!) + 2);
      const d = m.depth;
      const value =
        m.style === 'flow-seq' ? `${'['.repeat(d)}x${']'.repeat(d)}`
          : m.style === 'flow-map' ? `${'{a: '.repeat(d)}x${'}'.repeat(d)}`
            : m.style === 'block-seq' ? `\n${pad}${'- '.repeat(d)}x`
              : Array.from({ length: d }, (_, k) => `\n${pad}${'  '.repeat(k)}a:`).join('') + ' x';
      return replaceLine(lines, i, `${keyPrefix(lines[i]!)} ${value}`);
    }
    case 'nest-markdown': {
      const d = m.depth;
      const block =
        m.style === 'quote' ? `${'>'.repeat(d)} x`
          : m.style === 'list' ? `${'- '.repeat(d)}x`
            : m.style === 'emphasis' ? `${'*'.repeat(d)}x${'*'.repeat(d)}`
              : m.style === 'link' ? `${'['.repeat(d)}x${'](u)'.repeat(d)}`
                : m.style === 'html' ? `${'<div>'.repeat(d)}x`
                  : `${'> - '.repeat(d)}x`;
      return insertAt(bodyLine(lines, m.line), [block]);
    }
    case 'huge-line':
      return insertAt(pick(m.line), [m.unit.repeat(m.times) + m.suffix]);
    case 'many-keys':
      return insertAt(Math.max(1, pick(m.line)), Array.from({ length: m.count }, (_, k) => `k${k}: ${k}`));
    case 'line-endings':
      if (m.style === 'crlf') return text.replace(/\n/g, '\r\n');
      if (m.style === 'cr') return text.replace(/\n/g, '\r');
      return lines.map((l, i) => l + (i === lines.length - 1 ? '' : i % 2 ? '\r\n' : '\n')).join('');
    case 'bom':
      return `\xEF\xBB\xBF${text}`;
  }
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** `  key:` of a key line (a list item's `- ` kept), or the whole line when it has no key. */
function keyPrefix(line: string): string {
  const m = KEY_LINE.exec(line);
  return m ? `${m[1]}${m[2]}:` : line;
}

function replaceLine(lines: readonly string[], i: number, text: string): string {
  return [...lines.slice(0, i), text, ...lines.slice(i + 1)].join('\n');
}

/** A line in the Markdown body (after the second `---`), or anywhere when there is no body. */
function bodyLine(lines: readonly string[], n: number): number {
  const close = lines.indexOf('---', 1);
  if (lines[0] !== '---' || close === -1) return n % lines.length;
  return close + 1 + (n % (lines.length - close));
}
