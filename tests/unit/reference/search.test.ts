import { describe, expect, it } from 'vitest';
import { recordHtml, searchRecords, wordBag, words } from '../../../src/lib/reference/search.ts';
import { loadReference } from '../../../scripts/load-catalog.ts';

describe('search records', () => {
  it('splits words, keeps codes, hyphens, apostrophes and every common word', () => {
    expect(words("The server's data-connection failed: 425 (can't open)")).toEqual([
      'the',
      "server's",
      'data-connection',
      'failed',
      '425',
      "can't",
      'open',
    ]);
  });

  it('keeps each word once, in first-seen order, leaving out words already indexed', () => {
    expect(wordBag(['Passive mode failed', 'passive MODE timed out', 'firewall'], ['Entering passive mode'])).toBe(
      'failed timed out firewall',
    );
    expect(wordBag([])).toBe('');
  });

  it('writes weighted title and summary, escapes text, and ranks historic codes lower', () => {
    const r = {
      url: '/codes/550/',
      title: '550 <File> unavailable',
      summary: 'Refused "for good".',
      keywords: ['permission denied'],
      texts: ['chroot & home'],
      filters: { kind: ['code'], class: ['5yz'] },
    };
    const html = recordHtml(r);
    expect(html).toContain('<h1 data-pagefind-weight="5">550 &lt;File&gt; unavailable</h1>');
    expect(html).toContain('data-pagefind-meta="summary">Refused &quot;for good&quot;.</p>');
    expect(html).toContain('<p data-pagefind-weight="2">permission denied</p>');
    expect(html).toContain('<p>chroot home</p>');
    expect(html).toContain('data-pagefind-filter="class:5yz"');
    expect(recordHtml({ ...r, historic: true })).toContain('<h1 data-pagefind-weight="1">');
  });
});

describe('searchRecords', () => {
  const records = searchRecords(loadReference());
  const byUrl = new Map(records.map((r) => [r.url, r]));

  it('one record per indexable page, no page twice', () => {
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
    for (const url of [
      '/',
      '/codes/',
      '/codes/550/',
      '/codes/10054/',
      '/classes/5yz/',
      '/categories/x5z/',
      '/rfcs/',
      '/rfcs/959/',
      '/decode/',
      '/data/',
    ]) {
      expect(byUrl.has(url), url).toBe(true);
    }
    expect(byUrl.has('/search/')).toBe(false);
    expect(byUrl.has('/404/')).toBe(false);
  });

  it("a code record carries the code page's heading, facts and filters", () => {
    const r = byUrl.get('/codes/550/');
    expect(r?.title).toBe('550 File unavailable');
    expect(r?.keywords).toContain('permission denied');
    expect(r?.filters).toEqual({
      kind: ['code'],
      status: ['Standard'],
      class: ['5yz'],
      category: ['x5z'],
      rfc: ['RFC 959', 'RFC 3659'],
    });
    expect(byUrl.get('/codes/151/')?.historic).toBe(true);
  });

  const html = (url: string | undefined) => {
    const r = records.find((x) => x.url === url || (url !== undefined && x.url.startsWith(url)));
    if (!r) throw new Error(`no record ${url ?? ''}`);
    return recordHtml(r);
  };

  it('keeps the words a query must hold: "too", "no", "not" (Pagefind needs every word of the query)', () => {
    for (const w of ['too', 'many', 'connections']) expect(html('/codes/421/')).toMatch(new RegExp(`\\b${w}\\b`, 'i'));
    expect(html('/codes/550/')).toMatch(/\bno\b.*\bsuch\b/);
  });

  it('server pages carry their directive names whole, client pages the lines the client prints', () => {
    const vsftpd = records.find((r) => r.url.startsWith('/servers/vsftpd'));
    expect(vsftpd?.names).toContain('pasv_address');
    expect(html('/servers/vsftpd')).toContain('pasv_address');
    const proftpd = records.find((r) => r.url.startsWith('/servers/proftpd'));
    expect(proftpd?.names).toContain('MasqueradeAddress');
    const pure = records.find((r) => r.url.startsWith('/servers/pure-ftpd'));
    expect(pure?.names).toContain('PassivePortRange');
    // Each word once: "Connection timed out after %d second of inactivity" leaves "inactivity" in the bag.
    const filezilla = html('/clients/filezilla/');
    for (const w of ['could', 'connect', 'inactivity', 'resumption']) expect(filezilla).toContain(` ${w} `);
  });

  it('other pages are titled by their heading and described by their description', () => {
    expect(byUrl.get('/classes/4yz/')).toMatchObject({
      title: '4yz: Transient negative completion',
      filters: { kind: ['class'], class: ['4yz'] },
    });
    expect(byUrl.get('/rfcs/959/')?.title).toBe('RFC 959: File Transfer Protocol (FTP)');
  });
});
