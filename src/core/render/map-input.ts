/** A system as the catalog-wide diagrams need it: id, the name to show, and its owner team id. */
export interface MapSystem {
  id: string;
  label: string;
  team: string;
}

/** A team as the catalog-wide diagrams need it. */
export interface MapTeam {
  id: string;
  label: string;
}

/** Team display name by id; an owner that is not declared (possible only when `unknown-owner` is off) shows its id. */
export function teamLabels(teams: readonly MapTeam[]): (id: string) => string {
  const names = new Map(teams.map((t) => [t.id, t.label]));
  return (id) => names.get(id) ?? id;
}
