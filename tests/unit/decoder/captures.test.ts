/**
 * Real captures (tests/fixtures/captures/<server>/<client>-<scenario>/): the decoder reads the
 * client's output (client.txt) and must find the replies the server really sent, as recorded on the
 * control connection (wire.jsonl, ground truth), in order, line for line.
 *
 * What a client's output cannot show, and is therefore allowed to be missing (each case counted
 * and checked, never a blanket pass):
 * - TLS captures: the wire is readable only up to the reply to AUTH; only that part is compared.
 * - Trailing replies of a connection that the client never displays: when it exited with an error,
 *   when it aborted a transfer on that connection (ABOR or Telnet IP on the wire: lftp closes the
 *   connection, ftplib falls out of step or hangs and is killed), and curl's QUIT exchange, which
 *   curl sends silently at exit.
 * - Python ftplib at debug level 1: abort() reads the reply that follows ABOR without printing
 *   "*resp*", so that one reply is missing in the middle.
 * - lftp `quote`/`site` output: lftp prints those replies bare and drops one leading space of each
 *   continuation line; such replies are compared with that space removed.
 *
 * FileZilla and WinSCP cannot run here: their logs are CONSTRUCTED from each capture's wire.jsonl in
 * their documented log formats, and must decode back to the wire exactly.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { DecoderCatalog as Catalog } from '../../../src/lib/decoder/advice.ts';
import { decode, type DecodeResult } from '../../../src/lib/decoder/decode.ts';
import { commandVerb } from '../../../src/lib/decoder/formats/common.ts';
import {
  byConnection,
  clientText,
  filezillaLog,
  readWire,
  winscpLog,
  wireLines,
  type WireLine,
} from '../../fixtures/wire.ts';
import { parseReplies } from '../../../src/lib/decoder/reply.ts';

const ROOT = fileURLToPath(new URL('../../fixtures/captures/', import.meta.url));
const catalog: Catalog = { classes: [], categories: [], codes: [] };

interface Meta {
  server: string;
  client: string;
  scenario: string;
  exitCode?: number;
  wireEncryptedAfterAuth?: boolean;
}

interface Capture {
  path: string;
  dir: string;
  meta: Meta;
}

function findCaptures(): Capture[] {
  if (!existsSync(ROOT)) return [];
  const out: Capture[] = [];
  for (const server of readdirSync(ROOT, { withFileTypes: true })) {
    if (!server.isDirectory()) continue;
    for (const capture of readdirSync(join(ROOT, server.name), { withFileTypes: true })) {
      if (!capture.isDirectory()) continue;
      const dir = join(ROOT, server.name, capture.name);
      const metaFile = join(dir, 'meta.json');
      const meta = existsSync(metaFile) ? (JSON.parse(readFileSync(metaFile, 'utf8')) as Meta) : ({} as Meta);
      out.push({ path: `${server.name}/${capture.name}`, dir, meta });
    }
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

const captures = findCaptures();

/** The decoder format each capture client produces. */
const FORMAT_OF: Record<string, string> = {
  raw: 'raw',
  ftplib1: 'ftplib',
  ftplib2: 'ftplib',
  curl: 'curl',
  lftp: 'lftp',
  tnftp: 'tnftp',
};

/* ------------------------------------------------------------------ the wire */

interface WireReply {
  conn: number;
  lines: string[];
  /** The last command the client had sent when the reply began. */
  after: string;
  /** Whether the client had sent ABOR on this connection before the reply began. */
  abortBefore: boolean;
  /** Whether the client aborted a transfer at any time on this connection. */
  connAborted: boolean;
}

/** The server's replies, connection by connection, with what the client had sent before each. */
function wireReplies(lines: readonly WireLine[], interrupted: ReadonlySet<number> = new Set()): WireReply[] {
  const conns = [...new Set(lines.map((l) => l.conn))].sort((a, b) => a - b);
  const out: WireReply[] = [];
  for (const conn of conns) {
    const server: { text: string; after: string; abortBefore: boolean }[] = [];
    let after = '';
    let abortBefore = false;
    for (const l of lines) {
      if (l.conn !== conn) continue;
      if (l.dir === 'c') {
        after = commandVerb(l.text);
        if (after === 'ABOR') abortBefore = true;
      } else server.push({ text: l.text, after, abortBefore: abortBefore || l.afterInterrupt === true });
    }
    const connAborted = abortBefore || interrupted.has(conn);
    for (const r of parseReplies(server.map((x) => x.text)).replies) {
      const at = server[r.line - 1] as (typeof server)[number];
      out.push({ conn, lines: r.lines, after: at.after, abortBefore: at.abortBefore, connAborted });
    }
  }
  return out;
}

/* ------------------------------------------------------------------ comparison */

const key = (lines: readonly string[]) => lines.join('\n');
/** lftp's quote output: one leading space less on every line after the first. */
const lftpQuoted = (lines: readonly string[]) => lines.map((l, i) => (i > 0 && l.startsWith(' ') ? l.slice(1) : l));

interface Comparison {
  exact: boolean;
  /** What the client could not show, by rule. */
  allowed: string[];
  /** Differences no rule explains. */
  problems: string[];
}

function compare(capture: Capture, decoded: DecodeResult, truth: WireReply[]): Comparison {
  const got = decoded.messages.filter((m) => m.dir === 's').map((m) => m.lines);
  const client = capture.meta.client;
  const allowed: string[] = [];
  const problems: string[] = [];
  const exact = key(got.map(key)) === key(truth.map((t) => key(t.lines)));
  if (exact) return { exact, allowed, problems };

  if (capture.meta.wireEncryptedAfterAuth) {
    // Only the clear-text start is on record; it must be exactly what the client shows first.
    truth.forEach((t, i) => {
      if (key(got[i] ?? []) !== key(t.lines))
        problems.push(`reply ${i + 1}: got ${JSON.stringify(got[i])}, wire ${JSON.stringify(t.lines)}`);
    });
    if (problems.length === 0) allowed.push(`tls: ${got.length - truth.length} replies after AUTH not on the wire`);
    return { exact, allowed, problems };
  }

  const same = (g: readonly string[], t: WireReply): boolean =>
    key(g) === key(t.lines) || (client === 'lftp' && key(g) === key(lftpQuoted(t.lines)));
  let j = 0;
  const skipped: number[] = [];
  for (const [i, g] of got.entries()) {
    while (j < truth.length && !same(g, truth[j] as WireReply)) skipped.push(j++);
    if (j >= truth.length) {
      problems.push(`decoded reply ${i + 1} ${JSON.stringify(g)} is not on the wire (in order)`);
      return { exact, allowed, problems };
    }
    if (key(g) !== key((truth[j] as WireReply).lines))
      allowed.push(`lftp-quoted: reply ${j + 1} without one leading space per line`);
    j++;
  }
  for (let k = j; k < truth.length; k++) skipped.push(k);
  // The last wire reply of each connection that the decode shows: later ones are "trailing".
  const lastShown = new Map<number, number>();
  let m = 0;
  for (const g of got) {
    while (!same(g, truth[m] as WireReply)) m++;
    lastShown.set((truth[m] as WireReply).conn, m);
    m++;
  }
  for (const k of skipped) {
    const t = truth[k] as WireReply;
    const trailing = k > (lastShown.get(t.conn) ?? -1);
    const firstAfterAbort = t.abortBefore && !(truth[k - 1]?.abortBefore ?? false);
    if (!trailing) {
      if (client === 'ftplib1' && firstAfterAbort)
        allowed.push(`ftplib1-abort: reply ${k + 1} (${t.lines[0]}) read by abort() unprinted`);
      else problems.push(`wire reply ${k + 1} ${JSON.stringify(t.lines)} is missing from the decode`);
    } else if (capture.meta.exitCode !== undefined && capture.meta.exitCode !== 0)
      allowed.push(`exit ${capture.meta.exitCode}: reply ${k + 1} not shown`);
    else if (t.connAborted) allowed.push(`aborted: reply ${k + 1} (${t.lines[0]}) not shown`);
    else if (client === 'curl' && t.after === 'QUIT') allowed.push(`curl-quit: reply ${k + 1} to the silent QUIT`);
    else
      problems.push(
        `wire reply ${k + 1} ${JSON.stringify(t.lines)} at the end of connection ${t.conn} is missing from the decode`,
      );
  }
  return { exact, allowed, problems };
}

/* ------------------------------------------------------------------ tests */

/** FIXTURE_SUMMARY=1 prints how many captures matched exactly and which rules the others needed. */
const summary: { path: string; exact: boolean; allowed: string[] }[] = [];
afterAll(() => {
  if (!process.env['FIXTURE_SUMMARY']) return;
  const rules = new Map<string, number>();
  for (const s of summary)
    for (const a of new Set(s.allowed.map((x) => x.split(':')[0] as string))) rules.set(a, (rules.get(a) ?? 0) + 1);
  console.log(
    `captures: ${summary.length}, exact: ${summary.filter((s) => s.exact).length}, by rule: ${JSON.stringify(Object.fromEntries(rules))}`,
  );
});

describe('captures', () => {
  it('exist (the capture helper writes them; an empty directory must not pass)', () => {
    expect(captures.length, `no captures under ${ROOT}: run scripts/capture/capture.sh`).toBeGreaterThan(0);
  });

  it('are complete: client.txt, wire.jsonl and meta.json in every capture', () => {
    for (const c of captures) {
      for (const f of ['client.txt', 'wire.jsonl', 'meta.json'])
        expect(existsSync(join(c.dir, f)), `${c.path}/${f}`).toBe(true);
    }
  });

  it('cover every client format the decoder reads from real programs', () => {
    const clients = new Set(captures.map((c) => FORMAT_OF[c.meta.client]));
    for (const f of ['raw', 'ftplib', 'curl', 'lftp', 'tnftp'])
      expect(clients.has(f), `no capture for ${f}`).toBe(true);
  });

  it.each(captures.map((c) => [c.path, c] as const))('%s: decoded replies match the wire', (_path, capture) => {
    const text = readFileSync(join(capture.dir, 'client.txt'), 'utf8');
    const decoded = decode(text, catalog);
    expect(decoded.input).toBe(FORMAT_OF[capture.meta.client]);
    const wire = readWire(capture.dir);
    const truth = wireReplies(wire.lines, wire.interrupted);
    expect(truth.length, 'the wire holds at least one reply').toBeGreaterThan(0);
    const result = compare(capture, decoded, truth);
    summary.push({ path: capture.path, exact: result.exact, allowed: result.allowed });
    expect(result.problems).toEqual([]);
    // Whatever the client printed, no password survives the decode.
    expect(JSON.stringify(decoded)).not.toContain('s3cret');
  });
});

/* -------------------------------------------- constructed FileZilla / WinSCP logs */

function expectSameAsWire(decoded: DecodeResult, lines: readonly WireLine[]): void {
  const truth = wireReplies(lines);
  expect(decoded.messages.filter((m) => m.dir === 's').map((m) => m.lines)).toEqual(truth.map((t) => t.lines));
  expect(decoded.messages.filter((m) => m.dir === 'c').map((m) => m.lines[0])).toEqual(
    lines.filter((l) => l.dir === 'c').map((l) => clientText(l.text)),
  );
}

describe('constructed logs (CONSTRUCTED from the wire of real captures: FileZilla and WinSCP cannot run here)', () => {
  it.each(captures.map((c, i) => [c.path, c, i] as const))('%s as a FileZilla message log', (_path, capture, i) => {
    const lines = byConnection(wireLines(capture.dir));
    const decoded = decode(filezillaLog(lines, i % 3), catalog);
    expect(decoded.input).toBe('filezilla');
    expectSameAsWire(decoded, lines);
  });

  it.each(captures.map((c) => [c.path, c] as const))('%s as a WinSCP session log', (_path, capture) => {
    const lines = byConnection(wireLines(capture.dir));
    const decoded = decode(winscpLog(lines), catalog);
    expect(decoded.input).toBe('winscp');
    expectSameAsWire(decoded, lines);
  });
});
