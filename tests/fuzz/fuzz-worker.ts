import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { analyzeCatalog } from '../../src/core/analyze-catalog.ts';
import { readConfig } from '../../src/core/config/resolve-config.ts';
import { countDiagnostics } from '../../src/core/diagnostic.ts';
import { formatJson } from '../../src/cli/format/format-json.ts';
import { runCli } from '../helpers/run-cli.ts';
import { CONFIG_FILE, TEAMS_FILE, type BuiltScenario } from './build-scenario.ts';
import type { Outcome, Run } from './check-properties.ts';

/** A scenario to run in this worker: through the core (fast) or the whole CLI on a temporary folder. */
export interface Job {
  mode: 'core' | 'cli';
  built: BuiltScenario;
}

/** The date every fuzz run pins, so review ages never drift. */
const TODAY = '2026-11-30';

parentPort!.on('message', async (job: Job) => {
  const severities = severitiesOf(job.built.config);
  const runs = job.mode === 'core' ? [runCore(job.built, false), runCore(job.built, true)] : await runCliTwice(job.built);
  parentPort!.postMessage({ runs, severities } satisfies Outcome);
});

/** `analyzeCatalog` as `loadCatalog` calls it, printed as `check --format json` prints; `reversed` hands the docs over in the other order. */
function runCore(built: BuiltScenario, reversed: boolean): Run {
  const start = performance.now();
  try {
    const { config, findings } = readConfig(CONFIG_FILE, built.config);
    const docs = reversed ? [...built.docs].reverse() : built.docs;
    const catalog = analyzeCatalog({ docs, teamsFile: TEAMS_FILE, teamsBytes: built.teams, config, configFindings: findings, today: TODAY });
    const code = countDiagnostics(catalog.diagnostics).errors > 0 ? 1 : 0;
    return { code, stdout: formatJson(catalog.diagnostics), stderr: '', ms: performance.now() - start };
  } catch (error) {
    return { code: 2, stdout: '', stderr: `internal error: ${(error as Error).stack ?? String(error)}`, ms: performance.now() - start };
  }
}

/** `fieldguide check --format json` twice on the scenario written to a temporary project. */
async function runCliTwice(built: BuiltScenario): Promise<Run[]> {
  const root = mkdtempSync(join(tmpdir(), 'fieldguide-fuzz-'));
  const files: [string, Uint8Array][] = [[TEAMS_FILE, built.teams], ...built.docs.map((d) => [d.file, d.bytes] as [string, Uint8Array])];
  if (built.config) files.push([CONFIG_FILE, built.config]);
  for (const [file, bytes] of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), bytes);
  }
  try {
    const runs: Run[] = [];
    for (let i = 0; i < 2; i++) {
      const start = performance.now();
      const result = await runCli(['check', '--format', 'json', '--today', TODAY], root);
      runs.push({ ...result, ms: performance.now() - start });
    }
    return runs;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The configured severity of each rule, so a planted problem whose rule the config turns off is not expected. */
function severitiesOf(config: Uint8Array | undefined): Record<string, string> {
  try {
    return readConfig(CONFIG_FILE, config).config.check.rules;
  } catch {
    return {};
  }
}
