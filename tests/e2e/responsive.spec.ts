import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 320, height: 640 } });

for (const path of [
  '/',
  '/codes/550/',
  '/codes/',
  '/classes/5yz/',
  '/categories/x2z/',
  '/rfcs/',
  '/rfcs/959/',
  '/clients/',
  '/clients/curl/',
  '/servers/',
  '/servers/vsftpd-3.0/',
  '/search/',
  '/data/',
]) {
  test(`no horizontal scroll at 320 px: ${path}`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
