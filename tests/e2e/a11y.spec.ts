import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { sitemapPaths } from './helpers.ts';

const paths = sitemapPaths();

test('the sitemap lists the site', () => {
  expect(paths).toContain('/');
  expect(paths.length).toBeGreaterThan(20);
});

test.describe('axe on every page of the sitemap', () => {
  for (const path of paths) {
    test(`axe: ${path}`, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

test.describe('axe in dark mode and with open widgets', () => {
  for (const path of ['/', '/codes/550/', '/classes/4yz/', '/codes/', '/search/']) {
    test(`axe dark: ${path}`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: 'dark' });
      const page = await context.newPage();
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
      await context.close();
    });
  }

  test('axe with search results and a decoder result open', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('textbox', { name: 'Reply code' }).fill('425');
    await expect(page.getByRole('status', { name: 'Result' })).toContainText('425');
    await page.getByRole('searchbox', { name: 'Search codes' }).fill('passive');
    await expect(page.locator('.site-header .search-results li').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

test('axe on the log decoder with a decoded session and a failure', async ({ page }) => {
  await page.goto('/decode/');
  await page.getByRole('textbox', { name: 'Code, reply or log' }).fill('220 hi\nUSER a\n331 pw\nPASS x\n530 Login incorrect.\n');
  await expect(page.getByRole('region', { name: 'Decoded session' })).toContainText('First failure');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
