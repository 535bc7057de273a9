import type { Finding } from '../diagnostic.ts';

interface SecretPattern {
  what: string;
  pattern: RegExp;
  /** Capture group holding the value, when only part of the match is the secret. */
  group?: number;
}

/** Shapes of credentials that must never be written in a doc; `g` flags let one line hold several. */
const PATTERNS: SecretPattern[] = [
  { what: 'a private key', pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g },
  { what: 'an AWS access key id', pattern: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\b/g },
  { what: 'a GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/g },
  { what: 'a Slack token', pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/g },
  { what: 'a Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { what: 'a bearer token', pattern: /\bBearer\s+[A-Za-z0-9._~+/-]{20,}=*/g },
  { what: 'a password in a URL', pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:([^\s/@]{3,})@/gi, group: 1 },
  {
    what: 'a password or token value',
    // `password: hunter22` as the end of a line; prose such as "password: ask in #releng" has more words after it.
    pattern: /\b(?:password|passwd|pwd|passphrase|secret|api[_-]?key|access[_-]?key|auth[_-]?token|access[_-]?token|client[_-]?secret|token)\b["']?\s*[:=]\s*["']?([^\s"'<>`]{6,})["']?[ \t]*\r?$/gim,
    group: 1,
  },
];

/** Values that stand in for a secret rather than being one. */
const PLACEHOLDER = /^(?:\*+|x+|\.+|redacted|changeme|example|placeholder|none|null|secret|password|your[_-].*|\$\{.*\}|\{\{.*\}\}|%\(.*\)s?)$/i;

/** Finds anything in a doc's text that looks like a credential, naming the line (never echoing the value). */
export function findSecrets(file: string, text: string, place: (offset: number) => { line: number; column: number }): Finding[] {
  const findings: Finding[] = [];
  for (const { what, pattern, group } of PATTERNS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const value = group ? match[group] : match[0];
      if (!value || PLACEHOLDER.test(value)) continue;
      const offset = group ? match.index + match[0].indexOf(value) : match.index;
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
