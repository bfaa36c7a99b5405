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
   * Max raised from 9500 in the guides commit (issue 13 item 6), on purpose: @astrojs/mdx (the guides are MDX) makes
   * Astro list two more script hashes in every page's CSP (+85 bytes measured: median 5663 → 5748, max 9394 → 9480),
   * and a code page links the guides that explain it (+43 on /codes/500/; measured median 5758, max 9523).
   * Then raised to 9800 in issue 15, on purpose: code pages link every command their RFC meanings name to its page,
   * and 500 names 61 (RFC 959 §5.4 lists it for every command): measured 9705 for /codes/500/ on its own branch.
   * After the merge of issues 13–15 (cited causes, guide links, command links) a meaning naming more than 16
   * commands (500 and 530 name every command) links the command matrix once instead of each name, and the max is 10 000: measured max 9912
   * (/codes/500/), median under 5800. Median raised to 6000 on purpose: on a phone each server message is a card
   * with labelled when, fix and source rather than a table that scrolls sideways (+115 bytes of CSS on every page that
   * shows servers; measured median 5918, max 10 024 on /codes/500/).
   */
  codePage: { median: 6000, max: 10_200, requests: 2, inlineJs: 400 },
  /**
   * A guide (/guides/SLUG/): prose plus the facts it cites (server messages with their sources, directive tables)
   * and its example logs; no script file. Measured 7.2–10.3 kB in the guides commit.
   */
  guidePage: { bytes: 12_000, requests: 1 },
  /**
   * Home, class and category pages before interaction. Raised from 8000 in issues 13–15, on purpose: every page's
   * header links the new Guides and Commands sections (measured home 8.1 kB; class and category pages under 7 kB).
   */
  page: { bytes: 8500, requests: 2 },
  /**
   * /decode/: the log decoder island's JavaScript plus the browser payload embedded in the page, what the page loads
   * before any decode. Was 27 000 with the decoder inside (measured 26 652); issue 14 item 6 moved decode() into a
   * Web Worker (decodeWorker below), so the island is the form's plumbing and rendering: measured 9 961 (5 905 of
   * script, 4 056 of payload); 1 kB of room for the rendering still to come (servers' messages in the session).
   * Issues 13–15 then added to the rendering: warnings with a stable `kind` and a count, the server named and a known
   * server message's condition and fix, replies the RFCs do not allow for their command marked with the allowed set
   * and its section. The server data itself (/data/servers.json, 6.1 kB) and its matcher (src/lib/decoder/server.ts,
   * 1.8 kB) load in the worker only once there is something to decode. Raised to 11 500 for that rendering (measured
   * 11 064 after the merge).
   */
  decodeIsland: 11_500,
  /**
   * The decoder's Web Worker chunk (src/islands/decode-worker.ts: decode(), the 18 formats, FileZilla's labels in 50
   * languages), loaded on first intent on /decode/. Measured 18.5 kB. Next step to win it back: load the FileZilla
   * translations and the server-log formats only when the pasted text needs them.
   */
  decodeWorker: 20_000,
  /**
   * Our own search UI code (Pagefind's runtime not included). Raised from 5000 on purpose in issue 13 item 4 (measured
   * 6587): search now reads what people paste — the code a line names wherever it stands, the words without times,
   * addresses, ports, counts, paths and log labels (readQuery, ~0.9 kB) — and falls back from pages holding every word
   * to those holding its most distinctive words (~0.5 kB). The matching itself loads later, with its data (searchPaste).
   */
  searchUi: 7000,
  /**
   * What a query with a code or two words loads besides: the matcher (src/islands/search-paste.ts, its own chunk) and
   * the known messages it matches against (/data/messages.json: 1 194 server messages, the clients' reports and
   * lines). Measured 2.4 + 20.7 kB in issue 13 item 4. Next: send each wording once with its servers (proftpd 1.3.8
   * and 1.3.9 repeat most of theirs). Raised to 26 000 on purpose when 13 more failure messages (vsftpd's OOPS for
   * certificates, logs and pasv_address, ProFTPD's connection limits, Pure-FTPd's user cap) got their condition and
   * fix: a pasted line shows them in the results, and each costs ~60 bytes here (measured 25 782).
   */
  searchPaste: 26_000,
  /**
   * Everything the first word query downloads in the worst case, Pagefind's runtime and index included. Raised from
   * 105 000 on purpose: the index now holds the server pages and the 1 194 server messages (so that a pasted server
   * line finds its code page) and the client constants (issues 13–14); measured 115.4 kB worst case, 107.2 kB for
   * "passive". Raised to 126 000 in issues 13–15, on purpose: the index now also holds 91 command pages (found by
   * what they do), 7 guides with the client lines people paste, every word of the records (stop words kept, so that
   * "too many connections" matches) and the directive names; measured 122.9 kB worst case, 109.9 kB for "passive".
   */
  firstWordQuery: 126_000,
  /**
   * The longest main-thread task (and animation frame) while /decode/ decodes a 5 MB log opened as a file or pasted
   * (issue 14 item 6: the page never blocks longer than this, so typing stays responsive), in ms.
   */
  longestTask: 200,
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

/** One chunk's own gzip bytes (DIST/_astro/NAME.HASH.js), without the chunks it shares with the island that loads it. */
export function chunkBytes(dist: string, name: string): number {
  const file = readdirSync(`${dist}/_astro`).find((f) => f.startsWith(`${name}.`) && /^[\w-]+\.[\w-]+\.js$/.test(f));
  if (!file) throw new Error(`no chunk ${name} in ${dist}/_astro`);
  return gz(readFileSync(`${dist}/_astro/${file}`));
}

/** The decoder's Web Worker chunk (DIST/_astro/decode-worker-HASH.js, self-contained), gzip bytes. */
export function workerBytes(dist: string): number {
  const file = readdirSync(`${dist}/_astro`).find((f) => /^decode-worker-[\w-]+\.js$/.test(f));
  if (!file) throw new Error(`no decode-worker chunk in ${dist}/_astro`);
  return gz(readFileSync(`${dist}/_astro/${file}`));
}
