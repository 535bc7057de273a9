/** Backstage's tag rule (`CommonValidatorFunctions.isValidTag`): 1–63 characters, `[a-z0-9+#]` runs joined by single `-`. */
const TAG = /^[a-z0-9+#]+(-[a-z0-9+#]+)*$/;

/**
 * A tag in Backstage's form: lowercased, accents dropped, every run of other characters turned into one `-`, cut to
 * 63 characters. `undefined` when nothing is left. fieldguide's own tags already fit, so this only changes tags the
 * schema would not accept either.
 */
export function toBackstageTag(tag: string): string | undefined {
  if (TAG.test(tag) && tag.length <= 63) return tag;
  const cut = withoutAccents(tag).toLowerCase().replace(/[^a-z0-9+#]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 63).replace(/-+$/, '');
  return cut === '' ? undefined : cut;
}

/** `text` with combining marks removed (`é` → `e`), so a name keeps its letters rather than losing them to `-`. */
export function withoutAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}
