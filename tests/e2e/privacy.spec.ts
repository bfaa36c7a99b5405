/**
 * Nothing pasted leaves the browser (issue 11). Every test records every request the page makes (URL, headers — the
 * Referer included — and body) and everything written to the clipboard or downloaded, and fails if a pasted secret is
 * in any of them, in the address bar or in the history. Without JS, or before the decoder's script has loaded, no key
 * or button sends or loses what was typed.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { siteHeaders } from '../../src/node/headers.ts';
import { bigFileZillaLog } from '../fixtures/big-log.ts';

interface Seen {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Every request of the page and of any page it opens from now on. */
function record(context: BrowserContext): Seen[] {
  const seen: Seen[] = [];
  context.on('request', (r) => {
    seen.push({ url: r.url(), headers: r.headers(), body: r.postData() ?? '' });
  });
  return seen;
}

const decoded = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};
/** The requests that carry any of the secrets, anywhere. */
const leaks = (seen: Seen[], secrets: readonly string[]) =>
  seen.filter((r) => {
    const all = decoded([r.url, ...Object.values(r.headers), r.body].join('\n'));
    return secrets.some((s) => all.includes(s));
  });

/** A share link's text, read back the way the page reads it (fragment → deflate-raw → text). */
function fromLink(page: Page, link: string): Promise<string> {
  return page.evaluate(async (hash) => {
    const q = new URLSearchParams(hash.replace(/^#/, '')).get('q') ?? '';
    const bin = atob(q.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Response(stream).text();
  }, new URL(link).hash);
}

// Passwords in every shape the probe found kept: lower case, quotes, a URL's user:password@.
const SECRETS = ['pw-lower-7Hq', `pw'quote"9Zx`, 'pw-url-4Kd', 'acct-secret-2Mv'];
const LOG = [
  '* Connected to ftp.acme-corp.de (203.0.113.77) port 21 (#0)',
  '< 220 (vsFTPd 3.0.3)',
  '> USER jdoe',
  '< 331 Please specify the password.',
  `> pass ${SECRETS[0]}`,
  '< 530 Login incorrect.',
  '> USER jdoe',
  '< 331 Please specify the password.',
  `> Pass ${SECRETS[1]}`,
  '< 230 Login successful.',
  `> acct ${SECRETS[3]}`,
  '< 202 Command not implemented, superfluous at this site.',
  `* Trying ftp://jdoe:${SECRETS[2]}@ftp.acme-corp.de/reports/q3.pdf`,
  '> CWD /home/jdoe/reports',
  '< 250 Directory successfully changed.',
  '> RETR q3-salaries.pdf',
  '< 550 Failed to open file.',
  'curl: (78) RETR response: 550',
].join('\n');
/** What "hide everything" must take out of every copy, besides the passwords. */
const IDENTIFYING = ['acme-corp', '203.0.113.77', 'jdoe', 'q3-salaries', '/home/'];

test.describe('with JavaScript', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });

  test('decode, share panel, every copy, a download and a code link: no secret in any request or copy', async ({
    page,
    context,
  }) => {
    const seen = record(context);
    await page.goto('/decode/');
    const historyBefore = await page.evaluate(() => history.length);
    await page.getByRole('textbox', { name: 'Code, reply or log' }).fill(LOG);
    const result = page.getByRole('region', { name: 'Decoded session' });
    await expect(result.getByRole('heading', { name: /First failure:/ })).toContainText('530');
    for (const s of SECRETS) await expect(result).not.toContainText(s);

    // The panel says what the text holds before anything is copied.
    await page.getByRole('button', { name: 'Share or copy…' }).click();
    const panel = page.locator('#share-panel');
    await expect(panel.getByRole('heading', { name: 'Before you share' })).toBeFocused();
    await expect(panel).toContainText('1 host name: ftp.acme-corp.de');
    await expect(panel).toContainText('1 address: 203.0.113.77');
    await expect(panel).toContainText('1 user name: jdoe');
    await expect(panel).toContainText('paths and file names');

    const clipboard: string[] = [];
    const copy = async (name: string, status: string) => {
      await panel.getByRole('button', { name }).click();
      await expect(page.getByRole('status').filter({ hasText: status })).toBeVisible();
      clipboard.push(await page.evaluate(() => navigator.clipboard.readText()));
    };
    // First as it is (passwords masked), then with every kind hidden.
    await copy('Copy link', 'Share link copied');
    const plainLink = clipboard[0] ?? '';
    expect(new URL(plainLink).search).toBe('');
    expect(await fromLink(page, plainLink)).toContain('ftp.acme-corp.de');
    for (const label of ['Host names', 'Addresses', 'User names', 'Paths and file names'])
      await panel.getByRole('checkbox', { name: new RegExp(label) }).check();
    await copy('Copy link', 'Share link copied');
    await copy('Copy as text', 'copied as text');
    await copy('Copy as Markdown', 'copied as Markdown');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download as a file' }).click(),
    ]);
    const file = readFileSync(await download.path(), 'utf8');

    const hiddenLink = clipboard[1] ?? '';
    const shared = [...clipboard, await fromLink(page, plainLink), await fromLink(page, hiddenLink), file];
    for (const text of shared) for (const s of SECRETS) expect(text).not.toContain(s);
    for (const text of [...clipboard.slice(1), await fromLink(page, hiddenLink), file])
      for (const s of IDENTIFYING) expect(text).not.toContain(s);
    expect(file).toContain('> pass ****');
    // The hidden log still decodes to the same failure.
    expect(clipboard[2]).toContain('First failure: reply 530');

    // Copying changed neither the address bar nor the history.
    expect(page.url()).not.toContain('#q=');
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);

    // Following a code link from the result: the next page learns nothing (no Referer, no text in its address).
    await result.getByRole('link', { name: '550' }).first().click();
    await expect(page).toHaveURL(/\/codes\/550\/$/);
    const codePage = seen.find((r) => r.url.endsWith('/codes/550/'));
    expect(codePage?.headers.referer).toBeUndefined();
    expect(leaks(seen, [...SECRETS, ...IDENTIFYING])).toEqual([]);
  });

  test('a 5 MB log opened as a file or pasted: no request carries it, and the share panel offers no link', async ({
    page,
    context,
  }) => {
    const seen = record(context);
    const user = 'biglog-user-7f3a9c';
    const log = bigFileZillaLog(5_000_000, user);
    await page.goto('/decode/');
    await expect(page.locator('[data-island="log"][data-ready]')).toHaveCount(1);
    await page.getByLabel('Open a file…').setInputFiles({
      name: 'session.log',
      mimeType: 'text/plain',
      buffer: Buffer.from(log),
    });
    const result = page.getByRole('region', { name: 'Decoded session' });
    await expect(result.getByRole('heading', { name: /First failure:/ })).toContainText('530', { timeout: 20_000 });
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByRole('textbox', { name: 'Code, reply or log' }).evaluate((field, content) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', content);
      field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, log);
    await expect(page.getByText(/Decod(ing|ed) the pasted text/)).toBeVisible();
    await expect(result).not.toHaveAttribute('aria-busy', 'true', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Share or copy…' }).click();
    const panel = page.locator('#share-panel');
    await expect(panel).toContainText('far too long for a link');
    await expect(panel.getByRole('button', { name: 'Copy link' })).toBeDisabled();
    expect(page.url()).not.toContain('#q=');
    expect(leaks(seen, [user])).toEqual([]);
    // What was requested at all: files of the site, fetched by name (the worker, the what-to-do texts).
    expect(seen.filter((r) => r.body !== '' || new URL(r.url).search !== '')).toEqual([]);
  });

  test('an old ?q= link is rewritten to #q= at once, with the password masked', async ({ page, context }) => {
    const seen = record(context);
    await page.goto(`/decode/?q=${encodeURIComponent(`USER bob\npass ${SECRETS[0]}\n530 no`)}`);
    await expect(page).toHaveURL(/\/decode\/#q=[\w-]+$/);
    expect(await fromLink(page, page.url())).toContain('pass ****');
    await expect(page.getByRole('region', { name: 'Decoded session' })).toContainText('530');
    // Only the first request (the old link itself) carried it: nothing after.
    expect(leaks(seen.slice(1), SECRETS)).toEqual([]);
  });

  test('Decode pressed before the script has loaded: the text stays, nothing is sent, then it decodes', async ({
    page,
    context,
  }) => {
    const seen = record(context);
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/log\.[\w-]+\.js$/, async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto('/decode/', { waitUntil: 'domcontentloaded' });
    const box = page.getByRole('textbox', { name: 'Code, reply or log' });
    await box.fill(LOG);
    await page.getByRole('button', { name: 'Decode' }).click();
    await box.press('Control+Enter');
    expect(new URL(page.url()).search).toBe('');
    await expect(box).toHaveValue(LOG);
    release();
    await expect(page.getByRole('region', { name: 'Decoded session' })).toContainText('First failure');
    await expect(box).toHaveValue(LOG);
    expect(leaks(seen, SECRETS)).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/decode/: Decode and Enter send nothing, keep the text, and the page says JavaScript is needed', async ({
    page,
    context,
  }) => {
    const seen = record(context);
    await page.goto('/decode/');
    const box = page.getByRole('textbox', { name: 'Code, reply or log' });
    await box.fill(LOG);
    await page.getByRole('button', { name: 'Decode' }).click();
    await page.getByRole('combobox', { name: 'Read as' }).press('Enter');
    await expect(box).toHaveValue(LOG);
    expect(seen.filter((r) => r.url.includes('/decode/'))).toHaveLength(1);
    expect(leaks(seen, SECRETS)).toEqual([]);
    // Playwright's text locators skip <noscript>; the served page holds the note.
    expect(await page.content()).toContain('needs JavaScript; without it nothing you paste is decoded or sent');
  });

  test('home: the small decoder sends nothing typed, keeps it, and says JavaScript is needed', async ({
    page,
    context,
  }) => {
    const seen = record(context);
    await page.goto('/');
    const box = page.getByRole('textbox', { name: 'Reply code' });
    await box.fill('550 secret-home-text');
    await box.press('Enter');
    await page.getByRole('button', { name: 'Explain' }).click();
    await expect(box).toHaveValue('550 secret-home-text');
    expect(leaks(seen, ['secret-home-text'])).toEqual([]);
    expect(page.url()).not.toContain('secret-home-text');
    expect(await page.content()).toContain('needs JavaScript; nothing you type is sent');
  });
});

test('home with JavaScript: the small decoder explains in place and sends nothing typed', async ({ page, context }) => {
  const seen = record(context);
  await page.goto('/');
  const box = page.getByRole('textbox', { name: 'Reply code' });
  await box.fill('550 secret-live-text');
  const result = page.getByRole('status', { name: 'Result' });
  await expect(result).toContainText('550');
  await box.press('Enter');
  await expect(result).toContainText('secret-live-text');
  expect(leaks(seen, ['secret-live-text'])).toEqual([]);
  expect(page.url()).not.toContain('secret-live-text');
});

test('npm start sends the headers of public/_headers (the deployment guide’s), and 404 with status 404', async ({
  request,
}) => {
  const expected = siteHeaders();
  expect(Object.keys(expected)).toEqual(
    expect.arrayContaining(['content-security-policy', 'referrer-policy', 'x-content-type-options']),
  );
  for (const path of ['/', '/decode/', '/codes/550/', '/no-such-page/']) {
    const response = await request.get(path);
    expect(response.status()).toBe(path === '/no-such-page/' ? 404 : 200);
    const headers = response.headers();
    for (const [name, value] of Object.entries(expected)) expect(headers[name], `${path} ${name}`).toBe(value);
  }
});

test('no page can be framed by another site (frame-ancestors), and none navigates off-site from /theme/', async ({
  page,
}) => {
  const response = await page.goto('/theme/?set=system&back=/..//evil.example/');
  expect(response?.status()).toBe(404);
  expect(new URL(page.url()).host).toBe(new URL(response?.url() ?? page.url()).host);
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});
