import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { LineIndex } from '../../../src/core/source/line-index.ts';
import { getValidators, systemSchema } from '../../../src/core/validate/get-validators.ts';
import { schemaFindings } from '../../../src/core/validate/schema-findings.ts';
import { analyze, brief, productionDoc } from '../../helpers/make-catalog.ts';
import { RULES } from '../../../src/core/rules.ts';

const doc = (frontMatter: string) => `---\n${frontMatter}---\n\n## Overview\n\nText.\n\n## Open questions\n\nNone.\n`;
/** The findings about the front matter's shape: a broken doc is still a system, so its gate findings come too; they are tested elsewhere. */
const check = (frontMatter: string) => brief(analyze({ a: doc(frontMatter) }).diagnostics.filter((d) => ['file', 'yaml', 'schema', 'content'].includes(RULES[d.rule].category)));

describe('schema rule', () => {
  it('names each missing required field at the start of the front matter', () => {
    expect(check('name: A\n')).toEqual([
      'systems/a.md:2:1 error schema: Missing required field `summary` in the front matter.',
      'systems/a.md:2:1 error schema: Missing required field `owner` in the front matter.',
      'systems/a.md:2:1 error schema: Missing required field `lifecycle` in the front matter.',
    ]);
  });

  it('points at an unexpected field and suggests the nearest known one', () => {
    expect(check('name: A\nsummary: B\nowner: releng\nlifecycle: proposed\nownr: x\n')).toEqual([
      'systems/a.md:6:1 error schema: Unexpected field `ownr`. (Did you mean `owner`?)',
    ]);
  });

  it('points at a nested unexpected field', () => {
    expect(check('name: A\nsummary: B\nowner: releng\nlifecycle: proposed\nreview:\n  last_reviewed: 2026-01-01\n  reviewd_by: me\n')).toEqual([
      'systems/a.md:8:3 error schema: Unexpected field `reviewd_by` in `review`. (Did you mean `reviewed_by`?)',
    ]);
  });

  it('lists the allowed values of an enum and suggests a near miss', () => {
    expect(check('name: A\nsummary: B\nowner: releng\nlifecycle: producton\n')).toEqual([
      'systems/a.md:5:12 error schema: Unexpected `producton` for `lifecycle`, expected one of `proposed`, `experimental`, `production`, `deprecated`, `retired`. (Did you mean `production`?)',
    ]);
  });

  it('says which type was expected and which was found', () => {
    expect(check('name: A\nsummary: B\nowner: releng\nlifecycle: proposed\ntier: high\ntags: ci\n')).toEqual([
      'systems/a.md:6:7 error schema: Expected `tier` to be an integer, got string `high`.',
      'systems/a.md:7:7 error schema: Expected `tags` to be a list, got string `ci`.',
    ]);
  });

  it('checks ranges, dates and single-line summaries', () => {
    expect(check('name: A\nsummary: "two\\nlines"\nowner: releng\nlifecycle: proposed\ntier: 7\nreview:\n  last_reviewed: 2026-13-45\n')).toEqual([
      'systems/a.md:3:10 error schema: `summary` must be a single line. (Move details to the Overview section.)',
      'systems/a.md:6:7 error schema: `tier` must be at most 4, got 7.',
      'systems/a.md:8:18 error schema: Expected `review.last_reviewed` to be a date written YYYY-MM-DD, got `2026-13-45`.',
    ]);
  });

  it('reports a dependency entry by the branch the author meant, not both branches of oneOf', () => {
    expect(check('name: A\nsummary: B\nowner: releng\nlifecycle: proposed\ndepends_on:\n  - Not_An_Id\n  - id: hg\n    strength: strong\n  - 42\n')).toEqual([
      'systems/a.md:7:5 error schema: `Not_An_Id` is not a valid id for `depends_on[0]`: use lowercase letters, digits and single hyphens.',
      'systems/a.md:9:15 error schema: Unexpected `strong` for `depends_on[1].strength`, expected one of `hard`, `soft`.',
      'systems/a.md:10:5 error schema: `depends_on[2]` must be a system id or a mapping with an `id`.',
    ]);
  });

  it('flags duplicate tags', () => {
    expect(check('name: A\nsummary: B\nowner: releng\nlifecycle: proposed\ntags: [ci, ci]\n')).toEqual([
      'systems/a.md:6:12 error schema: `tags` lists the same value twice (items 1 and 2).',
    ]);
  });

  it('reports duplicate keys as YAML errors', () => {
    expect(check('name: A\nname: B\nsummary: B\nowner: releng\nlifecycle: proposed\n')).toEqual([
      'systems/a.md:3:1 error yaml-syntax: The key `name` is written twice in the same mapping (DUPLICATE_KEY). (Keep one of the two.)',
    ]);
  });
});

describe('unsafe-url rule', () => {
  it('rejects javascript:, data: and file: URLs wherever a URL is expected', () => {
    const diagnostics = analyze({
      a: productionDoc({ extra: 'links:\n  - title: x\n    url: "javascript:alert(1)"\n  - title: y\n    url: data:text/html,hi\n' }),
    }).diagnostics;
    expect(brief(diagnostics)).toEqual([
      'systems/a.md:41:10 error unsafe-url: `links[0].url` must be an https:, http: or mailto: URL, got `javascript:alert(1)`. (Other schemes (javascript:, data:, file:) are never linked.)',
      'systems/a.md:43:10 error unsafe-url: `links[1].url` must be an https:, http: or mailto: URL, got `data:text/html,hi`. (Other schemes (javascript:, data:, file:) are never linked.)',
    ]);
  });

  it('accepts https:, http: and mailto:', () => {
    const diagnostics = analyze({
      a: productionDoc({ extra: 'links:\n  - title: x\n    url: https://a.example/\n  - title: y\n    url: http://b.example/\n  - title: z\n    url: mailto:team@example.com\n' }),
    }).diagnostics;
    expect(diagnostics).toEqual([]);
  });
});

describe('URLs', () => {
  const link = (url: string) => check(`name: A\nsummary: B\nowner: releng\nlifecycle: proposed\nlinks:\n  - title: x\n    url: ${url}\n`);

  it('accepts any case of https:, http: and mailto:', () => {
    const urlProblems = (url: string) => link(url).filter((d) => / (?:schema|unsafe-url): /.test(d));
    for (const url of ['HTTPS://example.org/', 'Http://example.org', 'MAILTO:team@example.org']) expect(urlProblems(url), url).toEqual([]);
  });

  it('needs a host, or for mailto: an address', () => {
    expect(link('"https://"')).toEqual(['systems/a.md:8:10 error schema: `https://` in `links[0].url` has no host. (Write the full URL, such as `https://example.org/path`.)']);
    expect(link('https://user@')).toEqual(['systems/a.md:8:10 error schema: `https://user@` in `links[0].url` has no host. (Write the full URL, such as `https://example.org/path`.)']);
    expect(link('"mailto:"')).toEqual(['systems/a.md:8:10 error schema: `mailto:` in `links[0].url` has no email address. (Write it as `mailto:team@example.org`.)']);
  });

  it('gives one finding per bad URL, the most specific one', () => {
    expect(link('"javascript: alert(1)"')).toEqual([
      'systems/a.md:8:10 error unsafe-url: `links[0].url` must be an https:, http: or mailto: URL, got `javascript: alert(1)`. (Other schemes (javascript:, data:, file:) are never linked.)',
    ]);
    expect(link('not a url')).toEqual(['systems/a.md:8:10 error schema: `not a url` in `links[0].url` is not an absolute URL. (Write the full URL, starting with https://.)']);
    expect(link('https://a b')).toEqual(['systems/a.md:8:10 error schema: `https://a b` in `links[0].url` is not a valid URL. (Escape spaces and other special characters (a space is `%20`).)']);
  });
});

describe('schemaFindings on hostile input', () => {
  it('locates 40,000 unexpected top-level fields in linear time', () => {
    const yamlText = `name: A\nsummary: B\nowner: releng\nlifecycle: proposed\n${Array.from({ length: 40_000 }, (_, i) => `k${i}: 1\n`).join('')}`;
    const text = `---\n${yamlText}---\n`;
    const validate = getValidators().system;
    // Parsed without `uniqueKeys`, whose pairwise check is quadratic in itself.
    const yaml = parseDocument(yamlText, { uniqueKeys: false });
    const data = yaml.toJS() as unknown;
    expect(validate(data)).toBe(false);
    const source = { file: 'systems/a.md', yaml, lines: new LineIndex(text), offset: 4 };
    const findings = schemaFindings(source, validate.errors ?? [], data, systemSchema);
    expect(findings).toHaveLength(40_000);
    expect(findings[39_999]).toMatchObject({ file: 'systems/a.md', line: 40_005, column: 1, rule: 'schema', message: 'Unexpected field `k39999`.' });
  }, 20_000); // about 1 s alone; locating each key by walking the map took minutes
});

describe('schemaFindings in plain words', () => {
  /** The findings for a front matter, straight from the validator: one line each. */
  const findingsOf = (yamlText: string) => {
    const text = `---\n${yamlText}---\n`;
    const yaml = parseDocument(yamlText, { uniqueKeys: false });
    const data = yaml.toJS() as unknown;
    const validate = getValidators().system;
    validate(data);
    const source = { file: 'systems/a.md', yaml, lines: new LineIndex(text), offset: 4 };
    return schemaFindings(source, validate.errors ?? [], data, systemSchema).map((f) => `${f.line}:${f.column} ${f.message}${f.hint ? ` (${f.hint})` : ''}`);
  };
  const base = 'name: A\nsummary: B\nowner: releng\nlifecycle: proposed\n';

  it('suggests a field two letters of which are swapped', () => {
    expect(findingsOf(`${base}teir: 1\n`)).toEqual(['6:1 Unexpected field `teir`. (Did you mean `tier`?)']);
  });

  it('says when a value became a comment, and how to quote it', () => {
    expect(findingsOf(`${base}contacts:\n  chat: #releng\n`)).toEqual([
      '7:9 `contacts.chat` is empty: `#releng` after the colon starts a YAML comment. (Quote the value: `chat: "#releng"`.)',
    ]);
  });

  it('says "got nothing" when a value is simply empty', () => {
    expect(findingsOf(`${base}contacts:\n  chat:\n`)).toEqual(['7:8 Expected `contacts.chat` to be a string, got nothing.']);
  });
});
