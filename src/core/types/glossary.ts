/* Generated from schema/glossary.schema.json by `npm run gen:types`. Do not edit by hand. */

/**
 * `systems/glossary.yaml` (optional): the words a new hire meets in the docs, each defined once. The site lists them at `/glossary/`, gives each its own page, and shows on a system page the terms its text uses.
 */
export interface GlossaryFile {
  /**
   * The terms, in any order: the site sorts them.
   */
  terms: {
    /**
     * The term as people write it (`tree closure`); unique, ignoring case. Its page's address is made from it (`/glossary/tree-closure/`).
     */
    term: string;
    /**
     * What the term means, in a sentence or a short paragraph of plain text.
     */
    definition: string;
    /**
     * Other ways the term is written (`closed tree`, `CLOSED TREE`): found by search, and recognized in a system's text.
     */
    aliases?: string[];
    /**
     * Ids of the systems the term is about; each must be a doc in the systems folder.
     */
    systems?: string[];
  }[];
}
