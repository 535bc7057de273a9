import { describe, expect, it } from 'vitest';
import { escapeMermaidLabel } from '../../../src/core/render/escape-mermaid-label.ts';

describe('escapeMermaidLabel', () => {
  it('keeps plain names readable', () => {
    expect(escapeMermaidLabel('Buildbot masters 2, v1.0: prod/staging + more')).toBe('Buildbot masters 2, v1.0: prod/staging + more');
  });

  it('turns every character that means something to Mermaid into an entity code', () => {
    expect(escapeMermaidLabel('a"]; click n0 "javascript:alert(1)"')).toBe('a#34;#93;#59; click n0 #34;javascript:alert#40;1#41;#34;');
    expect(escapeMermaidLabel('<b>x</b> & #35; `y` *z* _w_ |v| {u} %%')).toBe(
      '#60;b#62;x#60;/b#62; #38; #35;35#59; #96;y#96; #42;z#42; #95;w#95; #124;v#124; #123;u#125; #37;#37;',
    );
  });

  it('folds line breaks and runs of spaces into one space', () => {
    expect(escapeMermaidLabel('  one\n\ttwo   three ')).toBe('one two three');
  });

  it('writes non-ASCII characters by code point', () => {
    expect(escapeMermaidLabel('Zürich 🚀')).toBe('Z#252;rich #128640;');
  });
});
