import { describe, expect, it } from 'vitest';
import { findSecrets } from '../../../src/core/validate/find-secrets.ts';
import { LineIndex } from '../../../src/core/source/line-index.ts';
import { analyze, brief, productionDoc } from '../../helpers/make-catalog.ts';

const body = (text: string) => productionDoc({ body: `\n## Overview\n\n${text}\n\n## How to access\n\nx\n\n## Runbook\n\nx\n\n## Failure modes\n\nx\n` });
const secrets = (text: string) => brief(analyze({ a: body(text) }).diagnostics);
const HINT = ' (Remove it, rotate the credential, and describe how to get access instead of the secret itself.)';

describe('secret rule', () => {
  it.each([
    ['a private key', '-----BEGIN RSA PRIVATE KEY-----', 1],
    ['an AWS access key id', 'Use AKIAIOSFODNN7EXAMPLE to log in.', 5],
    ['a GitHub token', `token ghp_${'a'.repeat(36)}`, 7],
    ['a Slack token', 'xoxb-1234567890-abcdef', 1],
    ['a password in a URL', 'mysql://buildbot:s3cretpw@db.example.com/x', 18],
    ['a password or token value', 'password: hunter22', 11],
    ['a password or token value', '    api_key = "A1b2C3d4E5f6"', 16],
  ])('finds %s and names its line without echoing it', (what, line, column) => {
    const found = secrets(line);
    expect(found).toEqual([`systems/a.md:43:${column} error secret: Line 43 looks like it contains ${what}.${HINT}`]);
    expect(found[0]).not.toContain(line.trim());
  });

  it('leaves prose and placeholders alone', () => {
    expect(secrets('Ask for the password: it lives in the vault.\nThe token: ask #releng for one.\npassword: <from the vault>\npassword: ********\npassword: ${DB_PASSWORD}')).toEqual([]);
  });

  it('finds a secret in the front matter even when the YAML is broken', () => {
    const text = '---\nname: [\npassword: hunter2222\n---\n';
    expect(brief(analyze({ a: text }).diagnostics).map((d) => d.split(' (')[0])).toContain('systems/a.md:3:11 error secret: Line 3 looks like it contains a password or token value.');
  });
});

describe('secret rule on hostile input', () => {
  const scan = (text: string) => {
    const lines = new LineIndex(text);
    return findSecrets('systems/a.md', text, (o) => lines.place(o));
  };
  const finding = (line: number, column: number, what: string) => ({
    file: 'systems/a.md', line, column, rule: 'secret', message: `Line ${line} looks like it contains ${what}.`,
    hint: 'Remove it, rotate the credential, and describe how to get access instead of the secret itself.',
  });

  // Each of these ran for tens of seconds or more when the patterns backtracked; a regression hits the test timeout.
  it('scans `token=` × 40,000 then `"x` in linear time, finding nothing', () => {
    expect(scan(`${'token='.repeat(40_000)}"x`)).toEqual([]);
  });

  it('scans `a.` × 100,000 (a URL scheme that never ends) in linear time, finding nothing', () => {
    expect(scan('a.'.repeat(100_000))).toEqual([]);
  });

  it('still finds the value after the first `token=` when a long line does end in one', () => {
    expect(scan(`x\n${'token='.repeat(40_000)}abcdefgh`)).toEqual([finding(2, 7, 'a password or token value')]);
  });

  it('still finds a password in a URL after a long run of scheme characters', () => {
    expect(scan(`${'a.'.repeat(50_000)}b://user:pw123@host`)).toEqual([finding(1, 100_010, 'a password in a URL')]);
  });

  it.each([
    ['-', '-'], ['xox', 'xox'], ['Bearer ', 'Bearer '], ['://', '://'], ['@', '@'], ['spaces', ' '], ['a://b:', 'a://b:'],
    ['-----BEGIN ', '-----BEGIN '], ['token"', 'token"'], ['a:', 'a:'], ['ghp_', 'ghp_'],
  ])('finds nothing in 200,000 characters of `%s`', (_name, unit) => {
    const text = unit.repeat(Math.ceil(200_000 / unit.length));
    expect(scan(`${text}\n${text}x`)).toEqual([]);
  });
});
