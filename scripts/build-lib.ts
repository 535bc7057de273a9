// Builds lib/, the JavaScript the published package runs (Node refuses to strip TypeScript types under
// node_modules/): compiles src/core and src/cli with tsconfig.build.json, then copies the files that are already
// JavaScript (the generated validators) beside them. lib/ mirrors src/, so relative paths hold in both.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const lib = join(root, 'lib');
rmSync(lib, { recursive: true, force: true });
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: ['ignore', 2, 2] });

let copied = 0;
for (const folder of ['src/core', 'src/cli']) {
  for (const entry of readdirSync(join(root, folder), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(js|json)$/.test(entry.name)) continue;
    const from = join(entry.parentPath, entry.name);
    cpSync(from, join(lib, relative(join(root, 'src'), from)));
    copied += 1;
  }
}
process.stderr.write(`lib/ built (${copied} JavaScript file${copied === 1 ? '' : 's'} copied as they are)\n`);
