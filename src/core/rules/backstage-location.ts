import { defineRule } from './define-rule.ts';

/** Reported by `fieldguide import backstage` at its place in the descriptor; the examples import `backstage/catalog-info.yaml`. */
export const backstageLocation = defineRule({
  id: 'backstage-location',
  severity: 'warning',
  description: 'A Location target is missing, is a URL, or leads back into a cycle; it is not followed.',
  category: 'import',
  check: { stage: 'load', by: 'src/core/backstage/read-descriptors.ts' },
  examples: {
    fail: [{ title: 'A target that does not exist', files: { 'backstage/catalog-info.yaml': 'apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: all\nspec:\n  targets:\n    - ./missing.yaml\n---\napiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-a\nspec:\n  type: team\n' }, expected: ['backstage/catalog-info.yaml:7:7'] }],
    pass: [{ title: 'A Location with no targets', files: { 'backstage/catalog-info.yaml': 'apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: all\nspec:\n  targets: []\n---\napiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-a\nspec:\n  type: team\n' } }],
  },
});
