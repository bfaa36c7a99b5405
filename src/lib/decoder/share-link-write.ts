/**
 * Writing a share link's fragment (the reading side, and why the text goes in the fragment, is in share-link.ts). A
 * module of its own so that the page loads it only when someone shares or an old `?q=` link is rewritten.
 */
import { through } from './share-link.ts';

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The fragment (without '#') for a text and an optional format. */
export async function toFragment(text: string, format = ''): Promise<string> {
  const packed = await through(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  return `q=${toBase64Url(packed)}${format ? `&f=${encodeURIComponent(format)}` : ''}`;
}
