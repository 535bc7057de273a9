import { CommonValidatorFunctions, KubernetesValidatorFunctions } from '@backstage/catalog-model';
import { describe, expect, it } from 'vitest';
import { toBackstageTag } from '../../../src/core/backstage/export-backstage-tag.ts';
import { isBackstageName, toBackstageName } from '../../../src/core/backstage/export-backstage-name.ts';
import { exportEntityKind } from '../../../src/core/backstage/export-entity-kind.ts';
import { exportLifecycle } from '../../../src/core/backstage/export-lifecycle.ts';

const AWKWARD = ['ci', 'C++', 'Release Eng', 'ÜBER_tag', '#ops', 'a:b', '--x--', '日本', '', ' ', 'x'.repeat(80), `${'a-'.repeat(31)}bc`, 'a..b', '.hidden.', 'MBell', "Anne.O'Neil"];

describe('toBackstageTag', () => {
  it('keeps valid tags and turns others into tags Backstage accepts, or nothing', () => {
    expect(AWKWARD.map(toBackstageTag)).toEqual([
      'ci', 'c++', 'release-eng', 'uber-tag', '#ops', 'a-b', 'x', undefined, undefined, undefined, 'x'.repeat(63),
      `${'a-'.repeat(31)}b`, 'a-b', 'hidden', 'mbell', 'anne-o-neil',
    ]);
    for (const tag of AWKWARD.map(toBackstageTag)) if (tag !== undefined) expect(CommonValidatorFunctions.isValidTag(tag), tag).toBe(true);
  });
});

describe('toBackstageName', () => {
  it('always gives a name Backstage accepts', () => {
    const names = AWKWARD.map((text) => toBackstageName(text, 'user'));
    expect(names).toEqual([
      'ci', 'c', 'release-eng', 'uber_tag', 'ops', 'a-b', 'x', 'user', 'user', 'user', 'x'.repeat(63),
      `${'a-'.repeat(31)}b`, 'a.b', 'hidden', 'mbell', 'anne.o-neil',
    ]);
    for (const name of names) {
      expect(KubernetesValidatorFunctions.isValidObjectName(name), name).toBe(true);
      expect(isBackstageName(name)).toBe(true);
    }
    expect(isBackstageName('-x')).toBe(false);
  });
});

describe('exportEntityKind and exportLifecycle', () => {
  it('makes databases, queues, storage and infrastructure Resources, everything else Components', () => {
    expect(['database', 'queue', 'storage', 'infrastructure', 'service', 'website', 'tool', 'library', 'external', 'data-pipeline', undefined].map(exportEntityKind))
      .toEqual(['Resource', 'Resource', 'Resource', 'Resource', 'Component', 'Component', 'Component', 'Component', 'Component', 'Component', 'Component']);
  });

  it('maps the five lifecycles to Backstage three, saying when it lost something', () => {
    expect((['proposed', 'experimental', 'production', 'deprecated', 'retired'] as const).map(exportLifecycle)).toEqual([
      { lifecycle: 'experimental', mapped: true },
      { lifecycle: 'experimental', mapped: false },
      { lifecycle: 'production', mapped: false },
      { lifecycle: 'deprecated', mapped: false },
      { lifecycle: 'deprecated', mapped: true },
    ]);
  });
});
