/** A point of an edge's route. */
export interface Point {
  x: number;
  y: number;
}

/** An edge as drawn: the boxes it joins (by key) and the polyline it follows. */
export interface DrawnEdge {
  from: string;
  to: string;
  points: readonly Point[];
}

/**
 * Counts edge crossings in a finished layout, from the edges' polylines (not from pixels): every point where a
 * segment of one edge properly crosses a segment of another. Two edges that share a box meet at that box by
 * design and are not compared; touching or overlapping collinear segments do not count. Curves drawn through
 * the points may differ a little, so this is the layout's crossing count, the number the layout can improve.
 */
export function countCrossings(edges: readonly DrawnEdge[]): number {
  let total = 0;
  const boxes = edges.map(bounds);
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      const [a, b] = [edges[i]!, edges[j]!];
      if (a.from === b.from || a.from === b.to || a.to === b.from || a.to === b.to) continue;
      if (!overlap(boxes[i]!, boxes[j]!)) continue;
      for (let s = 0; s + 1 < a.points.length; s++) {
        for (let t = 0; t + 1 < b.points.length; t++) {
          if (cross(a.points[s]!, a.points[s + 1]!, b.points[t]!, b.points[t + 1]!)) total++;
        }
      }
    }
  }
  return total;
}

interface Bounds { x0: number; y0: number; x1: number; y1: number }

function bounds(edge: DrawnEdge): Bounds {
  const xs = edge.points.map((p) => p.x);
  const ys = edge.points.map((p) => p.y);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

function overlap(a: Bounds, b: Bounds): boolean {
  return a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1;
}

/** Whether segments pq and rs cross at a single point inside both (strict orientation test). */
function cross(p: Point, q: Point, r: Point, s: Point): boolean {
  const d1 = side(r, s, p);
  const d2 = side(r, s, q);
  const d3 = side(p, q, r);
  const d4 = side(p, q, s);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

function side(a: Point, b: Point, c: Point): number {
  return Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
}
