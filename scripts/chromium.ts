/**
 * Finds a Chromium for Playwright on this machine with no manual step: CHROMIUM_PATH if set, else the system
 * Chromium (Debian's `chromium`), else the one shipped inside the @sparticuz/chromium npm package (x64 Linux),
 * which is unpacked to the temp folder on first use.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export interface Browser {
  executablePath: string;
  args: string[];
  source: 'env' | 'system' | 'npm';
}

export async function findChromium(): Promise<Browser> {
  const env = process.env.CHROMIUM_PATH;
  if (env && existsSync(env)) return { executablePath: env, args: CHROMIUM_FLAGS, source: 'env' };
  const system = SYSTEM.find((p) => existsSync(p));
  if (system) return { executablePath: system, args: CHROMIUM_FLAGS, source: 'system' };
  const { default: chromium } = await import('@sparticuz/chromium');
  const executablePath = await chromium.executablePath();
  const args = [
    ...new Set([
      ...chromium.args.filter((a: string) => !a.startsWith('--headless') && a !== '--single-process'),
      ...CHROMIUM_FLAGS,
    ]),
  ];
  return { executablePath, args, source: 'npm' };
}
