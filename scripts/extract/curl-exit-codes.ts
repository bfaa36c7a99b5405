/**
 * Checks content/client-errors.yaml against curl's include/curl/curl.h at the tag it cites: every curl entry's exit
 * code must be the CURLcode enum value of its name, on the line it cites. Exits 1 on a mismatch.
 *   node scripts/extract/curl-exit-codes.ts [GIT_DIR]   (default $MIRRORS/curl+curl/repo, MIRRORS=/work/.mirror)
 * Prints the enum (value, name, line) with --list, for adding an entry.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { z } from 'zod';
import { clientError } from '../../src/schemas/client-error.ts';

const gitDir =
  process.argv.slice(2).find((a) => !a.startsWith('--')) ?? `${process.env.MIRRORS ?? '/work/.mirror'}/curl+curl/repo`;
const entries = z.array(clientError).parse(yaml.load(readFileSync('content/client-errors.yaml', 'utf8')));
const curl = entries.filter((e) => e.client === 'curl');
const tag = curl[0]?.source.tag ?? 'curl-8_21_0';
const header = execFileSync('git', ['--git-dir', gitDir, 'show', `${tag}:include/curl/curl.h`], { encoding: 'utf8' });

/** The CURLcode enum: CURLE_OK = 0, then one more per entry (curl.h numbers them in comments only). */
const lines = header.split('\n');
const start = lines.findIndex((l) => /^\s*CURLE_OK = 0,/.test(l));
const table = new Map<string, { value: number; line: number }>();
let value = 0;
for (let i = start; i >= 0 && i < lines.length; i++) {
  const m = /^\s*(CURLE_[A-Z0-9_]+|CURL_LAST)\b/.exec(lines[i] ?? '');
  if (!m?.[1]) continue;
  if (m[1] === 'CURL_LAST') break;
  table.set(m[1], { value: value++, line: i + 1 });
}
if (process.argv.includes('--list')) for (const [name, v] of table) console.log(v.value, name, `line ${v.line}`);
let bad = 0;
for (const e of curl) {
  const found = table.get(e.name);
  if (!found || String(found.value) !== e.report || found.line !== e.source.line || e.source.tag !== tag) {
    console.error(
      `${e.id}: ${e.name} is ${found ? `${found.value} at line ${found.line}` : 'not in the enum'} at ${tag}`,
    );
    bad++;
  }
}
console.log(`${curl.length - bad}/${curl.length} curl exit codes match include/curl/curl.h at ${tag}`);
process.exit(bad ? 1 : 0);
