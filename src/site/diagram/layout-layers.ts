/** A box to place: its size and, optionally, the layer it must go in and the lane (group) it belongs to. */
export interface LayoutNode {
  key: string;
  width: number;
  height: number;
  rank?: number;
  /** Index of the horizontal lane (a group, such as a team) the box is drawn in. */
  lane?: number;
}

/** An arrow between two boxes, by key. */
export interface LayoutEdge {
  from: string;
  to: string;
}

/** Where a box landed (top-left corner). */
export interface PlacedNode {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The route of one edge, from its `from` box to its `to` box. */
export interface RoutedEdge {
  from: string;
  to: string;
  points: { x: number; y: number }[];
  /** The edge joins two boxes in the same layer and is drawn as a bulge to their right. */
  flat: boolean;
}

/** A horizontal band holding one lane's boxes. */
export interface PlacedLane {
  index: number;
  y: number;
  height: number;
}

/** A finished layout: canvas size, boxes, lanes and edge routes, in input order. */
export interface Layout {
  width: number;
  height: number;
  nodes: Map<string, PlacedNode>;
  lanes: PlacedLane[];
  edges: RoutedEdge[];
}

/** Spacing of a layout, in pixels. */
export interface LayoutSpacing {
  padding: number;
  layerGap: number;
  nodeGap: number;
  /** Room above a lane's boxes for its label. */
  laneHeader: number;
}

const DEFAULT_SPACING: LayoutSpacing = { padding: 16, layerGap: 56, nodeGap: 14, laneHeader: 26 };
const DUMMY = 4;

interface Slot {
  key: string;
  rank: number;
  lane: number;
  width: number;
  height: number;
  dummy: boolean;
  order: number;
  y: number;
  up: Slot[];
  down: Slot[];
}

/**
 * A small layered (Sugiyama-style) layout, left to right: ranks from the hints or by longest path (cycles
 * broken), long edges routed through placeholder slots, barycentre sweeps to cut crossings, then rows packed
 * and pulled toward their neighbours. With lanes, each lane is a horizontal band and boxes keep their layer's
 * column, so a grouped catalog still reads left to right. Deterministic, and fast enough to run once per page.
 */
export function layoutLayers(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], spacing: Partial<LayoutSpacing> = {}): Layout {
  const space = { ...DEFAULT_SPACING, ...spacing };
  const laned = nodes.some((n) => n.lane !== undefined);
  const ranks = assignRanks(nodes, edges);
  const slots = new Map<string, Slot>();
  for (const node of nodes) {
    slots.set(node.key, { key: node.key, rank: ranks.get(node.key)!, lane: node.lane ?? 0, width: node.width, height: node.height, dummy: false, order: 0, y: 0, up: [], down: [] });
  }

  // Chains of slots per edge, lowest rank first; without lanes, a placeholder in every layer a long edge crosses.
  const chains: Slot[][] = edges.map((edge, index) => {
    const a = slots.get(edge.from)!;
    const b = slots.get(edge.to)!;
    if (a.rank === b.rank) return [a, b];
    const [low, high] = a.rank < b.rank ? [a, b] : [b, a];
    const chain = [low];
    for (let r = low.rank + 1; r < high.rank && !laned; r++) {
      const dummy: Slot = { key: `\u0000${index}:${r}`, rank: r, lane: 0, width: 0, height: DUMMY, dummy: true, order: 0, y: 0, up: [], down: [] };
      slots.set(dummy.key, dummy);
      chain.push(dummy);
    }
    chain.push(high);
    for (let i = 1; i < chain.length; i++) {
      chain[i - 1]!.down.push(chain[i]!);
      chain[i]!.up.push(chain[i - 1]!);
    }
    return chain;
  });

  const layers = orderLayers([...slots.values()]);
  const lanes = laned ? placeLanes(layers, space) : (placeRows(layers, space), []);

  const columnWidth = layers.map((layer) => Math.max(0, ...layer.map((s) => s.width)));
  const columnX: number[] = [];
  let x = space.padding;
  for (const w of columnWidth) {
    columnX.push(x);
    x += w + space.layerGap;
  }
  const width = x - space.layerGap + space.padding;
  const left = (s: Slot) => columnX[s.rank]! + (columnWidth[s.rank]! - s.width) / 2;
  let height = 0;
  for (const slot of slots.values()) height = Math.max(height, slot.y + slot.height + space.padding);
  for (const lane of lanes) height = Math.max(height, lane.y + lane.height + space.padding);

  const placed = new Map<string, PlacedNode>();
  for (const node of nodes) {
    const s = slots.get(node.key)!;
    placed.set(node.key, { x: round(left(s)), y: round(s.y), width: s.width, height: s.height });
  }
  const mid = (s: Slot) => round(s.y + s.height / 2);
  const routed: RoutedEdge[] = edges.map((edge, index) => {
    const chain = chains[index]!;
    const [a, b] = [slots.get(edge.from)!, slots.get(edge.to)!];
    if (a.rank === b.rank) {
      return { from: edge.from, to: edge.to, flat: true, points: [{ x: round(left(a) + a.width), y: mid(a) }, { x: round(left(b) + b.width), y: mid(b) }] };
    }
    const points = chain.map((s, i) => ({
      x: round(i === 0 ? left(s) + s.width : i === chain.length - 1 ? left(s) : columnX[s.rank]! + columnWidth[s.rank]! / 2),
      y: mid(s),
    }));
    // Chains run low rank to high; an edge pointing the other way is routed the same way, then reversed.
    if (a.rank > b.rank) points.reverse();
    return { from: edge.from, to: edge.to, flat: false, points };
  });
  return { width: round(width), height: round(Math.max(height, 2 * space.padding)), nodes: placed, lanes, edges: routed };
}

/** Ranks from the hints when every node has one, otherwise by longest path with cycles broken by a depth-first search. */
function assignRanks(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Map<string, number> {
  const ranks = new Map<string, number>();
  if (nodes.length > 0 && nodes.every((n) => n.rank !== undefined)) {
    const min = Math.min(...nodes.map((n) => n.rank!));
    for (const n of nodes) ranks.set(n.key, n.rank! - min);
    return ranks;
  }
  const out = new Map<string, string[]>(nodes.map((n) => [n.key, []]));
  for (const e of edges) if (e.from !== e.to) out.get(e.from)!.push(e.to);
  // Depth-first search; an edge back to a node still on the stack closes a cycle and is ignored for ranking.
  const state = new Map<string, 'open' | 'done'>();
  const forward = new Map<string, string[]>(nodes.map((n) => [n.key, []]));
  const postorder: string[] = [];
  // Start from sources, so the first node of a cycle is the one the rest of the graph enters it through.
  const entered = new Set(edges.filter((e) => e.from !== e.to).map((e) => e.to));
  const roots = [...nodes.filter((n) => !entered.has(n.key)), ...nodes.filter((n) => entered.has(n.key))];
  for (const root of roots) {
    if (state.has(root.key)) continue;
    const stack: { key: string; next: number }[] = [{ key: root.key, next: 0 }];
    state.set(root.key, 'open');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const targets = out.get(frame.key)!;
      if (frame.next < targets.length) {
        const to = targets[frame.next++]!;
        const seen = state.get(to);
        if (seen === 'open') continue;
        forward.get(frame.key)!.push(to);
        if (seen === undefined) {
          state.set(to, 'open');
          stack.push({ key: to, next: 0 });
        }
        continue;
      }
      state.set(frame.key, 'done');
      postorder.push(frame.key);
      stack.pop();
    }
  }
  for (const key of postorder.reverse()) {
    const rank = ranks.get(key) ?? 0;
    ranks.set(key, rank);
    for (const to of forward.get(key)!) ranks.set(to, Math.max(ranks.get(to) ?? 0, rank + 1));
  }
  return ranks;
}

/** Orders each layer by lane, then by barycentre sweeps, keeping the order with the fewest crossings. */
function orderLayers(slots: Slot[]): Slot[][] {
  const count = Math.max(0, ...slots.map((s) => s.rank)) + 1;
  const layers: Slot[][] = Array.from({ length: count }, () => []);
  for (const slot of slots) layers[slot.rank]!.push(slot);
  for (const layer of layers) layer.sort((a, b) => a.lane - b.lane);
  layers.forEach((layer) => layer.forEach((s, i) => (s.order = i)));
  let best = layers.map((l) => [...l]);
  let bestCrossings = crossings(layers);
  for (let sweep = 0; sweep < 8 && bestCrossings > 0; sweep++) {
    const down = sweep % 2 === 0;
    for (let r = down ? 1 : count - 2; down ? r < count : r >= 0; r += down ? 1 : -1) {
      const layer = layers[r]!;
      const weight = new Map(layer.map((s) => {
        const near = down ? s.up : s.down;
        return [s, near.length === 0 ? s.order : near.reduce((sum, n) => sum + n.order, 0) / near.length];
      }));
      layer.sort((a, b) => a.lane - b.lane || weight.get(a)! - weight.get(b)! || a.order - b.order);
      layer.forEach((s, i) => (s.order = i));
    }
    const c = crossings(layers);
    if (c < bestCrossings) {
      bestCrossings = c;
      best = layers.map((l) => [...l]);
    }
  }
  best.forEach((layer) => layer.forEach((s, i) => (s.order = i)));
  return best;
}

/** Edge crossings between adjacent layers (skipped for very busy layer pairs, where it would cost too much). */
function crossings(layers: Slot[][]): number {
  let total = 0;
  for (let r = 0; r + 1 < layers.length; r++) {
    const pairs: [number, number][] = [];
    for (const s of layers[r]!) for (const t of s.down) pairs.push([s.order, t.order]);
    if (pairs.length > 1500) continue;
    for (let i = 0; i < pairs.length; i++) {
      for (let j = i + 1; j < pairs.length; j++) {
        const [a, b] = [pairs[i]!, pairs[j]!];
        if ((a[0] - b[0]) * (a[1] - b[1]) < 0) total++;
      }
    }
  }
  return total;
}

/** Stacks each layer top to bottom, then pulls rows toward the average height of their neighbours. */
function placeRows(layers: Slot[][], space: LayoutSpacing): void {
  const gap = (a: Slot, b: Slot) => (a.dummy || b.dummy ? space.nodeGap / 2 : space.nodeGap);
  const tallest = Math.max(0, ...layers.map((layer) => stackHeight(layer, gap)));
  for (const layer of layers) {
    let y = space.padding + (tallest - stackHeight(layer, gap)) / 2;
    layer.forEach((s, i) => {
      if (i > 0) y += gap(layer[i - 1]!, s);
      s.y = y;
      y += s.height;
    });
  }
  const centre = (s: Slot) => s.y + s.height / 2;
  for (let pass = 0; pass < 4; pass++) {
    const down = pass % 2 === 0;
    for (let r = down ? 1 : layers.length - 2; down ? r < layers.length : r >= 0; r += down ? 1 : -1) {
      const layer = layers[r]!;
      const wanted = layer.map((s) => {
        const near = down ? s.up : s.down;
        return near.length === 0 ? s.y : near.reduce((sum, n) => sum + centre(n), 0) / near.length - s.height / 2;
      });
      // Keep order and spacing: the average of a push-down and a push-up packing satisfies both.
      const pushDown: number[] = [];
      const pushUp: number[] = [];
      for (let i = 0; i < layer.length; i++) {
        pushDown[i] = i === 0 ? wanted[i]! : Math.max(wanted[i]!, pushDown[i - 1]! + layer[i - 1]!.height + gap(layer[i - 1]!, layer[i]!));
      }
      for (let i = layer.length - 1; i >= 0; i--) {
        pushUp[i] = i === layer.length - 1 ? wanted[i]! : Math.min(wanted[i]!, pushUp[i + 1]! - gap(layer[i]!, layer[i + 1]!) - layer[i]!.height);
      }
      layer.forEach((s, i) => (s.y = (pushDown[i]! + pushUp[i]!) / 2));
    }
  }
  const top = Math.min(...layers.flat().map((s) => s.y));
  for (const s of layers.flat()) s.y += space.padding - top;
}

/** Gives each lane a band as tall as its busiest layer and stacks that layer's boxes, centred, inside it. */
function placeLanes(layers: Slot[][], space: LayoutSpacing): PlacedLane[] {
  const count = Math.max(0, ...layers.flat().map((s) => s.lane)) + 1;
  const gap = () => space.nodeGap;
  const lanes: PlacedLane[] = [];
  let y = space.padding;
  for (let lane = 0; lane < count; lane++) {
    const cells = layers.map((layer) => layer.filter((s) => s.lane === lane));
    const content = Math.max(0, ...cells.map((cell) => stackHeight(cell, gap)));
    const height = space.laneHeader + content + space.nodeGap;
    for (const cell of cells) {
      let at = y + space.laneHeader + (content - stackHeight(cell, gap)) / 2;
      for (const s of cell) {
        s.y = at;
        at += s.height + space.nodeGap;
      }
    }
    lanes.push({ index: lane, y: round(y), height: round(height) });
    y += height + space.nodeGap / 2;
  }
  return lanes;
}

function stackHeight(layer: Slot[], gap: (a: Slot, b: Slot) => number): number {
  return layer.reduce((sum, s, i) => sum + s.height + (i > 0 ? gap(layer[i - 1]!, s) : 0), 0);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
