import { describe, expect, it } from 'vitest';
import { capFindings } from '../../src/core/cap-findings.ts';
import type { Finding } from '../../src/core/diagnostic.ts';

const unexpected = (file: string, line: number): Finding => ({
  file, line, column: 1, endLine: line, endColumn: 4, rule: 'schema', message: `Unexpected field \`k${line}\`.`, hint: 'Expected one of …',
});

describe('capFindings', () => {
  it('keeps the first 20 findings of a rule in a file and sums up the rest at the 21st', () => {
    const findings = Array.from({ length: 40_000 }, (_, i) => unexpected('systems/a.md', i + 2));
    const capped = capFindings(findings);
    expect(capped).toHaveLength(21);
    expect(capped.slice(0, 20)).toEqual(findings.slice(0, 20));
    expect(capped[20]).toEqual({
      file: 'systems/a.md', line: 22, column: 1, rule: 'schema',
      message: '…and 39,980 more schema problems in this file.',
      hint: 'Only the first 20 of each rule are listed per file; fix those and check again.',
    });
  });

  it('counts each file and rule apart, keeps the order, and names other rules by id', () => {
    const other = (line: number): Finding => ({ file: 'systems/a.md', line, column: 1, rule: 'unsafe-url', message: 'x' });
    const findings = [unexpected('systems/b.md', 1), other(1), other(2), other(3), unexpected('systems/a.md', 1), other(4)];
    expect(capFindings(findings, 2)).toEqual([
      unexpected('systems/b.md', 1), other(1), other(2),
      { file: 'systems/a.md', line: 3, column: 1, rule: 'unsafe-url', message: '…and 2 more `unsafe-url` problems in this file.', hint: 'Only the first 2 of each rule are listed per file; fix those and check again.' },
      unexpected('systems/a.md', 1),
    ]);
  });

  it('leaves a single extra finding as it is rather than summing up one', () => {
    const findings = Array.from({ length: 3 }, (_, i) => unexpected('systems/a.md', i + 1));
    expect(capFindings(findings, 2)).toEqual(findings);
  });
});
