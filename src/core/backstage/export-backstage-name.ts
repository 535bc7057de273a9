import { withoutAccents } from './export-backstage-tag.ts';

/** Backstage's name rule (`KubernetesValidatorFunctions.isValidObjectName`): 1–63 characters, `[A-Za-z0-9]` at both ends, `-_.` inside. */
const NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

/** True when `name` is a valid Backstage `metadata.name`. */
export function isBackstageName(name: string): boolean {
  return name.length <= 63 && NAME.test(name);
}

/**
 * A valid Backstage `metadata.name` made from free text (a person's handle, email or name): lowercased, accents
 * dropped, other characters turned into `-`, cut to 63 characters; `fallback` when nothing is left.
 */
export function toBackstageName(text: string, fallback: string): string {
  const name = withoutAccents(text).toLowerCase().replace(/[^a-z0-9_.]+/g, '-').replace(/[-_.]*([-_.])[-_.]*/g, '$1')
    .replace(/^[-_.]+/, '').slice(0, 63).replace(/[-_.]+$/, '');
  return name === '' ? fallback : name;
}
