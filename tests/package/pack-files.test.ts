import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// What `npm pack` puts in the tarball: only what a consumer runs. `--dry-run` still runs `prepack`, which builds lib/.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const [report] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts=false'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
) as [{ files: { path: string }[] }];
const files = report.files.map((file) => file.path).sort();

describe('the packed tarball', () => {
  it('holds the compiled CLI, the site sources, the schema, the templates and the example catalog', () => {
    for (const path of [
      'bin/fieldguide.js',
      'lib/cli/run-from-process.js',
      'lib/cli/commands/check.js',
      'lib/core/source/headings-worker.js',
      'lib/core/validate/generated/validators.js',
      'astro.config.mjs',
      'src/content.config.ts',
      'src/pages/index.astro',
      'src/core/load-catalog.ts',
      'schema/system.schema.json',
      'templates/system.md',
      'templates/init/fieldguide-pr.yml',
      'systems/teams.yaml',
      'README.md',
      'package.json',
    ]) {
      expect(files, path).toContain(path);
    }
  });

  it('compiles every module of the CLI and the core, so none is missing at run time', () => {
    const sources = files.filter((path) => /^src\/(cli|core)\/.*\.ts$/.test(path) && !path.endsWith('.d.ts'));
    expect(sources.length).toBeGreaterThan(100);
    const missing = sources.map((path) => path.replace(/^src\//, 'lib/').replace(/\.ts$/, '.js')).filter((path) => !files.includes(path));
    expect(missing).toEqual([]);
  });

  it('leaves out tests, fixtures, benchmarks, scripts, CI files and build output', () => {
    const unwanted = files.filter((path) =>
      /^(tests|bench|scripts|docs|dist|node_modules|\.ci|\.github|\.astro)\//.test(path) ||
      /\.test\.ts$|(^|\/)fixtures\/|\.tgz$|^vitest\.|^tsconfig\.build\.json$/.test(path),
    );
    expect(unwanted).toEqual([]);
  });

  it('names only files that exist (the list is what npm will really pack)', () => {
    expect(files.filter((path) => !existsSync(`${ROOT}${path}`))).toEqual([]);
  });
});
