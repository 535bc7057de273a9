import type { Graph } from './build-graph.ts';

/** Which edges a cycle may use. */
export interface CycleOptions {
  /** Only hard edges: a cycle through a soft edge can still start up, degraded, so it is no emergency. */
  hardOnly?: boolean;
}

/**
 * Finds dependency cycles: one cycle per strongly connected component, as a path that starts and ends
 * at the component's smallest id (`['a', 'b', 'c', 'a']`). Iterative, so deep graphs cannot overflow the stack.
 */
export function findCycles(graph: Graph, options: CycleOptions = {}): string[][] {
  const outOf = (id: string) => {
    const edges = graph.out.get(id) ?? [];
    return options.hardOnly ? edges.filter((e) => e.strength === 'hard') : edges;
  };
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  for (const root of graph.nodes) {
    if (index.has(root)) continue;
    const work: { id: string; next: number }[] = [{ id: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = outOf(frame.id);
      if (frame.next < edges.length) {
        const to = edges[frame.next++]!.to;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ id: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        if (component.length > 1) components.push(component);
      }
    }
  }
  return components.map((component) => cyclePath(outOf, new Set(component))).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

/** Shortest cycle through the smallest id of a component, found by breadth-first search inside it. */
function cyclePath(outOf: (id: string) => Graph['edges'], members: Set<string>): string[] {
  const start = [...members].sort()[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    for (const edge of outOf(id)) {
      if (!members.has(edge.to)) continue;
      if (edge.to === start) {
        const path = [start];
        for (let at: string | undefined = id; at !== undefined && at !== start; at = previous.get(at)) path.splice(1, 0, at);
        path.push(start);
        return path;
      }
      if (!previous.has(edge.to)) {
        previous.set(edge.to, id);
        queue.push(edge.to);
      }
    }
  }
  return [start, start];
}
