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

  test('dark mode toggle persists across pages without a flash', async ({ page }) => {
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg).toBe('rgb(18, 22, 27)');
    await page.goto('/classes/5yz/');
    // The theme is applied by the inline head script, before the body is parsed.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('follows the system dark preference', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(18, 22, 27)');
    await context.close();
  });
});
