import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';
import { serveStatic, type StaticServer } from './serve-static.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The example catalog's site, built with base `/catalog/`. */
    exampleDir: string;
    exampleUrl: string;
    /** The hostile fixture's site, built with base `/`. */
    hostileDir: string;
    hostileUrl: string;
    workDir: string;
  }
}

/** Builds both sites once for every e2e file and serves them; removes them afterwards. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const work = await mkdtemp(join(tmpdir(), 'fieldguide-e2e-'));
  const exampleDir = join(work, 'example');
  const hostileDir = join(work, 'hostile');
  const [example, hostile] = [
    await buildSite(['systems', '--config', 'tests/fixtures/site/e2e.config.yaml', '--out', exampleDir]),
    await buildSite(['tests/fixtures/site/hostile', '--out', hostileDir]),
  ];
  for (const [name, result] of [['example', example], ['hostile', hostile]] as const) {
    if (result.code !== 0) throw new Error(`Building the ${name} site failed:\n${result.stdout}\n${result.stderr}`);
  }
  const servers: StaticServer[] = [await serveStatic(exampleDir, '/catalog/'), await serveStatic(hostileDir, '/')];
  project.provide('exampleDir', exampleDir);
  project.provide('exampleUrl', servers[0]!.url);
  project.provide('hostileDir', hostileDir);
  project.provide('hostileUrl', servers[1]!.url);
  project.provide('workDir', work);
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
    await rm(work, { recursive: true, force: true });
  };
}
