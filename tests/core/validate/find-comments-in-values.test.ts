import { describe, expect, it } from 'vitest';
import { analyze, brief, productionDoc } from '../../helpers/make-catalog.ts';

const check = (extra: string) => brief(analyze({ a: productionDoc({ extra }) }).diagnostics);

describe('comment-in-value rule', () => {
  it('warns when ` #word` silently cuts an unquoted value short, naming what is left', () => {
    expect(check('retirement_note: Ask in #releng before moving\nlinks:\n  - title: Docs #2\n    url: https://a.example/\n')).toEqual([
      'systems/a.md:39:25 warning comment-in-value: `#releng` starts a YAML comment, so `retirement_note` ends at “Ask in”. (If it belongs to the value, quote the whole value ("Ask in #releng…"); if it is a comment, put a space after `#`.)',
      'systems/a.md:41:17 warning comment-in-value: `#2` starts a YAML comment, so `title` ends at “Docs”. (If it belongs to the value, quote the whole value ("Docs #2…"); if it is a comment, put a space after `#`.)',
    ]);
  });

  it('leaves quoted values, ordinary comments and block scalars alone', () => {
    expect(check('retirement_note: "Ask in #releng"\ndata_stores: [\'#x\'] # a comment\ncapacity:\n  limits: |\n    See #releng for the\n    numbers #2\n  growth: Flat # not expected to grow\n')).toEqual([]);
  });
});
