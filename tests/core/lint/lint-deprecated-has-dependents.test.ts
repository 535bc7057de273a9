import { describe, expect, it } from 'vitest';
import { analyze, brief, productionDoc } from '../../helpers/make-catalog.ts';
import { onlyRules } from '../../helpers/graph-docs.ts';

const config = onlyRules('deprecated-has-dependents');
const retiring = (lifecycle: string, extra: string) => `---\nname: Old\nsummary: Old.\nowner: releng\nlifecycle: ${lifecycle}\n${extra}---\n\n## Overview\n\nText.\n`;

describe('deprecated-has-dependents', () => {
  it('reports a deprecated system that running systems still depend on, pointing at each dependency', () => {
    const catalog = analyze({
      old: retiring('deprecated', 'replaced_by: new\n'),
      new: productionDoc(),
      app: productionDoc({ deps: ['old'] }),
      web: productionDoc({ deps: ['new', '{ id: old, strength: soft }'] }),
      gone: productionDoc({ lifecycle: 'retired', deps: ['old'] }),
    }, { config: { check: { rules: { ...config.check!.rules, 'depends-on-deprecated': 'off' } } } });
    expect(brief(catalog.diagnostics)).toEqual([
      'systems/old.md:5:12 warning deprecated-has-dependents: `old` is deprecated but 2 systems still depend on it: `app`, `web`. (Move them to `new`.)',
    ]);
    expect(catalog.diagnostics[0]!.related).toEqual([
      { file: 'systems/app.md', line: 14, column: 5, endLine: 14, endColumn: 8, message: '`app` depends on it here.' },
      { file: 'systems/web.md', line: 15, column: 5, endLine: 15, endColumn: 32, message: '`web` depends on it here.' },
    ]);
  });

  it('reports a retired system with one dependent, and asks for a replacement when none is named', () => {
    const catalog = analyze({
      old: retiring('retired', 'retirement_note: Gone in March.\n'),
      app: productionDoc({ lifecycle: 'experimental', deps: ['old'] }),
    }, { config });
    expect(brief(catalog.diagnostics)).toEqual([
      'systems/old.md:5:12 warning deprecated-has-dependents: `old` is retired but a system still depends on it: `app`. (Move them off it, and name the replacement in `replaced_by`.)',
    ]);
  });

  it('accepts a deprecated system whose only dependents are retired', () => {
    const catalog = analyze({
      old: retiring('deprecated', 'replaced_by: new\n'),
      new: productionDoc(),
      gone: productionDoc({ lifecycle: 'retired', deps: ['old'] }),
    }, { config });
    expect(catalog.diagnostics).toEqual([]);
  });
});
