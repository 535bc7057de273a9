// Writes a synthetic, deterministic catalog of N systems for benchmarks: realistic layered dependency graphs
// (front ends depend on services, services on databases and queues, everything on shared infrastructure),
// every lifecycle, and bodies of realistic length. The same N always gives the same bytes.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A small seeded PRNG (mulberry32), so catalogs are reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LAYERS = [
  { kind: 'infrastructure', share: 0.04 },
  { kind: 'database', share: 0.1 },
  { kind: 'queue', share: 0.05 },
  { kind: 'storage', share: 0.05 },
  { kind: 'service', share: 0.46 },
  { kind: 'tool', share: 0.1 },
  { kind: 'website', share: 0.2 },
] as const;

/** Writes `n` systems and a teams file into `dir` (emptied first); returns the ids in layer order. */
export async function generateCatalog(dir: string, n: number, seed = 42): Promise<string[]> {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const teamCount = Math.max(3, Math.round(n / 25));
  const teams = Array.from({ length: teamCount }, (_, i) => `team-${i + 1}`);
  await writeFile(join(dir, 'teams.yaml'), `teams:\n${teams.map((t, i) => `  - id: ${t}\n    name: Team ${i + 1}\n    chat: "#${t}"\n    email: ${t}@example.com\n    members:\n      - name: Person ${i}a\n      - name: Person ${i}b\n`).join('')}`);

  const ids: string[] = [];
  const layerOf: number[] = [];
  LAYERS.forEach((layer, l) => {
    const count = l === LAYERS.length - 1 ? n - ids.length : Math.max(1, Math.round(n * layer.share));
    for (let i = 0; i < count && ids.length < n; i++) {
      ids.push(`${layer.kind}-${String(i + 1).padStart(5, '0')}`);
      layerOf.push(l);
    }
  });

  const lifecycles = ids.map(() => {
    const roll = rand();
    return roll < 0.7 ? 'production' : roll < 0.8 ? 'experimental' : roll < 0.9 ? 'proposed' : roll < 0.97 ? 'deprecated' : 'retired';
  });
  const tiers = ids.map(() => 1 + Math.floor(rand() * 4));
  const firstOfLayer = LAYERS.map((_, l) => layerOf.indexOf(l));
  const writes: Promise<void>[] = [];
  ids.forEach((id, index) => {
    const layer = layerOf[index]!;
    const lifecycle = lifecycles[index]!;
    // Depend only on lower layers, so the graph is a realistic DAG with shared hubs; as in a healthy catalog,
    // production systems depend only on production systems and nothing depends on a retired one.
    const lower = firstOfLayer[layer]!;
    const deps = new Set<string>();
    const want = layer === 0 ? 0 : 1 + Math.floor(rand() * 4);
    for (let tries = 0; deps.size < want && lower > 0 && tries < 20; tries++) {
      // Skew toward a few hub systems, as real catalogs are.
      const j = Math.floor(Math.pow(rand(), 2) * lower);
      const target = lifecycles[j];
      // Healthy means: nothing depends on retired or deprecated systems, and critical or production systems
      // depend only on production ones (the graph lints' expectations).
      if (target === 'retired' || target === 'deprecated') continue;
      if ((lifecycle === 'production' || tiers[index]! <= 2) && target !== 'production') continue;
      deps.add(ids[j]!);
    }
    writes.push(writeFile(join(dir, `${id}.md`), renderSystem(id, LAYERS[layer]!.kind, lifecycle, tiers[index]!, pick(teams), [...deps], rand)));
  });
  await Promise.all(writes);
  return ids;
}

function renderSystem(id: string, kind: string, lifecycle: string, tier: number, owner: string, deps: string[], rand: () => number): string {
  const depLines = deps.length === 0
    ? 'depends_on: []'
    : `depends_on:\n${deps.map((d, i) => (i % 2 === 0 ? `  - ${d}` : `  - id: ${d}\n    strength: ${rand() < 0.3 ? 'soft' : 'hard'}\n    protocol: HTTP\n    usage: Reads and writes ${d} records`)).join('\n')}`;
  const ilities = ['scalability', 'maintainability', 'reliability', 'availability', 'security', 'observability', 'fault_tolerance']
    .map((k) => `  ${k}: { status: ${lifecycle === 'proposed' ? 'unknown' : tier <= 2 || rand() < 0.9 ? 'pass' : 'fail'}, notes: "Assessed for ${id} in the last review." }`).join('\n');
  return `---
name: ${id.replace(/-/g, ' ')}
summary: Synthetic ${kind} number ${id.slice(-5)} used for benchmarks.
owner: ${owner}
lifecycle: ${lifecycle}
tier: ${tier}
kind: ${kind}
tags: [synthetic, ${kind}]
experts:
  - name: Expert One
    handle: one
  - name: Expert Two
    handle: two
contacts:
  chat: "#${owner}"
  email: ${owner}@example.com
${depLines}
runs_on:
  provider: Example data center
  environments: [production, staging]
  hosts: ["${id}.example.com"]
interfaces:
  - name: API
    type: http-api
    url: https://${id}.example.com/api
access:
  - what: ssh to the ${id} hosts
    how: Join the ${owner}-ssh group through the access form
    granted_by: ${owner} lead
monitoring:
  healthy: p95 latency under 200 ms, error rate under 0.1%
  dashboards:
    - title: Overview
      url: https://grafana.example.com/d/${id}
  alerts:
    - name: ${id} down
      channel: "#${owner}-alerts"
      meaning: The health check failed twice; check the dashboard, then restart.
capacity:
  expected_load: ${Math.floor(rand() * 100000)} requests per day
  limits: About ten times the expected load per host; past that, requests queue.
data_stores: [Its own tables]
ilities:
${ilities}
failure_modes:
  - scenario: A dependency is down
    impact: Requests fail
    mitigation: Retry with backoff, then fail over
    last_exercised: 2026-0${1 + Math.floor(rand() * 9)}-15
review:
  last_reviewed: 2026-10-01
  reviewed_by: Expert One
${lifecycle === 'deprecated' || lifecycle === 'retired' ? 'retirement_note: Users move to the next generation by the end of the quarter.\n' : ''}---

## Overview

${id} is a synthetic ${kind}. It exists so benchmarks read documents of realistic size and shape.
It has ${deps.length} dependencies and belongs to ${owner}.

## How to access

Ask in the team channel, then join the ssh group.

## Runbook

1. Check the dashboard.
2. Restart the service with \`systemctl restart ${id}\`.
3. Confirm the health check passes.

## Failure modes

When a dependency is down, requests fail and are retried.

## Open questions

- None for now.
`;
}

if (import.meta.main) {
  const [dir = 'bench/out/catalog', n = '1000'] = process.argv.slice(2);
  const ids = await generateCatalog(dir, Number(n));
  console.log(`wrote ${ids.length} systems to ${dir}`);
}
