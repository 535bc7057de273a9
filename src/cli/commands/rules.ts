import { parseArgs } from 'node:util';
import { RULE_LIST } from '../../core/rules.ts';
import { RULE_CATEGORIES } from '../../core/rules/define-rule.ts';
import { renderRuleTable } from '../../core/rules/render-rule-table.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { parseChoice } from '../parse-choice.ts';

export const rulesHelp = `Usage: fieldguide rules [options]

Lists every rule \`check\` runs: its id, default severity, category and what it catches.
Set a rule to error, warning or off under \`check.rules\` in fieldguide.config.yaml.

Options:
  --format <name>        text (default), json, markdown (the README's table)
  -h, --help             show this help
`;

const FORMATS = ['text', 'json', 'markdown'] as const;

/** `fieldguide rules`: the rules, from their declarations, as text, JSON or the README's Markdown table. */
export async function runRules(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(rulesHelp);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`Unexpected argument \`${positionals[0]}\`.`);
  const format = parseChoice('format', values.format, FORMATS);
  if (format === 'json') {
    const rules = RULE_LIST.map(({ id, severity, category, description }) => ({ id, severity, category, description }));
    io.stdout(`${JSON.stringify({ rules }, null, 2)}\n`);
  } else if (format === 'markdown') {
    io.stdout(renderRuleTable(RULE_LIST));
  } else {
    io.stdout(formatRulesText());
  }
  return EXIT.ok;
}

/** The rules by category, one line each: id, severity, description. */
function formatRulesText(): string {
  const width = Math.max(...RULE_LIST.map((r) => r.id.length));
  const sections = (Object.keys(RULE_CATEGORIES) as (keyof typeof RULE_CATEGORIES)[]).flatMap((category) => {
    const rules = RULE_LIST.filter((r) => r.category === category);
    if (rules.length === 0) return [];
    return [`${RULE_CATEGORIES[category]}\n${rules.map((r) => `  ${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}`).join('\n')}\n`];
  });
  return `${sections.join('\n')}\n${RULE_LIST.length} rules. Change a severity under \`check.rules\` in fieldguide.config.yaml.\n`;
}
