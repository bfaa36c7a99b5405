import { expect, test } from '@playwright/test';
import { COMMAND_PAGE_SECTIONS } from '../../src/lib/reference/command-views.ts';

test.describe('the commands', () => {
  test('/commands/ lists the groups and the matrix in a focusable, named region', async ({ page }) => {
    await page.goto('/commands/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('FTP commands');
    for (const name of ['Access control', 'Transfer parameters', 'FTP service', 'Security'])
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    const region = page.getByRole('region', { name: /Replies per command/ });
    await expect(region).toHaveAttribute('tabindex', '0');
    const matrix = region.getByRole('table', { name: /Replies per command/ });
    await expect(matrix.getByRole('rowheader', { name: 'RETR', exact: true })).toBeVisible();
    const cell = matrix.getByRole('link', { name: 'RETR 150: Preliminary (1yz), RFC 959 §5.4' });
    await expect(cell).toHaveAttribute('href', /\/rfcs\/959\/#section-5\.4$/);
    expect(await matrix.locator('td a').count()).toBeGreaterThan(400);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect(region).toBeFocused();
  });

  test('the status filter works without a script', async ({ page }) => {
    await page.goto('/commands/');
    await page.getByRole('radio', { name: 'Non-standard' }).check();
    await expect(page.getByRole('link', { name: 'AVBL', exact: true }).first()).toBeVisible();
    await expect(page.locator('.cmd-list').getByRole('link', { name: 'RETR', exact: true })).toBeHidden();
  });

  test('a command page reads in the fixed order', async ({ page }) => {
    await page.goto('/commands/RETR/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('RETR: Retrieve a file');
    const ids = await page.locator('main h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids).toEqual(COMMAND_PAGE_SECTIONS.map((s) => s.id));
    await expect(page.locator('#replies ~ dl').first()).toContainText('Preliminary (1yz)');
    await expect(page.getByRole('link', { name: /^150 / }).first()).toHaveAttribute('href', /\/codes\/150\/$/);
  });

  test('every edge of a state diagram is drawn once, labelled, and listed in its table', async ({ page }) => {
    await page.goto('/commands/');
    for (const [id, edges] of [
      ['simple', 4],
      ['preliminary', 5],
      ['rename', 8],
      ['restart', 9],
      ['login', 14],
      ['general', 9],
    ] as const) {
      const figure = page.locator(`#diagram-${id}`);
      const svg = figure.getByRole('img');
      await expect(svg).toHaveAccessibleName(/RFC 959 state diagram/);
      await expect(svg.locator('path.edge-line')).toHaveCount(edges);
      await expect(figure.locator('tbody tr')).toHaveCount(edges);
      const labels = await svg
        .locator('g.edge')
        .evaluateAll((gs) =>
          gs.map((g) => [g.getAttribute('data-label'), g.querySelector('text')?.textContent ?? ''] as const),
        );
      for (const [label, text] of labels) expect(text.trim()).toBe(label);
    }
  });

  test('a code page links the commands it names', async ({ page }) => {
    await page.goto('/codes/550/');
    await page.getByRole('link', { name: 'RNFR', exact: true }).first().click();
    await expect(page).toHaveURL(/\/commands\/RNFR\/$/);
  });

  test('the header nav has Commands', async ({ page }) => {
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto('/commands/RETR/');
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Commands' }),
    ).toHaveAttribute('aria-current', 'page');
  });
});

test.describe('search finds commands', () => {
  for (const [words, path] of [
    ['RETR', '/commands/RETR/'],
    ['rename a file', '/commands/RNFR/'],
    ['resume a download', '/commands/REST/'],
    ['machine-readable listing', '/commands/MLSD/'],
  ] as const) {
    test(`"${words}" → ${path}`, async ({ page }) => {
      await page.goto('/');
      await page.getByRole('searchbox', { name: 'Search codes' }).fill(words);
      const results = page.locator('.site-header .search-results a');
      // The first word query of a browser loads Pagefind and an index chunk: slow on two busy cores.
      await expect(results.first()).toBeVisible({ timeout: 15_000 });
      await expect.poll(() => results.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain(path);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a command page and the matrix are complete', async ({ page }) => {
    await page.goto('/commands/RNFR/');
    await expect(page.getByRole('heading', { level: 2, name: 'Replies by stage' })).toBeVisible();
    await expect(page.getByRole('img', { name: /The rename sequence/ })).toBeVisible();
    await page.goto('/commands/');
    await expect(page.getByRole('table', { name: /Replies per command/ })).toBeVisible();
  });
});
