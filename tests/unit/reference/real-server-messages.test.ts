/**
 * Real pasted lines (tests/fixtures/real-server-messages.json, from public issue threads) against the matcher and
 * content/servers/. A line counts as found when the best match has the labelled code and template, from one of the
 * labelled servers (any server when the thread does not say). The hit rate is printed; the test fails if it drops
 * below the figure measured when the fixture was collected, so a regression shows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadReference } from '../../../scripts/load-catalog.ts';
import { matchMessages } from '../../../src/lib/server-match.ts';

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
  const best = matchMessages(line.text, all, 1)[0]?.message;
  if (!best) return false;
  const { code, servers, template } = line.label;
  return (
    best.code === code &&
    shape(best.text) === shape(template) &&
    (servers.length === 0 || servers.includes(best.server))
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
    expect(rate).toBeGreaterThanOrEqual(0.8);
  });
});
