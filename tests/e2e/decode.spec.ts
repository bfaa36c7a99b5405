import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { filezillaLog, wireLines, winscpLog } from '../fixtures/wire.ts';
import { bigFileZillaLog } from '../fixtures/big-log.ts';

const capture = (path: string) => readFileSync(`tests/fixtures/captures/${path}/client.txt`, 'utf8');

async function paste(page: Page, text: string) {
  await page.goto('/decode/');
  const box = page.getByRole('textbox', { name: 'Code, reply or log' });
  await box.fill(text);
  return box;
}

test.describe('the log decoder', () => {
  for (const [path, format, code] of [
    ['vsftpd/curl-missing-file', 'curl', 550],
    ['vsftpd/lftp-login-fail', 'lftp', 530],
    ['proftpd/ftplib2-missing-file', 'ftplib', 550],
    ['pure-ftpd/raw-perm-denied', 'raw', 550],
    ['vsftpd/tnftp-missing-file', 'BSD ftp', 550],
  ] as const) {
    test(`decodes a real ${format} capture (${path}) and highlights the first failure`, async ({ page }) => {
      await paste(page, capture(path));
      const result = page.getByRole('region', { name: 'Decoded session' });
      await expect(result).toContainText(/Read as .*\(detected\)/);
      await expect(result.getByRole('heading', { name: /First failure:/ })).toContainText(String(code));
      await expect(result.locator('.exchange.failing')).toHaveCount(1);
      await expect(result.locator('.exchange.failing')).toContainText(String(code));
    });
  }

  for (const [name, build] of [
    ['FileZilla message log', (dir: string) => filezillaLog(wireLines(dir), 1)],
    ['WinSCP session log', (dir: string) => winscpLog(wireLines(dir))],
  ] as const) {
    test(`decodes a ${name} (CONSTRUCTED from a real capture's wire) with its failure`, async ({ page }) => {
      await paste(page, build('tests/fixtures/captures/proftpd/raw-login-fail'));
      const result = page.getByRole('region', { name: 'Decoded session' });
      await expect(result).toContainText(name.split(' ')[0] ?? '');
      await expect(result.getByRole('heading', { name: /First failure:/ })).toContainText('530');
    });
  }

  test('masks the password in the result and in the share link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await paste(page, capture('vsftpd/curl-login-ok'));
    const result = page.getByRole('region', { name: 'Decoded session' });
    await expect(result).toContainText('PASS ****');
    await expect(result).not.toContainText('s3cret-pw');
    await page.getByRole('button', { name: 'Share or copy…' }).click();
    await page.locator('#share-panel').getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Share link copied' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/decode\/#q=[\w-]+$/);
    expect(new URL(link).search).toBe('');
    expect(link).not.toContain('s3cret-pw');
    // Copying leaves the address bar alone: the text is in no query and in no history entry.
    expect(new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).hash).toBe('');
    // The link reproduces the decode.
    await page.goto('about:blank');
    await page.goto(link);
    await expect(page.getByRole('region', { name: 'Decoded session' })).toContainText('230');
    await expect(page.getByRole('textbox', { name: 'Code, reply or log' })).toHaveValue(/PASS \*\*\*\*/);
  });

  test('hostile text stays inert text', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const hostile = [
      '220 <script>window.__pwned = 1</script> ready',
      'USER <img src=x onerror="window.__pwned = 2">',
      '530 </textarea><b id="injected">x</b> javascript:alert(1)',
    ].join('\n');
    const box = await paste(page, hostile);
    const result = page.getByRole('region', { name: 'Decoded session' });
    await expect(result).toContainText('<script>window.__pwned = 1</script>');
    await expect(result).toContainText('<img src=x onerror=');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator('#injected')).toHaveCount(0);
    await expect(page.locator('main img')).toHaveCount(0);
    await expect(box).toHaveValue(hostile);
    expect(dialogs).toBe(0);
  });

  test('a too-big paste gets a clear message and the text is kept', async ({ page }) => {
    await page.goto('/decode/');
    const box = page.getByRole('textbox', { name: 'Code, reply or log' });
    const big = `220 ready\n${'x'.repeat(5 * 1024 * 1024 + 10)}`;
    await box.evaluate((el, text) => {
      (el as HTMLTextAreaElement).value = text;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, big);
    // Measuring 5 MB takes a moment on a busy machine.
    await expect(page.getByRole('region', { name: 'Decoded session' })).toContainText(
      'the decoder reads up to 5.0 MB. Your text is kept',
      { timeout: 15_000 },
    );
    expect(await box.evaluate((el) => (el as HTMLTextAreaElement).value.length)).toBe(big.length);
  });

  test('decoding sends nothing pasted over the network', async ({ page }) => {
    await page.goto('/decode/');
    await page.waitForLoadState('networkidle');
    const requests: { url: string; method: string; body: string | null }[] = [];
    page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
    await page.getByRole('textbox', { name: 'Code, reply or log' }).fill(capture('proftpd/raw-login-fail'));
    await expect(page.getByRole('region', { name: 'Decoded session' })).toContainText('530');
    // The first failure's advice ends with the code's what-to-do text, fetched for it.
    await expect(page.getByRole('note')).toContainText('Check the user name and password (case, keyboard layout');
    // The only requests: static files fetched once, with nothing added — the what-to-do texts (on the first failure),
    // the servers' messages and their matcher (once there is something to decode). Besides them, the decoder's Web
    // Worker: a file of the site, fetched by its name only. Chunk names lose their hash.
    const seen = () =>
      requests
        .filter((r) => !/^\/_astro\/decode-worker-[\w-]+\.js$/.test(new URL(r.url).pathname))
        .map((r) => [
          r.method,
          new URL(r.url).pathname.replace(/[.-][\w-]+\.js$/, '.js') + new URL(r.url).search,
          r.body,
        ])
        .sort();
    await expect(page.getByText('Server: ProFTPD (from the greeting)')).toBeVisible();
    expect(seen()).toEqual([
      ['GET', '/_astro/server.js', null],
      ['GET', '/data/actions.json', null],
      ['GET', '/data/servers.json', null],
    ]);
    await page.getByRole('textbox', { name: 'Code, reply or log' }).fill(capture('proftpd/raw-perm-denied'));
    await expect(page.getByRole('note')).toContainText('Do not retry the same command unchanged');
    expect(seen()).toHaveLength(3);
  });

  test('works with the keyboard only', async ({ page }) => {
    await page.goto('/decode/');
    await expect(page.locator('[data-island="log"][data-ready]')).toHaveCount(1);
    await page.getByRole('textbox', { name: 'Code, reply or log' }).focus();
    await page.keyboard.insertText('220 hi\r\nUSER a\r\n331 pw?\r\nPASS secret\r\n530 Login incorrect.\r\n');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'Read as' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const failure = page.getByRole('link', { name: 'Show it in the session' });
    await failure.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#x-\d+$/);
    // The list of exchanges is walked with the arrow keys.
    const first = page.locator('.exchanges > li').first();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.exchanges > li').nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(page.locator('.exchanges > li').last()).toBeFocused();
    await page.keyboard.press('Home');
    await expect(first).toBeFocused();
    await expect(page.getByRole('region', { name: 'Decoded session' })).not.toContainText('secret');
  });

  test('links a code only to a page that exists', async ({ page }) => {
    await paste(page, '220 ready\nNOOP\n222 odd\nNOOP\n000 zero\nRETR x\n599 odd\nRETR y\n550 gone');
    const result = page.getByRole('region', { name: 'Decoded session' });
    await expect(result.locator('.reply')).toHaveCount(5);
    await expect(result.locator('a[href$="/codes/550/"]').first()).toBeVisible();
    await expect(result.locator('a[href$="/codes/220/"]')).toHaveCount(1);
    for (const code of ['222', '000', '599', '0', '22'])
      await expect(result.locator(`a[href$="/codes/${code}/"]`)).toHaveCount(0);
    await expect(result.locator('.reply-head', { hasText: '599' })).toBeVisible();
  });

  test("names the server and shows a known server message's condition and fix, softly, with a link", async ({
    page,
  }) => {
    await paste(page, capture('vsftpd/curl-login-fail'));
    const result = page.getByRole('region', { name: 'Decoded session' });
    await expect(result.getByText('Server: vsftpd 3.0.3 (from the greeting)')).toBeVisible();
    const known = result
      .locator('.reply')
      .filter({ hasText: '530 Login incorrect.' })
      .first()
      .locator('.server-message');
    await expect(known).toContainText('vsftpd sends this.');
    await expect(known).toContainText('Fix: ');
    await expect(known.getByRole('link', { name: 'Read more on the vsftpd page' })).toHaveAttribute(
      'href',
      /^\/servers\/vsftpd-3\.0\/#fx-530-login-incorrect$/,
    );
  });

  test('a reply the RFCs do not allow for its command is said softly, as information', async ({ page }) => {
    await paste(
      page,
      '220 hi\r\nUSER a\r\n331 p\r\nPASS b\r\n230 ok\r\nPORT 127,0,0,1,4,1\r\n227 Entering Passive Mode\r\n',
    );
    const result = page.getByRole('region', { name: 'Decoded session' });
    const note = result.getByText('RFC 959 §5.4 lists 200, 500, 501, 421, 530 for PORT; 227 is not among them.');
    await expect(note).toBeVisible();
    await expect(note).toHaveClass(/muted/);
    await expect(result).not.toContainText('warning');
  });

  test('a bare code and a multi-line reply', async ({ page }) => {
    await paste(page, '425');
    await expect(page.getByRole('region', { name: 'Decoded session' })).toContainText('425');
    await paste(page, '211-Features:\r\n MDTM\r\n SIZE\r\n211 End\r\n');
    const result = page.getByRole('region', { name: 'Decoded session' });
    await expect(result.locator('.reply')).toHaveCount(1);
    await expect(result.locator('.reply pre')).toHaveText('211-Features:\n MDTM\n SIZE\n211 End');
  });
});

test.describe('odd bytes in the share link and the box', () => {
  test('NUL, invalid UTF-8, bidi and zero-width characters decode without harm', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // %FF is not UTF-8; %00 is NUL; U+202E reverses text; U+200B is invisible.
    await page.goto('/decode/?q=220%20ok%FF%00%0D%0AUSER%20%E2%80%AEevil%E2%80%8B%0D%0A530%20no%0D%0A');
    const result = page.getByRole('region', { name: 'Decoded session' });
    await expect(result).toContainText('530');
    await expect(result).toContainText('\u202eevil\u200b');
    await expect(page.getByRole('textbox', { name: 'Code, reply or log' })).toHaveValue(/\uFFFD/);
    expect(errors).toEqual([]);
    // An old ?q= link is rewritten at once: the text leaves the query for the fragment.
    expect(new URL(page.url()).search).toBe('');
    expect(page.url()).toMatch(/\/decode\/#q=[\w-]+$/);
  });

  test('a #q= link from an old ?q= link reopens the same decode', async ({ page }) => {
    await page.goto('/decode/?q=220%20ready%0D%0ARETR%20x%0D%0A550%20gone%0D%0A&format=raw');
    await expect(page).toHaveURL(/\/decode\/#q=[\w-]+&f=raw$/);
    const rewritten = page.url();
    await page.goto('/');
    await page.goto(rewritten);
    const result = page.getByRole('region', { name: 'Decoded session' });
    await expect(result.getByRole('heading', { name: /First failure:/ })).toContainText('550');
    await expect(page.getByRole('textbox', { name: 'Code, reply or log' })).toHaveValue(
      /^220 ready\r?\nRETR x\r?\n550 gone/,
    );
    await expect(page.getByRole('combobox', { name: 'Read as' })).toHaveValue('raw');
  });

  test('a javascript: URL in a log never becomes a link', async ({ page }) => {
    await page.goto('/decode/');
    await page
      .getByRole('textbox', { name: 'Code, reply or log' })
      .fill('550 see javascript:alert(1) and <a href="javascript:alert(2)">x</a>');
    const result = page.getByRole('region', { name: 'Decoded session' });
    await expect(result).toContainText('javascript:alert(1)');
    await expect(result.locator('a[href^="javascript:"]')).toHaveCount(0);
  });
});

test('a log too long for a share link says so, and offers the log as a file instead', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/decode/');
  const long = Array.from({ length: 4000 }, (_, i) => `200 NOOP number ${i} ok`).join('\n');
  // A paste, as the browser delivers it: one input event (Playwright's fill types large text slowly).
  await page.getByRole('textbox', { name: 'Code, reply or log' }).evaluate((el, text) => {
    (el as HTMLTextAreaElement).value = text;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, long);
  await expect(page.locator('.exchanges > li').first()).toBeVisible();
  await page.getByRole('button', { name: 'Share or copy…' }).click();
  const panel = page.locator('#share-panel');
  await expect(panel).toContainText('many servers refuse links over 8,000');
  await expect(panel.getByRole('button', { name: 'Copy link' })).toBeDisabled();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Download as a file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('ftp-log.txt');
  expect(readFileSync(await download.path(), 'utf8')).toBe(long);
});

test('the share panel follows the keyboard: it opens focused, Escape closes it and focus returns', async ({ page }) => {
  await paste(page, '220 ready\nUSER bob\n331 pw\nPASS x\n530 no');
  await expect(page.getByRole('region', { name: 'Decoded session' })).toContainText('530');
  const opener = page.getByRole('button', { name: 'Share or copy…' });
  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(opener).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('heading', { name: 'Before you share' })).toBeFocused();
  await expect(page.locator('#share-panel')).toContainText('1 user name: bob');
  await page.keyboard.press('Escape');
  await expect(page.locator('#share-panel')).toBeHidden();
  await expect(opener).toBeFocused();
  await expect(opener).toHaveAttribute('aria-expanded', 'false');
});

test.describe('the answer in plain words (#12 findings 2, 3, 5)', () => {
  test('a curl download: the plain sentence first, the meaning of 550 in words, curl exit 78 explained', async ({
    page,
  }) => {
    await paste(page, capture('vsftpd/curl-perm-denied'));
    const result = page.getByRole('region', { name: 'Decoded session' });
    const answer = result.getByRole('note', { name: 'What went wrong' });
    await expect(answer.locator('.plain')).toHaveText(
      'The download of "secret.txt" failed: the server says the file does not exist or you may not read it. Check the name and the folder.',
    );
    await expect(answer.getByRole('heading', { name: /First failure: 550 File unavailable/ })).toBeVisible();
    await expect(answer).toContainText('curl: (78) RETR response: 550');
    await expect(answer).toContainText('exit code 78 (CURLE_REMOTE_FILE_NOT_FOUND): the file was not found');
    // The summary sentence comes before the details and the session.
    const plain = await answer.locator('.plain').boundingBox();
    const details = await answer.getByRole('heading', { name: /First failure/ }).boundingBox();
    expect(plain && details && plain.y < details.y).toBe(true);
    // The status line says it in words too.
    await expect(page.getByRole('status').filter({ hasText: 'Decoded.' })).toContainText(
      'The download of "secret.txt"',
    );
  });

  test('rows say Failed, Probe, harmless and OK in words (not colour alone); one frame on the failing row', async ({
    page,
  }) => {
    await paste(page, capture('proftpd/ftplib2-missing-file'));
    const result = page.getByRole('region', { name: 'Decoded session' });
    const failing = result.locator('.exchange.failing');
    await expect(failing).toHaveCount(1);
    await expect(failing.locator('.status')).toHaveText('✕ Failed');
    const size = result.getByRole('listitem').filter({ hasText: 'SIZE nofile.txt' });
    await expect(size.locator('.status')).toHaveText('i Probe, harmless');
    await expect(size).not.toHaveClass(/failing/);
    await expect(result.getByRole('listitem').filter({ hasText: 'PASS ****' }).locator('.status')).toHaveText('✓ OK');
    // Screen readers hear the word (the icon is hidden from them), not only "(final)".
    await expect(failing.locator('.reply-head')).toContainText(/Failed\s+550 File unavailable/);
    expect(await failing.locator('.status [aria-hidden="true"]').count()).toBe(1);
    // No second bar beside the reply's own: the failing row is not indented by a border of its own.
    const row = await failing.evaluate((li) => getComputedStyle(li).borderInlineStartWidth);
    expect(row).toBe('0px');
  });

  test('the session list uses the width of the result box', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await paste(page, capture('vsftpd/curl-missing-file'));
    const result = page.getByRole('region', { name: 'Decoded session' });
    const box = await result.boundingBox();
    const row = await result.locator('.exchange').first().boundingBox();
    expect(box && row && row.width > box.width - 2).toBe(true);
  });

  test('after a paste and Decode the answer starts within the first screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/decode/');
    await page.getByRole('textbox', { name: 'Code, reply or log' }).fill(capture('vsftpd/curl-missing-file'));
    await page.getByRole('button', { name: 'Decode', exact: true }).click();
    const answer = page.getByRole('note', { name: 'What went wrong' });
    await expect(answer).toBeInViewport();
    const top = await answer.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(400);
  });

  test('at 375 px a long reply wraps: the EPSV port is visible, nothing is clipped or scrolls sideways', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await paste(page, capture('vsftpd/curl-missing-file'));
    const result = page.getByRole('region', { name: 'Decoded session' });
    const epsv = result.locator('.reply pre').filter({ hasText: 'Extended Passive Mode' });
    await expect(epsv).toContainText('(|||40028|)');
    const fits = await epsv.evaluate((pre) => pre.scrollWidth <= pre.clientWidth);
    expect(fits).toBe(true);
    for (const pre of await result.locator('.reply pre').all())
      expect(await pre.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});

test.describe('files and big logs', () => {
  const ready = (page: Page) => expect(page.locator('[data-island="log"][data-ready]')).toHaveCount(1);
  const result = (page: Page) => page.getByRole('region', { name: 'Decoded session' });

  test('a real FileZilla log opened as a file decodes, and goes into the box', async ({ page }) => {
    await page.goto('/decode/');
    await ready(page);
    const path = 'tests/fixtures/real-logs/filezilla-old-spacing-530-ajenti-421.log';
    await page.getByLabel('Open a file…').setInputFiles(path);
    await expect(result(page)).toContainText(/Read as FileZilla message log \(detected\)/);
    await expect(result(page).getByRole('heading', { name: /First failure:/ })).toContainText('530');
    await expect(page.getByRole('textbox', { name: 'Code, reply or log' })).toHaveValue(readFileSync(path, 'utf8'));
  });

  test('a 5 MB log opened as a file: held outside the box, summary first, the page stays responsive', async ({
    page,
  }) => {
    await page.goto('/decode/');
    await ready(page);
    const box = page.getByRole('textbox', { name: 'Code, reply or log' });
    await box.fill('220 kept');
    await page.getByLabel('Open a file…').setInputFiles({
      name: 'big.log',
      mimeType: 'text/plain',
      buffer: Buffer.from(bigFileZillaLog()),
    });
    await expect(page.getByText(/Decod(ing|ed) file big\.log \(4\.8 MB\)/)).toBeVisible();
    // While it decodes, typing elsewhere works at once (the decoder runs in a Web Worker).
    const search = page.getByRole('searchbox', { name: 'Search codes' });
    await search.fill('550');
    await expect(search).toHaveValue('550');
    await expect(result(page).getByRole('heading', { name: /First failure:/ })).toContainText('530', {
      timeout: 20_000,
    });
    await expect(result(page)).toContainText('54642 exchanges');
    await expect(result(page)).not.toHaveAttribute('aria-busy', 'true', { timeout: 60_000 });
    await expect(page.getByText('Decoded file big.log (4.8 MB)')).toBeVisible();
    await expect(result(page).locator('.exchange.failing')).toHaveCount(1);
    // Clear: back to the box, which kept what it had.
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(box).toHaveValue('220 kept');
    await expect(result(page)).toContainText('220');
  });

  test('a file dropped on the decoder decodes', async ({ page }) => {
    await page.goto('/decode/');
    await ready(page);
    const text = readFileSync('tests/fixtures/real-logs/filezilla-old-spacing-530-ajenti-421.log', 'utf8');
    await page.locator('[data-island="log"]').evaluate((target, content) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], 'session.log', { type: 'text/plain' }));
      for (const type of ['dragenter', 'dragover', 'drop'])
        target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, text);
    await expect(result(page).getByRole('heading', { name: /First failure:/ })).toContainText('530');
  });

  test('a 5 MB paste is held like a file, nothing lost: it can be shown in the box', async ({ page }) => {
    await page.goto('/decode/');
    await ready(page);
    const big = bigFileZillaLog(2_000_000);
    await page.getByRole('textbox', { name: 'Code, reply or log' }).evaluate((field, content) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', content);
      field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, big);
    await expect(page.getByText(/Decod(ing|ed) the pasted text \(1\.9 MB\)/)).toBeVisible();
    await expect(result(page).getByRole('heading', { name: /First failure:/ })).toContainText('530', {
      timeout: 20_000,
    });
    await page.getByRole('button', { name: 'Show in the box' }).click();
    const box = page.getByRole('textbox', { name: 'Code, reply or log' });
    expect(await box.evaluate((el) => (el as HTMLTextAreaElement).value.length)).toBe(big.length);
    await expect(result(page).getByRole('heading', { name: /First failure:/ })).toContainText('530');
  });

  test('bad files get a clear message: empty, binary, too big; the box keeps its text', async ({ page }) => {
    await page.goto('/decode/');
    await ready(page);
    const box = page.getByRole('textbox', { name: 'Code, reply or log' });
    await box.fill('5x0');
    await expect(result(page)).toContainText('is a pattern, not one reply code');
    const file = page.getByLabel('Open a file…');
    await file.setInputFiles({ name: 'empty.log', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await expect(page.getByRole('status')).toContainText('The file empty.log is empty');
    await expect(box).toHaveValue('5x0');
    await file.setInputFiles({
      name: 'garbage.bin',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 97) % 256)),
    });
    // A file opened over a box that has text is held beside it (the box keeps its text).
    await expect(page.getByText('Decoded file garbage.bin (4 kB)')).toBeVisible();
    await expect(result(page)).toContainText(/binary|not text/i);
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(box).toHaveValue('5x0');
    await file.setInputFiles({
      name: 'huge.log',
      mimeType: 'text/plain',
      buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 'a'),
    });
    await expect(page.getByRole('status')).toContainText('The file huge.log is 5.0 MB; the decoder reads up to 5.0 MB');
  });
});
