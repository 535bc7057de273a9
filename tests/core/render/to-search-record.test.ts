import { describe, expect, it } from 'vitest';
import { toSearchRecord } from '../../../src/core/render/to-search-record.ts';

describe('toSearchRecord', () => {
  it('holds the facets as ids, and the fields a result shows', () => {
    expect(toSearchRecord({ name: 'Pulse', summary: 'Message bus.', owner: 'ateam', lifecycle: 'production', tier: 2, kind: 'queue', tags: ['amqp', 'ci'] })).toEqual({
      filters: { type: ['system'], team: ['ateam'], lifecycle: ['production'], tier: ['2'], kind: ['queue'], tag: ['amqp', 'ci'] },
      meta: { title: 'Pulse', summary: 'Message bus.' },
    });
  });

  it('leaves out facets the doc does not set', () => {
    expect(toSearchRecord({ name: 'X', summary: 'Y', owner: 't', lifecycle: 'proposed' }).filters).toEqual({ type: ['system'], team: ['t'], lifecycle: ['proposed'] });
  });
});
