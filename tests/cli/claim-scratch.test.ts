import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimScratch } from '../../src/cli/claim-scratch.ts';
import { makeProject } from '../helpers/run-cli.ts';

describe('claimScratch', () => {
  it('makes a fresh, uniquely named folder beside the output, never touching an old fixed-name one', async () => {
    const parent = makeProject({ '.fieldguide-build/keep.txt': 'keep me\n' });
    const listening = process.listenerCount('SIGINT');
    const [a, b] = [await claimScratch(join(parent, 'dist'), () => {}), await claimScratch(join(parent, 'dist'), () => {})];
    expect(a.dir).not.toBe(b.dir);
    expect(basename(a.dir)).toMatch(/^\.fieldguide-build-.{6}$/);
    expect(process.listenerCount('SIGINT')).toBe(listening + 2);
    await a.release();
    await b.release();
    expect(process.listenerCount('SIGINT')).toBe(listening);
    expect(readdirSync(parent)).toEqual(['.fieldguide-build']);
    expect(readFileSync(join(parent, '.fieldguide-build/keep.txt'), 'utf8')).toBe('keep me\n');
  });

  it('creates missing folders above the output', async () => {
    const scratch = await claimScratch(join(makeProject({}), 'a/b/dist'), () => {});
    expect(existsSync(scratch.dir)).toBe(true);
    expect(await scratch.shield(Promise.resolve(42))).toBe(42);
    await scratch.release();
    expect(existsSync(scratch.dir)).toBe(false);
  });
});
