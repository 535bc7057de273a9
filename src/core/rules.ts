import type { Severity } from './diagnostic.ts';

/** Every rule `check` knows, with its default severity and a one-line description. */
export const RULES = {
  'read-error': { severity: 'error', description: 'The file could not be read.' },
  'file-too-large': { severity: 'error', description: 'The file is larger than a system doc should ever be.' },
  'not-a-file': { severity: 'error', description: 'The path is not a regular file: a folder, a device, a FIFO, or a link that leads to one or loops.' },
  'too-deeply-nested': { severity: 'error', description: 'The front matter or the Markdown body nests deeper than any hand-written doc would.' },
  'not-utf8': { severity: 'error', description: 'The file is not valid UTF-8.' },
  'empty-file': { severity: 'error', description: 'The file is empty.' },
  'no-front-matter': { severity: 'error', description: 'The file does not start with a `---` YAML front matter block, or the block is never closed.' },
  'yaml-syntax': { severity: 'error', description: 'The YAML does not parse.' },
  'not-a-mapping': { severity: 'error', description: 'The front matter (or teams file) is not a YAML mapping.' },
  schema: { severity: 'error', description: 'A field is missing, unknown, or has the wrong type or value for the schema.' },
  'unsafe-url': { severity: 'error', description: 'A URL uses a scheme other than https:, http: or mailto:.' },
  'comment-in-value': { severity: 'warning', description: 'An unquoted value contains ` #word`, which YAML reads as the start of a comment, cutting the value short.' },
  secret: { severity: 'error', description: 'Something that looks like a credential is written in the doc.' },
  'invalid-id': { severity: 'error', description: 'The file name is not a valid system id (kebab-case, at most 63 characters).' },
  'id-collision': { severity: 'error', description: 'Two files have ids that differ only by case.' },
  'unknown-dependency': { severity: 'error', description: '`depends_on` names a system that does not exist.' },
  'self-dependency': { severity: 'error', description: 'A system lists itself in `depends_on`.' },
  'duplicate-dependency': { severity: 'warning', description: 'A system lists the same dependency twice.' },
  'unknown-owner': { severity: 'error', description: '`owner` is not a team declared in the teams file.' },
  'unknown-replacement': { severity: 'error', description: '`replaced_by` names a system that does not exist.' },
  'missing-teams-file': { severity: 'error', description: 'The catalog has no teams file, so no owner can be checked.' },
  'duplicate-team': { severity: 'error', description: 'Two teams share an id.' },
  'dependency-cycle': { severity: 'warning', description: 'Systems depend on each other in a cycle.' },
  'depends-on-retired': { severity: 'error', description: 'A production system depends on a retired system.' },
  'depends-on-deprecated': { severity: 'warning', description: 'A production system depends on a deprecated system.' },
  'missing-field': { severity: 'error', description: 'A field that the system\'s lifecycle requires is missing or empty.' },
  'missing-section': { severity: 'error', description: 'A body section that the system\'s lifecycle requires is missing.' },
  'too-few-experts': { severity: 'error', description: 'Fewer experts than the lifecycle requires (bus factor).' },
  'ility-not-assessed': { severity: 'error', description: 'An ility is missing or `unknown` where the lifecycle requires an assessment.' },
  'ility-no-plan': { severity: 'error', description: 'An ility has no notes saying how it will be met, where the lifecycle requires a plan.' },
  'no-failure-modes': { severity: 'error', description: 'Fewer failure modes than the lifecycle requires.' },
  'stale-review': { severity: 'warning', description: 'The doc was last reviewed longer ago than the configured age.' },
  'no-replacement': { severity: 'error', description: 'A deprecated system names neither `replaced_by` nor a `retirement_note`.' },
  'critical-depends-on-immature': { severity: 'error', description: 'A tier-1 or tier-2 system hard-depends on an experimental or proposed system.' },
  'deprecated-has-dependents': { severity: 'warning', description: 'A deprecated or retired system still has dependents.' },
  'orphan-production': { severity: 'warning', description: 'A production system has no dependents and no interfaces: its consumers are probably undocumented.' },
  'bus-factor': { severity: 'warning', description: 'A tier-1 or tier-2 system has a single expert.' },
  'failure-modes-unexercised': { severity: 'warning', description: 'A production system\'s failure modes were never exercised, or not recently.' },
  'below-readiness-level': { severity: 'warning', description: 'A system is below the readiness level its tier and lifecycle require.' },
  config: { severity: 'error', description: 'The project configuration file is invalid.' },
  'template-text': { severity: 'error', description: 'A value or body paragraph is still the template\'s own text, past the `proposed` lifecycle.' },
  'future-date': { severity: 'error', description: '`last_reviewed` or `last_exercised` is a date in the future.' },
  'unknown-kind': { severity: 'error', description: '`kind` is neither a built-in kind nor one the config adds under `kinds`.' },
  'unused-suppression': { severity: 'warning', description: 'A `fieldguide-disable-next-line` comment silences nothing on the next line.' },
} as const satisfies Record<string, { severity: Severity; description: string }>;

/** The id of a rule, such as `unknown-dependency`. */
export type RuleId = keyof typeof RULES;

/** A configured severity: a rule can be turned off. */
export type RuleSetting = Severity | 'off';

/** True when `id` names a known rule. */
export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}
