import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_LIST } from '../../src/core/rules.ts';
import { renderRuleTable } from '../../src/core/rules/render-rule-table.ts';
import { runCli } from '../helpers/run-cli.ts';

const cwd = mkdtempSync(join(tmpdir(), 'fieldguide-rules-'));

describe('fieldguide rules', () => {
  it('lists every rule by category, from the rule modules', async () => {
    const { code, stdout, stderr } = await runCli(['rules'], cwd);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    for (const rule of RULE_LIST) expect(stdout).toMatch(new RegExp(`^  ${rule.id} +${rule.severity} +${rule.description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    expect(stdout.split('\n').slice(0, 3)).toMatchInlineSnapshot(`
      [
        "Files and ids",
        "  read-error                    error    The file could not be read.",
        "  file-too-large                error    The file is larger than a system doc should ever be.",
      ]
    `);
    expect(stdout).toContain(`${RULE_LIST.length} rules. Change a severity under \`check.rules\` in fieldguide.config.yaml.`);
  });

  it('prints JSON for tools', async () => {
    const { code, stdout } = await runCli(['rules', '--format', 'json'], cwd);
    expect(code).toBe(0);
    const { rules } = JSON.parse(stdout) as { rules: { id: string; severity: string; category: string; description: string }[] };
    expect(rules.map((r) => r.id)).toEqual(RULE_LIST.map((r) => r.id));
    expect(rules.find((r) => r.id === 'future-date')).toEqual({
      id: 'future-date', severity: 'error', category: 'content', description: '`last_reviewed` or `last_exercised` is a date in the future.',
    });
  });

  it('prints the README\'s Markdown table', async () => {
    expect((await runCli(['rules', '--format', 'markdown'], cwd)).stdout).toBe(renderRuleTable(RULE_LIST));
  });

  it('rejects an unknown format with a suggestion', async () => {
    const { code, stderr } = await runCli(['rules', '--format', 'jsno'], cwd);
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown format `jsno`. Did you mean `json`?');
  });
});
