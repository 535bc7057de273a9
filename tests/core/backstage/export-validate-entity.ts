import {
  componentEntityV1alpha1Validator, DefaultNamespaceEntityPolicy, EntityPolicies, FieldFormatEntityPolicy,
  groupEntityV1alpha1Validator, locationEntityV1alpha1Validator, NoForeignRootFieldsEntityPolicy,
  resourceEntityV1alpha1Validator, SchemaValidEntityPolicy, userEntityV1alpha1Validator, type Entity,
} from '@backstage/catalog-model';

const policy = EntityPolicies.allOf([
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);
const validators = [componentEntityV1alpha1Validator, resourceEntityV1alpha1Validator, groupEntityV1alpha1Validator, userEntityV1alpha1Validator, locationEntityV1alpha1Validator];

/** Runs an entity through Backstage's own policies and kind validators; resolves to the problem, or `undefined` when valid. */
export async function backstageProblem(entity: unknown): Promise<string | undefined> {
  try {
    const enforced = await policy.enforce(structuredClone(entity) as Entity);
    if (!enforced) return 'rejected by the entity policies';
    for (const validator of validators) if (await validator.check(enforced)) return undefined;
    return `no validator accepts kind ${String((entity as Entity).kind)}`;
  } catch (error) {
    return (error as Error).message;
  }
}
