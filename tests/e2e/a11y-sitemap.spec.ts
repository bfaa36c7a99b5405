import { expect, test } from '@playwright/test';
import { axeViolations, sitemapPaths, withAxe } from './helpers.ts';

// One quick pass of axe over every URL of the sitemap (the page kinds, open and in both schemes, are in a11y.spec.ts).
// One page visits URL after URL; the list is cut in two halves that two workers run side by side.
const paths = sitemapPaths();
const SHARDS = 2;

test('the sitemap lists the site', () => {
  expect(paths).toContain('/');
  expect(paths.length).toBeGreaterThan(20);
});

test.describe('axe on every URL of the sitemap', () => {
  test.describe.configure({ mode: 'parallel' });
  for (let shard = 0; shard < SHARDS; shard++) {
    const mine = paths.filter((_, i) => i % SHARDS === shard);
    test(`part ${shard + 1} of ${SHARDS} (${mine.length} URLs)`, async ({ page }) => {
      test.setTimeout(mine.length * 1_500);
      await withAxe(page);
      const problems: string[] = [];
      for (const path of mine) {
        await page.goto(path);
        problems.push(...(await axeViolations(page)).map((v) => `${path} ${v}`));
      }
      expect(problems).toEqual([]);
    });
  }
});
