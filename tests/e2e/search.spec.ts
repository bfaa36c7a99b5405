import { expect, test } from '@playwright/test';

test.describe('search', () => {
  test('a bare number leads to its code page at once, without the index', async ({ page }) => {
    const pagefind: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/')) pagefind.push(r.url());
    });
    await page.goto('/classes/2yz/');
    const box = page.getByRole('searchbox', { name: 'Search codes' });
    await box.fill('550');
    const first = page.locator('.site-header .search-results a').first();
    await expect(first).toHaveAttribute('href', '/codes/550/');
    await expect(first).toContainText('550');
    expect(pagefind.filter((u) => !u.endsWith('pagefind.js'))).toEqual([]);
    await box.press('Enter');
    await expect(page).toHaveURL(/\/codes\/550\/$/);
  });

  test('words find codes by meaning in the built index', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('searchbox', { name: 'Search codes' });
    await box.fill('passive mode');
    const results = page.locator('.site-header .search-results a');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/codes/227/');
  });

  test('"/" focuses search and arrow keys walk the results', async ({ page }) => {
    await page.goto('/codes/');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Search codes' });
    await expect(box).toBeFocused();
    await page.keyboard.type('not logged in');
    const first = page.locator('.site-header .search-results a').first();
    await expect(first).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(first).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(box).toBeFocused();
  });

  test('the search page takes a query from the URL and filters by class', async ({ page }) => {
    await page.goto('/search/?q=file');
    const list = page.locator('main .search-results a');
    await expect(list.first()).toBeVisible();
    await page.getByRole('combobox', { name: 'First digit' }).selectOption('4yz');
    await expect(page.getByRole('status').filter({ hasText: 'file' })).toBeVisible();
    await expect
      .poll(async () => {
        const hrefs = await list.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        return hrefs.length > 0 && hrefs.every((h) => /\/(codes\/4\d\d|classes\/4yz)\/$/.test(h));
      })
      .toBe(true);
  });
});

test('a client constant finds its code page first', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Search codes' });
  const cases: [query: string, href: string][] = [
    ['CURLE_REMOTE_FILE_NOT_FOUND', '/codes/550/'],
    ['FtpStatusCode.ActionNotTakenFileUnavailable', '/codes/550/'],
    ['FTPReply.NOT_LOGGED_IN', '/codes/530/'],
  ];
  for (const [query, href] of cases) {
    await box.fill(query);
    await expect(page.locator('.site-header .search-results a').first()).toHaveAttribute('href', href);
  }
});

test.describe('search finds codes by meaning', () => {
  for (const [words, code] of [
    ['file unavailable', 550],
    ['not logged in', 530],
    ['passive mode', 227],
    ['restart marker', 110],
    ['insufficient storage', 452],
  ] as const) {
    test(`"${words}" finds ${code} among the first results`, async ({ page }) => {
      await page.goto('/search/');
      await page.getByRole('searchbox', { name: 'Code or words' }).fill(words);
      const links = page.locator('main .search-results a');
      await expect(links.first()).toBeVisible();
      const hrefs = await links.evaluateAll((as) => as.slice(0, 5).map((a) => a.getAttribute('href')));
      expect(hrefs).toContain(`/codes/${code}/`);
    });
  }
});
