// `node bench/count-map-crossings.ts [systems-folder | --generate N …] [--config file]`: lays out the whole-catalog
// map and prints its edge crossings, counted from the layout's routes (see countCrossings): as the map page draws it
// now (ELK, shared infrastructure as badges), with every arrow kept, and with the old layered layout.
import { loadCatalog } from '../src/core/load-catalog.ts';
import { selectCatalogMap } from '../src/core/render/select-catalog-map.ts';
import { selectSharedSystems } from '../src/core/render/select-shared-systems.ts';
import { toCatalogMeta } from '../src/site/catalog-meta.ts';
import { countCrossings } from '../src/site/diagram/count-crossings.ts';
import { layoutDiagram } from '../src/site/diagram/render-diagram-svg.ts';
import { layoutCatalogMap } from '../src/site/diagram/render-map-svg.ts';
import { mapInput } from '../src/site/map-input.ts';
import { buildSiteModel } from '../src/site/site-model.ts';
import { toSystemRecord } from '../src/site/system-record.ts';
import { generateCatalog } from './generate-catalog.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const configFile = option('--config');
const generate = args.filter((a, i) => args[i - 1] === '--generate').map(Number);
const folders = generate.length > 0 ? generate.map((n) => ({ n, dir: `bench/out/map-${n}` })) : [{ n: 0, dir: args.find((a) => !a.startsWith('--') && a !== configFile) ?? 'systems' }];

for (const { n, dir } of folders) {
  if (n > 0) await generateCatalog(dir, n);
  const catalog = await loadCatalog({ dir, ...(configFile ? { configFile } : {}) });
  const meta = toCatalogMeta(catalog);
  const model = buildSiteModel(catalog.systems.map((s) => toSystemRecord(s, catalog)), catalog.teams.map(({ place: _place, ...t }) => t), meta, meta.accepted);
  const { systems, teams } = mapInput(model);
  const shared = selectSharedSystems(model.graph, model.systems.map((s) => ({ id: s.id, kind: s.data.kind ?? '' })), catalog.config.map.shared);
  const all = selectCatalogMap(model.graph, systems, teams);
  const badged = selectCatalogMap(model.graph, systems, teams, shared);
  const old = layoutDiagram(all).layout;
  const timed = async (map: typeof all) => {
    const started = performance.now();
    const { layout } = await layoutCatalogMap(map);
    return { layout, ms: performance.now() - started };
  };
  const elkAll = await timed(all);
  const elkBadged = await timed(badged);
  console.log(`${systems.length} systems, ${all.edges.length} dependencies (${dir}):`);
  console.log(`  old layered layout, every arrow:      ${countCrossings(old.edges)} crossings, ${old.width}×${old.height} px`);
  console.log(`  ELK, every arrow:                      ${countCrossings(elkAll.layout.edges)} crossings, ${elkAll.layout.width}×${elkAll.layout.height} px, ${elkAll.ms.toFixed(0)} ms`);
  console.log(`  ELK, ${badged.shared.length} shared as badges (${badged.edges.length} arrows): ${countCrossings(elkBadged.layout.edges)} crossings, ${elkBadged.layout.width}×${elkBadged.layout.height} px, ${elkBadged.ms.toFixed(0)} ms`);
}
