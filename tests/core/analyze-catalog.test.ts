import { describe, expect, it } from 'vitest';
import { analyzeCatalog } from '../../src/core/analyze-catalog.ts';
import { resolveConfig } from '../../src/core/config/resolve-config.ts';
import { analyze, brief, productionDoc, TEAMS, TODAY, WITHOUT_GRAPH_LINTS } from '../helpers/make-catalog.ts';

describe('analyzeCatalog', () => {
  it('accepts a complete production doc with no diagnostics', () => {
    expect(brief(analyze({ a: productionDoc() }).diagnostics)).toEqual([]);
  });

  it('reports every broken file and still checks the healthy ones', () => {
    const bad = new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x6e, 0x3a, 0x20, 0xff, 0x0a]);
    const catalog = analyze({
      empty: '',
      'no-fm': '# Just a heading\n',
      unclosed: '---\nname: x\n',
      'bad-yaml': '---\nname: [unclosed\n---\n',
      list: '---\n- a\n- b\n---\n',
      latin1: bad,
      good: productionDoc({ deps: ['missing-thing'] }),
    });
    expect(brief(catalog.diagnostics)).toEqual([
      'systems/bad-yaml.md:2:15 error yaml-syntax: The `[` opened on this line is never closed with `]` (BAD_INDENT). (Add the `]` at the end of the list.)',
      'systems/empty.md:1:1 error empty-file: The file is empty. (Start from `npx fieldguide new <id>` or copy templates/system.md.)',
      'systems/good.md:14:5 error unknown-dependency: `depends_on` names `missing-thing`, which is not a system in the catalog. (Add `missing-thing.md` or fix the id.)',
      'systems/latin1.md:2:4 error not-utf8: The file is not valid UTF-8 (byte 0xff at offset 7). (Save the file as UTF-8.)',
      'systems/list.md:2:1 error not-a-mapping: The front matter is a list; expected a mapping of fields such as `name:` and `owner:`.',
      'systems/no-fm.md:1:1 error no-front-matter: The file does not start with a `---` line opening the YAML front matter. (Put the front matter between two `---` lines at the very top of the file.)',
      'systems/unclosed.md:1:1 error no-front-matter: The front matter opened on line 1 is never closed. (Add a `---` line after the last YAML line.)',
    ]);
    expect(catalog.systems.map((s) => s.id)).toEqual(['good']);
  });

  it('accepts a UTF-8 BOM and CRLF line endings, with positions still exact', () => {
    const crlf = `\uFEFF${productionDoc({ owner: 'nobody' })}`.replace(/\n/g, '\r\n');
    expect(brief(analyze({ a: crlf }).diagnostics)).toEqual([
      'systems/a.md:4:8 error unknown-owner: `owner` is `nobody`, which is not a declared team. (Declare the team in the teams file or use an existing team id.)',
    ]);
  });

  it('reports a file larger than 1 MiB without parsing it', () => {
    const huge = `---\nname: x\n---\n${'a'.repeat(1024 * 1024)}`;
    expect(brief(analyze({ huge }).diagnostics)).toEqual([
      'systems/huge.md:1:1 error file-too-large: The file is 1048592 bytes; the limit is 1048576 bytes. (Split long material into linked pages; a system doc should stay readable.)',
    ]);
  });

  it('rejects file names that are not ids, and ids that differ only by case', () => {
    const catalog = analyze({ 'Bad_Name': productionDoc(), 'dup-a': productionDoc(), 'DUP-A': productionDoc() });
    expect(brief(catalog.diagnostics)).toEqual([
      'systems/Bad_Name.md:1:1 error invalid-id: `Bad_Name` is not a valid system id: use lowercase letters, digits and single hyphens, at most 63 characters. (Rename the file, e.g. to `bad-name.md`.)',
      'systems/DUP-A.md:1:1 error invalid-id: `DUP-A` is not a valid system id: use lowercase letters, digits and single hyphens, at most 63 characters. (Rename the file, e.g. to `dup-a.md`.)',
      'systems/dup-a.md:1:1 error id-collision: The id `dup-a` collides with `DUP-A`: ids must differ by more than case.',
    ]);
    expect(catalog.diagnostics.find((d) => d.rule === 'id-collision')?.related).toEqual([
      { file: 'systems/DUP-A.md', line: 1, column: 1, message: 'The other file.' },
    ]);
  });

  it('rejects an id longer than 63 characters', () => {
    const id = 'a'.repeat(64);
    expect(analyze({ [id]: productionDoc() }).diagnostics.map((d) => d.rule)).toEqual(['invalid-id']);
  });

  it('rejects ids Windows reserves, whatever their case, but not longer ids that contain them', () => {
    const catalog = analyze({ con: productionDoc(), nul: productionDoc(), com1: productionDoc(), lpt9: productionDoc(), console: productionDoc(), 'aux-db': productionDoc() });
    const reserved = (id: string) => `systems/${id}.md:1:1 error invalid-id: \`${id}\` is not a valid system id: Windows reserves the name \`${id}\`, so the file cannot be checked out there. (Rename the file, e.g. to \`${id}-system.md\`.)`;
    expect(brief(catalog.diagnostics)).toEqual([reserved('com1'), reserved('con'), reserved('lpt9'), reserved('nul')]);
  });

  it('keeps the id of a doc that could not be read known, and reports why it could not', () => {
    const catalog = analyzeCatalog({
      docs: [
        { file: 'systems/gone.md', unreadable: { file: 'systems/gone.md', line: 1, column: 1, rule: 'read-error', message: 'The file could not be read (EACCES).' } },
        { file: 'systems/user.md', bytes: new TextEncoder().encode(productionDoc({ deps: ['gone'] })) },
      ],
      teamsFile: 'systems/teams.yaml',
      teamsBytes: new TextEncoder().encode(TEAMS),
      config: resolveConfig(WITHOUT_GRAPH_LINTS),
      today: TODAY,
      skipped: ['systems/notes.txt'],
    });
    expect(brief(catalog.diagnostics)).toEqual(['systems/gone.md:1:1 error read-error: The file could not be read (EACCES).']);
    expect({ docCount: catalog.docCount, skipped: catalog.skipped, systems: catalog.systems.map((s) => s.id) }).toEqual({ docCount: 2, skipped: ['systems/notes.txt'], systems: ['user'] });
  });

  it('reports a teams file that could not be read, and then checks no owner', () => {
    const catalog = analyzeCatalog({
      docs: [{ file: 'systems/a.md', bytes: new TextEncoder().encode(productionDoc({ owner: 'nobody' })) }],
      teamsFile: 'systems/teams.yaml',
      teamsUnreadable: { file: 'systems/teams.yaml', line: 1, column: 1, rule: 'read-error', message: 'The file could not be read (EACCES).' },
      config: resolveConfig(WITHOUT_GRAPH_LINTS),
      today: TODAY,
    });
    expect(brief(catalog.diagnostics)).toEqual(['systems/teams.yaml:1:1 error read-error: The file could not be read (EACCES).']);
  });
});
