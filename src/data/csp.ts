/**
 * The Content-Security-Policy of every page, as a <meta> tag (works on any static host). Scripts run only from this
 * site or as the exact inline scripts whose hashes are listed: no 'unsafe-inline' for scripts. connect-src 'self'
 * keeps what a reader pastes from being sent anywhere else; Pagefind needs 'wasm-unsafe-eval' for its WebAssembly.
 */
import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';
import bootSource from '../islands/boot.js?raw';

/** The inline boot script of every page, minified once per build; the CSP hashes this exact text. */
export const boot = transformSync(bootSource, { minify: true, target: 'es2022' }).code.trim();

export function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...inlineScripts.map(sha256)].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}
