import { describe, expect, it } from 'vitest';
import { recordHtml, wordBag, words } from '../../src/lib/search-records.ts';

describe('search records', () => {
  it('splits words, keeps codes, hyphens and apostrophes, drops stop words', () => {
    expect(words("The server's data-connection failed: 425 (can't open)")).toEqual(["server's", 'data-connection', 'failed', '425', "can't", 'open']);
  });

  it('keeps each word once, in first-seen order, leaving out words already indexed', () => {
    expect(wordBag(['Passive mode failed', 'passive MODE timed out', 'firewall'], ['Entering passive mode'])).toBe('failed timed firewall');
    expect(wordBag([])).toBe('');
  });

  it('writes weighted title and summary, escapes text, and ranks historic codes lower', () => {
    const r = { url: '/codes/550/', title: '550 <File> unavailable', summary: 'Refused "for good".', keywords: ['permission denied'], texts: ['chroot & home'], filters: { kind: ['code'], class: ['5yz'] } };
    const html = recordHtml(r);
    expect(html).toContain('<h1 data-pagefind-weight="5">550 &lt;File&gt; unavailable</h1>');
    expect(html).toContain('data-pagefind-meta="summary">Refused &quot;for good&quot;.</p>');
    expect(html).toContain('<p data-pagefind-weight="2">permission denied</p>');
    expect(html).toContain('<p>chroot home</p>');
    expect(html).toContain('data-pagefind-filter="class:5yz"');
    expect(recordHtml({ ...r, historic: true })).toContain('<h1 data-pagefind-weight="1">');
  });
});
