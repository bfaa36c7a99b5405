// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { searchIndex } from './src/integrations/search-index.ts';

// SITE and BASE let the same build be deployed at a domain root or in a subfolder (e.g. BASE=/ftp/).
const site = process.env.SITE ?? 'https://ftp-reply-codes.example';
const base = process.env.BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? 'dist',
  integrations: [mdx(), sitemap(), searchIndex()],
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
});
