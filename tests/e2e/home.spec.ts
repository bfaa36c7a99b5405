import { expect, test } from '@playwright/test';

test.describe('home: the anatomy of a reply code', () => {
  test('shows both digit tables with every row linked', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What an FTP reply code says');
    const first = page.getByRole('table', { name: 'First digit of an FTP reply code' });
    const second = page.getByRole('table', { name: 'Second digit of an FTP reply code' });
    for (const id of ['1yz', '2yz', '3yz', '4yz', '5yz', '6yz'])
      await expect(first.getByRole('link', { name: id, exact: true })).toBeVisible();
    for (const id of ['x0z', 'x1z', 'x2z', 'x3z', 'x4z', 'x5z'])
      await expect(second.getByRole('link', { name: id, exact: true })).toBeVisible();
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
    await expect(result.getByRole('link', { name: 'Read more about 550 →' })).toHaveAttribute('href', '/codes/550/');
    await field.fill('999');
    await expect(result).toContainText('The first digit must be 1–6; 9 is not defined.');
    await expect(field).toHaveValue('999');
    await field.fill('570');
    await expect(result).toContainText('The second digit must be 0–5; 7 is not defined.');
    await field.fill('x3z');
    await expect(result).toContainText('Authentication and accounting');
  });

  test("a reply line gets the code's meaning and what to do, and a clear link to its page (#12 finding 6)", async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('textbox', { name: 'Reply code' }).fill('550 Permission denied.');
    const result = page.getByRole('status', { name: 'Result' });
    await expect(result.getByRole('definition').first()).toContainText('does not exist, or this user may not use it');
    await expect(result.getByRole('term').first()).toHaveText('What it means');
    await expect(result.getByRole('term').nth(1)).toHaveText('What to do');
    await expect(result.getByRole('definition').nth(1)).toContainText('Check the path');
    await expect(result).not.toContainText('Open the page for');
    await expect(result.getByRole('link', { name: 'Read more about 550 →' })).toHaveAttribute('href', '/codes/550/');
    // The meaning comes before the digit anatomy.
    const meaning = await result.getByText('What it means').boundingBox();
    const digit = await result.getByText('First digit').boundingBox();
    expect(meaning && digit && meaning.y < digit.y).toBe(true);
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

  test('a chosen theme persists across pages, set before first paint, and the system setting comes back', async ({
    page,
  }) => {
    // Records data-theme at the moment <body> is parsed: set by then, the first paint already has it.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('body')) return;
        (window as unknown as { themeAtBody?: string }).themeAtBody = document.documentElement.dataset.theme ?? 'none';
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const themeAtBody = () => page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody);
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const dark = 'rgb(18, 22, 27)';
    await page.goto('/codes/550/');
    // The button names the theme in use (CSS shows one of its three labels).
    const toggle = page.getByRole('button', { name: /^Theme:/ });
    await expect(toggle).toHaveAccessibleName('Theme: system');
    // The system is light here: the first press switches to the other scheme.
    await toggle.click();
    await expect(toggle).toHaveAccessibleName('Theme: dark');
    expect(await background()).toBe(dark);
    await page.goto('/classes/5yz/');
    expect(await themeAtBody()).toBe('dark');
    expect(await background()).toBe(dark);
    await expect(page.getByRole('button', { name: 'Theme: dark' })).toBeVisible();
    // A code page loads no script file, and the theme still applies (the inline script in <head>).
    await page.goto('/codes/421/');
    expect(await themeAtBody()).toBe('dark');
    expect(await page.locator('script[src]').count()).toBe(0);
    await page.getByRole('button', { name: 'Theme: dark' }).click();
    await expect(page.getByRole('button', { name: 'Theme: light' })).toBeVisible();
    await page.getByRole('button', { name: 'Theme: light' }).click();
    await expect(page.getByRole('button', { name: 'Theme: system' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    await page.reload();
    expect(await themeAtBody()).toBe('none');
    await expect(page.getByRole('button', { name: 'Theme: system' })).toBeVisible();
  });

  test('a dark system gets light on the first press, and the choice survives the system setting', async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('button', { name: 'Theme: system' }).click();
    await expect(page.getByRole('button', { name: 'Theme: light' })).toBeVisible();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe(
      'rgb(18, 22, 27)',
    );
    await page.goto('/codes/');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await context.close();
  });

  test('a theme service worker left by an older version of the site is removed, and its choice kept', async ({
    page,
    context,
  }) => {
    // The old worker marked each page dark as it arrived; this one does the same, from a route of the test.
    await context.route('**/sw.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (e) => {
  if (e.request.mode !== 'navigate') return;
  e.respondWith(fetch(e.request).then(async (r) => new Response((await r.text()).replace('<html', '<html data-theme="dark"'), { headers: r.headers })));
});`,
      }),
    );
    await page.goto('/data/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.register('/sw.js', { scope: '/' });
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.goto('/rfcs/');
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length))
      .toBe(0);
    await page.goto('/codes/');
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });

  test('follows the system dark preference', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      'rgb(18, 22, 27)',
    );
    await context.close();
  });
});
