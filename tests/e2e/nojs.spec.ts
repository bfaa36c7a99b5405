import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test.describe('reading without JavaScript', () => {
  test('home shows both tables and the decoder form', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('table', { name: 'First digit of an FTP reply code' }).getByRole('row')).toHaveCount(7);
    await expect(page.getByRole('table', { name: 'Second digit of an FTP reply code' }).getByRole('row')).toHaveCount(
      7,
    );
    await expect(page.getByRole('textbox', { name: 'Reply code' })).toBeVisible();
  });

  test('a code page is complete and its decoder is pre-filled on the server', async ({ page }) => {
    await page.goto('/codes/550/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('550 File unavailable');
    for (const name of [
      'What to do',
      'Meaning per RFC',
      'Details and format of the text',
      'Related codes',
      'Sources',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('550 File unavailable');
  });

  test('the codes tables are complete: the codes in use, and the historic ones behind a summary', async ({ page }) => {
    await page.goto('/codes/');
    const count = Number((await page.getByText(/^\d+ codes:/).textContent())?.match(/^(\d+)/)?.[1]);
    expect(count).toBeGreaterThan(40);
    // The historic table sits in a closed <details>, which opens without JS too.
    await page.getByText(/^Historic codes/).click();
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(count + 2);
  });

  test('the theme button is not shown: pages follow the system setting', async ({ page }) => {
    await page.goto('/codes/550/');
    await expect(page.getByRole('button', { name: /^Theme/ })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Search' })).toBeVisible();
  });
});

test.describe('no script file on a code page before intent', () => {
  test.use({ javaScriptEnabled: true });
  test('only the inline theme script until the reader focuses the search box; then the search island', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.resourceType() === 'fetch') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto('/codes/550/');
    expect(await page.locator('script:not([type="application/json"])').count()).toBe(1);
    expect(await page.locator('script[src]').count()).toBe(0);
    await page.getByRole('heading', { level: 1 }).click();
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    const box = page.getByRole('searchbox', { name: 'Search codes' });
    await box.focus();
    await box.fill('passive');
    await expect(page.locator('.site-header .search-results a[href$="/codes/227/"]').first()).toBeVisible();
    expect(scripts.some((s) => /^\/_astro\/Islands\.astro[\w-]*\.[\w-]+\.js$/.test(s))).toBe(true);
    expect(scripts.some((s) => /^\/_astro\/search\.[\w-]+\.js$/.test(s))).toBe(true);
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=passive$/);
    await expect(page.locator('main .search-results a[href$="/codes/227/"]').first()).toBeVisible();
  });
});
