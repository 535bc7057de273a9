import { defineRule } from './define-rule.ts';

/** Reported by `fieldguide import backstage` at its place in the descriptor; the examples import `backstage/catalog-info.yaml`. */
export const backstageUnresolvedRef = defineRule({
  id: 'backstage-unresolved-ref',
  severity: 'warning',
  description: 'A relation (`dependsOn`, `consumesApis`, `providesApis`, `system`) names an entity that is not imported; it is kept in the body, not in `depends_on`.',
  category: 'import',
  check: { stage: 'load', by: 'src/core/backstage/plan-import.ts' },
  examples: {
    fail: [{ title: 'A dependency on a resource that is not imported', files: { 'backstage/catalog-info.yaml': 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: search\nspec:\n  owner: team-a\n  dependsOn: [resource:search-db]\n---\napiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-a\nspec:\n  type: team\n' }, expected: ['backstage/catalog-info.yaml:7:15'] }],
    pass: [{ title: 'A dependency on an imported resource', files: { 'backstage/catalog-info.yaml': 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: search\nspec:\n  owner: team-a\n  dependsOn: [resource:search-db]\n---\napiVersion: backstage.io/v1alpha1\nkind: Resource\nmetadata:\n  name: search-db\nspec:\n  owner: team-a\n---\napiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-a\nspec:\n  type: team\n' } }],
  },
});
