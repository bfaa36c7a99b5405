/**
 * Real pasted lines (tests/fixtures/real-server-messages.json, from public issue threads) against the matcher and
 * content/servers/. A line counts as found when the best match has the labelled code and template, from one of the
 * labelled servers (any server when the thread does not say). Several servers may send the same wording (vsftpd and
 * FileZilla Server both say "500 Illegal PORT command."): the best match is that wording with every server that sends
 * it, as search shows it, and it counts when the labelled server is one of them. The hit rate is printed; the test
 * fails if it drops below the figure last measured, so a regression shows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadReference } from '../../../scripts/load-catalog.ts';
import { matchGroups } from '../../../src/lib/server-match.ts';

interface Line {
  text: string;
  url: string;
  label: { code: number; servers: string[]; template: string };
}

function isLine(x: unknown): x is Line {
  return typeof x === 'object' && x !== null && 'text' in x && 'url' in x && 'label' in x;
}

const raw: unknown = JSON.parse(
  readFileSync(new URL('../../fixtures/real-server-messages.json', import.meta.url), 'utf8'),
);
const lines: Line[] =
  typeof raw === 'object' && raw !== null && 'lines' in raw && Array.isArray(raw.lines) ? raw.lines.filter(isLine) : [];
const ref = loadReference();
const all = ref.servers.flatMap((s) => s.messages);

/** Placeholder names do not matter: a server may send one wording from two places that name the value differently. */
const shape = (t: string) => t.replace(/\{[a-z0-9_]+\}/g, '{}');

function found(line: Line): boolean {
  const best = matchGroups(line.text, all, 1)[0];
  if (!best) return false;
  const { code, servers, template } = line.label;
  return best.messages.some(
    (m) => m.code === code && shape(m.text) === shape(template) && (servers.length === 0 || servers.includes(m.server)),
  );
}

describe('real pasted server lines', () => {
  it('the fixture holds at least 25 lines, each from a public thread', () => {
    expect(lines.length).toBeGreaterThanOrEqual(25);
    for (const l of lines) expect(l.url).toMatch(/^https:\/\//);
  });

  it('finds the labelled message for most of them', () => {
    const misses = lines.filter((l) => !found(l));
    const rate = (lines.length - misses.length) / lines.length;
    console.log(
      `real-server-messages: ${String(lines.length - misses.length)}/${String(lines.length)} found` +
        misses.map((m) => `\n  missed: ${m.text.slice(0, 90)} (${m.url})`).join(''),
    );
    // 31 of 37 before issue 13 item 4; the lines still missed need messages content/servers/ does not hold yet
    // (pyftpdlib's "Authentication failed.", Pure-FTPd's "Can't change directory to …", FileZilla Server's "No such
    // file or directory").
    expect(rate).toBeGreaterThanOrEqual(34 / 37);
  });
});
