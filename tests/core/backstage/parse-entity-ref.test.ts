import { describe, expect, it } from 'vitest';
import { parseEntityRef } from '../../../src/core/backstage/parse-entity-ref.ts';

describe('parseEntityRef', () => {
  it('fills in the field\'s default kind and the namespace `default`', () => {
    expect(parseEntityRef('guest', 'group')).toEqual({ kind: 'group', namespace: 'default', name: 'guest' });
    expect(parseEntityRef('User:dev/guest', 'group')).toEqual({ kind: 'user', namespace: 'dev', name: 'guest' });
  });
  it('is undefined without a kind where the field has no default, or for a non-string', () => {
    expect(parseEntityRef('artists-db')).toBeUndefined();
    expect(parseEntityRef(3, 'group')).toBeUndefined();
  });
});
