/**
 * `npm test`: every gate, cheap checks first (STYLE.md §9):
 *   astro check → unit tests → build → checks over dist (links, fragments, html-validate, budgets) → Playwright + axe.
 * Finds a Chromium on its own (scripts/chromium.ts). Ends with one line "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './chromium.ts';

interface Counts {
  passed: number;
  failed: number;
}
const total: Counts = { passed: 0, failed: 0 };
const dashdash = process.argv.indexOf('--');
const only = process.argv.slice(2, dashdash < 0 ? undefined : dashdash);
/** Extra arguments for Playwright after `--`, e.g. `npm run test:e2e -- tests/e2e/decode.spec.ts`. */
const extra = dashdash < 0 ? [] : process.argv.slice(dashdash + 1);
const want = (step: string) => only.length === 0 || only.includes(step);

function run(label: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  const started = Date.now();
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  const ok = r.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function vitestCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const r = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  rmSync(file);
  return { passed: r.numPassedTests, failed: r.numFailedTests };
}

function playwrightCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const r = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number } };
  rmSync(file);
  return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected };
}

function add(c: Counts, ok: boolean): void {
  total.passed += c.passed;
  total.failed += c.failed + (ok || c.failed > 0 ? 0 : 1);
}

let ok = true;
if (want('check')) {
  const passed = run('astro check', 'astro', ['check']);
  add({ passed: passed ? 1 : 0, failed: 0 }, passed);
  ok &&= passed;
}
if (want('unit')) {
  const passed = run('unit tests', 'vitest', ['run', '--reporter=default', '--reporter=json', '--outputFile=.vitest-unit.json']);
  add(vitestCounts('.vitest-unit.json'), passed);
  ok &&= passed;
}
if (want('build')) {
  const passed = run('build', 'npm', ['run', 'build']);
  add({ passed: passed ? 1 : 0, failed: 0 }, passed);
  ok &&= passed;
}
if (want('dist') && existsSync('dist/index.html')) {
  const passed = run('checks over dist', 'vitest', ['run', '--config', 'vitest.site.config.ts', '--reporter=default', '--reporter=json', '--outputFile=.vitest-dist.json']);
  add(vitestCounts('.vitest-dist.json'), passed);
  ok &&= passed;
}
if (want('base')) {
  // The same site built for a subfolder (BASE=/ftp/) must link to itself correctly too.
  const env = { BASE: '/ftp/', OUT_DIR: 'dist-ftp' };
  const built = run('build under /ftp/', 'npm', ['run', 'build'], env);
  const passed =
    built &&
    run('checks over dist-ftp', 'vitest', ['run', '--config', 'vitest.site.config.ts', '--reporter=default', '--reporter=json', '--outputFile=.vitest-base.json'], env);
  add(built ? vitestCounts('.vitest-base.json') : { passed: 0, failed: 0 }, passed);
  ok &&= passed;
}
if (want('e2e') && existsSync('dist/index.html')) {
  const browser = await findChromium();
  console.log(`\nChromium: ${browser.executablePath} (${browser.source})`);
  const passed = run('e2e + axe', 'playwright', ['test', '--reporter=list,json', ...extra], {
    PW_CHROMIUM: browser.executablePath,
    PW_CHROMIUM_ARGS: JSON.stringify(browser.args),
    PLAYWRIGHT_JSON_OUTPUT_NAME: '.playwright.json',
  });
  add(playwrightCounts('.playwright.json'), passed);
  ok &&= passed;
}
console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exit(ok && total.failed === 0 ? 0 : 1);
