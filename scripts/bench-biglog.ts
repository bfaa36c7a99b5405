/**
 * The big-log part of `npm run bench` (issue 14 item 6): a 5 MB FileZilla log (tests/fixtures/big-log.ts) decoded on
 * /decode/ by opening it as a file and by pasting it (a real Ctrl+V from the clipboard). For each: the longest
 * main-thread task (PerformanceObserver 'longtask') and the longest animation frame ('long-animation-frame', which
 * also counts style and layout), from the input event to the full result, and the time to the first result (the
 * summary) and to the full result (aria-busy gone: everything due rendered). Each figure is the median of BENCH_RUNS
 * (3) runs on a fresh page, every run's value in brackets: on a shared 2-core machine one run says little.
 * BENCH_VERBOSE=1 prints each run's long tasks and animation frames (with the scripts in them) on stderr.
 * Run alone against any served build to measure another version (bench/RESULTS.md's "before" rows):
 * `node scripts/bench-biglog.ts http://127.0.0.1:PORT " (before)"` prints its rows as JSON.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { bigFileZillaLog } from '../tests/fixtures/big-log.ts';
import { BUDGETS } from './budgets.ts';
import { ms, type Row } from './bench-rows.ts';
import { findChromium } from './chromium.ts';

interface Perf {
  t0: number | null;
  first: number | null;
  full: number | null;
  tasks: [number, number][];
  frames: [number, number][];
  /** Long animation frames in detail, for BENCH_VERBOSE. */
  detail: unknown[];
}

/** Installed before the page's own scripts: the observers, and the moments the result shows and completes. */
function instrument(): void {
  const perf: Perf = { t0: null, first: null, full: null, tasks: [], frames: [], detail: [] };
  (window as unknown as { __perf: Perf }).__perf = perf;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) perf.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        perf.frames.push([e.startTime, e.duration]);
        const loaf = e as PerformanceEntry & {
          styleAndLayoutStart: number;
          renderStart: number;
          scripts: { invoker: string; duration: number; forcedStyleAndLayoutDuration: number }[];
        };
        perf.detail.push({
          at: Math.round(e.startTime),
          duration: Math.round(e.duration),
          render: Math.round(e.startTime + e.duration - loaf.renderStart),
          layout: Math.round(e.startTime + e.duration - loaf.styleAndLayoutStart),
          scripts: loaf.scripts.map(
            (x) =>
              `${x.invoker} ${Math.round(x.duration)} (forced layout ${Math.round(x.forcedStyleAndLayoutDuration)})`,
          ),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // An older Chromium without LoAF: longtask only.
  }
  const start = () => (perf.t0 ??= performance.now());
  addEventListener('paste', start, true);
  addEventListener('change', start, true);
  addEventListener('DOMContentLoaded', () => {
    const out = document.querySelector('[data-log-result]');
    if (!out) return;
    new MutationObserver(() => {
      if (perf.t0 === null || !out.querySelector('.decode-summary')) return;
      perf.first ??= performance.now();
      if (out.getAttribute('aria-busy') !== 'true' && out.querySelector('.exchange.failing'))
        perf.full ??= performance.now();
    }).observe(out, { subtree: true, childList: true, attributes: true });
  });
}

/** One decode of the log on a fresh page; null when this version of the page has no file input. */
async function once(
  browser: Browser,
  base: string,
  mode: 'file' | 'paste',
  log: string,
  path: string,
): Promise<{ task: number; frame: number; first: number; full: number } | null> {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    const page = await context.newPage();
    await page.addInitScript(instrument);
    await page.goto(`${base}/decode/`, { waitUntil: 'networkidle' });
    await page.locator('[data-island="log"][data-ready]').waitFor({ state: 'attached' });
    const file = page.locator('#log-file');
    if (mode === 'file') {
      if (!(await file.count())) return null;
      await file.setInputFiles(path);
    } else {
      await page.evaluate((text) => navigator.clipboard.writeText(text), log);
      await page.locator('#log').focus();
      await page.keyboard.press('ControlOrMeta+V');
    }
    await page.waitForFunction(() => (window as unknown as { __perf: Perf }).__perf.full !== null, undefined, {
      timeout: 180_000,
      polling: 500,
    });
    // Let the last frames land in the observers.
    await page.waitForTimeout(500);
    const perf = await page.evaluate(() => (window as unknown as { __perf: Perf }).__perf);
    const t0 = perf.t0 ?? 0;
    if (process.env.BENCH_VERBOSE) {
      const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]));
      console.error(
        mode,
        JSON.stringify({
          t0,
          marks,
          tasks: perf.tasks.map(([a, d]) => [Math.round(a - t0), Math.round(d)]),
          frames: perf.detail,
        }),
      );
    }
    const longest = (xs: [number, number][]) => Math.max(0, ...xs.filter(([at, d]) => at + d >= t0).map(([, d]) => d));
    return {
      task: longest(perf.tasks),
      frame: longest(perf.frames),
      first: (perf.first ?? 0) - t0,
      full: (perf.full ?? 0) - t0,
    };
  } finally {
    await context.close();
  }
}

export async function benchBigLog(browser: Browser, base: string, label = ''): Promise<Row[]> {
  const rows: Row[] = [];
  const add = (figure: string, value: string, budget = '—', pass: boolean | null = null) =>
    rows.push({ figure, value, budget, pass });
  const log = bigFileZillaLog();
  const mb = `${(Buffer.byteLength(log) / 1e6).toFixed(1)} MB`;
  // Opened from a path, as a reader's file is: a buffer would be built in the page by Playwright, on its main thread.
  const dir = mkdtempSync(join(tmpdir(), 'bench-biglog-'));
  const path = join(dir, 'big.log');
  writeFileSync(path, log);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  for (const mode of ['file', 'paste'] as const) {
    const how = mode === 'file' ? 'by file open' : 'by paste (Ctrl+V)';
    const seen = { task: [] as number[], frame: [] as number[], first: [] as number[], full: [] as number[] };
    for (let run = 0; run < runs; run++) {
      const figures = await once(browser, base, mode, log, path);
      if (!figures) break;
      for (const k of ['task', 'frame', 'first', 'full'] as const) seen[k].push(figures[k]);
    }
    if (!seen.task.length) {
      add(`big log${label}: ${mb} ${how}`, 'no file open in this version');
      continue;
    }
    const [task, frame] = [median(seen.task), median(seen.frame)];
    const budget = `≤ ${BUDGETS.longestTask} ms`;
    const of = `median of ${seen.task.length}`;
    const all = (xs: number[]) => ` (${xs.map((x) => x.toFixed(0)).join(', ')})`;
    add(
      `big log${label}: ${mb} ${how}, longest main-thread task, ${of}`,
      ms(task) + all(seen.task),
      budget,
      task <= BUDGETS.longestTask,
    );
    add(
      `big log${label}: ${mb} ${how}, longest animation frame, ${of}`,
      ms(frame) + all(seen.frame),
      budget,
      frame <= BUDGETS.longestTask,
    );
    add(`big log${label}: ${mb} ${how}, to first result (summary), ${of}`, ms(median(seen.first)));
    add(`big log${label}: ${mb} ${how}, to full result, ${of}`, ms(median(seen.full)));
  }
  rmSync(dir, { recursive: true, force: true });
  return rows;
}

if (import.meta.main) {
  const base = process.argv[2] ?? 'http://127.0.0.1:4321';
  const info = await findChromium();
  const browser = await chromium.launch({ executablePath: info.executablePath, args: info.args, headless: true });
  process.stdout.write(JSON.stringify(await benchBigLog(browser, base, process.argv[3] ?? '')));
  await browser.close();
}
