import { describe, expect, it } from 'vitest';
import { analyzeCatalog } from '../../src/core/analyze-catalog.ts';
import { resolveConfig } from '../../src/core/config/resolve-config.ts';
import { toCatalogMeta } from '../../src/site/catalog-meta.ts';
import { buildSiteModel } from '../../src/site/site-model.ts';
import { toSystemRecord } from '../../src/site/system-record.ts';
import { glossaryIndex, termsUsedBy, termViews } from '../../src/site/glossary-page.ts';
import { productionDoc, WITHOUT_GRAPH_LINTS } from '../helpers/make-catalog.ts';
import { SITE_TEAMS } from './site-fixture.ts';

const GLOSSARY = `terms:
  - term: tac
    definition: A slave's start-up file.
    systems: [slavealloc]
  - term: Clobber
    definition: Wipe a build directory.
    aliases: [clobbered]
    systems: [clobberer]
  - term: 10-minute rule
    definition: A made-up rule.
`;

const body = (runbook: string) => `\n## Overview\n\nText.\n\n## How to access\n\nText.\n\n## Runbook\n\n${runbook}\n\n## Failure modes\n\nText.\n`;

function glossarySite(glossary = GLOSSARY) {
  const encoder = new TextEncoder();
  const docs = {
    clobberer: productionDoc({ name: 'Clobberer', body: body('A slave is clobbered before its next build.') }),
    slavealloc: productionDoc({ name: 'Slave allocator', body: body('Serves the buildbot.tac file. Ask for a clobber in #releng.') }),
    db: productionDoc({ name: 'DB', owner: 'it' }),
  };
  const catalog = analyzeCatalog({
    docs: Object.entries(docs).map(([id, text]) => ({ file: `systems/${id}.md`, bytes: encoder.encode(text) })),
    teamsFile: 'systems/teams.yaml', teamsBytes: encoder.encode(SITE_TEAMS),
    glossaryFile: 'systems/glossary.yaml', glossaryBytes: encoder.encode(glossary),
    config: resolveConfig(WITHOUT_GRAPH_LINTS), today: '2026-11-01',
  });
  expect(catalog.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const meta = toCatalogMeta(catalog);
  return buildSiteModel(catalog.systems.map((s) => toSystemRecord(s, catalog)), catalog.teams, meta, meta.accepted);
}

describe('glossary pages', () => {
  it('lists terms alphabetically under their first letter, digits under #', () => {
    const index = glossaryIndex(glossarySite());
    expect(index.count).toBe(3);
    expect(index.groups.map((g) => [g.letter, g.terms.map((t) => t.slug)])).toEqual([['#', ['10-minute-rule']], ['C', ['clobber']], ['T', ['tac']]]);
  });

  it('names the systems a term is about, and the other systems whose docs use it', () => {
    const clobber = termViews(glossarySite()).find((t) => t.slug === 'clobber')!;
    expect(clobber).toEqual({
      term: 'Clobber', slug: 'clobber', definition: 'Wipe a build directory.', aliases: ['clobbered'],
      about: [{ id: 'clobberer', name: 'Clobberer', summary: expect.any(String) }],
      usedBy: [{ id: 'slavealloc', name: 'Slave allocator', summary: expect.any(String) }],
    });
  });

  it('gives a system page the terms its doc uses, alphabetically', () => {
    const model = glossarySite();
    expect(termsUsedBy(model, 'slavealloc').map((t) => t.term)).toEqual(['Clobber', 'tac']);
    expect(termsUsedBy(model, 'db')).toEqual([]);
  });

  it('is empty without a glossary file', () => {
    expect(glossaryIndex(glossarySite('terms: []\n'))).toEqual({ count: 0, groups: [] });
  });
});
