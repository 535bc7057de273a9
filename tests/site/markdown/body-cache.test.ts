import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { openBodyCache } from '../../../src/site/markdown/body-cache.ts';

const body = (html: string) => ({ html, headings: [{ depth: 2, text: 'Runbook', slug: 'runbook' }], clientDiagrams: 0 });
const folder = () => mkdtempSync(join(tmpdir(), 'fieldguide-bodies-'));

describe('openBodyCache', () => {
  it('keeps bodies between runs, and only those the last run used', () => {
    const file = join(folder(), 'nested', 'bodies.v8');
    const first = openBodyCache(file);
    first.set('a', body('<p>A</p>'));
    first.set('b', body('<p>B</p>'));
    first.save();
    const second = openBodyCache(file);
    expect(second.get('a')).toEqual(body('<p>A</p>'));
    second.set('c', body('<p>C</p>'));
    second.save();
    expect([...(deserialize(readFileSync(file)) as Map<string, unknown>).keys()].sort()).toEqual(['a', 'c']);
    expect(openBodyCache(file).get('b')).toBeUndefined();
  });

  it('reads a missing, corrupt or foreign file as an empty cache', () => {
    const dir = folder();
    expect(openBodyCache(join(dir, 'none.v8')).get('a')).toBeUndefined();
    writeFileSync(join(dir, 'corrupt.v8'), 'not a cache');
    expect(openBodyCache(join(dir, 'corrupt.v8')).get('a')).toBeUndefined();
    writeFileSync(join(dir, 'array.v8'), new Uint8Array([0xff, 0x0f, 0x41, 0x00, 0x24, 0x00, 0x00]));
    expect(openBodyCache(join(dir, 'array.v8')).get('a')).toBeUndefined();
  });

  it('never fails a build when the folder cannot be written, and keeps nothing without a file', () => {
    const dir = folder();
    chmodSync(dir, 0o500);
    const cache = openBodyCache(join(dir, 'sub', 'bodies.v8'));
    cache.set('a', body('<p>A</p>'));
    expect(() => cache.save()).not.toThrow();
    const none = openBodyCache(undefined);
    none.set('a', body('<p>A</p>'));
    expect(() => none.save()).not.toThrow();
    chmodSync(dir, 0o700);
  });
});

describe('bodyCacheFile', () => {
  it('names the file after the installed packages, so an upgraded renderer or sanitizer starts a new cache', async () => {
    const { bodyCacheFile } = await import('../../../src/site/markdown/body-cache-file.ts');
    const { mkdirSync } = await import('node:fs');
    const project = folder();
    mkdirSync(join(project, 'node_modules', 'fieldguide'), { recursive: true });
    writeFileSync(join(project, 'node_modules', '.package-lock.json'), '{"packages":{"node_modules/rehype-sanitize":{"version":"6.0.0"}}}');
    const before = bodyCacheFile('/cache', join(project, 'node_modules', 'fieldguide'));
    expect(before).toMatch(/^\/cache\/bodies-[0-9a-f]{16}\.v8$/);
    expect(bodyCacheFile('/cache', project)).toBe(before);
    writeFileSync(join(project, 'node_modules', '.package-lock.json'), '{"packages":{"node_modules/rehype-sanitize":{"version":"6.0.1"}}}');
    expect(bodyCacheFile('/cache', join(project, 'node_modules', 'fieldguide'))).not.toBe(before);
  });

  it('leaves only its own file when it saves, removing those of other versions', () => {
    const dir = folder();
    writeFileSync(join(dir, 'bodies-0123456789abcdef.v8'), 'old');
    writeFileSync(join(dir, 'notes.txt'), 'keep');
    const cache = openBodyCache(join(dir, 'bodies-fedcba9876543210.v8'));
    cache.set('a', body('<p>A</p>'));
    cache.save();
    expect(readdirSync(dir).sort()).toEqual(['bodies-fedcba9876543210.v8', 'notes.txt']);
  });
});
