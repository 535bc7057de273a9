// `node bench/count-map-crossings.ts [systems-folder] [--config file]`: lays out the whole-catalog map the way the
// map page does and prints its edge crossings, counted from the layout's routes (see countCrossings).
import { loadCatalog } from '../src/core/load-catalog.ts';
import { selectCatalogMap } from '../src/core/render/select-catalog-map.ts';
import { toCatalogMeta } from '../src/site/catalog-meta.ts';
import { countCrossings } from '../src/site/diagram/count-crossings.ts';
import { layoutDiagram } from '../src/site/diagram/render-diagram-svg.ts';
import { mapInput } from '../src/site/map-input.ts';
import { buildSiteModel } from '../src/site/site-model.ts';
import { toSystemRecord } from '../src/site/system-record.ts';

const args = process.argv.slice(2);
const configAt = args.indexOf('--config');
const configFile = configAt >= 0 ? args[configAt + 1] : undefined;
const dir = args.find((a, i) => !a.startsWith('--') && i !== configAt + 1) ?? 'systems';
const catalog = await loadCatalog({ dir, ...(configFile ? { configFile } : {}) });
const meta = toCatalogMeta(catalog);
const model = buildSiteModel(catalog.systems.map((s) => toSystemRecord(s, catalog)), catalog.teams.map(({ place: _place, ...t }) => t), meta, meta.accepted);
const { systems, teams } = mapInput(model);
const diagram = selectCatalogMap(model.graph, systems, teams);
const started = performance.now();
const { layout } = layoutDiagram(diagram);
const ms = performance.now() - started;
console.log(`${systems.length} systems, ${diagram.edges.length} edges drawn: ${countCrossings(layout.edges)} crossings (layout ${ms.toFixed(0)} ms, ${layout.width}×${layout.height} px)`);
