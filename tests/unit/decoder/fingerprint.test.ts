/**
 * decode() over every capture (the client's own output, and the FileZilla and WinSCP logs built from its wire) gives
 * the same result as the decoder did before the read-model restructuring (03bc8a8). The expected hashes in
 * tests/fixtures/decode-fingerprint.json were computed once with that code; a change that alters the decoder's output
 * on purpose must say so and recompute them in its own commit.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decode } from '../../../src/lib/decoder/decode.ts';
import { loadCatalog } from '../../../scripts/load-catalog.ts';
import { filezillaLog, readWire, winscpLog } from '../../fixtures/wire.ts';

const ROOT = fileURLToPath(new URL('../../fixtures/captures/', import.meta.url));
const expected = JSON.parse(
  readFileSync(new URL('../../fixtures/decode-fingerprint.json', import.meta.url), 'utf8'),
) as Record<string, string>;
const { catalog } = loadCatalog();
const hash = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 16);

function fingerprints(): Record<string, string> {
  const out: Record<string, string> = {};
  const servers = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory());
  for (const server of servers.map((d) => d.name).sort()) {
    for (const name of readdirSync(join(ROOT, server)).sort()) {
      const dir = join(ROOT, server, name);
      out[`${server}/${name}`] = hash(decode(readFileSync(join(dir, 'client.txt'), 'utf8'), catalog));
      const { lines } = readWire(dir);
      out[`${server}/${name}#filezilla0`] = hash(decode(filezillaLog(lines, 0), catalog));
      out[`${server}/${name}#filezilla1`] = hash(decode(filezillaLog(lines, 1), catalog));
      out[`${server}/${name}#winscp`] = hash(decode(winscpLog(lines), catalog));
    }
  }
  return out;
}

describe('decode() fingerprint over all captures', () => {
  it('covers every capture four ways', () => {
    expect(Object.keys(expected).length).toBeGreaterThan(1200);
  });
  it('is unchanged', () => {
    expect(fingerprints()).toEqual(expected);
  });
});
