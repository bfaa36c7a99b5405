/**
 * The catalogue the /decode/ page embeds (decoderCatalog → packDecoderCatalog → JSON → unpackDecoderCatalog) is cut
 * down to what the decoder reads: decoding every real capture with it gives the same result as with the full
 * catalogue (historic codes aside: they never had action texts in the browser, their advice uses the class row).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decoderCatalog, packDecoderCatalog, unpackDecoderCatalog, type PackedDecoderCatalog } from '../../src/lib/catalog.ts';
import { decode } from '../../src/lib/decoder/decode.ts';
import { loadCatalog, loadCommands } from '../../scripts/load-catalog.ts';
import { decoderCommandFields, decoderCommands, type DecoderCommandInput } from '../../src/lib/decoder/commands.ts';
import type { AdviceRule } from '../../src/schemas/advice.ts';

const { catalog } = loadCatalog();
const packed = JSON.parse(JSON.stringify(packDecoderCatalog(decoderCatalog(catalog)))) as PackedDecoderCatalog;
// The commands travel next to this catalogue: their decoder fields as JSON, projected again in the browser.
const loaded = loadCommands();
const fields = JSON.parse(JSON.stringify({ commands: decoderCommandFields(loaded.commands), advice: loaded.advice })) as {
  commands: DecoderCommandInput[];
  advice: AdviceRule[];
};
const browser = { ...unpackDecoderCatalog(packed), commands: decoderCommands(fields.commands, fields.advice) };
const historic = new Set(catalog.codes.filter((c) => c.status === 'historic').map((c) => c.code));

function captures(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? captures(path) : name === 'client.txt' ? [path] : [];
  });
}

const synthetic = [
  '550',
  '5yz',
  '10054',
  '999',
  '211-Features:\r\n MDTM\r\n211 End\r\n',
  '220 hi\r\nUSER a\r\n331 pw?\r\nPASS secret\r\n530 Login incorrect.\r\n',
  '220 hi\r\nTYPE I\r\n250 odd\r\nPWD\r\n257 "/"\r\nCDUP\r\n200 ok\r\nLPRT 1\r\n522 no\r\n',
  '220 hi\r\nRETR f\r\n599 what\r\n',
  '220 hi\r\nRETR f\r\n457 old\r\n',
  '220 hi\r\nSTOR f\r\n452 full\r\n',
];

describe('the decoder catalogue embedded in /decode/', () => {
  const texts = [...captures('tests/fixtures/captures').map((p) => readFileSync(p, 'utf8')), ...synthetic];

  it.each(texts.map((text, i) => [i, text] as const))('input %i decodes as with the full catalogue', (_i, text) => {
    const full = decode(text, catalog);
    const small = decode(text, browser);
    expect(small.messages).toEqual(full.messages);
    expect(small.exchanges).toEqual(full.exchanges);
    expect(small.warnings).toEqual(full.warnings);
    expect(small.input).toBe(full.input);
    const f = full.firstFailure;
    if (f && historic.has(f.code)) {
      expect(small.firstFailure).toMatchObject({ index: f.index, code: f.code });
      expect(small.firstFailure?.advice).toMatch(/[45]yz: /);
    } else {
      expect(small.firstFailure).toEqual(f);
    }
  });

  it('keeps the digit rows the decoder reads', () => {
    expect(browser.classes.map((r) => [r.id, r.digit, r.name])).toEqual(catalog.classes.map((r) => [r.id, r.digit, r.name]));
    expect(browser.categories.map((r) => [r.id, r.digit, r.name])).toEqual(catalog.categories.map((r) => [r.id, r.digit, r.name]));
    expect(browser.classes.find((r) => r.digit === 5)?.summary).toBe(catalog.classes.find((r) => r.digit === 5)?.summary);
  });

  it('carries actions only for failures, titles for every code', () => {
    expect(browser.codes.map((c) => [c.code, c.title])).toEqual(catalog.codes.map((c) => [c.code, c.title]));
    for (const c of browser.codes) if (c.action) expect(Math.floor(c.code / 100)).toBeGreaterThanOrEqual(4);
    expect(browser.codes.find((c) => c.code === 550)?.action).toBe(catalog.codes.find((c) => c.code === 550)?.action);
  });
});
