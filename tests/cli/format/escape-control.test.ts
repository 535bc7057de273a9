import { describe, expect, it } from 'vitest';
import { escapeControl } from '../../../src/cli/format/escape-control.ts';

describe('escapeControl', () => {
  it('shows terminal escape sequences instead of sending them', () => {
    expect(escapeControl('a\u001b[2Jb')).toBe('a\\u001b[2Jb');
    expect(escapeControl('\u001b]0;title\u0007')).toBe('\\u001b]0;title\\u0007');
    expect(escapeControl('carriage\rreturn, back\bspace, null\u0000, del\u007f')).toBe('carriage\\u000dreturn, back\\u0008space, null\\u0000, del\\u007f');
  });

  it('escapes C1 controls, bidirectional overrides and isolates, and line separators', () => {
    expect(escapeControl('\u009b2J \u0080 \u009f')).toBe('\\u009b2J \\u0080 \\u009f');
    expect(escapeControl('evil\u202egnp.exe \u2066x\u2069 \u200f \u061c')).toBe('evil\\u202egnp.exe \\u2066x\\u2069 \\u200f \\u061c');
    expect(escapeControl('a\u2028b\u2029c')).toBe('a\\u2028b\\u2029c');
  });

  it('keeps tabs, line feeds and every printable character as they are', () => {
    const text = 'name:\tAPI «gateway» → ünïcode 日本 😀 \\u001b\nnext line';
    expect(escapeControl(text)).toBe(text);
  });

  it('writes JSON escapes, so JSON text stays valid and means the same', () => {
    const value = { name: 'x\u009b2J\u202e\u001b[2J', note: 'tab\tline\n' };
    const escaped = escapeControl(JSON.stringify(value, null, 2));
    expect(escaped).not.toMatch(/[\u0080-\u009f\u202e]/);
    expect(JSON.parse(escaped)).toEqual(value);
  });
});
