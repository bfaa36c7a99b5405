/**
 * The replies servers sent in the real captures (tests/fixtures/captures/, made by scripts/capture/) that the RFCs do
 * not list for their command: written as `deviations` of content/servers/<id>.yaml, each with the capture it was seen
 * in. Replies are paired with their commands by the decoder (decode() on the client's log); only commands whose
 * `replies` are complete (content/commands/, `repliesComplete`) count, and the ABOR captures are left out.
 *
 *   npx node scripts/extract/servers/deviations.ts [--check]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq, parseDocument } from 'yaml';
import { loadContent } from '../../../src/node/content.ts';
import { decode } from '../../../src/lib/decoder/decode.ts';
import type { DecoderCatalog } from '../../../src/lib/decoder/decode.ts';
import { loadCatalog } from '../../load-catalog.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CAPTURES = join(ROOT, 'tests', 'fixtures', 'captures');
/** Capture server name → content/servers/ entry. */
const ENTRIES: Record<string, string> = {
  vsftpd: 'vsftpd-3.0',
  proftpd: 'proftpd-1.3.8',
  'pure-ftpd': 'pure-ftpd-1.0',
};

export interface Deviation {
  command: string;
  code: number;
  text: string;
  allowed: number[];
  rfc: { rfc: string; section: string };
  capture: string;
}

/** Each command of a decoded client log with the replies the decoder paired with it (ABOR and late replies handled). */
export function exchanges(log: string, catalog: DecoderCatalog): { command: string; code: number; text: string }[] {
  const d = decode(log, catalog);
  return d.exchanges.flatMap((x) =>
    x.kind === 'command' && x.command
      ? x.replies.map((r) => {
          const lines = d.messages[r.index]?.lines ?? [];
          return { command: x.command ?? '', code: r.code, text: (lines[lines.length - 1] ?? '').slice(4).trim() };
        })
      : [],
  );
}

function main(): void {
  const check = process.argv.includes('--check');
  const content = loadContent(undefined, { servers: false, clients: false });
  const commands = new Map(content.commands.map((c) => [c.name, c]));
  const { catalog } = loadCatalog();
  const index = JSON.parse(readFileSync(join(CAPTURES, 'index.json'), 'utf8')) as {
    captures: { path: string; server: string; scenario: string }[];
  };
  const found = new Map<string, Map<string, Deviation>>();
  for (const cap of index.captures) {
    const entry = ENTRIES[cap.server];
    const file = join(CAPTURES, cap.path, 'client.txt');
    // ABOR races the transfer's own replies: which command a reply answers is not clear enough there to call it wrong.
    if (!entry || cap.scenario === 'abor' || !existsSync(file)) continue;
    for (const x of exchanges(readFileSync(file, 'utf8'), catalog)) {
      const c = commands.get(x.command);
      if (!c?.repliesComplete) continue;
      const allowed = [...new Set(c.replies.flatMap((r) => [...r.codes, ...r.then]))].sort((a, b) => a - b);
      if (allowed.includes(x.code)) continue;
      const key = `${x.command} ${String(x.code)}`;
      const byEntry = found.get(entry) ?? new Map<string, Deviation>();
      found.set(entry, byEntry);
      const src = c.replies[0]?.source;
      if (!byEntry.has(key) && src)
        byEntry.set(key, {
          command: x.command,
          code: x.code,
          text: x.text,
          allowed,
          rfc: { rfc: src.rfc, section: src.section },
          capture: cap.path,
        });
    }
  }
  let differs = false;
  for (const entry of Object.values(ENTRIES)) {
    const path = join(ROOT, 'content', 'servers', `${entry}.yaml`);
    const text = readFileSync(path, 'utf8');
    const doc = parseDocument(text);
    if (!isMap(doc.contents)) continue;
    const list = [...(found.get(entry)?.values() ?? [])].sort(
      (a, b) => a.command.localeCompare(b.command) || a.code - b.code,
    );
    if (list.length) {
      const node = doc.createNode(list);
      for (const item of node.items)
        if (isMap(item))
          for (const pair of item.items) if (isMap(pair.value) || isSeq(pair.value)) pair.value.flow = true;
      doc.set('deviations', node);
    } else doc.delete('deviations');
    const out = doc.toString({ lineWidth: 0 });
    console.log(`${entry}: ${String(list.length)} deviations`);
    if (out === text) continue;
    differs = true;
    if (!check) writeFileSync(path, out);
  }
  if (check && differs) {
    console.error('content/servers/ differs from the captures: rerun without --check');
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
