// The whole-catalog map's controls: filters by team, lifecycle, tier and hard/soft, and zoom with drag-to-pan.
// Only an aid: without JavaScript the form stays hidden and the map shows every system, each box a link.

const FACETS = ['team', 'lifecycle', 'tier'] as const;
const ZOOMS = [0.35, 0.5, 0.65, 0.8, 1, 1.25, 1.5, 2];

/** Wires the map's filter form and zoom buttons to its SVG. */
export function setupMap(): void {
  const form = document.querySelector<HTMLFormElement>('[data-map-filters]');
  const svg = document.querySelector<SVGSVGElement>('svg[data-map]');
  if (!form || !svg) return;
  form.hidden = false;
  const nodes = [...svg.querySelectorAll<SVGElement>('.node[data-key]')];
  const edges = [...svg.querySelectorAll<SVGElement>('.edge[data-from]')];
  const frames = [...svg.querySelectorAll<SVGElement>('.team-frame[data-team]')];
  const count = form.querySelector<HTMLOutputElement>('[data-map-count]');

  const apply = () => {
    const data = new FormData(form);
    const wanted = Object.fromEntries(FACETS.map((f) => [f, String(data.get(f) ?? '')]));
    const strength = String(data.get('strength') ?? '');
    const shown = new Set<string>();
    for (const node of nodes) {
      const match = FACETS.every((f) => wanted[f] === '' || node.dataset[f] === wanted[f]);
      node.classList.toggle('is-filtered-out', !match);
      if (match) shown.add(node.dataset.key!);
    }
    let arrows = 0;
    for (const edge of edges) {
      const visible = shown.has(edge.dataset.from!) && shown.has(edge.dataset.to!) && (strength === '' || edge.classList.contains(`edge-${strength}`));
      edge.classList.toggle('is-filtered-out', !visible);
      if (visible) arrows++;
    }
    for (const frame of frames) frame.classList.toggle('is-filtered-out', wanted.team !== '' && frame.dataset.team !== wanted.team);
    svg.classList.toggle('is-filtered', shown.size < nodes.length || arrows < edges.length);
    if (count) count.value = `${shown.size} of ${nodes.length} systems, ${arrows} of ${edges.length} arrows`;
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();

  const width = svg.viewBox.baseVal.width;
  const height = svg.viewBox.baseVal.height;
  const scroll = svg.parentElement!;
  let zoom = 1;
  const zoomTo = (next: number) => {
    zoom = next;
    // Attributes, not inline styles: the page's Content-Security-Policy allows no style attributes.
    svg.setAttribute('width', String(Math.round(width * zoom)));
    svg.setAttribute('height', String(Math.round(height * zoom)));
    svg.dataset.zoom = String(zoom);
  };
  for (const button of form.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
    button.addEventListener('click', () => {
      const step = button.dataset.zoom;
      if (step === 'fit') zoomTo(Math.min(1, scroll.clientWidth / width));
      else zoomTo(step === 'in' ? ZOOMS.find((z) => z > zoom + 0.01) ?? zoom : [...ZOOMS].reverse().find((z) => z < zoom - 0.01) ?? zoom);
    });
  }

  // Drag the background to pan; a drag that starts on a box is left alone, so a click still follows its link.
  let drag: { x: number; y: number; left: number; top: number } | undefined;
  scroll.addEventListener('pointerdown', (event) => {
    if (event.button !== 0 || (event.target as Element).closest('a')) return;
    drag = { x: event.clientX, y: event.clientY, left: scroll.scrollLeft, top: scroll.scrollTop };
    scroll.setPointerCapture(event.pointerId);
    scroll.classList.add('is-panning');
  });
  scroll.addEventListener('pointermove', (event) => {
    if (!drag) return;
    scroll.scrollLeft = drag.left - (event.clientX - drag.x);
    scroll.scrollTop = drag.top - (event.clientY - drag.y);
  });
  const stop = () => {
    drag = undefined;
    scroll.classList.remove('is-panning');
  };
  scroll.addEventListener('pointerup', stop);
  scroll.addEventListener('pointercancel', stop);
}
