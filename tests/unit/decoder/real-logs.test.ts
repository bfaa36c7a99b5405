/**
 * The decoder on real logs people pasted into public issue trackers (tests/fixtures/real-logs/, labelled by hand in
 * labels.yaml before the decoder ran on them). Per log: are the replies the decoder reads the labelled ones, in order,
 * and is its first failure the labelled one (a code, "line" for a failure a non-reply line states, or none)?
 *
 * Logs the decoder still gets wrong are listed in EXPECTED_TO_FAIL with the reason; the test fails when one of them
 * starts passing, so fixing it means taking it off the list.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../scripts/load-catalog.ts';
import { decode, type DecodeResult } from '../../../src/lib/decoder/decode.ts';

interface Label {
  id: string;
  source: string;
  kind: string;
  replies: number[];
  failure: number | 'line' | null;
  clientSide: boolean;
  note?: string;
}

const DIR = new URL('../../fixtures/real-logs/', import.meta.url);

function isLabel(value: unknown): value is Label {
  if (typeof value !== 'object' || value === null) return false;
  const v: Record<string, unknown> = { ...value };
  return (
    typeof v.id === 'string' &&
    typeof v.source === 'string' &&
    /^https:\/\//.test(v.source) &&
    Array.isArray(v.replies) &&
    v.replies.every((c) => typeof c === 'number') &&
    (v.failure === null || v.failure === 'line' || typeof v.failure === 'number') &&
    typeof v.clientSide === 'boolean'
  );
}

const raw: unknown = load(readFileSync(new URL('labels.yaml', DIR), 'utf8'));
const labels: Label[] = Array.isArray(raw) ? raw.filter(isLabel) : [];

/**
 * Logs the decoder does not read right yet, and why. An entry that starts passing fails the test: take it off.
 */
const EXPECTED_TO_FAIL: Record<string, string> = {
  'ftp-script-output-backup-rotation-2':
    'the script output shows no commands: nothing tells that the first 550 answers an MKD of a directory that exists already, which the script works past; the 553 of the upload is the failure',
};

const { catalog } = loadCatalog();

/** What the decoder says about a log, in the labels' terms. */
function outcome(result: DecodeResult): { replies: number[]; failure: number | 'line' | null } {
  const replies = result.messages.flatMap((m) => (m.dir === 's' ? [m.code] : []));
  const f = result.firstFailure;
  return { replies, failure: f === null ? null : (f.code ?? 'line') };
}

const results = labels.map((label) => {
  const text = readFileSync(new URL(`${label.id}.log`, DIR), 'utf8');
  const got = outcome(decode(text, catalog));
  const repliesRight = JSON.stringify(got.replies) === JSON.stringify(label.replies);
  const failureRight = got.failure === label.failure;
  return { label, got, repliesRight, failureRight };
});

describe('real logs', () => {
  it('has at least 40 labelled logs, each with its file', () => {
    expect(Array.isArray(raw) && raw.length).toBe(labels.length);
    expect(labels.length).toBeGreaterThanOrEqual(40);
    expect(new Set(labels.map((l) => l.id)).size).toBe(labels.length);
  });

  it('lists only known logs as expected to fail', () => {
    const ids = new Set(labels.map((l) => l.id));
    expect(Object.keys(EXPECTED_TO_FAIL).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(results.map((r) => [r.label.id, r] as const))('%s', (id, r) => {
    const right = r.repliesRight && r.failureRight;
    const expectedToFail = id in EXPECTED_TO_FAIL;
    if (expectedToFail) {
      expect(right, `${id} now decodes right: take it off EXPECTED_TO_FAIL`).toBe(false);
      return;
    }
    expect({ replies: r.got.replies, failure: r.got.failure }).toEqual({
      replies: r.label.replies,
      failure: r.label.failure,
    });
  });

  it('reports the score', () => {
    const replies = results.filter((r) => r.repliesRight).length;
    const failures = results.filter((r) => r.failureRight).length;
    const both = results.filter((r) => r.repliesRight && r.failureRight).length;
    console.info(
      `real logs: ${results.length}; replies right ${replies}; first failure right ${failures}; both ${both}`,
    );
    expect(both).toBe(results.length - Object.keys(EXPECTED_TO_FAIL).length);
  });
});
