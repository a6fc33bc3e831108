// @ts-check
import { defineConfig } from 'astro/config';
import { resolveBase } from './src/config/resolveBase.ts';
import { resolveSite } from './src/config/resolveSite.ts';
import corpusCheck from './src/integrations/corpusCheck.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import sitemap from './src/integrations/sitemap.ts';

// Any static host, at a domain root or under a sub-path: BASE_PATH=/policy-atlas/ npm run build
const base = resolveBase(process.env.BASE_PATH);
// The origin the build is served from (SITE_URL=https://example.org); only sitemap.xml
// needs it, because sitemap URLs must be absolute. Unset: no sitemap.
const site = resolveSite(process.env.SITE_URL);

export default defineConfig({
  base,
  ...(site ? { site } : {}),
  // A second output folder lets tests build the sub-path variant beside the main build.
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Inline nothing: every script and asset is its own same-origin file, so a strict
  // Content-Security-Policy (script-src 'self') holds without hashes.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [corpusCheck(), pagefindIndex(), sitemap()],
  devToolbar: { enabled: false },
});
