import { defineRule } from './define-rule.ts';

/** Reported by `fieldguide import backstage` at its place in the descriptor; the examples import `backstage/catalog-info.yaml`. */
export const backstageIdCollision = defineRule({
  id: 'backstage-id-collision',
  severity: 'warning',
  description: 'Two Backstage entities map to the same fieldguide id; the later one (by kind, namespace, name) gets a suffix.',
  category: 'import',
  check: { stage: 'load', by: 'src/core/backstage/assign-ids.ts' },
  examples: {
    fail: [{ title: 'A component and an API both named `search`', files: { 'backstage/catalog-info.yaml': 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: search\nspec:\n  owner: team-a\n---\napiVersion: backstage.io/v1alpha1\nkind: API\nmetadata:\n  name: search\nspec:\n  owner: team-a\n---\napiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-a\nspec:\n  type: team\n' }, expected: ['backstage/catalog-info.yaml:11:9'] }],
    pass: [{ title: 'A component and an API with different names', files: { 'backstage/catalog-info.yaml': 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: search\nspec:\n  owner: team-a\n---\napiVersion: backstage.io/v1alpha1\nkind: API\nmetadata:\n  name: search-api\nspec:\n  owner: team-a\n---\napiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-a\nspec:\n  type: team\n' } }],
  },
});
