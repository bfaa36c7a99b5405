/** The minified theme script that Base.astro inlines (defined in astro.config.mjs, which also puts its hash in the CSP). */
declare const __THEME_SCRIPT__: string;
