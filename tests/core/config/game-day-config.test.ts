import { describe, expect, it } from 'vitest';
import { DEFAULT_GAME_DAY, readConfig } from '../../../src/core/config/resolve-config.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('game_day config', () => {
  it('defaults to production systems, ordered by tier, impact and time since exercised, five shown', () => {
    const { config, findings } = readConfig('fieldguide.config.yaml', bytes('site:\n  title: x\n'));
    expect(findings).toEqual([]);
    expect(config.gameDay).toEqual({ order: ['tier', 'impact', 'exercised'], count: 5, lifecycles: ['production'] });
    expect(config.gameDay).toEqual(DEFAULT_GAME_DAY);
    // The defaults are copied, so a caller changing its config cannot change the next one's.
    expect(config.gameDay.order).not.toBe(DEFAULT_GAME_DAY.order);
  });

  it('takes an order, a count and lifecycles, each filled in alone', () => {
    const text = 'game_day:\n  order: [exercised, tier]\n  count: 3\n  lifecycles: [production, deprecated]\n';
    expect(readConfig('c.yaml', bytes(text)).config.gameDay).toEqual({ order: ['exercised', 'tier'], count: 3, lifecycles: ['production', 'deprecated'] });
    expect(readConfig('c.yaml', bytes('game_day:\n  count: 10\n')).config.gameDay).toEqual({ ...DEFAULT_GAME_DAY, count: 10 });
  });

  it('rejects an unknown order key at its place, and uses the defaults', () => {
    const { config, findings } = readConfig('c.yaml', bytes('game_day:\n  order: [tier, age]\n'));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]).toMatchObject({ file: 'c.yaml', line: 2, rule: 'config' });
    expect(config.gameDay).toEqual(DEFAULT_GAME_DAY);
  });

  it('rejects a count below 1 and an empty order', () => {
    expect(readConfig('c.yaml', bytes('game_day:\n  count: 0\n')).findings[0]).toMatchObject({ line: 2, rule: 'config' });
    expect(readConfig('c.yaml', bytes('game_day:\n  order: []\n')).findings[0]).toMatchObject({ line: 2, rule: 'config' });
  });
});
