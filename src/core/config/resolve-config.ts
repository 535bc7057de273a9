import type { Finding } from '../diagnostic.ts';
import type { Lifecycle } from '../model.ts';
import { RULES, isRuleId, type RuleId, type RuleSetting } from '../rules.ts';
import type { ConfigFile, Gate } from '../types/config.ts';
import { decodeText } from '../source/decode-text.ts';
import { LineIndex } from '../source/line-index.ts';
import { parseYamlData } from '../source/parse-yaml-data.ts';
import { locatePath } from '../source/locate-path.ts';
import { getValidators, configSchema } from '../validate/get-validators.ts';
import { schemaFindings } from '../validate/schema-findings.ts';
import { suggest } from '../suggest.ts';
import { DEFAULT_GATES } from './default-gates.ts';
import { resolveReadiness, type ResolvedReadiness } from '../readiness/resolve-readiness.ts';
import { BUILT_IN_KINDS } from '../validate/check-kind.ts';
import { compileExtensions, type Extensions } from '../validate/check-extensions.ts';
import { checkEditUrl } from './check-edit-url.ts';
import { defaultEditUrl } from './default-edit-url.ts';

/** The project's settings with every default filled in. */
export interface ResolvedConfig {
  /** Folder of the system docs, relative to the config file's folder. */
  systems: string;
  site: {
    title: string; base: string; url?: string; repository?: string; branch: string;
    /** Pattern of "Edit this page" links: `site.edit_url`, else the one `site.repository`'s host gives, else none. */
    editUrl?: string;
  };
  check: {
    reviewMaxAgeDays: number; failureModeMaxAgeDays: number; rules: Record<RuleId, RuleSetting>;
    /** Glob patterns, relative to the systems folder, of paths that are skipped (counted, not read); default none. */
    ignore: string[];
  };
  gates: Record<Lifecycle, Gate>;
  /** Readiness levels, criteria and required levels, defaults filled in. */
  readiness: ResolvedReadiness;
  /** Every kind a system may have: the built-in ones, then those the config adds. */
  kinds: string[];
  /** The config's schemas for team fields (`x-…` keys), by field; empty when it declares none. */
  extensions: Extensions;
  /** The whole-catalog map: which systems are drawn as badges (`auto` or ids and kinds), and up to how many systems it is drawn in full. */
  map: { shared: 'auto' | string[]; fullLimit: number };
  /** How the failure-modes page picks the next game day: candidates' lifecycles, the order keys, how many to show. */
  gameDay: GameDaySettings;
}

/** A key the next-game-day list is ordered by (see `game_day.order` in the config schema). */
export type GameDayKey = 'tier' | 'impact' | 'exercised';

/** The next-game-day rule with its defaults filled in. */
export interface GameDaySettings {
  order: GameDayKey[];
  count: number;
  lifecycles: Lifecycle[];
}

/** The next-game-day rule when the config says nothing: production systems, by tier, then impact, then time since exercised. */
export const DEFAULT_GAME_DAY: GameDaySettings = { order: ['tier', 'impact', 'exercised'], count: 5, lifecycles: ['production'] };

/** Up to this many systems the map is drawn in full, unless `map.full_limit` says otherwise (measured with bench/count-map-crossings.ts: about 2 crossings per arrow at 40 and 60 systems, 9 at 100). */
export const DEFAULT_MAP_FULL_LIMIT = 60;

/** The name of the optional config file at the project root. */
export const CONFIG_FILE = 'fieldguide.config.yaml';

/** Fills in defaults for a config that already passed its schema. */
export function resolveConfig(config: ConfigFile = {}): ResolvedConfig {
  const rules = Object.fromEntries(Object.entries(RULES).map(([id, rule]) => [id, rule.severity])) as Record<RuleId, RuleSetting>;
  for (const [id, setting] of Object.entries(config.check?.rules ?? {})) if (isRuleId(id)) rules[id] = setting;
  const site: ResolvedConfig['site'] = {
    title: config.site?.title ?? 'fieldguide',
    base: normalizeBase(config.site?.base ?? '/'),
    branch: config.site?.branch ?? 'main',
  };
  if (config.site?.url) site.url = config.site.url.replace(/\/+$/, '');
  // A clone URL pasted as the web URL (`…/repo.git`) names the same repository.
  if (config.site?.repository) site.repository = config.site.repository.replace(/\/+$/, '').replace(/\.git$/, '');
  const editUrl = config.site?.edit_url ?? (site.repository !== undefined ? defaultEditUrl(site.repository) : undefined);
  if (editUrl !== undefined) site.editUrl = editUrl;
  return {
    systems: config.systems ?? 'systems',
    site,
    check: {
      reviewMaxAgeDays: config.check?.review_max_age_days ?? 180,
      failureModeMaxAgeDays: config.check?.failure_mode_max_age_days ?? 365,
      rules,
      ignore: config.check?.ignore ?? [],
    },
    gates: { ...DEFAULT_GATES, ...config.gates },
    readiness: resolveReadiness(config.readiness).readiness,
    kinds: [...new Set([...BUILT_IN_KINDS, ...(config.kinds ?? [])])],
    extensions: config.extensions ?? {},
    map: { shared: config.map?.shared ?? 'auto', fullLimit: config.map?.full_limit ?? DEFAULT_MAP_FULL_LIMIT },
    gameDay: {
      order: [...(config.game_day?.order ?? DEFAULT_GAME_DAY.order)],
      count: config.game_day?.count ?? DEFAULT_GAME_DAY.count,
      lifecycles: [...(config.game_day?.lifecycles ?? DEFAULT_GAME_DAY.lifecycles)],
    },
  };
}

/** Parses and validates a config file; problems are located findings and the defaults are used instead. */
export function readConfig(file: string, bytes: Uint8Array | undefined): { config: ResolvedConfig; findings: Finding[] } {
  if (bytes === undefined) return { config: resolveConfig(), findings: [] };
  const decoded = decodeText(file, bytes);
  if ('finding' in decoded) return { config: resolveConfig(), findings: [decoded.finding] };
  const lines = new LineIndex(decoded.text);
  // The same guarded parse as docs and the teams file: deep nesting, syntax errors and unsafe aliases are findings.
  const parsed = parseYamlData(file, decoded.text, 'The config file', (offset) => lines.place(offset));
  if (parsed.findings.length > 0 || !parsed.yaml) return { config: resolveConfig(), findings: parsed.findings };
  const yaml = parsed.yaml;
  const data: unknown = parsed.data ?? {};
  const validate = getValidators().config;
  if (!validate(data)) {
    return { config: resolveConfig(), findings: schemaFindings({ file, yaml, lines, offset: 0 }, validate.errors ?? [], data, configSchema).map((f) => ({ ...f, rule: 'config' })) };
  }
  const findings: Finding[] = [];
  for (const id of Object.keys(data.check?.rules ?? {})) {
    if (isRuleId(id)) continue;
    const range = locatePath(yaml, ['check', 'rules', id], { key: true });
    const guess = suggest(id, Object.keys(RULES));
    findings.push({
      file, ...lines.place(range.start), rule: 'config', message: `Unknown rule \`${id}\` in \`check.rules\`.`,
      ...(guess ? { hint: `Did you mean \`${guess}\`?` } : {}),
    });
  }
  for (const problem of resolveReadiness(data.readiness).problems) {
    const range = locatePath(yaml, problem.path, { key: problem.key ?? false });
    findings.push({ file, ...lines.range(range.start, range.end), rule: 'config', message: problem.message, ...(problem.hint ? { hint: problem.hint } : {}) });
  }
  const config = resolveConfig(data);
  const editUrl = data.site?.edit_url;
  const editUrlProblems = editUrl !== undefined ? checkEditUrl(editUrl, config.site.repository) : [];
  // No link at all rather than one with a placeholder left in it.
  if (editUrlProblems.length > 0) delete config.site.editUrl;
  for (const problem of editUrlProblems) {
    const range = locatePath(yaml, ['site', 'edit_url']);
    // At the placeholder itself when the value is written as is; else at the whole value.
    const start = offsetInScalar(decoded.text, range, editUrl ?? '', problem.start);
    const place = start === undefined ? lines.range(range.start, range.end) : lines.range(start, start + problem.end - problem.start);
    findings.push({ file, ...place, rule: 'config', message: problem.message, ...(problem.hint ? { hint: problem.hint } : {}) });
  }
  findings.push(...kindProblems(data, config.kinds).map((problem) => {
    const range = locatePath(yaml, problem.path);
    return { file, ...lines.range(range.start, range.end), rule: 'config' as const, message: problem.message, ...(problem.hint ? { hint: problem.hint } : {}) };
  }));
  for (const problem of compileExtensions(config.extensions).problems) {
    const range = locatePath(yaml, ['extensions', problem.field, 'pattern']);
    findings.push({
      file, ...lines.range(range.start, range.end), rule: 'config',
      message: `The schema of \`${problem.field}\` in \`extensions\` does not compile: ${problem.message}.`,
      hint: 'Fix the `pattern`: it is a JavaScript regular expression.',
    });
  }
  return { config, findings };
}

/** Kinds the config adds that are built in already, and readiness scopes naming a kind that is neither. */
function kindProblems(data: ConfigFile, kinds: readonly string[]): { path: (string | number)[]; message: string; hint?: string }[] {
  const problems: { path: (string | number)[]; message: string; hint?: string }[] = [];
  (data.kinds ?? []).forEach((kind, i) => {
    if (BUILT_IN_KINDS.includes(kind)) problems.push({ path: ['kinds', i], message: `\`${kind}\` is a built-in kind already.`, hint: `Remove it from \`kinds\`.` });
  });
  const scoped = (path: (string | number)[], list: readonly string[] | undefined) => list?.forEach((kind, i) => {
    if (kinds.includes(kind)) return;
    const guess = suggest(kind, kinds);
    problems.push({
      path: [...path, i], message: `Unknown kind \`${kind}\` in \`${path.filter((p) => typeof p === 'string').join('.')}\`.`,
      hint: guess ? `Did you mean \`${guess}\`?` : 'Use a built-in kind, or add it under `kinds`.',
    });
  });
  data.readiness?.required?.forEach((entry, i) => scoped(['readiness', 'required', i, 'kinds'], entry.kinds));
  data.readiness?.criteria?.forEach((entry, i) => scoped(['readiness', 'criteria', i, 'applies_to', 'kinds'], entry.applies_to?.kinds));
  return problems;
}

/**
 * Where character `index` of a scalar's value is in the file, for a value written as is, plain or quoted with no
 * escapes; `undefined` when the text and the value differ (escapes, a folded block), and only the whole scalar can
 * be pointed at.
 */
function offsetInScalar(text: string, range: { start: number; end: number }, value: string, index: number): number | undefined {
  const written = text.slice(range.start, range.end);
  if (written === value) return range.start + index;
  const quoted = /^["']/.test(written) && written.endsWith(written[0]!) && written.slice(1, -1) === value;
  return quoted ? range.start + 1 + index : undefined;
}

function normalizeBase(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}
