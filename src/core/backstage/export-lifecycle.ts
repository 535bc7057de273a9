import type { Lifecycle } from '../model.ts';

/** The lifecycles Backstage knows (`spec.lifecycle` of a Component). */
export type BackstageLifecycle = 'experimental' | 'production' | 'deprecated';

/** fieldguide's lifecycle in Backstage's three words: `proposed` is not built yet, so `experimental`; `retired` is gone, so `deprecated`. */
export const EXPORTED_LIFECYCLE: Record<Lifecycle, BackstageLifecycle> = {
  proposed: 'experimental',
  experimental: 'experimental',
  production: 'production',
  deprecated: 'deprecated',
  retired: 'deprecated',
};

/** Backstage's lifecycle for a fieldguide one, and whether it says less than the original (then kept as an annotation). */
export function exportLifecycle(lifecycle: Lifecycle): { lifecycle: BackstageLifecycle; mapped: boolean } {
  const exported = EXPORTED_LIFECYCLE[lifecycle];
  return { lifecycle: exported, mapped: exported !== lifecycle };
}
