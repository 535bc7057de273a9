import { describe, expect, it } from 'vitest';
import { CatalogError } from '../../src/core/catalog-error.ts';
import { missingSiteDependencies, requireSiteDependencies, SITE_DEPENDENCIES } from '../../src/cli/require-site-dependencies.ts';

const installedExcept = (...missing: string[]) => (request: string) => {
  if (missing.some((name) => request === `${name}/package.json`)) throw Object.assign(new Error('not found'), { code: 'MODULE_NOT_FOUND' });
  return request;
};

describe('requireSiteDependencies', () => {
  it('lets a site command start when every peer dependency resolves (as in this repository)', () => {
    expect(SITE_DEPENDENCIES).toEqual(expect.arrayContaining(['astro', 'mermaid', 'pagefind']));
    expect(missingSiteDependencies()).toEqual([]);
    expect(() => requireSiteDependencies('build')).not.toThrow();
  });

  it('names the missing packages and how to install them', () => {
    const error = (() => {
      try {
        requireSiteDependencies('build', installedExcept('astro', 'pagefind'));
      } catch (thrown) {
        return thrown;
      }
    })() as CatalogError;
    expect(error).toBeInstanceOf(CatalogError);
    expect(error.message).toBe("`fieldguide build` needs the site's dependencies, and `astro`, `pagefind` are not installed.");
    expect(error.hint).toContain('without `--omit=peer`');
  });

  it('says so plainly when none of them is there (a check-only install)', () => {
    expect(() => requireSiteDependencies('dev', installedExcept(...SITE_DEPENDENCIES))).toThrow("`fieldguide dev` needs the site's dependencies, and none of them is installed.");
  });
});
