import { describe, expect, it } from 'vitest';
import { DEFAULT_MAP_FULL_LIMIT, readConfig } from '../../../src/core/config/resolve-config.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('map config', () => {
  it('defaults to automatic shared infrastructure and the measured full-map limit', () => {
    const { config, findings } = readConfig('fieldguide.config.yaml', bytes('site:\n  title: x\n'));
    expect(findings).toEqual([]);
    expect(config.map).toEqual({ shared: 'auto', fullLimit: DEFAULT_MAP_FULL_LIMIT });
  });

  it('takes ids and kinds, an empty list, and a limit', () => {
    expect(readConfig('c.yaml', bytes('map:\n  shared: [dns, infrastructure]\n  full_limit: 30\n')).config.map).toEqual({ shared: ['dns', 'infrastructure'], fullLimit: 30 });
    expect(readConfig('c.yaml', bytes('map:\n  shared: []\n')).config.map.shared).toEqual([]);
  });

  it('rejects a shared value that is neither `auto` nor a list, at its place', () => {
    const { config, findings } = readConfig('c.yaml', bytes('map:\n  shared: everything\n'));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]).toMatchObject({ file: 'c.yaml', line: 2 });
    expect(config.map.shared).toBe('auto');
  });
});
