import { describe, expect, it } from 'vitest';
import { fromFragment, fromQuery, MAX_LINK } from '../../../src/lib/decoder/share-link.ts';
import { toFragment } from '../../../src/lib/decoder/share-link-write.ts';

describe('share links in the fragment', () => {
  it('round-trips any text, compressed and URL-safe', async () => {
    const text = '220 ok\r\nUSER a\r\nPASS ****\r\n530 nö ✓ \u0000 \u202e\n'.repeat(50);
    const frag = await toFragment(text, 'raw');
    expect(frag).toMatch(/^q=[A-Za-z0-9_-]+&f=raw$/);
    expect(frag.length).toBeLessThan(text.length);
    expect(await fromFragment(`#${frag}`)).toEqual({ text, format: 'raw' });
  });
  it('ignores jump links and broken fragments', async () => {
    expect(await fromFragment('#x-3')).toBeNull();
    expect(await fromFragment('#q=!!!')).toBeNull();
    expect(await fromFragment('#q=AAAA')).toBeNull();
  });
  it('reads old ?q= links', () => {
    expect(fromQuery('?q=220%20ok&format=raw')).toEqual({ text: '220 ok', format: 'raw' });
    expect(fromQuery('')).toBeNull();
  });
  it('caps links at 8 000 characters', () => {
    expect(MAX_LINK).toBe(8000);
  });
});
