import type { Io } from '../io.ts';
import { requireSiteDependencies } from '../require-site-dependencies.ts';

/** A CLI command: a one-line summary for `--help` and its runner. */
export interface Command {
  summary: string;
  run: (argv: string[], io: Io) => Promise<number>;
}

/** Loads a command's module only when it runs, so `--help`, `--version` and each command start fast. */
function lazy<M>(load: () => Promise<M>, pick: (module: M) => Command['run']): Command['run'] {
  return async (argv, io) => pick(await load())(argv, io);
}

/** A command that runs Astro: it first makes sure the site's dependencies are installed (its `--help` works without). */
function site<M>(name: string, load: () => Promise<M>, pick: (module: M) => Command['run']): Command['run'] {
  return async (argv, io) => {
    if (!argv.includes('--help') && !argv.includes('-h')) requireSiteDependencies(name);
    return pick(await load())(argv, io);
  };
}

/** Every command, in the order `--help` lists them. */
export const COMMANDS = {
  init: { summary: 'start a catalog in this repository: config, teams, a first doc, CI workflows', run: lazy(() => import('./init.ts'), (m) => m.runInit) },
  check: { summary: 'validate the catalog and report every problem (fails CI)', run: lazy(() => import('./check.ts'), (m) => m.runCheck) },
  new: { summary: 'create a system doc from a template', run: lazy(() => import('./new.ts'), (m) => m.runNew) },
  impact: { summary: 'show what breaks if a system goes down (or, --reverse, what it needs)', run: lazy(() => import('./impact.ts'), (m) => m.runImpact) },
  graph: { summary: 'print the dependency graph as JSON, Graphviz DOT or Mermaid', run: lazy(() => import('./graph.ts'), (m) => m.runGraph) },
  diff: { summary: 'summarize what a change does to the catalog, for a pull request', run: lazy(() => import('./diff.ts'), (m) => m.runDiff) },
  import: { summary: 'write system docs and teams from Backstage descriptors (catalog-info.yaml)', run: lazy(() => import('./import.ts'), (m) => m.runImport) },
  export: { summary: 'write the catalog as Backstage descriptors (catalog-info.yaml) into backstage/', run: lazy(() => import('./export.ts'), (m) => m.runExport) },
  rules: { summary: 'list every rule check runs, with its default severity and what it catches', run: lazy(() => import('./rules.ts'), (m) => m.runRules) },
  build: { summary: 'check, then build the static site into dist/', run: site('build', () => import('./build.ts'), (m) => m.runBuild) },
  dev: { summary: 'serve the site locally, reloading when a doc changes', run: site('dev', () => import('./dev.ts'), (m) => m.runDev) },
  preview: { summary: 'serve the built site from dist/', run: lazy(() => import('./preview.ts'), (m) => m.runPreview) },
} satisfies Record<string, Command>;
