import type { MapSystem, MapTeam } from '../core/render/map-input.ts';
import type { SiteModel } from './site-model.ts';

/** The systems and teams of the site model, in the shape the catalog-wide diagram selectors take. */
export function mapInput(model: SiteModel): { systems: MapSystem[]; teams: MapTeam[] } {
  return {
    systems: model.systems.map((s) => ({ id: s.id, label: s.data.name, team: s.data.owner })),
    teams: model.teams.map((t) => ({ id: t.id, label: t.name })),
  };
}
