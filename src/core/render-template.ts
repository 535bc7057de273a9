import { stringify } from 'yaml';
import { splitFrontMatter } from './source/split-front-matter.ts';

/** Values a template's `{{placeholders}}` are filled with. */
export type TemplateValues = Record<string, string>;

/**
 * Fills `{{name}}`-style placeholders. In the front matter each value is written as a YAML scalar (quoted when
 * it has to be), so no name or summary can break the YAML; in the body it is written as is.
 */
export function renderTemplate(template: string, values: TemplateValues): string {
  const split = splitFrontMatter(template);
  const fill = (text: string, quote: boolean) =>
    text.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (whole, key: string) => {
      const value = values[key];
      if (value === undefined) return whole;
      return quote ? stringify(value, { lineWidth: 0 }).trimEnd() : value;
    });
  if (!split || split === 'unclosed') return fill(template, false);
  return fill(template.slice(0, split.bodyStart), true) + fill(template.slice(split.bodyStart), false);
}
