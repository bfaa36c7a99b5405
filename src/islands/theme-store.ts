/**
 * Where the reader's theme is kept: one entry in Cache Storage, written by the /theme/ page (theme.ts) and read by the
 * theme worker (theme-worker.ts) for every page. Both sides go through here so they cannot drift apart.
 */
export const THEME_CACHE = 'ftp-theme';

/** The saved light or dark choice under the site's scope (e.g. "https://host/ftp/"), or null for none. */
export async function savedTheme(scope: string): Promise<'light' | 'dark' | null> {
  const hit = await (await caches.open(THEME_CACHE)).match(themeKey(scope));
  const theme = hit ? await hit.text() : '';
  return theme === 'light' || theme === 'dark' ? theme : null;
}

/** The entry's URL for a scope. */
export function themeKey(scope: string): string {
  return `${scope}theme-preference`;
}
