/**
 * What the 404 page says about the address that was not found: the code page it probably meant, or why the number in
 * it is not a reply code (RFC 959 §4.2: three digits, the first 1–5, RFC 2228 adds 6; the second 0–5), and the codes
 * near it that have a page. Pure: the page passes the path and the codes that have pages. Never throws.
 */

export type NotFoundReason = 'pattern' | 'short' | 'long' | 'first-digit' | 'second-digit' | 'no-page';

export type NotFoundAdvice =
  /** The path holds a number that has a page (/reply/550/ → 550). */
  | { kind: 'page'; code: number }
  /** The path holds something shaped like a code (`text`), and why it has no page. */
  | { kind: 'code'; text: string; reason: NotFoundReason; near: number[] }
  /** Nothing like a code: `text` is the last part of the path, to offer as a search. */
  | { kind: 'other'; text: string };

/** How many nearby codes to suggest. */
export const NEAR = 4;

/** The path as text: percent-escapes decoded where they are valid, kept as they are where not. */
export function decodePath(path: string): string {
  return path.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** The codes nearest to n: same first digit first, then by distance, then the lower one. */
function nearest(n: number, codes: readonly number[]): number[] {
  const other = (c: number) => (Math.floor(c / 100) === Math.floor(n / 100) ? 0 : 1);
  return codes
    .filter((c) => c < 1000)
    .sort((a, b) => other(a) - other(b) || Math.abs(a - n) - Math.abs(b - n) || a - b)
    .slice(0, NEAR);
}

/** Codes a pattern or the start of a code matches ("5x0" → 500, 520, 530, 550; "55" → 550, 551 …). */
function matching(pattern: string, codes: readonly number[]): number[] {
  const re = new RegExp(`^${pattern.toLowerCase().replace(/[xyz]/g, '\\d')}`);
  return codes.filter((c) => c < 1000 && re.test(String(c))).slice(0, NEAR);
}

export function notFoundAdvice(path: string, codes: readonly number[]): NotFoundAdvice {
  const pages = new Set(codes);
  const text = decodePath(path);
  for (const m of text.matchAll(/\d+/g)) if (pages.has(Number(m[0]))) return { kind: 'page', code: Number(m[0]) };

  const parts = text.split('/').filter(Boolean);
  const shaped = parts.find((p) => /^[\dxyz]{1,6}$/i.test(p) && /\d/.test(p));
  if (shaped === undefined) return { kind: 'other', text: (parts.at(-1) ?? '').slice(0, 80) };

  const code = (reason: NotFoundReason, near: number[]): NotFoundAdvice => ({
    kind: 'code',
    text: shaped,
    reason,
    near,
  });
  if (/\D/.test(shaped)) return code('pattern', shaped.length === 3 ? matching(shaped, codes) : []);
  if (shaped.length < 3) return code('short', matching(shaped, codes));
  if (shaped.length > 3) return code('long', nearest(Number(shaped.slice(0, 3)), codes));
  const n = Number(shaped);
  const [d1, d2] = [Math.floor(n / 100), Math.floor(n / 10) % 10];
  if (d1 < 1 || d1 > 6) return code('first-digit', nearest(n, codes));
  if (d2 > 5) return code('second-digit', nearest(n, codes));
  return code('no-page', nearest(n, codes));
}
