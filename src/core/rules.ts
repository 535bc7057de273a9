import type { Severity } from './diagnostic.ts';
import type { RuleDefinition } from './rules/define-rule.ts';
import { readError } from './rules/read-error.ts';
import { fileTooLarge } from './rules/file-too-large.ts';
import { notAFile } from './rules/not-a-file.ts';
import { notUtf8 } from './rules/not-utf8.ts';
import { emptyFile } from './rules/empty-file.ts';
import { invalidId } from './rules/invalid-id.ts';
import { idCollision } from './rules/id-collision.ts';
import { tooDeeplyNested } from './rules/too-deeply-nested.ts';
import { noFrontMatter } from './rules/no-front-matter.ts';
import { yamlSyntax } from './rules/yaml-syntax.ts';
import { notAMapping } from './rules/not-a-mapping.ts';
import { commentInValue } from './rules/comment-in-value.ts';
import { schema } from './rules/schema.ts';
import { unsafeUrl } from './rules/unsafe-url.ts';
import { unknownKind } from './rules/unknown-kind.ts';
import { secret } from './rules/secret.ts';
import { templateText } from './rules/template-text.ts';
import { futureDate } from './rules/future-date.ts';
import { unknownDependency } from './rules/unknown-dependency.ts';
import { selfDependency } from './rules/self-dependency.ts';
import { duplicateDependency } from './rules/duplicate-dependency.ts';
import { unknownOwner } from './rules/unknown-owner.ts';
import { unknownReplacement } from './rules/unknown-replacement.ts';
import { missingTeamsFile } from './rules/missing-teams-file.ts';
import { duplicateTeam } from './rules/duplicate-team.ts';
import { duplicateTerm } from './rules/duplicate-term.ts';
import { unknownGlossarySystem } from './rules/unknown-glossary-system.ts';
import { inconsistentPerson } from './rules/inconsistent-person.ts';
import { dependencyCycle } from './rules/dependency-cycle.ts';
import { dependsOnRetired } from './rules/depends-on-retired.ts';
import { dependsOnDeprecated } from './rules/depends-on-deprecated.ts';
import { missingField } from './rules/missing-field.ts';
import { missingSection } from './rules/missing-section.ts';
import { tooFewExperts } from './rules/too-few-experts.ts';
import { ilityNotAssessed } from './rules/ility-not-assessed.ts';
import { ilityNoPlan } from './rules/ility-no-plan.ts';
import { noFailureModes } from './rules/no-failure-modes.ts';
import { staleReview } from './rules/stale-review.ts';
import { noReplacement } from './rules/no-replacement.ts';
import { criticalDependsOnImmature } from './rules/critical-depends-on-immature.ts';
import { deprecatedHasDependents } from './rules/deprecated-has-dependents.ts';
import { orphanProduction } from './rules/orphan-production.ts';
import { busFactor } from './rules/bus-factor.ts';
import { failureModesUnexercised } from './rules/failure-modes-unexercised.ts';
import { belowReadinessLevel } from './rules/below-readiness-level.ts';
import { config } from './rules/config.ts';
import { unusedSuppression } from './rules/unused-suppression.ts';
import { backstageInvalidEntity } from './rules/backstage-invalid-entity.ts';
import { backstageLocation } from './rules/backstage-location.ts';
import { backstageIdCollision } from './rules/backstage-id-collision.ts';
import { backstageUnknownOwner } from './rules/backstage-unknown-owner.ts';
import { backstageUnresolvedRef } from './rules/backstage-unresolved-ref.ts';

/**
 * Every rule, one module each in `rules/`, in the order `fieldguide rules`, the README and the site list them
 * (by category, then as a reader meets the problems). Adding a rule is one module plus a line here.
 */
const DEFINITIONS = [
  readError,
  fileTooLarge,
  notAFile,
  notUtf8,
  emptyFile,
  invalidId,
  idCollision,
  tooDeeplyNested,
  noFrontMatter,
  yamlSyntax,
  notAMapping,
  commentInValue,
  schema,
  unsafeUrl,
  unknownKind,
  secret,
  templateText,
  futureDate,
  unknownDependency,
  selfDependency,
  duplicateDependency,
  unknownOwner,
  unknownReplacement,
  missingTeamsFile,
  duplicateTeam,
  duplicateTerm,
  unknownGlossarySystem,
  inconsistentPerson,
  dependencyCycle,
  dependsOnRetired,
  dependsOnDeprecated,
  missingField,
  missingSection,
  tooFewExperts,
  ilityNotAssessed,
  ilityNoPlan,
  noFailureModes,
  staleReview,
  noReplacement,
  criticalDependsOnImmature,
  deprecatedHasDependents,
  orphanProduction,
  busFactor,
  failureModesUnexercised,
  belowReadinessLevel,
  config,
  unusedSuppression,
  backstageLocation,
  backstageInvalidEntity,
  backstageIdCollision,
  backstageUnknownOwner,
  backstageUnresolvedRef,
] as const;

/** The id of a rule, such as `unknown-dependency`. */
export type RuleId = (typeof DEFINITIONS)[number]['id'];

/** Every rule's declaration, in listing order. */
export const RULE_LIST: readonly RuleDefinition<RuleId>[] = DEFINITIONS;

/** Every rule by id: its default severity, description, category, check and examples. */
export const RULES = Object.fromEntries(DEFINITIONS.map((rule) => [rule.id, rule])) as { readonly [Id in RuleId]: RuleDefinition<Id> };

/** A configured severity: a rule can be turned off. */
export type RuleSetting = Severity | 'off';

/** True when `id` names a known rule. */
export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}
