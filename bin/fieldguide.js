#!/usr/bin/env node
// Entry point of the `fieldguide` command. The CLI is TypeScript run by Node's own type stripping,
// which needs Node >= 22.18; the project installs Node 24 as a dev dependency and npm puts it on PATH.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `fieldguide needs Node >= 22.18, but this is Node ${process.versions.node}.\n` +
      'Run it through npm so the project\'s Node is used: `npx fieldguide ...` or `npm run check`.\n',
  );
  process.exit(2);
}
// Cache compiled (and type-stripped) modules between runs: start-up is a large part of a check.
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();
const { runFromProcess } = await import('../src/cli/run-from-process.ts');
await runFromProcess();
