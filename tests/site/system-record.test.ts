import { mkdirSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toSystemRecord } from '../../src/site/system-record.ts';
import { analyze, productionDoc } from '../helpers/make-catalog.ts';

describe('toSystemRecord', () => {
  it('carries the gate findings check reports, and what production would still need', () => {
    const catalog = analyze({
      api: productionDoc({ lifecycle: 'experimental', deps: ['db'] }),
      db: productionDoc({ experts: 1 }),
    });
    const api = toSystemRecord(catalog.byId.get('api')!, catalog);
    expect(api.gaps).toEqual([]);
    expect(api.toProduction).toEqual([]);
    expect(api.dependencies).toEqual([{ id: 'db', strength: 'hard', known: true }]);
    const db = toSystemRecord(catalog.byId.get('db')!, catalog);
    expect(db.gaps.map((g) => g.rule)).toEqual(['too-few-experts']);
    expect(db.toProduction).toBeUndefined();
  });

  it('lists what an experimental system lacks for production', () => {
    const catalog = analyze({ api: productionDoc({ lifecycle: 'experimental', experts: 1, body: '\n## Overview\n\nText.\n' }) });
    const record = toSystemRecord(catalog.byId.get('api')!, catalog);
    expect(record.toProduction?.map((f) => `${f.rule}: ${f.message}`)).toEqual([
      'too-few-experts: A production system needs at least 2 experts in `experts`, found 1.',
      'missing-section: A production system needs a `## How to access` section.',
      'missing-section: A production system needs a `## Runbook` section.',
      'missing-section: A production system needs a `## Failure modes` section.',
    ]);
  });

  it('marks a review older than the configured age as stale', () => {
    const catalog = analyze({ api: productionDoc() }, { today: '2027-06-01' });
    const record = toSystemRecord(catalog.byId.get('api')!, catalog);
    expect(record).toMatchObject({ stale: true, reviewAgeDays: 243 });
    expect(record.gaps.map((g) => g.rule)).toContain('stale-review');
  });

  it('keeps the doc\'s path relative to the repository root, for "Edit this page"', () => {
    const repo = realpathSync(mkdtempSync(join(tmpdir(), 'fieldguide-record-')));
    mkdirSync(join(repo, '.git'));
    const catalog = analyze({ api: productionDoc() });
    const api = { ...catalog.byId.get('api')!, file: join(repo, 'systems', 'api.md') };
    expect(toSystemRecord(api, { ...catalog, dir: join(repo, 'systems') }).file).toBe('systems/api.md');
  });

  it('carries the "Edit this page" link into the repository\'s web editor, for the doc in its subfolder', () => {
    const repo = realpathSync(mkdtempSync(join(tmpdir(), 'fieldguide-record-')));
    mkdirSync(join(repo, '.git'));
    const record = (site: { repository?: string; branch?: string; edit_url?: string }) => {
      const catalog = analyze({ api: productionDoc() }, { config: { site } });
      const api = { ...catalog.byId.get('api')!, file: 'docs/my systems/platform/api.md' };
      return toSystemRecord(api, { ...catalog, dir: join(repo, 'docs', 'my systems'), cwd: repo });
    };
    expect(record({ repository: 'https://gitlab.example.org/org/repo', branch: 'trunk' })).toMatchObject({
      file: 'docs/my systems/platform/api.md',
      edit: 'https://gitlab.example.org/org/repo/-/edit/trunk/docs/my%20systems/platform/api.md',
    });
    expect(record({ repository: 'https://github.com/org/repo' }).edit).toBe('https://github.com/org/repo/edit/main/docs/my%20systems/platform/api.md');
    expect(record({ edit_url: 'https://git.example.org/org/repo/edit/{branch}/{path}' }).edit).toBe('https://git.example.org/org/repo/edit/main/docs/my%20systems/platform/api.md');
    // No repository, or one on a host fieldguide cannot tell: no link rather than a broken one.
    expect(record({})).not.toHaveProperty('edit');
    expect(record({ repository: 'https://git.example.org/org/repo' })).not.toHaveProperty('edit');
  });
});
