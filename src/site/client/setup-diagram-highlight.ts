// Busy diagrams: pointing at (or tabbing to) a box lights up its own edges and neighbours and dims the rest.
// Only a visual aid; the diagram and the tables below it work without it.

/** Wires every generated diagram on the page. */
export function setupDiagramHighlight(): void {
  for (const svg of document.querySelectorAll<SVGSVGElement>('svg.diagram-svg')) {
    const edges = [...svg.querySelectorAll<SVGElement>('.edge[data-from]')];
    const nodes = new Map([...svg.querySelectorAll<SVGElement>('.node[data-key]')].map((n) => [n.dataset.key!, n]));
    const clear = () => {
      svg.classList.remove('is-focus');
      for (const lit of svg.querySelectorAll('.is-lit')) lit.classList.remove('is-lit');
    };
    const light = (key: string) => {
      clear();
      svg.classList.add('is-focus');
      nodes.get(key)?.classList.add('is-lit');
      for (const edge of edges) {
        const { from, to } = edge.dataset;
        if (from !== key && to !== key) continue;
        edge.classList.add('is-lit');
        nodes.get(from === key ? to! : from!)?.classList.add('is-lit');
      }
    };
    for (const [key, node] of nodes) {
      node.addEventListener('pointerenter', () => light(key));
      node.addEventListener('focus', () => light(key));
      node.addEventListener('pointerleave', clear);
      node.addEventListener('blur', clear);
    }
  }
}
