import { expect, test, type Page } from '@playwright/test';
import { PAGE_KINDS } from './helpers.ts';

/** Collects CSP violations (and console errors) that happen on the page. */
async function watch(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return async () => [...errors, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

test.describe('Content-Security-Policy', () => {
  test('every page kind sends a CSP without unsafe-inline scripts, and breaks none of its rules', async ({ page }) => {
    const problems = await watch(page);
    for (const path of PAGE_KINDS) {
      await page.goto(path);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp, path).toMatch(/script-src 'self'/);
      expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(csp, path).toMatch(/connect-src 'self'/);
      for (const directive of ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "worker-src 'self'"])
        expect(csp, path).toContain(directive);
      await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
    }
    expect((await problems()).filter((p) => !/404 \(Not Found\)/.test(p))).toEqual([]);
  });

  test('no violation while reading, toggling the theme, searching and decoding', async ({ page }) => {
    const problems = await watch(page);
    await page.goto('/codes/550/');
    await page.getByRole('button', { name: 'Theme: system' }).click();
    await expect(page.getByRole('button', { name: 'Theme: dark' })).toBeVisible();
    await page.goto('/classes/5yz/');
    await page.getByRole('searchbox', { name: 'Search codes' }).fill('passive mode');
    await expect(page.locator('.site-header .search-results a').first()).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search codes' }).fill('550');
    await expect(page.locator('.site-header .search-results a').first()).toBeVisible();
    await page.goto('/');
    await page.getByRole('textbox', { name: 'Reply code' }).fill('425');
    await expect(page.getByRole('status', { name: 'Result' })).toContainText('425');
    await page.goto('/decode/');
    await page.getByRole('textbox', { name: 'Code, reply or log' }).fill('220 hi\nUSER a\n331 pw\nPASS x\n530 no');
    await expect(page.getByRole('region', { name: 'Decoded session' })).toContainText('530');
    // The decoder's Web Worker is allowed by the page's policy (worker-src 'self'): it decoded, not the fallback.
    expect(page.workers().map((w) => new URL(w.url()).pathname)).toEqual([
      expect.stringMatching(/^\/_astro\/decode-worker-[\w-]+\.js$/),
    ]);
    await page.goto('/codes/');
    await page.getByRole('combobox', { name: 'Status' }).selectOption('historic');
    await page.goto('/reply/550/');
    await expect(page.getByRole('link', { name: '550' })).toBeVisible();
    expect((await problems()).filter((p) => !/404 \(Not Found\)/.test(p))).toEqual([]);
  });
});
