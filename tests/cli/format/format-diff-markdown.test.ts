import { describe, expect, it } from 'vitest';
import type { CatalogDiff } from '../../../src/core/diff/diff-catalogs.ts';
import { formatDiffMarkdown } from '../../../src/cli/format/format-diff-markdown.ts';
import { formatDiffJson } from '../../../src/cli/format/format-diff-json.ts';

const name = 'API \u001b[2J \u001b]0;pwned\u0007 \u009b2J \u202eevil';
const diff: CatalogDiff = {
  added: [{ id: 'api', name, owner: 'core', lifecycle: 'production', tier: 1, readiness: null }],
  removed: [], renamed: [], changed: [],
  impact: [{ id: 'api', change: 'added', dependents: [], hard: 0, teams: [] }],
  impacted: { systems: 0, teams: [] },
};

describe('formatDiffMarkdown', () => {
  it('escapes control characters in names and in the base ref', () => {
    const text = formatDiffMarkdown(diff, { base: 'main\u001b[2J', commit: '0123456789abcdef', levels: new Map() });
    expect(text).toContain('| `api` API \\u001b\\[2J \\u001b\\]0;pwned\\u0007 \\u009b2J \\u202eevil | `core` | production | 1 | – |');
    expect(text).toContain('Compared with `main\\u001b[2J` (0123456)');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });

  it('keeps JSON valid and exact', () => {
    const text = formatDiffJson(diff, { ref: 'main', commit: 'abc' });
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(JSON.parse(text).added[0].name).toBe(name);
  });
});
