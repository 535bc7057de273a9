import { describe, expect, it } from 'vitest';
import { analyze, brief, productionDoc } from '../helpers/make-catalog.ts';

/** A production doc with `extra` appended to its front matter and `body` as its whole body. */
function docWith(extra: string, body?: string): string {
  const doc = productionDoc();
  const close = doc.indexOf('\n---\n', 4);
  const front = `${doc.slice(0, close)}\n${extra}`;
  return `${front}\n---\n${body ?? doc.slice(close + 5)}`;
}

describe('analyzeCatalog on pathological docs', () => {
  it('lists the first 20 unknown fields of 40,000 and sums up the rest, and still reports the other doc', () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `k${i}: 1`).join('\n');
    const catalog = analyze({ big: docWith(keys), other: productionDoc({ deps: ['planted-missing'] }) });
    const big = catalog.diagnostics.filter((d) => d.file === 'systems/big.md');
    expect(big).toHaveLength(21);
    expect(big.every((d) => d.rule === 'schema')).toBe(true);
    expect(big[20]!.message).toBe('…and 39,980 more schema problems in this file.');
    expect(big[20]!.line).toBe(big[19]!.line + 1);
    expect(brief(catalog.diagnostics.filter((d) => d.file === 'systems/other.md'))).toEqual([
      'systems/other.md:14:5 error unknown-dependency: `depends_on` names `planted-missing`, which is not a system in the catalog. (Add `planted-missing.md` or fix the id.)',
    ]);
  });

  it('reports a body nested 40,000 levels deep at the line where it passes the limit, not as a hang', () => {
    const doc = docWith('', `## Overview\n\nFine so far.\n\n${'>'.repeat(40_000)} x\n`);
    const catalog = analyze({ deep: doc });
    const line = doc.split('\n').findIndex((l) => l.startsWith('>>>')) + 1;
    expect(catalog.diagnostics.filter((d) => d.rule === 'too-deeply-nested')).toEqual([{
      file: 'systems/deep.md', line, column: 33, rule: 'too-deeply-nested', severity: 'error',
      message: 'The Markdown body nests 40,000 levels deep here; fieldguide reads at most 32.',
      hint: 'Block quotes (`>`) and list items nest; flatten them, or put the text in a fenced code block.',
    }]);
  });

  it('reports 20,000 bad dependency ids as 20 findings and a summary (the validator gathers errors in linear time)', () => {
    const doc = productionDoc({ deps: Array.from({ length: 20_000 }, (_, i) => `Bad_Id${i}`) });
    const found = analyze({ many: doc }).diagnostics.filter((d) => d.rule === 'schema');
    expect(found).toHaveLength(21);
    expect(found[0]).toMatchObject({ file: 'systems/many.md', line: 14, column: 5 });
    expect(found[20]!.message).toBe('…and 19,980 more schema problems in this file.');
  });
});
