import { expect, test } from '@playwright/test';

test.describe('the codes table', () => {
  test('filters by class and by text, says how many rows are shown, and keeps the filters in the address', async ({
    page,
  }) => {
    await page.goto('/codes/');
    const rows = page.locator('table[data-codes] tbody tr:not([hidden])');
    const total = await rows.count();
    await page.getByRole('combobox', { name: 'First digit' }).selectOption('4yz');
    await expect(page.getByRole('status')).toContainText(`of ${total} codes shown`);
    const codes = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.code));
    expect(codes.length).toBeGreaterThan(3);
    expect(codes.every((c) => c?.startsWith('4'))).toBe(true);
    await page.getByRole('searchbox', { name: 'Search in table' }).fill('storage');
    await expect(rows.filter({ hasText: '452' })).toHaveCount(1);
    await expect(page).toHaveURL(/\/codes\/\?class=4yz&text=storage$|\/codes\/\?text=storage&class=4yz$/);
    // The address reopens the same view.
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'First digit' })).toHaveValue('4yz');
    await expect(page.getByRole('searchbox', { name: 'Search in table' })).toHaveValue('storage');
    await expect(rows.filter({ hasText: '452' })).toHaveCount(1);
    expect(await rows.count()).toBeLessThan(total);
  });

  test('codes in use come first; the historic ones are apart, closed, and open when a filter finds them', async ({
    page,
  }) => {
    await page.goto('/codes/');
    const inUse = await page
      .locator('#codes-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.status));
    expect(inUse).not.toContain('historic');
    const historic = page.locator('details[data-historic]');
    await expect(historic).not.toHaveAttribute('open', '');
    await expect(page.locator('#historic-table')).toBeHidden();
    await page.getByRole('combobox', { name: 'Status' }).selectOption('historic');
    await expect(historic).toHaveAttribute('open', '');
    await expect(page.locator('#historic-table tbody tr:not([hidden])').first()).toBeVisible();
  });

  test('on a phone the table fits: code, meaning and status, no sideways scroll, nothing wraps in a badge', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/codes/');
    const wrap = page.locator('.codes-wrap').first();
    const fits = await wrap.evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(fits).toBe(true);
    await expect(page.getByRole('columnheader', { name: 'Class' }).first()).toBeHidden();
    for (const cell of await page.locator('#codes-table .badge').all()) {
      const box = await cell.boundingBox();
      expect(box?.height ?? 0).toBeLessThan(30);
    }
    const sort = await page.locator('#codes-table').getByRole('button', { name: 'Code' }).boundingBox();
    expect(sort?.height ?? 0).toBeLessThan(30);
    // The first screen shows codes in use, not the 1970s ones.
    const first = await page.locator('#codes-table tbody tr').first().boundingBox();
    expect((first?.y ?? 9999) + (first?.height ?? 0)).toBeLessThan(740 * 1.5);
  });

  test('sorts by a column from the keyboard, with aria-sort', async ({ page }) => {
    await page.goto('/codes/');
    const codeHeader = page.getByRole('columnheader', { name: 'Code' });
    await expect(codeHeader).toHaveAttribute('aria-sort', 'ascending');
    await page.getByRole('button', { name: 'Code' }).focus();
    await page.keyboard.press('Enter');
    await expect(codeHeader).toHaveAttribute('aria-sort', 'descending');
    const first = await page.locator('#codes-table tbody tr').first().getAttribute('data-code');
    // (The historic table below sorts on its own.)
    const all = await page
      .locator('#codes-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Number((tr as HTMLElement).dataset.code)));
    expect(Number(first)).toBe(Math.max(...all));
    await page.getByRole('button', { name: 'Status' }).click();
    await expect(page.getByRole('columnheader', { name: 'Status' })).toHaveAttribute('aria-sort', 'ascending');
  });
});

test.describe('a code page', () => {
  test('reads in the fixed order and links onwards', async ({ page }) => {
    await page.goto('/codes/425/');
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings).toEqual([
      'What to do',
      'What servers send',
      'How your client reports it',
      'Meaning per RFC',
      'Details and format of the text',
      'Related codes',
      'Sources',
    ]);
    await expect(page.getByRole('link', { name: '4yz' }).first()).toBeVisible();
    await page
      .getByRole('link', { name: /RFC 959 §4\.2\.1/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/rfcs\/959\/#section-4\.2\.1$/);
    await expect(page.locator('#section-4\\.2\\.1')).toBeAttached();
  });

  test('a code page leads to the decoder from its navigation, and carries no form but search', async ({ page }) => {
    await page.goto('/codes/227/');
    await expect(page.getByRole('textbox', { name: 'Reply code' })).toHaveCount(0);
    await expect(page.getByRole('search')).toHaveCount(1);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decoder' }).click();
    await expect(page).toHaveURL(/\/decode\/$/);
  });

  test('a non-standard code is labelled as such', async ({ page }) => {
    await page.goto('/codes/430/');
    await expect(page.getByText('Non-standard', { exact: true })).toBeVisible();
    await expect(page.getByText(/No RFC defines this code/)).toBeVisible();
  });

  test('an RFC page lists its codes and links to them', async ({ page }) => {
    await page.goto('/rfcs/2428/');
    await expect(page.getByRole('link', { name: /^229 / })).toBeVisible();
    await expect(page.getByRole('link', { name: /^522 / })).toBeVisible();
  });
});
