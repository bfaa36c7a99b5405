/**
 * Writes content/command-captures.yaml from the real-server captures (tests/fixtures/captures/*\/*\/wire.jsonl): for
 * each command, one exchange per server and distinct sequence of reply codes — the command line as sent (a password
 * masked) and the first line of each reply until the next command. The command pages show them as examples and
 * compare them with the replies the RFCs list.
 *
 *   npx node scripts/extract/command-captures.ts [--check]
 *
 * --check writes nothing and exits 1 when the file differs from what the captures hold.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dump } from 'js-yaml';
import { readWire, clientText } from '../../tests/fixtures/wire.ts';
import { loadContent } from '../../src/node/content.ts';
import type { CapturedExchange, CommandCapture } from '../../src/schemas/command-capture.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CAPTURES = join(ROOT, 'tests/fixtures/captures');
const OUT = join(ROOT, 'content/command-captures.yaml');

interface Index {
  servers: Record<string, { version: string }>;
}

/** The exchanges of one capture: each client line with the first line of each complete reply after it. */
export function exchangesOf(lines: readonly { conn: number; dir: 'c' | 's'; text: string }[]) {
  const out: { conn: number; line: string; replies: string[] }[] = [];
  const open = new Map<number, { line: string; replies: string[] }>();
  const multi = new Map<number, string>();
  for (const l of lines) {
    if (l.dir === 'c') {
      const ex = { line: clientText(l.text), replies: [] as string[] };
      out.push({ conn: l.conn, ...ex });
      open.set(l.conn, out[out.length - 1] as { line: string; replies: string[] });
      continue;
    }
    const pending = multi.get(l.conn);
    if (pending) {
      // A multi-line reply ends at the line that starts with its code and a space (RFC 959 §4.2).
      if (l.text.startsWith(`${pending} `)) multi.delete(l.conn);
      continue;
    }
    const m = /^(\d{3})([ -])/.exec(l.text);
    if (!m) continue;
    if (m[2] === '-') multi.set(l.conn, m[1] ?? '');
    open.get(l.conn)?.replies.push(l.text);
  }
  return out.filter((e) => e.replies.length > 0);
}

export function extract(): CommandCapture[] {
  const index = JSON.parse(readFileSync(join(CAPTURES, 'index.json'), 'utf8')) as Index;
  const known = new Set(loadContent(undefined, { servers: false, clients: false }).commands.map((c) => c.name));
  const byCommand = new Map<string, CapturedExchange[]>();
  const seen = new Set<string>();
  for (const server of readdirSync(CAPTURES).sort()) {
    const version = index.servers[server]?.version;
    if (!version) continue;
    // The raw client first: its sessions are the plainest examples; then the other clients in name order.
    const dirs = readdirSync(join(CAPTURES, server)).sort((a, b) =>
      a.startsWith('raw-') === b.startsWith('raw-') ? a.localeCompare(b) : a.startsWith('raw-') ? -1 : 1,
    );
    for (const dir of dirs) {
      for (const ex of exchangesOf(readWire(join(CAPTURES, server, dir)).lines)) {
        const verb = (ex.line.split(' ')[0] ?? '').toUpperCase();
        if (!known.has(verb)) continue;
        const codes = ex.replies.map((r) => r.slice(0, 3)).join(' ');
        const key = `${verb} ${server} ${codes}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const list = byCommand.get(verb) ?? [];
        list.push({ server, version, capture: `${server}/${dir}`, line: ex.line, replies: ex.replies });
        byCommand.set(verb, list);
      }
    }
  }
  return [...byCommand].sort(([a], [b]) => a.localeCompare(b)).map(([id, exchanges]) => ({ id, exchanges }));
}

export function render(entries: readonly CommandCapture[]): string {
  return [
    '# Written by scripts/extract/command-captures.ts from tests/fixtures/captures/ — do not edit by hand.',
    '# Per command: what each captured server answered, one exchange per distinct sequence of reply codes.',
    dump(entries, { lineWidth: 120, flowLevel: 4 }),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const text = render(extract());
  if (process.argv.includes('--check')) {
    const now = readFileSync(OUT, 'utf8');
    if (now !== text) {
      console.error(
        'content/command-captures.yaml differs from the captures: run npx node scripts/extract/command-captures.ts',
      );
      process.exit(1);
    }
  } else {
    writeFileSync(OUT, text);
    console.log(`content/command-captures.yaml: ${String(text.split('\n- id:').length - 1)} commands`);
  }
}
