import { Worker } from 'node:worker_threads';
import type { Outcome } from './check-properties.ts';
import type { Job } from './fuzz-worker.ts';

/**
 * Runs jobs in one long-lived worker thread, so a run that hangs (a regular expression that backtracks, a parser
 * that never ends) fails its property after `limitMs` instead of stalling the suite: the worker is terminated and
 * a fresh one takes the next job.
 */
export class WorkerRunner {
  #worker: Worker | undefined;

  async run(job: Job, limitMs: number): Promise<Outcome> {
    const worker = (this.#worker ??= new Worker(new URL('./fuzz-worker.ts', import.meta.url), {
      // An alias bomb that expands must fail a property, not take the machine's memory.
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
    }));
    return new Promise<Outcome>((resolve) => {
      const done = (outcome: Outcome, restart: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        if (restart) {
          this.#worker = undefined;
          void worker.terminate();
        }
        resolve(outcome);
      };
      const onMessage = (outcome: Outcome) => done(outcome, false);
      const onError = (error: Error) => done({ runs: [{ code: 2, stdout: '', stderr: `internal error: worker died: ${error.stack ?? String(error)}`, ms: 0 }], severities: {} }, true);
      const timer = setTimeout(() => done({ runs: [], timedOutAfterMs: limitMs, severities: {} }, true), limitMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await this.#worker?.terminate();
    this.#worker = undefined;
  }
}
