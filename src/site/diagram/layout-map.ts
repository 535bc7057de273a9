import elkModule from 'elkjs/lib/elk.bundled.js';
import type { ELK as ElkInstance, ELKConstructorArguments } from 'elkjs/lib/elk-api.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Point } from './count-crossings.ts';
import type { PlacedNode } from './layout-layers.ts';

/** A box of the map: its size and the group (team) it is drawn in. */
export interface MapLayoutNode {
  key: string;
  width: number;
  height: number;
  group?: string;
}

/** A group of boxes, such as a team, drawn as a labelled frame around them. */
export interface MapLayoutGroup {
  key: string;
  /** Room the frame's label needs across its top. */
  labelWidth: number;
}

/** Where a group's frame landed. */
export interface PlacedGroup {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A finished map layout: canvas size, boxes, group frames and edge routes (polylines, input order). */
export interface MapLayout {
  width: number;
  height: number;
  nodes: Map<string, PlacedNode>;
  groups: PlacedGroup[];
  edges: { from: string; to: string; points: Point[] }[];
}

// elkjs is CommonJS with types that declare an ES default export: at run time the default import is the
// constructor itself (module.exports), which the types call `.default`.
const ELK = ((elkModule as { default?: unknown }).default ?? elkModule) as new (args?: ELKConstructorArguments) => ElkInstance;

/** Height of a group frame's label row. */
export const GROUP_HEADER = 28;
const PADDING = 16;

/**
 * Lays out the whole-catalog map with ELK's layered algorithm, left to right: each team is a compact frame of its
 * own, and crossings are minimised across the frames at once (hierarchy handled as one graph), with orthogonal
 * edge routes. Much slower than layoutLayers (a few hundred milliseconds for the example's 40 systems), which is
 * affordable for one map per site, not for one diagram per system page.
 */
export async function layoutMap(nodes: readonly MapLayoutNode[], edges: readonly { from: string; to: string }[], groups: readonly MapLayoutGroup[]): Promise<MapLayout> {
  const child = (n: MapLayoutNode): ElkNode => ({ id: n.key, width: n.width, height: n.height });
  const framed = new Map(groups.map((g) => [g.key, [] as ElkNode[]]));
  const loose: ElkNode[] = [];
  for (const n of nodes) (n.group !== undefined && framed.has(n.group) ? framed.get(n.group)! : loose).push(child(n));
  const frames: ElkNode[] = groups.filter((g) => framed.get(g.key)!.length > 0).map((g) => ({
    id: `group:${g.key}`,
    children: framed.get(g.key)!,
    layoutOptions: {
      'elk.padding': `[top=${GROUP_HEADER + 6},left=12,bottom=12,right=12]`,
      'elk.nodeSize.constraints': 'MINIMUM_SIZE',
      'elk.nodeSize.minimum': `(${g.labelWidth + 24}, 40)`,
    },
  }));
  const elkEdges: ElkExtendedEdge[] = edges.map((e, i) => ({ id: `e${i}`, sources: [e.from], targets: [e.to] }));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.thoroughness': '20',
      'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.spacing.nodeNode': '14',
      'elk.layered.spacing.nodeNodeBetweenLayers': '40',
      'elk.spacing.edgeEdge': '6',
      'elk.layered.spacing.edgeEdgeBetweenLayers': '6',
      'elk.spacing.edgeNode': '10',
      'elk.padding': `[top=${PADDING},left=${PADDING},bottom=${PADDING},right=${PADDING}]`,
      'elk.json.shapeCoords': 'ROOT',
      'elk.json.edgeCoords': 'ROOT',
      'elk.randomSeed': '1',
    },
    children: [...frames, ...loose],
    edges: elkEdges,
  };
  const done = await new ELK().layout(graph);
  const placed = new Map<string, PlacedNode>();
  const placedGroups: PlacedGroup[] = [];
  for (const shape of done.children ?? []) {
    if (shape.id.startsWith('group:')) {
      placedGroups.push({ key: shape.id.slice('group:'.length), ...box(shape) });
      for (const inner of shape.children ?? []) placed.set(inner.id, box(inner));
    } else {
      placed.set(shape.id, box(shape));
    }
  }
  const routes = new Map<string, Point[]>();
  const collect = (node: ElkNode) => {
    for (const edge of node.edges ?? []) {
      const points: Point[] = [];
      for (const section of edge.sections ?? []) {
        for (const p of [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]) points.push({ x: round(p.x), y: round(p.y) });
      }
      routes.set(edge.id, points);
    }
    for (const inner of node.children ?? []) collect(inner);
  };
  collect(done);
  return {
    width: round(done.width ?? 0),
    height: round(done.height ?? 0),
    nodes: placed,
    groups: placedGroups,
    edges: edges.map((e, i) => ({ from: e.from, to: e.to, points: routes.get(`e${i}`) ?? [] })),
  };
}

function box(shape: ElkNode): PlacedNode {
  return { x: round(shape.x ?? 0), y: round(shape.y ?? 0), width: round(shape.width ?? 0), height: round(shape.height ?? 0) };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
