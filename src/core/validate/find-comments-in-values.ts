import type { Finding, Place } from '../diagnostic.ts';

/**
 * A plain (unquoted) value on a `key: value` or `- value` line with ` #word` in it: YAML reads ` #` as the
 * start of a comment, so `oncall: Buildduty in #buildduty` silently becomes "Buildduty in".
 * Comments written the usual way (`# text`, with a space) are left alone.
 */
const LINE = /^(\s*(?:-\s+)*)(?:([^\s#"'-][^:#]*?):\s+|-\s+)(?=[^\s"'|>&*!{[#])([^\n#]*?)[ \t]#(?=[^\s#])/;
const BLOCK_SCALAR = /:\s*[|>][+-]?\d*\s*(?:#.*)?$/;

/** Finds values cut short by a `#` that YAML takes for a comment, in the front matter's text. */
export function findCommentsInValues(file: string, yaml: string, place: (offset: number) => Place): Finding[] {
  const findings: Finding[] = [];
  let offset = 0;
  let blockIndent = -1;
  for (const raw of yaml.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0 && (line.trim() === '' || indent > blockIndent)) {
      // Inside a `|` or `>` block scalar, `#` is text.
      offset += raw.length + 1;
      continue;
    }
    blockIndent = BLOCK_SCALAR.test(line) ? indent : -1;
    const match = LINE.exec(line);
    if (match) {
      const key = match[2]?.trim();
      const kept = match[3]!.trim();
      const hashAt = match[0].length - 1;
      const comment = line.slice(hashAt).split(/\s/)[0]!;
      findings.push({
        file, ...place(offset + hashAt), rule: 'comment-in-value',
        message: `\`${comment}\` starts a YAML comment, so ${key ? `\`${key}\`` : 'this item'} ends at “${kept}”.`,
        hint: `If it belongs to the value, quote the whole value ("${kept} ${comment}…"); if it is a comment, put a space after \`#\`.`,
      });
    }
    offset += raw.length + 1;
  }
  return findings;
}
