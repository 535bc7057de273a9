import type { ConfigFile, ReadinessCriterion, ReadinessLevel, ReadinessRequirement } from '../types/config.ts';
import { suggest } from '../suggest.ts';
import { DEFAULT_CRITERIA, DEFAULT_LEVELS, DEFAULT_REQUIRED } from './default-readiness.ts';

/** Readiness settings with defaults filled in and every level reference checked. */
export interface ResolvedReadiness {
  /** Lowest first. */
  levels: ReadinessLevel[];
  criteria: ReadinessCriterion[];
  /** First match wins. */
  required: ReadinessRequirement[];
}

/** A problem in the `readiness` config, at a path inside the config file. */
export interface ReadinessProblem {
  path: (string | number)[];
  /** Point at the key rather than the value. */
  key?: boolean;
  message: string;
  hint?: string;
}

/**
 * Fills in the default levels, criteria and requirements (each replaced entirely when the config gives it)
 * and checks what the schema cannot: unique ids, one check per criterion, and levels that exist.
 * Anything broken is left out and reported, so readiness still works with the rest.
 */
export function resolveReadiness(raw: ConfigFile['readiness'] = {}): { readiness: ResolvedReadiness; problems: ReadinessProblem[] } {
  const problems: ReadinessProblem[] = [];
  const levels: ReadinessLevel[] = [];
  const levelIds = new Set<string>();
  (raw.levels ?? DEFAULT_LEVELS).forEach((level, i) => {
    if (levelIds.has(level.id)) {
      problems.push({ path: ['readiness', 'levels', i, 'id'], message: `The level id \`${level.id}\` is used twice in \`readiness.levels\`.` });
      return;
    }
    levelIds.add(level.id);
    levels.push(level);
  });

  // A default criterion or requirement naming a level the config dropped is the config's fault: say so once, at `levels`.
  let reportedDefaults = false;
  const checkLevel = (level: string, own: boolean, path: (string | number)[], what: string): boolean => {
    if (levelIds.has(level)) return true;
    if (own) {
      const guess = suggest(level, levelIds);
      problems.push({
        path, message: `${what} names the level \`${level}\`, which is not in \`readiness.levels\`.`,
        hint: guess ? `Did you mean \`${guess}\`?` : `Use one of ${[...levelIds].map((id) => `\`${id}\``).join(', ')}.`,
      });
    } else if (!reportedDefaults) {
      reportedDefaults = true;
      problems.push({
        path: ['readiness', 'levels'], key: true,
        message: 'Custom `readiness.levels` replace the default levels, which the default criteria and requirements use.',
        hint: 'Give `readiness.criteria` and `readiness.required` for your levels too.',
      });
    }
    return false;
  };

  const criteria: ReadinessCriterion[] = [];
  const criterionIds = new Set<string>();
  const ownCriteria = raw.criteria !== undefined;
  (raw.criteria ?? DEFAULT_CRITERIA).forEach((criterion, i) => {
    const at = (...rest: (string | number)[]) => ['readiness', 'criteria', i, ...rest];
    if (criterionIds.has(criterion.id)) {
      problems.push({ path: at('id'), message: `The criterion id \`${criterion.id}\` is used twice in \`readiness.criteria\`.` });
      return;
    }
    criterionIds.add(criterion.id);
    const checks = Object.keys(criterion.check);
    if (checks.length !== 1) {
      problems.push({
        path: at('check'), message: `The criterion \`${criterion.id}\` has ${checks.length} checks (${checks.map((c) => `\`${c}\``).join(', ')}); give exactly one.`,
        hint: 'Split it into one criterion per check.',
      });
      return;
    }
    if (checkLevel(criterion.level, ownCriteria, at('level'), `The criterion \`${criterion.id}\``)) criteria.push(criterion);
  });

  const required: ReadinessRequirement[] = [];
  const ownRequired = raw.required !== undefined;
  (raw.required ?? DEFAULT_REQUIRED).forEach((requirement, i) => {
    if (checkLevel(requirement.level, ownRequired, ['readiness', 'required', i, 'level'], `\`readiness.required[${i}]\``)) required.push(requirement);
  });
  return { readiness: { levels, criteria, required }, problems };
}
