import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations as violations, withAxe } from './helpers.ts';

test.beforeEach(({ page }) => withAxe(page));

/** Opens the header search's result panel. */
async function headerSearch(page: Page, words: string) {
  await page.getByRole('searchbox', { name: 'Search codes' }).fill(words);
  await expect(page.locator('.site-header .search-results li').first()).toBeVisible();
}

/** Every page kind, with its widgets open: the states a reader sees, not only the first paint. */
const kinds: [name: string, path: string, open?: (page: Page) => Promise<void>][] = [
  [
    'home',
    '/',
    async (page) => {
      await page.getByRole('textbox', { name: 'Reply code' }).fill('425');
      await expect(page.getByRole('status', { name: 'Result' })).toContainText('425');
      await headerSearch(page, 'passive');
    },
  ],
  [
    'codes list',
    '/codes/',
    async (page) => {
      await page.getByRole('combobox', { name: 'First digit' }).selectOption('4yz');
      await page.locator('#codes-table').getByRole('button', { name: 'Code' }).click();
      await expect(page.locator('#codes-table').getByRole('columnheader', { name: 'Code' })).toHaveAttribute(
        'aria-sort',
        'descending',
      );
    },
  ],
  ['code page', '/codes/550/'],
  ['class', '/classes/4yz/', (page) => headerSearch(page, '550')],
  ['category', '/categories/x2z/'],
  ['RFC list', '/rfcs/'],
  ['RFC', '/rfcs/959/'],
  ['client list', '/clients/'],
  ['client', '/clients/curl/'],
  [
    'command list',
    '/commands/',
    async (page) => {
      await page.getByRole('radio', { name: 'Historic' }).check();
      await page.locator('#diagrams ~ figure details').first().locator('summary').click();
    },
  ],
  ['command', '/commands/RETR/', (page) => page.locator('.state-diagram details summary').first().click()],
  ['server list', '/servers/'],
  ['server', '/servers/vsftpd-3.0/'],
  ['guide list', '/guides/'],
  ['guide', '/guides/ftps-tls/'],
  [
    'decode',
    '/decode/',
    async (page) => {
      await page
        .getByRole('textbox', { name: 'Code, reply or log' })
        .fill('220 hi\nUSER a\n331 pw\nPASS x\n530 Login incorrect.\nCWD /srv/a\n');
      await expect(page.getByRole('region', { name: 'Decoded session' })).toContainText('First failure');
      await page.getByRole('button', { name: 'Share or copy…' }).click();
      await page.getByRole('checkbox', { name: /User names/ }).check();
    },
  ],
  [
    'decode, a real capture with a harmless probe and a failure',
    '/decode/',
    async (page) => {
      // ftplib: a RETR that fails, then a SIZE probe refused (harmless), then more failures; every row has its word.
      await page
        .getByRole('textbox', { name: 'Code, reply or log' })
        .fill(readFileSync('tests/fixtures/captures/proftpd/ftplib2-missing-file/client.txt', 'utf8'));
      const result = page.getByRole('region', { name: 'Decoded session' });
      await expect(result.getByText('Probe, harmless')).toHaveCount(1);
      await expect(result.getByRole('heading', { name: 'What went wrong' })).toBeVisible();
    },
  ],
  [
    'search',
    '/search/?q=file',
    async (page) => {
      await expect(page.locator('main .search-results a').first()).toBeVisible();
    },
  ],
  ['data', '/data/'],
  [
    '404',
    '/reply/550/',
    async (page) => {
      await expect(page.getByRole('link', { name: '550' })).toBeVisible();
    },
  ],
];

test.describe('axe on every page kind, light and dark, with its widgets open', () => {
  for (const [name, path, open] of kinds) {
    test(`${name} (${path})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      await open?.(page);
      expect(await violations(page), 'light').toEqual([]);
      // The same open state, in the dark scheme: colours are what changes.
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
        'rgb(18, 22, 27)',
      );
      expect(await violations(page), 'dark').toEqual([]);
    });
  }
});
