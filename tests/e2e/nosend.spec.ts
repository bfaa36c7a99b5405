import { expect, test, type Page, type Request } from '@playwright/test';

/** Every request the page makes, with its URL and body, to check that nothing typed leaves the browser. */
function record(page: Page): Request[] {
  const seen: Request[] = [];
  page.on('request', (r) => seen.push(r));
  return seen;
}
const carries = (requests: Request[], secret: string) =>
  requests.filter((r) => decodeURIComponent(r.url()).includes(secret) || (r.postData() ?? '').includes(secret));

test.describe('no form sends what is typed (JavaScript off)', () => {
  test.use({ javaScriptEnabled: false });

  test('/decode/: pressing Decode sends no pasted text and says JavaScript is needed', async ({ page }) => {
    await page.goto('/decode/');
    const requests = record(page);
    await page.getByRole('textbox', { name: 'Code, reply or log' }).fill('USER alice\nPASS s3cret-nojs\n530 no');
    await page.getByRole('button', { name: 'Decode' }).click();
    await page.waitForLoadState('load');
    expect(carries(requests, 's3cret-nojs')).toEqual([]);
    expect(page.url()).not.toContain('s3cret');
    expect(new URL(page.url()).searchParams.has('q')).toBe(false);
    // Playwright's text locators skip <noscript>; the served page holds the note.
    expect(await page.content()).toContain('needs JavaScript; without it nothing you paste is decoded or sent');
  });

  test('home: the small decoder sends nothing typed and says JavaScript is needed', async ({ page }) => {
    await page.goto('/');
    const requests = record(page);
    const box = page.getByRole('textbox', { name: 'Reply code' });
    await box.fill('550 secret-home-text');
    await box.press('Enter');
    await page.waitForLoadState('load');
    expect(carries(requests, 'secret-home-text')).toEqual([]);
    expect(page.url()).not.toContain('secret-home-text');
    expect(await page.content()).toContain('needs JavaScript; nothing you type is sent');
  });
});

test('home with JavaScript: the small decoder explains in place and sends nothing typed', async ({ page }) => {
  await page.goto('/');
  const requests = record(page);
  const box = page.getByRole('textbox', { name: 'Reply code' });
  await box.fill('550 secret-live-text');
  const result = page.getByRole('status', { name: 'Result' });
  await expect(result).toContainText('550');
  await box.press('Enter');
  await expect(result).toContainText('secret-live-text');
  expect(carries(requests, 'secret-live-text')).toEqual([]);
  expect(page.url()).not.toContain('secret-live-text');
});
