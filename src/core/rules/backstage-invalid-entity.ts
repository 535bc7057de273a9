import { defineRule } from './define-rule.ts';

/** Reported by `fieldguide import backstage` at its place in the descriptor; the examples import `backstage/catalog-info.yaml`. */
export const backstageInvalidEntity = defineRule({
  id: 'backstage-invalid-entity',
  severity: 'error',
  description: 'A Backstage entity is not valid (a name outside Backstage\'s rules, no kind or no name), so it is not imported.',
  category: 'import',
  check: { stage: 'load', by: 'src/core/backstage/check-entity.ts' },
  examples: {
    fail: [{ title: 'A component named with a space', files: { 'backstage/catalog-info.yaml': 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: invalid component\nspec:\n  owner: team-a\n---\napiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-a\nspec:\n  type: team\n' }, expected: ['backstage/catalog-info.yaml:4:9'] }],
    pass: [{ title: 'A component with a valid name', files: { 'backstage/catalog-info.yaml': 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: artist-lookup\nspec:\n  owner: team-a\n---\napiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-a\nspec:\n  type: team\n' } }],
  },
});
