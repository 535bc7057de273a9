import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/core/analyze-catalog.ts';
import { findAttention } from '../../src/site/attention.ts';
import { toAcceptedExceptions, type AcceptedException } from '../../src/site/accepted-exceptions.ts';
import { toCatalogMeta } from '../../src/site/catalog-meta.ts';
import { readinessRows } from '../../src/site/readiness-rows.ts';
import { buildSiteModel, type SiteModel } from '../../src/site/site-model.ts';
import { toSystemRecord } from '../../src/site/system-record.ts';
import { analyze, productionDoc, WITHOUT_GRAPH_LINTS } from '../helpers/make-catalog.ts';
import { SITE_TEAMS } from './site-fixture.ts';

/** What `analyzeCatalog` puts in `suppressed` for two accepted findings (the shape the pages read). */
const SUPPRESSED: Catalog['suppressed'] = [
  {
    diagnostic: { file: 'systems/api.md', line: 39, column: 18, rule: 'stale-review', severity: 'warning', message: 'The doc was last reviewed 400 days ago (2025-10-22); reviews older than 180 days are stale.' },
    reason: 'Reviewed by the vendor yearly',
  },
  {
    diagnostic: { file: 'systems/db.md', line: 8, column: 1, rule: 'too-few-experts', severity: 'error', message: 'A production system needs at least 2 experts; it lists 1.' },
    reason: 'The second expert starts in March',
  },
];

/** A site model as the content layer will build it, with the catalog's accepted exceptions stored beside its facts. */
function siteWith(suppressed: Catalog['suppressed']): SiteModel {
  const catalog = {
    ...analyze({
      api: productionDoc({ name: 'API', tier: 3 }),
      db: productionDoc({ name: 'DB', tier: 1, owner: 'it' }),
      web: productionDoc({ name: 'Web', tier: 2 }),
    }, { teams: SITE_TEAMS, config: WITHOUT_GRAPH_LINTS }),
    suppressed,
  };
  return buildSiteModel(
    catalog.systems.map((s) => toSystemRecord(s, catalog)),
    catalog.teams.map(({ place: _place, ...team }) => team),
    toCatalogMeta(catalog),
    toAcceptedExceptions(catalog),
  );
}

describe('toAcceptedExceptions', () => {
  it('keeps each accepted finding as plain data: system, rule, place, what check would say, and the reason', () => {
    expect(toAcceptedExceptions({ suppressed: SUPPRESSED })).toEqual<AcceptedException[]>([
      {
        system: 'api', file: 'systems/api.md', line: 39, column: 18, rule: 'stale-review', severity: 'warning',
        message: 'The doc was last reviewed 400 days ago (2025-10-22); reviews older than 180 days are stale.', reason: 'Reviewed by the vendor yearly',
      },
      {
        system: 'db', file: 'systems/db.md', line: 8, column: 1, rule: 'too-few-experts', severity: 'error',
        message: 'A production system needs at least 2 experts; it lists 1.', reason: 'The second expert starts in March',
      },
    ]);
  });
});

describe('accepted exceptions in the site model', () => {
  it('are listed for the catalog and per system, with the path the system page links to', () => {
    const model = siteWith(SUPPRESSED);
    expect(model.accepted.map((e) => `${e.system} ${e.rule} ${e.file}:${e.line}:${e.column} [${e.reason}]`)).toEqual([
      'api stale-review systems/api.md:39:18 [Reviewed by the vendor yearly]',
      'db too-few-experts systems/db.md:8:1 [The second expert starts in March]',
    ]);
    expect(model.acceptedBy.get('db')?.map((e) => e.reason)).toEqual(['The second expert starts in March']);
    expect(model.acceptedBy.has('web')).toBe(false);
  });

  it('show on each readiness row beside a met gate, so a gate met by an exception is not shown as a clean pass', () => {
    const rows = readinessRows(siteWith(SUPPRESSED)).flatMap((g) => g.rows);
    expect(rows.map((r) => `${r.system.id}: met=${r.meetsGate} missing=${r.missing.length} accepted=${r.accepted.map((e) => `${e.rule} [${e.reason}]`).join(', ')}`)).toEqual([
      'db: met=true missing=0 accepted=too-few-experts [The second expert starts in March]',
      'web: met=true missing=0 accepted=',
      'api: met=true missing=0 accepted=stale-review [Reviewed by the vendor yearly]',
    ]);
  });

  it('need attention, most critical tier first, each with its reason', () => {
    const attention = findAttention(siteWith(SUPPRESSED));
    expect(attention.accepted.map((e) => `${e.system} (${e.rule}): ${e.reason}`)).toEqual([
      'db (too-few-experts): The second expert starts in March',
      'api (stale-review): Reviewed by the vendor yearly',
    ]);
    expect(attention.failingGates).toEqual([]);
  });

  it('are empty when nothing is suppressed', () => {
    const model = siteWith([]);
    expect(model.accepted).toEqual([]);
    expect(findAttention(model).accepted).toEqual([]);
    expect(readinessRows(model).flatMap((g) => g.rows).every((r) => r.accepted.length === 0)).toBe(true);
  });
});
