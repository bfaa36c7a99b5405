import { expect, test } from '@playwright/test';

test.describe('guides', () => {
  test('the list links every guide, and the header nav has Guides', async ({ page }) => {
    await page.goto('/guides/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Troubleshooting guides');
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(7);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await page.getByRole('link', { name: /^Passive mode, NAT and firewalls/ }).click();
    await expect(page).toHaveURL(/\/guides\/passive-mode\/$/);
  });

  test('a guide shows the exact messages with their sources, fixes per server and an example log', async ({ page }) => {
    await page.goto('/guides/passive-mode/');
    await expect(
      page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Guides' }),
    ).toBeVisible();
    for (const name of ['Symptoms', 'Confirm it', 'Fix it on the server', 'Fix it on the client', 'Sources'])
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    const main = page.getByRole('main');
    await expect(main.getByText('425 Failed to establish connection.').first()).toBeVisible();
    // The message's source: the line of vsftpd's source at the extracted commit.
    await expect(main.getByRole('link', { name: /^ftpdataio\.c:\d+$/ }).first()).toHaveAttribute(
      'href',
      /\/blob\/[0-9a-f]{40}\/ftpdataio\.c#L\d+$/,
    );
    await expect(
      main.getByRole('table', { name: 'vsftpd 3.0' }).getByRole('rowheader', { name: 'pasv_address' }),
    ).toBeVisible();
    await expect(
      main.getByText('Server sent passive reply with unroutable address. Using server address instead.', {
        exact: true,
      }),
    ).toBeVisible();
  });

  test('an example opens in the decoder, which finds the same first failure', async ({ page }) => {
    await page.goto('/guides/passive-mode/');
    const example = page.getByRole('figure', { name: /active mode behind NAT/ });
    await expect(example).toContainText("The decoder's first failure: 425");
    await example.getByRole('link', { name: 'Open this log in the decoder' }).click();
    await expect(page).toHaveURL(/\/decode\/#q=/);
    const result = page.getByRole('region', { name: 'Decoded session' });
    await expect(result).toContainText('First failure');
    await expect(result).toContainText('425');
  });

  test('a code page links the guides that explain it, under What to do', async ({ page }) => {
    await page.goto('/codes/425/');
    const link = page.getByRole('link', { name: /^Passive mode, NAT and firewalls/ });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Passive mode, NAT and firewalls');
  });
});

test.describe('guides without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a guide is complete: messages, example logs and fixes', async ({ page }) => {
    await page.goto('/guides/login-failures/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Login failures');
    await expect(page.getByRole('main').getByText('530 Login incorrect.').first()).toBeVisible();
    await expect(page.getByRole('figure').first().locator('pre')).toContainText('PASS ****');
    await expect(page.getByRole('heading', { level: 2, name: 'Fix it' })).toBeVisible();
  });
});
