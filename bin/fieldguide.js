#!/usr/bin/env node
// Entry point of the `fieldguide` command. Plain JavaScript that any Node from 18 on can parse, because it runs
// before we know which Node this is.
//
// - From a checkout of fieldguide itself it runs the TypeScript sources (Node >= 22.18 strips the types).
// - Installed as a package it runs the compiled lib/ (Node refuses to strip types under node_modules/).
// - The site commands need Astro 7, which needs Node >= 22.12. On an older Node (such as the end-of-life Node 20
//   many machines still have) the command runs itself again under the Node 24 that the package brings as an
//   optional dependency (`node-<platform>-<arch>`, installed by npm for the current platform only). Everything
//   else (check, impact, graph, diff, rules, new, init, preview) runs on Node >= 20 as it is, so a check-only CI
//   job can install without the optional dependencies.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
const SOURCE = fileURLToPath(new URL('../src/cli/run-from-process.ts', import.meta.url));
const COMPILED = fileURLToPath(new URL('../lib/cli/run-from-process.js', import.meta.url));
const installed = SELF.split(sep).includes('node_modules');
const fromSource = (!installed && existsSync(SOURCE)) || !existsSync(COMPILED);

/** Commands that run Astro, and so need Node >= 22.12. */
const SITE_COMMANDS = new Set(['build', 'dev']);
const command = process.argv.slice(2).find((arg) => !arg.startsWith('-'));

const atLeast = (major, minor) => {
  const [have, haveMinor] = process.versions.node.split('.').map(Number);
  return have > major || (have === major && haveMinor >= minor);
};

/** The Node binary the package brings for this platform, or undefined when it was not installed. */
function broughtNode() {
  const platform = process.platform === 'win32' ? 'win' : process.platform;
  try {
    const manifest = createRequire(import.meta.url).resolve(`node-${platform}-${process.arch}/package.json`);
    const binary = join(dirname(manifest), 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

/** Runs this same command under `node` and ends with its exit code (or its signal). */
function runUnder(node) {
  const child = spawn(node, [SELF, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, FIELDGUIDE_BROUGHT_NODE: '1' },
  });
  // Ctrl-C and a closed terminal reach the whole process group, the child included: this process only waits.
  // A SIGTERM is usually sent to one process (a CI runner, `kill`): pass it on so the child can clean up.
  process.on('SIGINT', () => undefined);
  process.on('SIGHUP', () => undefined);
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('error', (error) => {
    process.stderr.write(`fieldguide could not start the Node it brings (${node}): ${error.message}\n`);
    process.exit(2);
  });
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 1);
  });
}

const needed = fromSource ? [22, 18] : SITE_COMMANDS.has(command) ? [22, 12] : [20, 0];
const brought = process.env.FIELDGUIDE_BROUGHT_NODE ? undefined : atLeast(...needed) ? undefined : broughtNode();
if (brought) {
  runUnder(brought);
} else if (!atLeast(...needed)) {
  const why = fromSource
    ? 'running fieldguide from its sources needs Node >= 22.18 (it strips TypeScript types)'
    : `\`fieldguide ${command}\` needs Node >= 22.12 (Astro 7 requires it)`;
  process.stderr.write(
    `${why}, but this is Node ${process.versions.node}, and the Node 24 that fieldguide brings for this platform ` +
      `(node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}) is not installed.\n` +
      'Install Node 22.12 or newer, or install fieldguide without --omit=optional so that it can bring its own ' +
      '(it is available for Linux x64 and arm64, macOS x64 and Windows x64).\n',
  );
  process.exit(2);
} else {
  // Cache compiled modules between runs: start-up is a large part of a check.
  const { enableCompileCache } = await import('node:module');
  enableCompileCache?.();
  const { runFromProcess } = await import(fromSource ? '../src/cli/run-from-process.ts' : '../lib/cli/run-from-process.js');
  await runFromProcess();
}
