import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The exit code after each signal a build stops for (128 + the signal's number, as shells report it). */
export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

type StopSignal = keyof typeof SIGNAL_EXIT;

/** A build's scratch folder, which outlives neither the build nor a Ctrl+C. */
export interface Scratch {
  /** The folder: fresh, unique, next to the output (so moving the site into place is a rename on one file system). */
  dir: string;
  /**
   * Waits for `work` (a child process that gets the same Ctrl+C) before a signal's cleanup, so it cannot write into
   * a folder already removed. After a signal the returned promise never settles: the process exits instead.
   */
  shield<T>(work: Promise<T>): Promise<T>;
  /** Removes the folder and stops listening for signals. */
  release(): Promise<void>;
}

/**
 * Creates a scratch folder beside `out` and, until released, removes it on SIGINT or SIGTERM before exiting with
 * 130 or 143; `onSignal` says what happened. A second signal stops at once, without waiting for a shielded child.
 */
export async function claimScratch(out: string, onSignal: (signal: StopSignal) => void): Promise<Scratch> {
  await mkdir(dirname(out), { recursive: true });
  const dir = await mkdtemp(join(dirname(out), '.fieldguide-build-'));
  let shielded: Promise<unknown> | undefined;
  let stopping = false;
  const stop = (signal: StopSignal) => {
    const finish = () => {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
      process.exit(SIGNAL_EXIT[signal]);
    };
    const wait = stopping ? undefined : shielded;
    if (!stopping) onSignal(signal);
    stopping = true;
    if (wait) wait.then(finish, finish);
    else finish();
  };
  const listeners = (Object.keys(SIGNAL_EXIT) as StopSignal[]).map((signal) => [signal, () => stop(signal)] as const);
  for (const [signal, listener] of listeners) process.on(signal, listener);
  return {
    dir,
    shield: (work) => {
      shielded = work;
      return new Promise((resolve, reject) => {
        work.then(
          (value) => { if (!stopping) resolve(value); },
          (error: unknown) => { if (!stopping) reject(error as Error); },
        ).finally(() => { if (shielded === work) shielded = undefined; });
      });
    },
    release: async () => {
      try {
        await rm(dir, { recursive: true, force: true, maxRetries: 3 });
      } finally {
        for (const [signal, listener] of listeners) process.off(signal, listener);
      }
    },
  };
}
