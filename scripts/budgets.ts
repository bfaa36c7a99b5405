/**
 * The speed budgets, in one place (settled in the read-model issue): `npm run bench` prints each figure against them
 * and tests/site/budgets.test.ts enforces the byte and request budgets on the built site. Sizes are gzip -9.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const BUDGETS = {
  /**
   * A code page, first view, cold cache: the median and the largest page in bytes, requests, and the inline
   * JavaScript it may carry (theme + intent loader); no script file loads before intent. Raised from 4500/6500 on
   * purpose (measured 5665/9285): code pages now answer first and carry what servers send (up to 6 messages with
   * condition, fix and source) and how clients report the code (issues 12–14, DESIGN.md's page order), and every page
   * has the compact phone header and the "/" search loader. Next: shorter source links in the servers table.
   */
  codePage: { median: 5800, max: 9500, requests: 2, inlineJs: 400 },
  /** Home, class and category pages before interaction. */
  page: { bytes: 8000, requests: 2 },
  /**
   * /decode/: the log decoder's JavaScript plus the browser payload embedded in the page. Raised from 22 000 in issue
   * 14, on purpose: the decoder went from 9 to 18 formats (FileZilla's labels in the 50 languages it ships, ~2.0 kB;
   * four server-log formats, ~1.7 kB; library debug logs and tracebacks, ~2.7 kB) and reads 53 of 53 real logs' replies
   * right instead of 28. Measured 26 652. Raised from 27 000 to 27 600 in issues 13–15, on purpose (measured 27 551):
   * warnings carry a stable `kind` id each (~0.3 kB); the page names the server and shows a known server message's
   * condition and fix, with the loader for them (~0.3 kB); replies the RFCs do not allow for their command are marked
   * with the allowed set and its section (~0.26 kB, the sections in the payload included). The server data itself
   * (/data/servers.json, 6.1 kB) and its matcher (src/lib/decoder/server.ts, 1.8 kB) load only once there is something
   * to decode. Next step to win it back: load the FileZilla translations and the server-log formats only when the
   * pasted text needs them.
   */
  decodeIsland: 27_600,
  /** Our own search UI code (Pagefind's runtime not included). */
  searchUi: 5000,
  /**
   * Everything the first word query downloads in the worst case, Pagefind's runtime and index included. Raised from
   * 105 000 on purpose: the index now holds the server pages and the 1 194 server messages (so that a pasted server
   * line finds its code page) and the client constants (issues 13–14); measured 115.4 kB worst case, 107.2 kB for
   * "passive".
   */
  firstWordQuery: 120_000,
  /** Decoder throughput: decode time over a bare split('\n') of the same 10 MB curl log, measured in the same run. */
  decodeRatio: 15,
} as const;

/** gzip -9 size, as the budgets count bytes. */
export const gz = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;

/**
 * The JavaScript an island downloads on intent: its Vite chunk (DIST/_astro/NAME.HASH.js, named after
 * src/islands/NAME.ts) and the chunks it imports, gzip bytes. The intent loader (src/islands/intent.ts, bundled from
 * src/components/Islands.astro) is not counted: every page with islands has loaded it before any intent.
 */
export function islandBytes(dist: string, name: string): number {
  const dir = `${dist}/_astro`;
  const files = readdirSync(dir);
  const entry = files.find((f) => f.startsWith(`${name}.`) && /^[\w-]+\.[\w-]+\.js$/.test(f));
  if (!entry) throw new Error(`no chunk for the ${name} island in ${dir}`);
  const loader = files.find((f) => f.startsWith('Islands.astro'));
  const seen = new Set<string>(loader ? [loader] : []);
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(`${dir}/${file}`, 'utf8');
    // Static imports only (import{…}from"./x.js" / import"./x.js"); dynamic ones load later, if ever.
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"`()]*?from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g))
      visit(m[1] ?? '');
  };
  visit(entry);
  seen.delete(loader ?? '');
  return [...seen].reduce((sum, f) => sum + gz(readFileSync(`${dir}/${f}`)), 0);
}
