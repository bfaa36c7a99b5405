import { expect, test } from '@playwright/test';
import { PAGE_KINDS } from './helpers.ts';

test.use({ viewport: { width: 320, height: 640 } });

for (const path of PAGE_KINDS) {
  test(`no horizontal scroll at 320 px: ${path}`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test.describe('a compact header on a phone (#12 finding 5)', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  for (const path of ['/', '/codes/550/', '/search/']) {
    test(`one row, well under 240 px: ${path}`, async ({ page }) => {
      await page.goto(path);
      const header = await page.locator('.site-header').boundingBox();
      expect(header?.height).toBeLessThan(80);
      const brand = await page.locator('.brand').boundingBox();
      const menu = await page.getByText('Menu', { exact: true }).boundingBox();
      expect(brand && menu && Math.abs(brand.y + brand.height / 2 - (menu.y + menu.height / 2))).toBeLessThan(4);
    });
  }

  test('the search button opens the box over the row, its placeholder whole', async ({ page }) => {
    await page.goto('/codes/550/');
    const box = page.getByRole('searchbox', { name: 'Search codes' });
    await page.locator('.search-open').click();
    await expect(box).toBeFocused();
    const header = await page.locator('.site-header').boundingBox();
    const input = await box.boundingBox();
    expect(input && header && input.y + input.height <= header.y + header.height).toBe(true);
    expect(await placeholderFits(page)).toBe(true);
  });
});

/** Whether the header box shows its whole placeholder (text width against the box's content width). */
function placeholderFits(page: import('@playwright/test').Page): Promise<boolean> {
  return page.locator('#site-search').evaluate((el: HTMLInputElement) => {
    const s = getComputedStyle(el);
    const ctx = document.createElement('canvas').getContext('2d');
    if (!ctx) return false;
    ctx.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
    const room = el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
    return ctx.measureText(el.placeholder).width <= room;
  });
}

for (const width of [375, 800, 1100, 1280]) {
  test(`the nav has no item alone on a row at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/classes/5yz/');
    const menu = page.getByText('Menu', { exact: true });
    if (await menu.isVisible()) await menu.click();
    const tops = await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().top)));
    const rows = new Map<number, number>();
    for (const t of tops) rows.set(t, (rows.get(t) ?? 0) + 1);
    // One row, or a list with one link per row (the phone menu): never a row of several and a row of one.
    expect(rows.size === 1 || rows.size === tops.length, JSON.stringify([...rows])).toBe(true);
    if (width >= 1100) expect(await placeholderFits(page)).toBe(true);
  });
}
