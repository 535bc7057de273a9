import type { SystemData } from '../types/system.ts';

/** The fields of a system that graphs, impact lists and diffs show: a full `CatalogSystem` has them, and so does a graph-index entry. */
export interface SystemSummary {
  id: string;
  file: string;
  data: Pick<SystemData, 'name' | 'owner' | 'lifecycle' | 'tier' | 'kind'>;
}
