import { expect, test } from '@playwright/test';

const classes = ['1yz', '2yz', '3yz', '4yz', '5yz', '6yz'];
const categories = ['x0z', 'x1z', 'x2z', 'x3z', 'x4z', 'x5z'];

test.describe('class and category pages', () => {
  for (const id of classes) {
    test(`/classes/${id}/ says what it means, what a client does, and its source`, async ({ page }) => {
      await page.goto(`/classes/${id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(id);
      await expect(page.getByRole('heading', { name: 'What a client does next' })).toBeVisible();
      await expect(page.getByRole('link', { name: /^RFC (959|2228) §/ }).first()).toBeVisible();
    });
  }
  for (const id of categories) {
    test(`/categories/${id}/ lists its meaning, examples and source`, async ({ page }) => {
      await page.goto(`/categories/${id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(id);
      await expect(page.getByRole('heading', { name: 'Typical examples' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'RFC 959 §4.2' }).first()).toBeVisible();
    });
  }

  test('a citation links to the section anchor in the RFC text', async ({ page }) => {
    await page.goto('/classes/6yz/');
    await page.getByRole('link', { name: 'RFC 2228 §5.2' }).first().click();
    await expect(page).toHaveURL(/\/rfcs\/2228\/#section-5\.2$/);
    const target = page.locator('#section-5\\.2');
    await expect(target).toHaveCount(1);
  });
});

test.describe('404', () => {
  test('suggests the code page when the path holds three digits', async ({ page }) => {
    const response = await page.goto('/reply/550/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: '550' })).toHaveAttribute('href', '/codes/550/');
  });

  test('suggests only codes that have a page, and never throws on a malformed escape', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    for (const path of ['/reply/599/', '/reply/222/', '/reply/000/', '/reply/%E0%A4%A/599/']) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await expect(page.getByText('Looking for reply')).toBeHidden();
    }
    // The first three digits with a page win: 599 has none, 550 has one.
    await page.goto('/x/599/550/%E0%A4%A/');
    await expect(page.getByRole('link', { name: '550' })).toHaveAttribute('href', '/codes/550/');
    expect(errors).toEqual([]);
  });

  test('offers ways on for any other path, with a search for what it holds', async ({ page }) => {
    await page.goto('/nothing-here/');
    await expect(page.getByRole('link', { name: 'All reply codes' })).toBeVisible();
    await expect(page.getByText('Looking for reply')).toBeHidden();
    await page.goto('/nonsense');
    await expect(page.getByRole('link', { name: 'Search for “nonsense”' })).toHaveAttribute(
      'href',
      '/search/?q=nonsense',
    );
  });

  // Issue 12, finding 8: a code-shaped address says why it is not a code, or that it has no page yet, and links the
  // nearest codes that have one and a search for it.
  for (const { path, why, near } of [
    { path: '/codes/999/', why: '999 is not a reply code: the first digit of a reply code is 1 to 6.', near: '631' },
    { path: '/codes/570/', why: '570 is not a reply code: the second digit of a reply code is 0 to 5.', near: '555' },
    { path: '/codes/55/', why: '55 is not a reply code: a reply code has three digits.', near: '550' },
    { path: '/codes/5x0/', why: '5x0 is a pattern, not a reply code', near: '530' },
    {
      path: '/codes/558/',
      why: '558 is shaped like a reply code, but no RFC or server we know of uses it',
      near: '557',
    },
  ]) {
    test(`${path} says why it has no page and links the codes near it`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByText(why)).toBeVisible();
      await expect(page.getByRole('link', { name: near, exact: true })).toHaveAttribute('href', `/codes/${near}/`);
      const text = path.split('/')[2] ?? '';
      await expect(page.getByRole('link', { name: `Search for “${text}”` })).toBeVisible();
      expect(errors).toEqual([]);
    });
  }
});
