import { expect, test, type Page } from '@playwright/test';

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

test.describe('the header search behaves as a combobox (#12 finding 4)', () => {
  test('a click outside closes the list and keeps the words', async ({ page }) => {
    await page.goto('/classes/2yz/');
    const box = page.getByRole('searchbox', { name: 'Search codes' });
    await box.fill('passive');
    const panel = page.locator('.site-header .search-panel');
    await expect(panel.locator('a').first()).toBeVisible();
    // Beside the page's text column, away from the panel that covers the heading.
    await page.mouse.click(20, 500);
    await expect(panel).toBeHidden();
    await expect(box).toHaveValue('passive');
  });

  test('the first Escape closes the list and keeps the words, the second clears them', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('searchbox', { name: 'Search codes' });
    await box.fill('passive');
    const panel = page.locator('.site-header .search-panel');
    await expect(panel.locator('a').first()).toBeVisible();
    await box.press('Escape');
    await expect(panel).toBeHidden();
    await expect(box).toHaveValue('passive');
    await expect(box).toBeFocused();
    await box.press('Escape');
    await expect(box).toHaveValue('');
  });

  test('"/" focuses the search box on a code page', async ({ page }) => {
    await page.goto('/codes/550/');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Search codes' })).toBeFocused();
  });

  test('a code typed on a code page opens its page directly, never /search/', async ({ page }) => {
    const searched: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/search/')) searched.push(r.url());
    });
    await page.goto('/codes/221/');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await page.keyboard.type('550');
    // The island loads on focus: the code page itself has no script file.
    await expect(page.locator('.site-header .search-results a').first()).toHaveAttribute('href', '/codes/550/');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/codes\/550\/$/);
    expect(searched).toEqual([]);
  });
});

test.describe('standard codes in use rank first (#12 finding 4)', () => {
  for (const [words, first, then] of [
    ['login incorrect', 530, 430],
    ['passive mode', 227, 228],
    ['insufficient storage', 452, 423],
  ] as const) {
    test(`"${words}": ${first} above ${then}`, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(words)}`);
      const links = page.locator('main .search-results a');
      await expect(links.first()).toBeVisible();
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toContain(`/codes/${then}/`);
      expect(hrefs.indexOf(`/codes/${first}/`)).toBe(0);
    });
  }
});

test.describe('the search page (#12 finding 7)', () => {
  test('the address follows the words and the filters, without empty parameters', async ({ page }) => {
    await page.goto('/search/');
    const box = page.getByRole('searchbox', { name: 'Code or words' });
    await box.fill('passive mode');
    await expect(page).toHaveURL(/\/search\/\?q=passive\+mode$/);
    await page.getByRole('combobox', { name: 'First digit' }).selectOption('2yz');
    await expect(page).toHaveURL(/\/search\/\?q=passive\+mode&class=2yz$/);
    await box.press('Enter');
    await expect(page.locator('main .search-results a').first()).toBeVisible();
    expect(page.url()).toMatch(/\/search\/\?q=passive\+mode&class=2yz$/);
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'First digit' })).toHaveValue('2yz');
    await expect(box).toHaveValue('passive mode');
  });

  test('shows one search box', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByRole('searchbox')).toHaveCount(1);
  });

  test('counts "1 result", and no result points to the decoder and the code list', async ({ page }) => {
    await page.goto('/search/?q=550');
    // A code number arriving at /search/ (sent before the island loaded) goes on to its page.
    await expect(page).toHaveURL(/\/codes\/550\/$/);
    await page.goto('/search/');
    const box = page.getByRole('searchbox', { name: 'Code or words' });
    await box.fill('55');
    const status = page.locator('main [role="status"]');
    await expect(status).toHaveText(/^\d+ results for “55”\.$/);
    await box.fill('qqxqzv');
    await expect(status).toContainText('No results for “qqxqzv”.');
    await expect(status.getByRole('link', { name: 'Paste it into the decoder' })).toHaveAttribute('href', '/decode/');
    await expect(status.getByRole('link', { name: 'all codes' })).toHaveAttribute('href', '/codes/');
    await box.fill('550');
    await expect(status).toHaveText('1 result for “550”.');
  });
});

test.describe('search takes what people paste (#13 item 4)', () => {
  const list = (page: Page) => page.getByRole('list', { name: 'Search results' });
  const hrefs = async (page: Page, scope = list(page)) => {
    await expect(scope.locator('li > a').first()).toBeVisible();
    return scope.locator('li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  };
  const search = async (page: Page, q: string) => {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    return hrefs(page);
  };

  test('a whole reply line: the code page first, then the server message with its condition and fix', async ({
    page,
  }) => {
    const found = await search(page, '421 Too many connections (8) from this IP');
    expect(found[0]).toBe('/codes/421/');
    expect(found[1]).toMatch(/^\/servers\/pure-ftpd-1\.0\/#fx-/);
    const message = list(page).getByRole('listitem').nth(1);
    await expect(message).toContainText('Pure-FTPd');
    await expect(message).toContainText('Fix:');
    // The link lands on the server page's explanation of that message.
    await message.getByRole('link').click();
    await expect(page).toHaveURL(/\/servers\/pure-ftpd-1\.0\/#fx-/);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect(page.locator(`[id="${id}"]`)).toBeVisible();
  });

  for (const [q, page1, within] of [
    // Words the index used to leave out of its records ("too", "no"): the code every server sends them with.
    ['too many connections', '/codes/421/', 1],
    ['no such file or directory', '/codes/550/', 1],
    // Directive names, whole.
    ['pasv_address', '/servers/vsftpd-3.0/', 1],
    ['MasqueradeAddress', '/servers/proftpd-1.3.', 1],
    ['PassivePortRange', '/servers/pure-ftpd-1.0/', 1],
    // Client lines: the code the client reports, then the client.
    ['curl: (67) Access denied: 530', '/codes/530/', 1],
    ['ftplib.error_perm: 550 Failed to open file.', '/codes/550/', 1],
    ['curl: (67) Access denied: 530', '/clients/curl/', 3],
    ['ftplib.error_perm: 550 Failed to open file.', '/servers/vsftpd-3.0/#fx-', 3],
    // A fragment of a server's line, and a client's own line with a count in it.
    ['refusing to run with writable root', '/codes/500/', 1],
    ['Error: Connection timed out after 20 seconds of inactivity', '/clients/filezilla/', 3],
  ] as const) {
    test(`"${q}" finds ${page1} among the first ${String(within)}`, async ({ page }) => {
      const found = await search(page, q);
      expect(found.slice(0, within).some((h) => h.startsWith(page1))).toBe(true);
    });
  }

  test('the header search gives the same top results as /search/', async ({ page }) => {
    for (const q of ['421 Too many connections (8) from this IP', 'too many connections', 'pasv_address']) {
      const full = (await search(page, q)).slice(0, 3);
      await page.goto('/classes/4yz/');
      await page.getByRole('searchbox', { name: 'Search codes' }).fill(q);
      const header = (
        await hrefs(page, page.locator('.site-header').getByRole('list', { name: 'Search results' }))
      ).slice(0, 3);
      expect(header, q).toEqual(full);
    }
  });

  test('matching a pasted line sends nothing of it: the known messages are one static file', async ({ page }) => {
    await page.goto('/classes/4yz/');
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.getByRole('searchbox', { name: 'Search codes' }).fill('530 Login incorrect for alice@10.1.2.3');
    await expect(
      page.locator('.site-header').getByRole('list', { name: 'Search results' }).locator('a').first(),
    ).toHaveAttribute('href', '/codes/530/');
    expect(urls.some((u) => new URL(u).pathname === '/data/messages.json')).toBe(true);
    expect(urls.filter((u) => /alice|10\.1\.2\.3|incorrect/i.test(u))).toEqual([]);
  });

  test('a query that resembles no message and holds no code still says "No results"', async ({ page }) => {
    // Pagefind matches an unknown word by a shorter prefix when one is indexed ("zq" finds the "Z" of MODE Z): the
    // nonsense words start with letters no indexed word starts with.
    await page.goto('/search/?q=qqxqzv%20qxqqvx');
    await expect(page.locator('main [role="status"]')).toContainText('No results');
    await expect(list(page).locator('li')).toHaveCount(0);
  });
});
