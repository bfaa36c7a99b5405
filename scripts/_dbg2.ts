import { chromium } from '@playwright/test';
import { findChromium } from '/work/main/scripts/chromium.ts';
const c = await findChromium(); const b = await chromium.launch({ executablePath: c.executablePath, args: c.args });
const p = await b.newPage();
for (const q of process.argv.slice(2)) {
  await p.goto('http://127.0.0.1:4620/search/?q=' + encodeURIComponent(q));
  await p.waitForFunction(() => document.querySelector('main [role="status"]')?.textContent?.trim());
  await p.waitForTimeout(300);
  const links = await p.locator('main [aria-label="Search results"] li a, main ol li a').evaluateAll((as) => as.slice(0, 5).map((a) => a.getAttribute('href') + ' | ' + a.textContent?.trim().slice(0, 70)));
  console.log(q, '→', await p.locator('main [role="status"]').innerText(), '\n  ' + links.join('\n  '));
}
await b.close();
