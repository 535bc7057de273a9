import { buildEditUrl, type EditUrlSettings } from './build-edit-url.ts';
import { FORGE_EDIT_URLS, type Forge } from './config/default-edit-url.ts';

/** The web editor's "new file in this folder" page on each forge that has one (Bitbucket Cloud has no such URL). */
const FORGE_NEW_URLS: Partial<Record<Forge, string>> = {
  github: '{repository}/new/{branch}/{path}',
  gitlab: '{repository}/-/new/{branch}/{path}',
  gitea: '{repository}/_new/{branch}/{path}',
};

/**
 * The link that starts a new doc in the catalog folder from the repository's web editor, or `undefined` when the
 * forge is not one fieldguide knows (a custom `site.edit_url` says how to edit, not how to create). `folder` is the
 * catalog folder's path from the repository root, `/`-separated.
 */
export function buildNewDocUrl(site: EditUrlSettings, folder: string): string | undefined {
  const forge = (Object.keys(FORGE_EDIT_URLS) as Forge[]).find((f) => FORGE_EDIT_URLS[f] === site.editUrl);
  const pattern = forge && FORGE_NEW_URLS[forge];
  return pattern ? buildEditUrl({ ...site, editUrl: pattern }, folder) : undefined;
}
