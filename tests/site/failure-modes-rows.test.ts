import { describe, expect, it } from 'vitest';
import { failureModeEntries, sortFailureModes } from '../../src/site/failure-modes-rows.ts';
import { describeGameDay, pickGameDay } from '../../src/site/game-day-list.ts';
import { DEFAULT_GAME_DAY } from '../../src/core/config/resolve-config.ts';
import { productionDoc } from '../helpers/make-catalog.ts';
import { siteModel } from './site-fixture.ts';

/** A production doc whose `failure_modes` are replaced by the given YAML entries. */
function withModes(options: Parameters<typeof productionDoc>[0], ...modes: string[]): string {
  const doc = productionDoc(options);
  return doc.replace(/failure_modes:\n(?: {2,}.*\n)+/, `failure_modes:\n${modes.map((m) => `  - ${m}\n`).join('')}`);
}

const never = (scenario: string) => `{ scenario: ${scenario}, impact: Down, mitigation: Restart }`;
const on = (scenario: string, date: string) => `{ scenario: ${scenario}, impact: Down, mitigation: Restart, last_exercised: ${date} }`;

/** web -> api -> db (all hard), batch ~> db; today is 2026-11-26 and the max age 365 days. */
function site() {
  return siteModel({
    web: withModes({ name: 'Web', tier: 3, deps: ['api'] }, never('Web down')),
    api: withModes({ name: 'API', tier: 2, deps: ['db'] }, on('API slow', '2026-10-01'), on('API down', '2024-01-10')),
    db: withModes({ name: 'DB', owner: 'it', tier: 1 }, on('Disk full', '2025-06-01'), never('Primary lost')),
    batch: withModes({ name: 'Batch', owner: 'data', tier: 1, lifecycle: 'deprecated', extra: 'retirement_note: Moving to cron.\n', deps: ['{ id: db, strength: soft }'] }, never('Queue stuck')),
  });
}

describe('failureModeEntries', () => {
  it('lists every failure mode of every system by system name, with age, overdue and the systems it takes down', () => {
    const entries = failureModeEntries(site());
    expect(entries.map((e) => [e.systemName, e.scenario, e.daysAgo ?? 'never', e.overdue, e.takesDown, e.degrades])).toEqual([
      ['API', 'API slow', 56, false, 1, 0],
      ['API', 'API down', 1051, true, 1, 0],
      ['Batch', 'Queue stuck', 'never', true, 0, 0],
      ['DB', 'Disk full', 543, true, 2, 1],
      ['DB', 'Primary lost', 'never', true, 2, 1],
      ['Web', 'Web down', 'never', true, 0, 0],
    ]);
    expect(entries[3]).toMatchObject({ systemId: 'db', owner: 'it', teamName: 'IT', tier: 1, lifecycle: 'production', lastExercised: '2025-06-01' });
  });

  it('sorts by a column in its useful direction, ties by system name and doc order', () => {
    const entries = failureModeEntries(site());
    expect(sortFailureModes(entries, 'down').map((e) => e.scenario)).toEqual(['Disk full', 'Primary lost', 'API slow', 'API down', 'Queue stuck', 'Web down']);
    expect(sortFailureModes(entries, 'exercised').map((e) => e.scenario)).toEqual(['Queue stuck', 'Primary lost', 'Web down', 'API down', 'Disk full', 'API slow']);
    expect(sortFailureModes(entries, 'tier').map((e) => e.scenario)).toEqual(['Queue stuck', 'Disk full', 'Primary lost', 'API slow', 'API down', 'Web down']);
    expect(sortFailureModes(entries, 'lifecycle').map((e) => e.systemName)).toEqual(['API', 'API', 'DB', 'DB', 'Web', 'Batch']);
  });
});

describe('pickGameDay', () => {
  it('picks failure modes of production systems, due ones first, by tier, then impact, then time since exercised', () => {
    const list = pickGameDay(failureModeEntries(site()), DEFAULT_GAME_DAY);
    // Batch is deprecated, not a candidate; "API slow" was exercised 56 days ago, so it comes after every due one.
    expect(list.picks.map((e) => e.scenario)).toEqual(['Primary lost', 'Disk full', 'API down', 'Web down', 'API slow']);
    expect(list.due).toBe(4);
  });

  it('follows the configured order, lifecycles and count', () => {
    const entries = failureModeEntries(site());
    const settings = { order: ['exercised', 'tier'] as const, count: 3, lifecycles: ['production', 'deprecated'] as const };
    const list = pickGameDay(entries, { order: [...settings.order], count: settings.count, lifecycles: [...settings.lifecycles] });
    expect(list.picks.map((e) => e.scenario)).toEqual(['Queue stuck', 'Primary lost', 'Web down']);
    expect(list.due).toBe(5);
  });

  it('still picks the next drill when nothing is due, and nothing when no candidate has failure modes', () => {
    const model = siteModel({ a: productionDoc({ name: 'A' }), b: productionDoc({ name: 'B', lifecycle: 'deprecated', extra: 'retirement_note: Going.\n' }) });
    const list = pickGameDay(failureModeEntries(model), DEFAULT_GAME_DAY);
    expect({ picks: list.picks.map((e) => e.systemId), due: list.due }).toEqual({ picks: ['a'], due: 0 });
    expect(pickGameDay(failureModeEntries(model), { ...DEFAULT_GAME_DAY, lifecycles: ['retired'] })).toEqual({ picks: [], due: 0 });
  });
});

describe('describeGameDay', () => {
  it('says the rule from the config values', () => {
    expect(describeGameDay(DEFAULT_GAME_DAY, 365)).toMatchInlineSnapshot(`"Up to 5 failure modes of production systems: those never exercised or not in the last 365 days first, each group ordered by tier (most critical first), then by how many systems go down with it (most first), then by time since last exercised (never exercised first, then the longest ago); ties go by system name."`);
    expect(describeGameDay({ order: ['exercised'], count: 2, lifecycles: ['production', 'deprecated'] }, 90)).toMatchInlineSnapshot(`"Up to 2 failure modes of production or deprecated systems: those never exercised or not in the last 90 days first, each group ordered by time since last exercised (never exercised first, then the longest ago); ties go by system name."`);
  });
});
