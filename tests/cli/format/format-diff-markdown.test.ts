import { describe, expect, it } from 'vitest';
import type { CatalogDiff } from '../../../src/core/diff/diff-catalogs.ts';
import type { Diagnostic } from '../../../src/core/diagnostic.ts';
import { formatDiffMarkdown } from '../../../src/cli/format/format-diff-markdown.ts';
import { formatDiffJson } from '../../../src/cli/format/format-diff-json.ts';

const name = 'API \u001b[2J \u001b]0;pwned\u0007 \u009b2J \u202eevil';
const diff: CatalogDiff = {
  added: [{ id: 'api', name, owner: 'core', lifecycle: 'production', tier: 1, readiness: null }],
  removed: [], renamed: [], changed: [],
  impact: [{ id: 'api', change: 'added', dependents: [], hard: 0, teams: [] }],
  impacted: { systems: 0, teams: [] },
  introduced: [], fixed: [],
};

describe('formatDiffMarkdown', () => {
  it('escapes control characters in names and in the base ref', () => {
    const text = formatDiffMarkdown(diff, { base: 'main\u001b[2J', commit: '0123456789abcdef', levels: new Map() });
    expect(text).toContain('| `api` API \\u001b\\[2J \\u001b\\]0;pwned\\u0007 \\u009b2J \\u202eevil | `core` | production | 1 | – |');
    expect(text).toContain('Compared with `main\\u001b[2J` (0123456)');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });

  it('names the ten most affected teams in the summary and counts the rest', () => {
    const teams = Array.from({ length: 13 }, (_, i) => ({ id: `team-${i}`, systems: 13 - i }));
    const text = formatDiffMarkdown({ ...diff, impacted: { systems: 91, teams } }, { base: 'main', commit: 'abc', levels: new Map() });
    expect(text).toContain('They impact 91 other systems owned by 13 teams: `team-0` (13), `team-1` (12), `team-2` (11), `team-3` (10), `team-4` (9), `team-5` (8), `team-6` (7), `team-7` (6), `team-8` (5), `team-9` (4) and 3 more.');
  });

  it('keeps JSON valid and exact', () => {
    const text = formatDiffJson(diff, { ref: 'main', commit: 'abc' });
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(JSON.parse(text).added[0].name).toBe(name);
  });

  describe('problems the change introduces and fixes', () => {
    const dangling = (id: string): Diagnostic => ({
      file: `systems/${id}.md`, line: 14, column: 5, rule: 'unknown-dependency', severity: 'error',
      message: '`depends_on` names `tooltool`, which is not a system in the catalog.',
    });
    const renamed: CatalogDiff = {
      added: [], removed: [], changed: [],
      renamed: [{
        system: { id: 'tool-tool', name: 'Tooltool', owner: 'releng', lifecycle: 'production', tier: 2 }, previousId: 'tooltool',
        fields: [], dependencies: { added: [], removed: [], strength: [] }, otherFields: [], body: false,
      }],
      impact: [{ id: 'tool-tool', change: 'renamed', dependents: [], hard: 0, teams: [] }],
      impacted: { systems: 0, teams: [] },
      introduced: ['builder', 'signer', 'tester', 'uploader'].map(dangling),
      fixed: [{ file: 'systems/web.md', line: 3, column: 8, rule: 'unknown-owner', severity: 'error', message: '`owner` is `@web *team*`, which is not a declared team.' }],
    };

    it('leads the summary with them, each at its file:line with its rule', () => {
      expect(formatDiffMarkdown(renamed, { base: 'main', commit: '0123456789abcdef', levels: new Map() })).toMatchInlineSnapshot(`
        "### fieldguide: catalog changes

        Compared with \`main\` (0123456): the change introduces 4 problems (4 errors) and fixes 1 problem; 1 renamed. No other system depends on what changed.

        #### Problems this change introduces

        - \`systems/builder.md:14\` error \`unknown-dependency\`: \`depends_on\` names \`tooltool\`, which is not a system in the catalog.
        - \`systems/signer.md:14\` error \`unknown-dependency\`: \`depends_on\` names \`tooltool\`, which is not a system in the catalog.
        - \`systems/tester.md:14\` error \`unknown-dependency\`: \`depends_on\` names \`tooltool\`, which is not a system in the catalog.
        - \`systems/uploader.md:14\` error \`unknown-dependency\`: \`depends_on\` names \`tooltool\`, which is not a system in the catalog.

        #### Problems this change fixes

        - \`systems/web.md:3\` error \`unknown-owner\`: \`owner\` is \`@web *team*\`, which is not a declared team.

        #### Renamed

        - \`tooltool\` → \`tool-tool\` Tooltool

        #### Impact: whom to ask

        | System | Change | Dependents | Would break | Owner teams of dependents |
        | --- | --- | --- | --- | --- |
        | \`tool-tool\` | renamed | 0 | 0 | – |
        "
      `);
    });

    it('lists them when no system changed, escaping the prose of a message but not its code spans', () => {
      const prose: Diagnostic = { file: 'systems/web.md', line: 9, column: 1, rule: 'secret', severity: 'warning', message: 'Ask @web-team about <b>this</b> in `#chan|nel`.' };
      const text = formatDiffMarkdown({ ...renamed, renamed: [], impact: [], introduced: [prose] }, { base: 'main', commit: '0123456789abcdef', levels: new Map() });
      expect(text).toMatchInlineSnapshot(`
        "### fieldguide: catalog changes

        Compared with \`main\` (0123456): the change introduces 1 problem (1 warning) and fixes 1 problem; no system was added, removed, renamed or changed.

        #### Problems this change introduces

        - \`systems/web.md:9\` warning \`secret\`: Ask \\@web-team about \\<b\\>this\\</b\\> in \`#chan|nel\`.

        #### Problems this change fixes

        - \`systems/web.md:3\` error \`unknown-owner\`: \`owner\` is \`@web *team*\`, which is not a declared team.
        "
      `);
    });

    it('puts them in the JSON as `introduced` and `fixed`', () => {
      const json = JSON.parse(formatDiffJson(renamed, { ref: 'main', commit: 'abc' }));
      expect(json.introduced).toEqual(renamed.introduced);
      expect(json.fixed).toEqual(renamed.fixed);
    });
  });
});
