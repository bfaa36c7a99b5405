import { expect, test, type Page } from '@playwright/test';

// Issue 12, finding 7: the unfinished look. Positions by bounding box, colours and styles as the browser computes them.

/** [r, g, b] of a computed colour ("rgb(11, 92, 173)"). */
const rgb = (css: string) => (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);

const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`no box for ${selector}`);
  return b;
};

test.describe('focus', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the focus ring of an input is blue, not the red of an error, and at least 2 px (${scheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/codes/550/');
      const input = page.getByRole('searchbox');
      await input.focus();
      const { color, width } = await input.evaluate((el) => {
        const s = getComputedStyle(el);
        return { color: s.outlineColor, width: s.outlineWidth };
      });
      const [r = 0, , b = 0] = rgb(color);
      expect(b, color).toBeGreaterThan(r);
      expect(parseFloat(width)).toBeGreaterThanOrEqual(2);
    });
  }
});

test.describe('definition lists', () => {
  for (const path of ['/classes/5yz/', '/rfcs/959/']) {
    test(`${path}: each term is bold with its description beside it, not indented under it`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(path);
      const dt = page.locator('main dl dt').first();
      const dd = page.locator('main dl dd').first();
      expect(Number(await dt.evaluate((el) => getComputedStyle(el).fontWeight))).toBeGreaterThanOrEqual(600);
      const [t, d] = [await dt.boundingBox(), await dd.boundingBox()];
      expect(Math.abs((t?.y ?? 0) - (d?.y ?? 1e9))).toBeLessThan(4);
      expect(d?.x ?? 0).toBeGreaterThan((t?.x ?? 0) + (t?.width ?? 0));
    });
  }
});

test('citations never break inside their name, on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  for (const path of ['/rfcs/959/', '/codes/550/', '/codes/227/', '/classes/5yz/']) {
    await page.goto(path);
    const broken = await page
      .locator('main a')
      .filter({ hasText: /^\s*RFC \d+ (§|page|Appendix)/ })
      .evaluateAll((links) => links.filter((a) => a.getClientRects().length > 1).map((a) => a.textContent.trim()));
    expect(broken, path).toEqual([]);
  }
});

test('/categories/x2z/ lists each code once: the typical examples are not repeated below', async ({ page }) => {
  await page.goto('/categories/x2z/');
  await expect(page.getByRole('heading', { name: 'Typical examples' })).toBeVisible();
  const links = await page
    .locator('main a[href*="/codes/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links.length).toBeGreaterThan(10);
  expect(links.filter((h, i) => links.indexOf(h) !== i)).toEqual([]);
});

test.describe('RFC text', () => {
  test('on a phone it scrolls sideways, shows that it does, and takes the keyboard', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/rfcs/959/');
    const pre = page.locator('pre.rfc-text');
    const s = await pre.evaluate((el) => ({
      overflows: el.scrollWidth > el.clientWidth,
      overflowX: getComputedStyle(el).overflowX,
      background: getComputedStyle(el).backgroundImage,
      right: el.getBoundingClientRect().right,
    }));
    expect(s.overflows).toBe(true);
    expect(s.overflowX).toBe('auto');
    expect(s.background).toContain('gradient');
    expect(s.right).toBeLessThanOrEqual(375);
    await expect(pre).toHaveAttribute('tabindex', '0');
  });

  test("a citation's section is highlighted on arrival", async ({ page }) => {
    await page.goto('/classes/6yz/');
    await page.getByRole('link', { name: 'RFC 2228 §5.2' }).first().click();
    await expect(page).toHaveURL(/#section-5\.2$/);
    const target = page.locator('#section-5\\.2');
    const b = await target.boundingBox();
    expect(b?.width ?? 0).toBeGreaterThan(200);
    expect(b?.height ?? 0).toBeGreaterThan(10);
    expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await expect(target).toBeInViewport();
  });
});

test.describe('one grid', () => {
  test('home: the digit cards, the text and the decoder box share the left edge; text and boxes one width', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    const h1 = await box(page, 'main h1');
    const lede = await box(page, 'main .lede');
    const cards = await box(page, 'main .anatomy');
    const decoder = await box(page, 'main .decoder');
    for (const b of [lede, cards, decoder]) expect(Math.abs(b.x - h1.x)).toBeLessThan(1);
    expect(Math.abs(decoder.x + decoder.width - (lede.x + lede.width))).toBeLessThan(1);
  });

  test('a code page: rules, lists and paragraphs end at the same right edge', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/codes/550/');
    const rights = await page
      .locator('main > p, main > ul, main > dl, main .meaning')
      .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().right)));
    expect(rights.length).toBeGreaterThan(5);
    expect(new Set(rights).size).toBe(1);
  });

  test('breadcrumbs: the same gap on both sides of each separator', async ({ page }) => {
    for (const path of ['/codes/550/', '/classes/5yz/']) {
      await page.goto(path);
      const gaps = await page.locator('.crumbs li + li').evaluateAll((items) =>
        items.map((li) => {
          const prev = li.previousElementSibling?.getBoundingClientRect().right ?? 0;
          const left = li.getBoundingClientRect().left;
          // The separator is drawn by ::before: measure its glyph alone, then where the item's own content starts.
          const probe = document.createElement('span');
          probe.textContent = '›';
          li.prepend(probe);
          const sep = probe.getBoundingClientRect().width;
          probe.remove();
          const range = document.createRange();
          range.selectNodeContents(li);
          return { before: left - prev, after: range.getBoundingClientRect().left - left - sep };
        }),
      );
      for (const g of gaps) expect(Math.abs(g.before - g.after), `${path} ${JSON.stringify(g)}`).toBeLessThan(2);
    }
  });
});

test('the home page has a plain name in the navigation', async ({ page }) => {
  await page.goto('/codes/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'How codes work' })).toHaveAttribute('href', '/');
  await expect(nav).not.toContainText('Anatomy');
});
