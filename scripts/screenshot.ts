/**
 * Screenshots of pages for people to look at (and the README's image):
 *   node scripts/screenshot.ts URL OUT.png [--dark] [--width 320] [--nojs] [--full]
 */
import { chromium } from 'playwright-core';
import { findChromium } from './chromium.ts';

const [url, out] = process.argv.slice(2).filter((a) => !a.startsWith('--') && !/^\d+$/.test(a));
const flag = (f: string) => process.argv.includes(`--${f}`);
const wi = process.argv.indexOf('--width');
const width = wi > 0 ? Number(process.argv[wi + 1]) : 1280;
if (!url || !out) {
  console.error('usage: node scripts/screenshot.ts URL OUT.png [--dark] [--width N] [--nojs] [--full]');
  process.exit(2);
}
const b = await findChromium();
const browser = await chromium.launch({ executablePath: b.executablePath, args: b.args, headless: true });
const page = await browser.newPage({
  viewport: { width, height: 900 },
  colorScheme: flag('dark') ? 'dark' : 'light',
  javaScriptEnabled: !flag('nojs'),
});
await page.goto(url, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: flag('full') });
await browser.close();
console.log(`${out} (${b.source} Chromium)`);
