import { describe, expect, it } from 'vitest';
import { readConfig } from '../../../src/core/config/resolve-config.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readConfig', () => {
  it('reports an alias to an undefined anchor at the alias, and falls back to the defaults', () => {
    const { config, findings } = readConfig('fieldguide.config.yaml', bytes('site:\n  title: *nope\n'));
    expect(findings).toEqual([{
      file: 'fieldguide.config.yaml', line: 2, column: 10, rule: 'yaml-syntax',
      message: 'The alias `*nope` refers to no anchor defined before it.',
    }]);
    expect(config.site.title).toBe('fieldguide');
  });

  it('reports 1,000-deep nesting as too deeply nested, not as a stack overflow', () => {
    const { findings } = readConfig('fieldguide.config.yaml', bytes(`site: ${'['.repeat(1000)}${']'.repeat(1000)}\n`));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'fieldguide.config.yaml', line: 1, rule: 'too-deeply-nested', message: 'The config file nests deeper than 64 levels.' });
  });

  it('reports an alias bomb instead of expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 12; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`);
    const { findings } = readConfig('fieldguide.config.yaml', bytes(`${lines.join('\n')}\n`));
    expect(findings.map((f) => f.rule)).toEqual(['yaml-syntax']);
    expect(findings[0]!.message).toBe('Aliases are expanded more than 1000000000 times; the limit is 100.');
  });
});

describe('site.edit_url and the repository\'s edit links', () => {
  const read = (text: string) => readConfig('fieldguide.config.yaml', bytes(text));
  const FILE = 'fieldguide.config.yaml';

  it('takes a pattern with `{path}`, and otherwise the pattern of the repository\'s host', () => {
    expect(read('site:\n  edit_url: https://git.example.org/org/repo/edit/{branch}/{path}\n')).toMatchObject({ findings: [], config: { site: { editUrl: 'https://git.example.org/org/repo/edit/{branch}/{path}' } } });
    expect(read('site:\n  repository: https://git.example.org/org/repo/\n  edit_url: "{repository}/-/edit/{branch}/{path}"\n').config.site)
      .toEqual({ title: 'fieldguide', base: '/', branch: 'main', repository: 'https://git.example.org/org/repo', editUrl: '{repository}/-/edit/{branch}/{path}' });
    // A clone URL names the same repository as its web URL.
    expect(read('site:\n  repository: https://gitlab.com/org/repo.git\n')).toMatchObject({ findings: [], config: { site: { repository: 'https://gitlab.com/org/repo', editUrl: '{repository}/-/edit/{branch}/{path}' } } });
    // A host it cannot tell: no pattern, so no link, and nothing to report.
    expect(read('site:\n  repository: https://git.example.org/org/repo\n')).toMatchObject({ findings: [], config: { site: { repository: 'https://git.example.org/org/repo' } } });
    expect(read('site:\n  repository: https://git.example.org/org/repo\n').config.site).not.toHaveProperty('editUrl');
  });

  it('reports a pattern without `{path}` at the whole value, and keeps no pattern', () => {
    const { config, findings } = read('site:\n  repository: https://github.com/org/repo\n  edit_url: https://git.example.org/org/repo/edit/main\n');
    expect(findings).toEqual([{
      file: FILE, line: 3, column: 13, endLine: 3, endColumn: 55, rule: 'config',
      message: '`site.edit_url` has no `{path}`, so every page would link to the same place.',
      hint: 'Put `{path}` where the doc\'s path from the repository root goes: `https://git.example.org/org/repo/edit/{branch}/{path}`.',
    }]);
    // Not even the repository's own pattern: the config is wrong until it is fixed, and the link says nothing false.
    expect(config.site).not.toHaveProperty('editUrl');
  });

  it('reports an unknown placeholder at the placeholder itself, plain or quoted', () => {
    expect(read('site:\n  edit_url: https://git.example.org/org/repo/edit/{branch}/{paht}\n').findings).toEqual([{
      file: FILE, line: 2, column: 60, endLine: 2, endColumn: 66, rule: 'config',
      message: 'Unexpected placeholder `{paht}` in `site.edit_url`, expected one of `{path}`, `{branch}`, `{repository}`.',
      hint: 'Did you mean `{path}`?',
    }]);
    expect(read('site:\n  edit_url: \'https://x.org/{path}?ref={Branch}\'\n').findings).toEqual([{
      file: FILE, line: 2, column: 39, endLine: 2, endColumn: 47, rule: 'config',
      message: 'Unexpected placeholder `{Branch}` in `site.edit_url`, expected one of `{path}`, `{branch}`, `{repository}`.',
      hint: 'Did you mean `{branch}`?',
    }]);
    expect(read('site:\n  edit_url: "https://x.org/{path}/{commit}"\n').findings).toEqual([{
      file: FILE, line: 2, column: 35, endLine: 2, endColumn: 43, rule: 'config',
      message: 'Unexpected placeholder `{commit}` in `site.edit_url`, expected one of `{path}`, `{branch}`, `{repository}`.',
    }]);
  });

  it('points at the whole value when escapes make the written text differ from the pattern', () => {
    expect(read('site:\n  edit_url: "https://x.org/\\u0041/{path}/{bad}"\n').findings).toMatchObject([{ line: 2, column: 13, endLine: 2, endColumn: 48, message: expect.stringContaining('`{bad}`') }]);
  });

  it('reports `{repository}` without `site.repository` at the placeholder', () => {
    expect(read('site:\n  edit_url: "{repository}/edit/{branch}/{path}"\n').findings).toEqual([{
      file: FILE, line: 2, column: 14, endLine: 2, endColumn: 26, rule: 'config',
      message: '`site.edit_url` uses `{repository}`, but `site.repository` is not set.',
      hint: 'Set `site.repository`, or write the repository\'s URL into the pattern.',
    }]);
  });

  it('refuses a pattern that is not an http(s) URL through the schema, at the value, as it does `site.repository`', () => {
    expect(read('site:\n  edit_url: ftp://git.example.org/{path}\n').findings).toEqual([{
      file: FILE, line: 2, column: 13, endLine: 2, endColumn: 41, rule: 'config',
      message: '`ftp://git.example.org/{path}` is not a valid value for `site.edit_url`.',
      hint: 'It must match `^(https?://|\\{repository\\})`.',
    }]);
  });
});
