import { defineRule } from './define-rule.ts';

/** Reported by `fieldguide import backstage` at its place in the descriptor; the examples import `backstage/catalog-info.yaml`. */
export const backstageUnknownOwner = defineRule({
  id: 'backstage-unknown-owner',
  severity: 'warning',
  description: 'The owner of an entity is not a Group among the imported descriptors; a team is made from the reference so the doc has an owner.',
  category: 'import',
  check: { stage: 'load', by: 'src/core/backstage/plan-import.ts' },
  examples: {
    fail: [{ title: 'An owner that is only a User', files: { 'backstage/catalog-info.yaml': 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: search\nspec:\n  owner: guest\n---\napiVersion: backstage.io/v1alpha1\nkind: User\nmetadata:\n  name: guest\nspec:\n  memberOf: []\n---\napiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-a\nspec:\n  type: team\n' }, expected: ['backstage/catalog-info.yaml:6:10'] }],
    pass: [{ title: 'An owner that is a Group', files: { 'backstage/catalog-info.yaml': 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: search\nspec:\n  owner: team-a\n---\napiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-a\nspec:\n  type: team\n' } }],
  },
});
