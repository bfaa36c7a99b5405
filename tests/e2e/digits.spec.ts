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

  test('offers ways on for any other path', async ({ page }) => {
    await page.goto('/nothing-here/');
    await expect(page.getByRole('link', { name: 'All reply codes' })).toBeVisible();
    await expect(page.getByText('Looking for reply')).toBeHidden();
  });
});
