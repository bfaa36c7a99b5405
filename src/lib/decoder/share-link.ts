/**
 * Share links carry the (masked) input in the URL fragment, `#q=<deflate-raw, base64url>&f=<format>`: a fragment is
 * never sent to a server, never in an access log or a Referer. Old `?q=` links are read once and rewritten.
 * Reading a link is here (every visit may open one); writing one is in share-link-write.ts, loaded only to share.
 */

/** Servers and proxies refuse URLs over 8–16 kB; past this a share link would not reproduce the decode. */
export const MAX_LINK = 8_000;

function fromBase64Url(text: string): Uint8Array {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** Bytes through a (de)compression stream. */
export async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

export interface Shared {
  text: string;
  format: string;
}

/** Reads `#q=…&f=…`; null when the fragment holds no share (a jump link such as #x-3) or cannot be read. */
export async function fromFragment(hash: string): Promise<Shared | null> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const q = params.get('q');
  if (!q) return null;
  try {
    const bytes = await through(fromBase64Url(q), new DecompressionStream('deflate-raw'));
    return { text: new TextDecoder().decode(bytes), format: params.get('f') ?? '' };
  } catch {
    return null;
  }
}

/** An old `?q=…&format=…` link: its text and format, or null. */
export function fromQuery(search: string): Shared | null {
  const params = new URLSearchParams(search);
  const q = params.get('q');
  return q === null ? null : { text: q, format: params.get('format') ?? params.get('f') ?? '' };
}
