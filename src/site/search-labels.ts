import { KIND_LABEL, kindLabel, LIFECYCLE_LABEL, tierLabel } from './labels.ts';
import type { SiteModel } from './site-model.ts';

/** The kinds of page search finds, as the `type` facet shows them: systems, people (`people/…`) and glossary terms. */
export const RESULT_TYPE_LABEL: Record<string, string> = { system: 'System', person: 'Person', term: 'Glossary term' };

/** Words for search facet values, by facet then value: the index stores ids (`releng`, `production`, `2`). */
export type SearchLabels = Record<string, Record<string, string>>;

/**
 * The words the search dialog shows for facet values, kept apart from the index so its filter values stay ids.
 * Tags are shown as written; a value without a word is shown as its id.
 */
export function searchLabels(model: SiteModel): SearchLabels {
  // Every page's search dialog carries them: worked out once per model, not once per page (n pages × n systems).
  let labels = computed.get(model);
  if (!labels) computed.set(model, (labels = computeLabels(model)));
  return labels;
}

const computed = new WeakMap<SiteModel, SearchLabels>();

function computeLabels(model: SiteModel): SearchLabels {
  const tiers = [...new Set(model.systems.flatMap((s) => (s.data.tier === undefined ? [] : [s.data.tier])))];
  const kinds = new Set(model.systems.flatMap((s) => (s.data.kind === undefined ? [] : [s.data.kind])));
  return {
    type: { ...RESULT_TYPE_LABEL },
    team: Object.fromEntries([...model.ownedBy.keys()].map((id) => [id, model.teamName(id)])),
    lifecycle: { ...LIFECYCLE_LABEL },
    tier: Object.fromEntries(tiers.map((tier) => [String(tier), tierLabel(tier)])),
    // Built-in kinds, and the kinds the config adds that a system uses, shown as their id.
    kind: { ...KIND_LABEL, ...Object.fromEntries([...kinds].map((kind) => [kind, kindLabel(kind)])) },
  };
}
