import { expect, test } from '@playwright/test';
import { sitemapPaths } from './helpers.ts';

// Issue 12, finding 1: a code page answers first. "What to do" starts within the first screen on a laptop and within
// one and a half screens on a phone, on every code page (one page, many gotos: about 10 s per size).
const codePages = sitemapPaths().filter((p) => /\/codes\/\d+\/$/.test(p));

const screens = [
  { name: 'laptop', width: 1280, height: 800, limit: 800 },
  { name: 'phone', width: 375, height: 740, limit: 1110 },
];

test.describe('code pages answer first', () => {
  test.describe.configure({ mode: 'parallel' });
  for (const s of screens) {
    test(`"What to do" starts above y = ${s.limit} at ${s.width}×${s.height} on every code page`, async ({ page }) => {
      test.setTimeout(120_000);
      expect(codePages.length).toBeGreaterThan(100);
      await page.setViewportSize({ width: s.width, height: s.height });
      const late: string[] = [];
      for (const path of codePages) {
        await page.goto(path, { waitUntil: 'domcontentloaded' });
        const box = await page.getByRole('heading', { level: 2, name: 'What to do', exact: true }).boundingBox();
        if (!box || box.y >= s.limit) late.push(`${path} y=${box ? Math.round(box.y) : 'none'}`);
      }
      expect(late).toEqual([]);
    });
  }

  test('the title is followed by the summary and a plain verdict: retry or not, and where the cause lies', async ({
    page,
  }) => {
    await page.goto('/codes/550/');
    const verdict = page.locator('dl.verdict');
    await expect(verdict.getByText('Retry?')).toBeVisible();
    await expect(verdict).toContainText('No, not until the cause is fixed.');
    await expect(verdict).toContainText('Likely cause');
    await expect(verdict).toContainText('a name, password or path you gave');
    await page.goto('/codes/421/');
    await expect(page.locator('dl.verdict')).toContainText('Yes, later');
    await expect(page.locator('dl.verdict')).toContainText('the server');
  });

  test('"What to do" lists the likely causes; a long page has jump links to the sections below', async ({ page }) => {
    await page.goto('/codes/550/');
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings.slice(0, 4)).toEqual([
      'What to do',
      'What servers send',
      'How your client reports it',
      'Meaning per RFC',
    ]);
    // The servers' messages are real texts with their source (vsftpd, ProFTPD, … at a tag).
    await expect(page.locator('#servers + .table-wrap table tbody tr').first()).toBeVisible();
    await expect(page.locator('main')).toContainText('CURLE_REMOTE_FILE_NOT_FOUND');
    await expect(page.getByRole('heading', { level: 3, name: 'Likely causes' })).toBeVisible();
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await toc.getByRole('link', { name: 'Where the RFCs differ' }).click();
    await expect(page).toHaveURL(/#differ$/);
    await expect(page.getByRole('heading', { name: 'Where the RFCs differ' })).toBeInViewport();
  });

  test('keywords are for search, not shown as aliases', async ({ page }) => {
    await page.goto('/codes/227/');
    await expect(page.getByText('Also known as')).toHaveCount(0);
    await expect(page.locator('main')).not.toContainText('Mode (;');
  });
});
