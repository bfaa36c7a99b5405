import { expect, test } from '@playwright/test';

test.describe('home: the anatomy of a reply code', () => {
  test('shows both digit tables with every row linked', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What an FTP reply code says');
    const first = page.getByRole('table', { name: 'First digit of an FTP reply code' });
    const second = page.getByRole('table', { name: 'Second digit of an FTP reply code' });
    for (const id of ['1yz', '2yz', '3yz', '4yz', '5yz', '6yz']) await expect(first.getByRole('link', { name: id, exact: true })).toBeVisible();
    for (const id of ['x0z', 'x1z', 'x2z', 'x3z', 'x4z', 'x5z']) await expect(second.getByRole('link', { name: id, exact: true })).toBeVisible();
    await expect(first.getByRole('row', { name: /4yz Transient negative completion/ })).toBeVisible();
  });

  test('the decoder classifies as the user types and announces it politely', async ({ page }) => {
    await page.goto('/');
    const field = page.getByRole('textbox', { name: 'Reply code' });
    const result = page.getByRole('status', { name: 'Result' });
    await expect(result).toHaveAttribute('aria-live', 'polite');
    await field.pressSequentially('5');
    await expect(result).toContainText('5yz: Permanent negative completion');
    await field.pressSequentially('50');
    await expect(result).toContainText('550: File unavailable');
    await expect(result.getByRole('link', { name: '550' })).toHaveAttribute('href', '/codes/550/');
    await field.fill('999');
    await expect(result).toContainText('The first digit must be 1–6; 9 is not defined.');
    await expect(field).toHaveValue('999');
    await field.fill('570');
    await expect(result).toContainText('The second digit must be 0–5; 7 is not defined.');
    await field.fill('x3z');
    await expect(result).toContainText('Authentication and accounting');
  });

  test('a well-formed code that no RFC defines is labelled so', async ({ page }) => {
    await page.goto('/');
    const field = page.getByRole('textbox', { name: 'Reply code' });
    await field.fill('559');
    await expect(page.getByRole('status', { name: 'Result' })).toContainText('559: Not defined by any RFC');
  });

  test('works with the keyboard only', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Reply code' }).focus();
    // Focus loads the island; until it is ready, Enter would (correctly) submit to /decode/ instead.
    await expect(page.locator('ftp-decoder[data-ready]')).toHaveCount(1);
    await page.keyboard.type('421');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status', { name: 'Result' })).toContainText('421:');
    await expect(page).not.toHaveURL(/decode/);
  });

  test('a chosen theme persists across pages, applied before the page is parsed, with no script on the page', async ({ page }) => {
    await page.goto('/codes/550/');
    await page.getByRole('button', { name: 'Dark mode' }).click();
    // /theme/ saves the choice, starts the theme worker and returns to the page the reader came from.
    await expect(page).toHaveURL(/\/codes\/550\/$/);
    const dark = 'rgb(18, 22, 27)';
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(dark);
    await page.goto('/classes/5yz/');
    // The worker puts data-theme into the HTML as it arrives: the first paint is already dark.
    const html = await page.evaluate(() => document.documentElement.outerHTML.slice(0, 80));
    expect(html).toMatch(/^<html data-theme="dark"/);
    await expect(page.getByRole('button', { name: 'Light mode' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Dark mode' })).toBeHidden();
    expect(await page.locator('script').count()).toBeGreaterThan(0);
    await page.goto('/codes/421/');
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    // Back to the system setting: the worker goes away and pages follow the system again.
    await page.goto('/theme/');
    await page.getByRole('radio', { name: 'Follow the system setting' }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status')).toHaveText('Saved: following the system setting.');
    await page.goto('/codes/421/');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    await expect(page.getByRole('button', { name: 'Dark mode' })).toBeVisible();
  });

  test('the theme page refuses to send the reader to another site', async ({ page }) => {
    await page.goto('/theme/?set=light&back=https://example.org/');
    await expect(page.getByRole('status')).toHaveText('Saved: light on every page.');
    await expect(page).toHaveURL(/\/theme\/$/);
    await expect(page.getByRole('radio', { name: 'Light', exact: true })).toBeChecked();
  });

  test('follows the system dark preference', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(18, 22, 27)');
    await context.close();
  });
});
