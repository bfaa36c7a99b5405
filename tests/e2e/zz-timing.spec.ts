import { test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
test('timing', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of ['/codes/550/', '/codes/421/', '/classes/4yz/', '/rfcs/959/', '/data/', '/codes/227/']) {
    const t0 = Date.now();
    await page.goto(path);
    const t1 = Date.now();
    await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const t2 = Date.now();
    console.log(path, 'goto', t1 - t0, 'axe', t2 - t1);
  }
});
