/** What a diagram node stands for; the site turns each role into a look and a link target. */
export type DiagramNodeRole = 'focus' | 'system' | 'more' | 'team';

/** One box in a generated diagram. `key` is generated (`n0`, `n1`…), never derived from a name. */
export interface DiagramNode {
  key: string;
  /** Text shown in the box, exactly as written in the docs (escaping happens per output format). */
  label: string;
  role: DiagramNodeRole;
  /** The system this box stands for (roles `focus` and `system`). */
  systemId?: string;
  /** The team this box stands for (role `team`). */
  teamId?: string;
  /**
   * For a collapsed `+N more` box: how many systems it hides, and where they are listed in full:
   * the `dependencies` or `dependents` list of system `of` (the diagram's own focus when `of` is absent).
   */
  more?: { list: 'dependencies' | 'dependents'; count: number; of?: string };
  /** Layer hint, left to right; when every node has one the layout keeps it (dependents < 0 < dependencies). */
  rank?: number;
  /** Key of the group (subgraph) the node is drawn in. */
  group?: string;
}

/** An arrow from a system to what it depends on. */
export interface DiagramEdge {
  from: string;
  to: string;
  /** `hard` is drawn solid, `soft` dashed. */
  strength: 'hard' | 'soft';
  /** Short text on the arrow, such as a count of collapsed edges. */
  label?: string;
}

/** A labelled box around some nodes, such as a team. */
export interface DiagramGroup {
  key: string;
  label: string;
  teamId?: string;
}

/** A diagram as data, built from the graph model: rendered to Mermaid text and to SVG by separate functions. */
export interface Diagram {
  /** One sentence describing the diagram, for its accessible name. */
  title: string;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  groups: DiagramGroup[];
}
