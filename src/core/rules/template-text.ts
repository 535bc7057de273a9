import type { CatalogSystem } from '../model.ts';
import { foldSpace, splitParagraphs, type TemplateText } from '../read-template-text.ts';
import { defineRule, type RuleFinding } from './define-rule.ts';
import { placeAt } from './place-at.ts';

/**
 * Past `proposed`, a front-matter string or a body paragraph that is exactly what a template wrote (placeholders
 * match any text, whitespace is folded): nothing was answered there. The text comes from the templates themselves
 * (see `read-template-text.ts`), handed in with the catalog's input; without it, nothing is checked.
 */
export const templateText = defineRule({
  id: 'template-text',
  severity: 'error',
  description: 'A value or body paragraph is still the template\'s own text, past the `proposed` lifecycle.',
  category: 'content',
  check: { stage: 'system', run: (system, { templates }) => (templates && system.data.lifecycle !== 'proposed' ? findTemplateText(system, templates) : []) },
  examples: {
    fail: [{
      title: 'An experimental doc made with `fieldguide new`, with the template\'s answers still in it',
      files: {
        'systems/build-cache.md': `---
name: Build cache
summary: Caches compiler output.
owner: releng
lifecycle: experimental
experts:
  - name: Who knows it best
contacts:
  chat: "#channel-where-owners-answer"
runs_on:
  provider: Which data center, cloud account or vendor
---

## Overview

What Build cache does, for whom, and how it fits with the systems around it.
`,
      },
      expected: ['systems/build-cache.md:7:11', 'systems/build-cache.md:9:9', 'systems/build-cache.md:11:13', 'systems/build-cache.md:16:1'],
    }],
    pass: [{
      title: 'The same text in a proposal, which is still being written; and a doc with real answers',
      files: {
        'systems/build-cache.md': `---
name: Build cache
summary: Caches compiler output.
owner: releng
lifecycle: proposed
runs_on:
  provider: Which data center, cloud account or vendor
---

## Overview

What Build cache does, for whom, and how it fits with the systems around it.
`,
        'systems/artifacts.md': `---
name: Artifacts
summary: Stores build output.
owner: releng
lifecycle: experimental
contacts:
  chat: "#releng"
runs_on:
  provider: Data center 1
---

## Overview

Keeps every build's output for 30 days, for testers and for the release scripts.
`,
      },
    }],
  },
});

interface Matcher {
  values: (text: string) => boolean;
  paragraphs: (text: string) => boolean;
}

const matchers = new WeakMap<TemplateText, Matcher>();

function findTemplateText(system: CatalogSystem, templates: TemplateText): RuleFinding[] {
  let matcher = matchers.get(templates);
  if (!matcher) matchers.set(templates, (matcher = { values: compile(templates.values), paragraphs: compile(templates.paragraphs) }));
  const findings: RuleFinding[] = [];
  // One path, pushed and popped along the walk and copied only for a finding: most docs have none.
  const path: (string | number)[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      if (matcher.values(foldSpace(value))) {
        findings.push({
          file: system.file, ...placeAt(system, [...path]),
          message: `\`${fieldName(path)}\` is still the template's text: ${quote(foldSpace(value))}`,
          hint: 'Replace it with the real answer, or remove it if it does not apply.',
        });
      }
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i]);
        path.pop();
      }
    } else if (value && typeof value === 'object') {
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        path.push(key);
        walk((value as Record<string, unknown>)[key]);
        path.pop();
      }
    }
  };
  walk(system.data);
  for (const { text, line } of splitParagraphs(system.body, system.bodyLine)) {
    if (!matcher.paragraphs(text)) continue;
    const section = system.headings.filter((h) => h.line < line).at(-1);
    findings.push({
      file: system.file, line, column: 1,
      message: `This paragraph${section ? ` of \`${section.text.trim()}\`` : ''} is still the template's text: ${quote(text)}`,
      hint: 'Replace it with what is true of this system.',
    });
  }
  return findings;
}

/** A test for texts equal to one of `patterns`, where each `{{placeholder}}` stands for any text. */
function compile(patterns: readonly string[]): (text: string) => boolean {
  const exact = new Set(patterns.filter((p) => !p.includes('{{')));
  const wild = patterns.filter((p) => p.includes('{{')).map((p) =>
    new RegExp(`^${p.split(/\{\{[a-z_]+\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`, 's'));
  return (text) => exact.has(text) || wild.some((re) => re.test(text));
}

function fieldName(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${p}`)).join('');
}

/** The text in quotation marks, ending the sentence with a full stop unless the text already ends one. */
function quote(text: string): string {
  return /[.?!]$/.test(text) ? `“${text}”` : `“${text}”.`;
}
