// Astro settings for the published site. Title, base path and URL come from fieldguide.config.yaml (`site:`);
// `fieldguide build` sets FIELDGUIDE_OUT to build into a temporary folder, then swaps it into dist/.
import { defineConfig } from 'astro/config';
import { readSiteConfig } from './src/site/site-env.ts';

const site = await readSiteConfig(process.env, process.cwd());

export default defineConfig({
  ...(site.url ? { site: site.url } : {}),
  base: site.base,
  trailingSlash: 'always',
  outDir: process.env.FIELDGUIDE_OUT ?? './dist',
  // Every script and stylesheet is a file, never inlined, so the pages' Content-Security-Policy needs no
  // 'unsafe-inline' and no hashes (src/site/content-security-policy.ts).
  build: { format: 'directory', assets: '_astro', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
});
