import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding the site's sources (`astro.config.mjs`, `src/pages`): the fieldguide package itself. */
export const SITE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** How to run one Astro command. */
export interface AstroRun {
  /** `build`, `dev` or `preview`, with any flags. */
  args: string[];
  /** Environment for the child: the parent's plus the `FIELDGUIDE_*` settings. */
  env: Record<string, string | undefined>;
  /** Keep the child's output and return it instead of passing it through (for `build`, which prints its own summary). */
  capture?: boolean;
  /** Stops the child (SIGTERM) when aborted, e.g. when the build itself is told to stop. */
  signal?: AbortSignal;
}

/**
 * Runs the Astro CLI in a child process on the same Node as this one (the project's Node 24), from the site
 * root, and resolves with its exit code and, when captured, its output.
 */
export function runAstro(run: AstroRun): Promise<{ code: number; output: string }> {
  const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astro, ...run.args], {
      cwd: SITE_ROOT,
      env: { ...run.env, ASTRO_TELEMETRY_DISABLED: '1' } as NodeJS.ProcessEnv,
      stdio: run.capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      ...(run.signal ? { signal: run.signal, killSignal: 'SIGTERM' as const } : {}),
    });
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk));
    // An abort is not a failure to start: the child's `close` reports how it ended.
    child.on('error', (error) => { if (error.name !== 'AbortError') reject(error); });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks).toString('utf8') }));
  });
}
