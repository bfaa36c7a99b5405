import { describe, expect, it } from 'vitest';
import { loadReference } from '../../../scripts/load-catalog.ts';
import { clientReports, clientsView, clientView, reportNames } from '../../../src/lib/reference/clients.ts';
import { codeView } from '../../../src/lib/reference/views.ts';
import { recordHtml, searchRecords } from '../../../src/lib/reference/search.ts';

const ref = loadReference();
const code = (n: number) => {
  const c = ref.code(n);
  if (!c) throw new Error(`no code ${String(n)}`);
  return c;
};

describe('client reports of a code', () => {
  it('550: curl to RETR with its exit status and a link to the line at the commit', () => {
    const row = clientReports(ref, code(550)).find(
      (r) => r.report === 'CURLE_REMOTE_FILE_NOT_FOUND' && r.commands.includes('RETR'),
    );
    expect(row).toMatchObject({
      client: { id: 'curl', path: 'clients/curl/' },
      exit: 78,
      scope: 'code',
      kind: 'constant',
    });
    expect(row?.source?.href).toMatch(/^https:\/\/github\.com\/curl\/curl\/blob\/[0-9a-f]{40}\/lib\/ftp\.c#L\d+$/);
    expect(row?.source?.tag).toBe('curl-8_21_0');
  });

  it('class-wide mappings follow the named ones, and only reach codes of their class', () => {
    const rows = clientReports(ref, code(530));
    const first = rows.findIndex((r) => r.scope === 'class');
    expect(rows.slice(first).every((r) => r.scope === 'class')).toBe(true);
    expect(rows.some((r) => r.report === 'ftplib.error_perm')).toBe(true);
    expect(clientReports(ref, code(421)).some((r) => r.report === 'ftplib.error_perm')).toBe(false);
    expect(clientReports(ref, code(421)).some((r) => r.report === 'ftplib.error_temp')).toBe(true);
  });

  it('the code page view carries the rows for the component', () => {
    expect(codeView(ref, code(550)).clients).toEqual(clientReports(ref, code(550)));
  });

  it('names for search: with and without prefix, curl as people paste it, no messages', () => {
    const names = reportNames(clientReports(ref, code(550)));
    for (const n of [
      'FtpStatusCode.ActionNotTakenFileUnavailable',
      'ActionNotTakenFileUnavailable',
      'curl: (78)',
      'error_perm',
      'CURLE_REMOTE_ACCESS_DENIED',
    ])
      expect(names).toContain(n);
    expect(names.some((n) => n.includes('Critical file transfer error'))).toBe(false);
  });

  it('pages: one per client, rows ordered by code, each with a source', () => {
    expect(clientsView(ref).rows.map((r) => r.client.id)).toContain('curl');
    for (const c of ref.clients) {
      const v = clientView(ref, c);
      expect(v.meta.path).toBe(`clients/${c.id}/`);
      expect(
        v.rows.every((r) => r.source !== undefined),
        c.id,
      ).toBe(true);
    }
  });
});

describe('search finds the code page for a client constant', () => {
  const records = searchRecords(ref);
  const cases: [query: string, code: number][] = [
    ['CURLE_REMOTE_ACCESS_DENIED', 550],
    ['FtpStatusCode.ActionNotTakenFileUnavailable', 550],
    ['ActionNotTakenFileUnavailable', 550],
    ['error_perm', 530],
    ['curl: (78)', 550],
    ['FTPReply.NOT_LOGGED_IN', 530],
    ['CURLE_LOGIN_DENIED', 530],
  ];
  for (const [query, n] of cases)
    it(`${query} → /codes/${String(n)}/, and no page but code pages carries it`, () => {
      const with_ = records.filter((r) => r.names?.includes(query));
      expect(with_.map((r) => r.url)).toContain(`/codes/${String(n)}/`);
      expect(with_.every((r) => r.url.startsWith('/codes/'))).toBe(true);
      // Weighted like the title, written whole so Pagefind indexes the identifier as one word.
      const record = with_.find((r) => r.url === `/codes/${String(n)}/`);
      if (!record) throw new Error('no record');
      const html = recordHtml(record);
      expect(html).toMatch(new RegExp(`<p data-pagefind-weight="5">[^<]*${query.replace(/[.()]/g, '\\$&')}`));
    });

  it('client pages are indexed by name, without the constants', () => {
    const curl = records.find((r) => r.url === '/clients/curl/');
    expect(curl?.title).toBe('curl and libcurl');
    expect(curl?.names ?? []).toEqual([]);
  });
});
