import { describe, expect, it } from 'vitest';
import { analyze, productionDoc } from '../../helpers/make-catalog.ts';
import { detectRenames } from '../../../src/core/diff/detect-renames.ts';

const systems = (docs: Record<string, string>) => analyze(docs).systems;

describe('detectRenames', () => {
  it('pairs a removed and an added system with the same name, whatever else changed', () => {
    const removed = systems({ pulse: productionDoc({ name: 'Pulse', owner: 'it' }) });
    const added = systems({ 'pulse-bus': productionDoc({ name: 'pulse', tier: 1, body: '\n## Overview\n\nAll new.\n' }) });
    expect(detectRenames(removed, added)).toEqual(new Map([['pulse', 'pulse-bus']]));
  });

  it('pairs docs that are at least half alike even when the name changed, best match first, each at most once', () => {
    const body = (text: string) => `\n## Overview\n\n${text}\n\nLine two.\n\nLine three.\n`;
    const removed = systems({ a: productionDoc({ name: 'Alpha', body: body('One.') }) });
    const added = systems({
      b: productionDoc({ name: 'Beta', body: body('One.') }),
      c: productionDoc({ name: 'Gamma', owner: 'it', tier: 4, body: body('Other.') }),
    });
    expect(detectRenames(removed, added)).toEqual(new Map([['a', 'b']]));
  });

  it('leaves unlike docs alone', () => {
    const removed = systems({ a: productionDoc({ name: 'Alpha' }) });
    const added = systems({ z: `---\nname: Zed\nsummary: Z.\nowner: it\nlifecycle: proposed\n---\n\n## Overview\n\nDifferent.\n` });
    expect(detectRenames(removed, added)).toEqual(new Map());
  });
});
