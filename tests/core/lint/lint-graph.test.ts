import { describe, expect, it } from 'vitest';
import { analyze, productionDoc } from '../../helpers/make-catalog.ts';
import { withoutInterfaces } from '../../helpers/graph-docs.ts';

describe('graph lints in check', () => {
  it('run with their default severities and can be raised or turned off in the config', () => {
    const docs = { lonely: withoutInterfaces(productionDoc()) };
    expect(analyze(docs).diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`)).toEqual(['systems/lonely.md:5:12 warning orphan-production']);
    expect(analyze(docs, { config: { check: { rules: { 'orphan-production': 'error' } } } }).diagnostics.map((d) => d.severity)).toEqual(['error']);
    expect(analyze(docs, { config: { check: { rules: { 'orphan-production': 'off' } } } }).diagnostics).toEqual([]);
  });
});
