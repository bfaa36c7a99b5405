/**
 * The decoder's part of `npm run bench`, run by scripts/bench.ts in a process of its own: throughput as a ratio to a
 * bare split('\n') over the same generated 10 MB log (the budget in scripts/budgets.ts), a 10 000-line log with
 * detection, and a 1 MB adversarial input. Prints its rows as JSON.
 */
import { readFileSync } from 'node:fs';
import { decode } from '../src/lib/decoder/decode.ts';
import { benchTable, ms } from './bench-rows.ts';
import { BUDGETS } from './budgets.ts';
import { loadCatalog } from './load-catalog.ts';

const { rows, add } = benchTable();

const { catalog } = loadCatalog();
const sample = readFileSync('tests/fixtures/captures/vsftpd/curl-missing-file/client.txt', 'utf8');
let log = '';
while (log.length < 10 * 1024 * 1024) log += sample;
// Five rounds, alternating, and the median of each: one cold run mostly measures the JIT and the machine's mood.
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const splits: number[] = [];
const decodes: number[] = [];
let parts = 0;
let result = decode('', catalog);
for (let round = 0; round < 5; round++) {
  const t0 = performance.now();
  parts = log.split('\n').length;
  splits.push(performance.now() - t0);
  const t1 = performance.now();
  result = decode(log, catalog, { format: 'curl', maxBytes: Infinity });
  decodes.push(performance.now() - t1);
}
const tSplit = median(splits);
const tDecode = median(decodes);
const ratio = tDecode / Math.max(tSplit, 0.001);
add(`decoder: 10 MB curl log (${parts} lines), split (median of 5)`, ms(tSplit));
add(`decoder: same log, decode (${result.messages.length} messages, median of 5)`, ms(tDecode));
add('decoder: ratio decode / split', `${ratio.toFixed(1)}×`, `≤ ${BUDGETS.decodeRatio}×`, ratio <= BUDGETS.decodeRatio);
const lines10k = sample.split('\n');
let ten = '';
while (ten.split('\n').length < 10_000) ten += `${lines10k.join('\n')}\n`;
const t2 = performance.now();
decode(ten, catalog);
add('decoder: 10 000-line log, detect + decode', ms(performance.now() - t2));
const adversarial =
  Array.from({ length: 100_000 }, (_, i) => `${100 + (i % 500)}-`)
    .join('\n')
    .slice(0, 700_000) + `\n${'9'.repeat(300_000)}`;
const t3 = performance.now();
decode(adversarial, catalog, { maxBytes: Infinity });
add('decoder: 1 MB adversarial (100 000 ddd- openers, a 300 kB line)', ms(performance.now() - t3), 'completes', true);

process.stdout.write(JSON.stringify(rows));
