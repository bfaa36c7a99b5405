import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test.describe('reading without JavaScript', () => {
  test('home shows both tables and the decoder form', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('table', { name: 'First digit of an FTP reply code' }).getByRole('row')).toHaveCount(7);
    await expect(page.getByRole('table', { name: 'Second digit of an FTP reply code' }).getByRole('row')).toHaveCount(7);
    await expect(page.getByRole('textbox', { name: 'Reply code' })).toBeVisible();
  });

  test('a code page is complete and its decoder is pre-filled on the server', async ({ page }) => {
    await page.goto('/codes/550/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('550 File unavailable');
    for (const name of ['Summary', 'Meaning per RFC', 'Details and format of the text', 'What to do', 'Related codes', 'Sources']) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    await expect(page.getByRole('textbox', { name: 'Reply code' })).toHaveValue('550');
    await expect(page.getByRole('status', { name: 'Result' })).toContainText('550: File unavailable');
  });

  test('the codes table is complete', async ({ page }) => {
    await page.goto('/codes/');
    const rows = page.getByRole('table').getByRole('row');
    const count = Number((await page.getByText(/^\d+ codes:/).textContent())?.match(/^(\d+)/)?.[1]);
    expect(count).toBeGreaterThan(40);
    await expect(rows).toHaveCount(count + 1);
  });

  test('the theme button explains itself when it cannot work', async ({ page }) => {
    // Browsers that report (scripting: none) hide it; where it shows, it leads to a page that says why it cannot work.
    await page.goto('/codes/550/');
    await page.getByRole('button', { name: 'Dark mode' }).click();
    await expect(page).toHaveURL(/\/theme\/\?back=%2Fcodes%2F550%2F&set=dark$/);
    await expect(page.getByText('Remembering a theme needs JavaScript on this page')).toBeVisible();
  });
});

test.describe('no JavaScript on a code page', () => {
  test.use({ javaScriptEnabled: true });
  test('loads no script, not even on focus; search and the decoder submit to pages that have them', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.resourceType() === 'fetch') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto('/codes/550/');
    expect(await page.locator('script').count()).toBe(0);
    const box = page.getByRole('searchbox', { name: 'Search codes' });
    await box.focus();
    await box.fill('passive');
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=passive$/);
    await expect(page.locator('main .search-results a[href$="/codes/227/"]').first()).toBeVisible();
    expect(scripts).toContain('/js/search.js');
  });
});
