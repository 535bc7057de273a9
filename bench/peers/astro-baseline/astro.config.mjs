// Plain Astro 7 over a fieldguide catalog: the baseline fieldguide's build is compared with (bench/build-site.ts).
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
