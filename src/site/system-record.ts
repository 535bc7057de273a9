import type { Catalog } from '../core/analyze-catalog.ts';
import { applySeverity } from '../core/analyze-catalog.ts';
import type { Diagnostic } from '../core/diagnostic.ts';
import { checkGate, daysBetween } from '../core/validate/check-gate.ts';
import type { CatalogSystem, Lifecycle, SystemPlaces } from '../core/model.ts';
import type { SystemData } from '../core/types/system.ts';
import type { SystemReadiness } from '../core/readiness/compute-readiness.ts';
import { repoPath } from '../core/display-path.ts';
import { buildEditUrl } from '../core/build-edit-url.ts';

/** A problem shown on the site: the rule, how bad, and the sentence `check` prints. */
export interface SiteFinding {
  rule: string;
  severity: 'error' | 'warning';
  message: string;
  hint?: string;
}

/** One dependency as written, with whether it names a system in the catalog. */
export interface RecordDependency {
  id: string;
  strength: 'hard' | 'soft';
  protocol?: string;
  usage?: string;
  known: boolean;
}

/** Everything the site shows about one system, as plain data (stored by the content layer, read by pages). */
export interface SystemRecord {
  id: string;
  /** Path of the doc relative to the repository root. */
  file: string;
  /** "Edit this page": the doc in the repository's web editor; absent without a repository or an `edit_url`. */
  edit?: string;
  data: SystemData;
  dependencies: RecordDependency[];
  /** What the system's lifecycle gate still needs: exactly `check`'s gate findings. */
  gaps: SiteFinding[];
  /** For proposed and experimental systems: what the production gate would still need. */
  toProduction?: SiteFinding[];
  /** Every other finding `check` reports for this doc (warnings such as a single expert). */
  notes: SiteFinding[];
  /** Days since `review.last_reviewed`, when there is a review. */
  reviewAgeDays?: number;
  /** True when the review is older than the configured age (and the system is not retired). */
  stale: boolean;
  /** The readiness level reached, the next one and what stands between, as `check` computes it. */
  readiness?: SystemReadiness;
}

const BEFORE_PRODUCTION = new Set<Lifecycle>(['proposed', 'experimental']);

const HERE = { line: 1, column: 1 };
/** Places for a gate check whose findings are shown without positions. */
const NOWHERE: SystemPlaces = { root: HERE, lifecycle: HERE, owner: HERE, experts: HERE, failureModes: HERE, review: HERE, tier: HERE, interfaces: HERE, replacedBy: HERE };

/**
 * Builds a system's record from the analyzed catalog: the same findings `check` reports, nothing recomputed
 * differently. For a catalog read from disk (`dir` given) the doc's path is made relative to the repository root.
 */
export function toSystemRecord(system: CatalogSystem, catalog: Catalog & { dir?: string; cwd?: string }): SystemRecord {
  const gapFindings = catalog.gaps.get(system.id) ?? [];
  const gaps = toSite(applySeverity(gapFindings, catalog.config));
  const gapKeys = new Set(gapFindings.map((f) => `${f.rule}\u0000${f.line}\u0000${f.column}\u0000${f.message}`));
  const notes = toSite((byFile(catalog.diagnostics).get(system.file) ?? []).filter((d) => !gapKeys.has(`${d.rule}\u0000${d.line}\u0000${d.column}\u0000${d.message}`)));
  const reviewed = system.data.review?.last_reviewed;
  const reviewAgeDays = reviewed ? daysBetween(reviewed, catalog.today) : undefined;
  const file = catalog.dir !== undefined ? repoPath(catalog.dir, system.file, catalog.cwd) : system.file;
  const edit = buildEditUrl(catalog.config.site, file);
  const record: SystemRecord = {
    id: system.id,
    file,
    ...(edit !== undefined ? { edit } : {}),
    data: system.data,
    // Fields picked one by one: a dependency's `place` is computed on first read, by parsing the YAML again.
    dependencies: system.dependencies.map(({ id, strength, protocol, usage }) => ({
      id, strength, ...(protocol ? { protocol } : {}), ...(usage ? { usage } : {}), known: catalog.byId.has(id),
    })),
    gaps,
    notes,
    stale: reviewAgeDays !== undefined && reviewAgeDays > catalog.config.check.reviewMaxAgeDays && system.data.lifecycle !== 'retired',
    ...(reviewAgeDays !== undefined ? { reviewAgeDays } : {}),
  };
  const readiness = catalog.readiness.get(system.id);
  if (readiness) record.readiness = readiness;
  if (BEFORE_PRODUCTION.has(system.data.lifecycle)) {
    const context = { gate: catalog.config.gates.production, today: catalog.today, reviewMaxAgeDays: catalog.config.check.reviewMaxAgeDays };
    // Judged as if it were already in production, so the findings read "A production system needs…". The site
    // shows no positions, so the doc is not re-parsed to find them.
    const asProduction: CatalogSystem = {
      id: system.id, file: system.file, data: { ...system.data, lifecycle: 'production' }, dependencies: system.dependencies,
      body: system.body, bodyLine: system.bodyLine, headings: system.headings, places: NOWHERE,
    };
    record.toProduction = toSite(applySeverity(checkGate(asProduction, context), catalog.config)).filter((f) => f.rule !== 'stale-review');
  }
  return record;
}

const indexes = new WeakMap<readonly Diagnostic[], Map<string, Diagnostic[]>>();

/** Diagnostics by file, indexed once per catalog: a record is built per system, and catalogs run to 10,000 systems. */
function byFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  let index = indexes.get(diagnostics);
  if (!index) {
    index = new Map();
    for (const d of diagnostics) {
      const list = index.get(d.file) ?? [];
      list.push(d);
      index.set(d.file, list);
    }
    indexes.set(diagnostics, index);
  }
  return index;
}

function toSite(list: readonly { rule: string; severity: 'error' | 'warning'; message: string; hint?: string }[]): SiteFinding[] {
  return list.map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, ...(d.hint ? { hint: d.hint } : {}) }));
}
