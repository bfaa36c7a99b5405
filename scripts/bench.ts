/**
 * `npm run bench`: builds, serves dist/ and prints one table of figures against their budgets:
 * bytes, requests and JS per page kind (cold Chromium context), search cost and keystroke-to-result time, decoder
 * throughput as a ratio to a bare split('\n') over the same generated 10 MB log, a 1 MB adversarial input, and build
 * time split into astro and pagefind. Writes bench/RESULTS.md. Timings are printed here, never asserted in tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { preview } from 'astro';
import { benchTable, ms, type Row } from './bench-rows.ts';
import { BUDGETS, chunkBytes, islandBytes, workerBytes } from './budgets.ts';
import { benchBigLog } from './bench-biglog.ts';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { findChromium } from './chromium.ts';

const { rows, add } = benchTable();
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function timed(label: string, cmd: string, args: string[]): number {
  const t0 = performance.now();
  execFileSync(cmd, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const t = performance.now() - t0;
  console.error(`${label}: ${ms(t)}`);
  return t;
}

// 0. Decoder throughput, measured in a process of its own (scripts/bench-decoder.ts) that loads nothing but the
// decoder and its data, as the CLI does: in this process, after the build and the browser, the heap and the JIT say
// more about themselves than about the decoder.
{
  const out = execFileSync('node', ['scripts/bench-decoder.ts'], { encoding: 'utf8' });
  for (const row of JSON.parse(out) as Row[]) rows.push(row);
}

// 1. Build (pages, islands and, in the astro:build:done hook, the search index).
const tAstro = timed('astro build', 'astro', ['build', '--silent']);
add('build: astro, search index included', ms(tAstro));

// 2. Pages in a cold browser context each.
const server = await preview({
  logLevel: 'error',
  server: { host: '127.0.0.1', port: 4500 + Math.floor(Math.random() * 400) },
});
const base = `http://127.0.0.1:${server.port}`;
const browserInfo = await findChromium();
const browser = await chromium.launch({
  executablePath: browserInfo.executablePath,
  args: browserInfo.args,
  headless: true,
});

interface Load {
  requests: number;
  bytes: number;
  js: number;
  /** Each response: path and gzip size, for the breakdown printed on stderr. */
  items: [string, number][];
}

async function measure(page: Page, act: () => Promise<void>): Promise<Load> {
  const load: Load = { requests: 0, bytes: 0, js: 0, items: [] };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          const gz = gzipSync(body, { level: 9 }).length;
          load.requests++;
          load.bytes += gz;
          load.items.push([new URL(response.url()).pathname, gz]);
          if (response.request().resourceType() === 'script' || response.url().endsWith('.js')) load.js += gz;
        },
        () => undefined,
      ),
    );
  });
  await act();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  // Inline scripts are JavaScript too (they travel inside the HTML, already counted in its bytes).
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !/json/.test(s.getAttribute('type') ?? ''))
      .map((s) => s.textContent)
      .join(''),
  );
  load.js += inline ? gzipSync(inline, { level: 9 }).length : 0;
  return load;
}

// Budgets from scripts/budgets.ts only; the other page kinds are measured and reported without one.
const kinds: [string, string, { bytes: number; requests: number; js?: number } | undefined][] = [
  [
    'code page',
    '/codes/550/',
    { bytes: BUDGETS.codePage.max, requests: BUDGETS.codePage.requests, js: BUDGETS.codePage.inlineJs },
  ],
  ['home', '/', BUDGETS.page],
  ['class page', '/classes/5yz/', BUDGETS.page],
  ['category page', '/categories/x5z/', BUDGETS.page],
  ['codes list', '/codes/', undefined],
  ['RFC text (959)', '/rfcs/959/', undefined],
  ['decode page', '/decode/', undefined],
];
for (const [name, path, budget] of kinds) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const load = await measure(page, async () => {
    await page.goto(base + path, { waitUntil: 'load' });
  });
  if (budget) {
    add(`${name}: bytes (gz, first view)`, kb(load.bytes), `≤ ${kb(budget.bytes)}`, load.bytes <= budget.bytes);
    add(`${name}: requests`, String(load.requests), `≤ ${budget.requests}`, load.requests <= budget.requests);
  } else {
    add(`${name}: bytes (gz, first view)`, kb(load.bytes));
    add(`${name}: requests`, String(load.requests));
  }
  if (budget?.js !== undefined)
    add(`${name}: JS before interaction (files + inline)`, kb(load.js), `${budget.js} B`, load.js <= budget.js);
  else add(`${name}: JS before interaction (files + inline)`, kb(load.js));
  await context.close();
}

// Every code page, not only the one loaded above: the budget is per page.
{
  const codes = readdirSync('dist/codes').filter((d) => /^\d+$/.test(d));
  const sizes = codes
    .map((c) => gzipSync(readFileSync(`dist/codes/${c}/index.html`), { level: 9 }).length)
    .sort((a, b) => a - b);
  const median = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const largest = sizes.at(-1) ?? 0;
  add('code pages: median (gz)', kb(median), `≤ ${kb(BUDGETS.codePage.median)}`, median <= BUDGETS.codePage.median);
  add('code pages: largest (gz)', kb(largest), `≤ ${kb(BUDGETS.codePage.max)}`, largest <= BUDGETS.codePage.max);
}

// 3. The decoder island on /decode/: its JS plus the embedded browser payload.
{
  const html = readFileSync('dist/decode/index.html', 'utf8');
  const payload = /<script type="application\/json" data-payload>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  const total = islandBytes('dist', 'log') + gzipSync(payload, { level: 9 }).length;
  add('decode: island JS + payload (gz)', kb(total), `≤ ${kb(BUDGETS.decodeIsland)}`, total <= BUDGETS.decodeIsland);
  const worker = workerBytes('dist');
  add(
    'decode: Web Worker chunk, on first intent (gz)',
    kb(worker),
    `≤ ${kb(BUDGETS.decodeWorker)}`,
    worker <= BUDGETS.decodeWorker,
  );
  add('decode: everything a first decode loads (island + payload + worker, gz)', kb(total + worker));
  const search = islandBytes('dist', 'search');
  add('search: our UI code (gz)', kb(search), `≤ ${kb(BUDGETS.searchUi)}`, search <= BUDGETS.searchUi);
  const paste =
    chunkBytes('dist', 'search-paste') + gzipSync(readFileSync('dist/data/messages.json'), { level: 9 }).length;
  add(
    'search: a pasted line also loads (matcher + known messages, gz)',
    kb(paste),
    `≤ ${kb(BUDGETS.searchPaste)}`,
    paste <= BUDGETS.searchPaste,
  );
}

// 3b. A 5 MB log on /decode/, opened as a file and pasted: the longest main-thread task, time to first and full result.
for (const row of await benchBigLog(browser, base)) rows.push(row);

// 4. Search: bytes and keystroke → first result. A bare number and a first word query each in a cold context, then
// a second word on the warm index.
{
  const open = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/classes/2yz/`, { waitUntil: 'networkidle' });
    return { context, page, box: page.getByRole('searchbox', { name: 'Search codes' }) };
  };
  const results = (page: Page, href: string) =>
    page.locator(`.site-header .search-results li a[href$="${href}"]`).first();
  {
    const { context, page, box } = await open();
    const numeric = await measure(page, async () => {
      await box.focus();
      const t0 = Date.now();
      await box.fill('550');
      await results(page, '/codes/550/').waitFor();
      add('search: "550" keystroke → result', ms(Date.now() - t0));
    });
    const pagefind = (await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))).filter(
      (u) => u.includes('/pagefind/'),
    );
    add('search: bytes for a bare number (gz)', kb(numeric.bytes), 'no index', pagefind.length === 0);
    await context.close();
  }
  {
    const { context, page, box } = await open();
    const cold = await measure(page, async () => {
      await box.focus();
      const t0 = Date.now();
      await box.fill('passive');
      await results(page, '/codes/227/').waitFor();
      add('search: first word query, keystroke → result (cold)', ms(Date.now() - t0));
    });
    add(
      'search: first word query ("passive"), all bytes (gz)',
      kb(cold.bytes),
      `≤ ${kb(BUDGETS.firstWordQuery)}`,
      cold.bytes <= BUDGETS.firstWordQuery,
    );
    // Which index chunk a word needs depends on the word: the worst case swaps in the largest chunk and fragments.
    const size = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
    const sizes = (dir: string) =>
      readdirSync(dir)
        .map((f) => size(`${dir}/${f}`))
        .sort((a, b) => b - a);
    const pagefindPart = (u: string) => u.startsWith('/pagefind/index/') || u.startsWith('/pagefind/fragment/');
    const fixed = cold.items.filter(([u]) => !pagefindPart(u)).reduce((sum, [, b]) => sum + b, 0);
    const shown = cold.items.filter(([u]) => u.startsWith('/pagefind/fragment/')).length;
    const worst =
      fixed +
      (sizes('dist/pagefind/index')[0] ?? 0) +
      sizes('dist/pagefind/fragment')
        .slice(0, shown)
        .reduce((a, b) => a + b, 0);
    add(
      'search: first word query, worst case (largest index chunk and fragments)',
      kb(worst),
      `≤ ${kb(BUDGETS.firstWordQuery)}`,
      worst <= BUDGETS.firstWordQuery,
    );
    console.error(
      `first word query, ${cold.requests} requests:\n${cold.items.map(([u, b]) => `  ${kb(b).padStart(8)}  ${u}`).join('\n')}`,
    );
    await box.fill('');
    const t1 = Date.now();
    await box.fill('storage');
    await page
      .locator(
        '.site-header .search-results li a[href$="/codes/452/"], .site-header .search-results li a[href$="/codes/552/"]',
      )
      .first()
      .waitFor();
    add('search: word query, keystroke → result (warm)', ms(Date.now() - t1), 'no fixed debounce');
    await context.close();
  }
}
// Optional: Lighthouse scores per page kind (`npm run bench -- --lighthouse`). Lighthouse is not a dependency; install
// it once with `npm install --no-save lighthouse`.
if (process.argv.includes('--lighthouse')) {
  const specifier = 'lighthouse';
  const lighthouse = await import(specifier).then(
    (m: {
      default: (
        url: string,
        flags: object,
      ) => Promise<{ lhr: { categories: Record<string, { title: string; score: number | null }> } } | undefined>;
    }) => m.default,
    () => undefined,
  );
  if (!lighthouse) {
    add('lighthouse', 'not installed: run `npm install --no-save lighthouse` once');
  } else {
    const debugPort = 9300 + Math.floor(Math.random() * 500);
    const lhBrowser = await chromium.launch({
      executablePath: browserInfo.executablePath,
      args: [...browserInfo.args, `--remote-debugging-port=${debugPort}`],
      headless: true,
    });
    for (const [name, path] of kinds) {
      const run = await lighthouse(base + path, {
        port: debugPort,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const scores = Object.values(run?.lhr.categories ?? {}).map(
        (c) => `${c.title} ${c.score === null ? '—' : Math.round(c.score * 100)}`,
      );
      add(`lighthouse: ${name}`, scores.join(', '));
    }
    await lhBrowser.close();
  }
}

await browser.close();
await server.stop();

// 6. Print and record.
const table = [
  '| figure | value | budget | |',
  '|---|---|---|---|',
  ...rows.map((r) => `| ${r.figure} | ${r.value} | ${r.budget} | ${r.pass === null ? '' : r.pass ? 'pass' : 'FAIL'} |`),
].join('\n');
console.log(table);
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/RESULTS.md',
  `# Benchmark results\n\nLast run: ${new Date().toISOString()} on ${process.platform} ${process.arch}, Node ${process.version}, Chromium from ${browserInfo.source}.\nSizes are gzip -9 of each response; pages are loaded in a cold browser context.\n\n${table}\n`,
);
console.error('\nWritten to bench/RESULTS.md');
