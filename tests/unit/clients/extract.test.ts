import { describe, expect, it } from 'vitest';
import {
  captureNear,
  curlCodes,
  entries,
  ExtractError,
  lineOf,
  mergeMappings,
  quoted,
} from '../../../scripts/extract/clients/parse.ts';
import { applyRule } from '../../../scripts/extract/clients/spec.ts';

const C = `static int size_resp(int ftpcode)
{
  if(ftpcode == 550) {
    failf(data, "The file does not exist");
    return CURLE_REMOTE_FILE_NOT_FOUND;
  }
}
static int get_resp(int ftpcode)
{
  failf(data, "RETR response: %03d", ftpcode);
  return CURLE_FTP_COULDNT_RETR_FILE;
}`;

describe('client extractor parsing', () => {
  it('finds the 1-based line of an anchor, optionally after another line', () => {
    expect(lineOf(C, 'failf(')).toBe(4);
    expect(lineOf(C, 'failf(', 'get_resp')).toBe(10);
    expect(() => lineOf(C, 'no such text')).toThrow(ExtractError);
  });

  it('captures a constant on or after the anchor line, within a window', () => {
    expect(captureNear(C, 4, /\b(CURLE_[A-Z_]+)\b/)).toEqual({ value: 'CURLE_REMOTE_FILE_NOT_FOUND', line: 5 });
    expect(() => captureNear(C, 1, /\b(CURLE_[A-Z_]+)\b/, 2)).toThrow(ExtractError);
  });

  it('reads the first string literal of a line, unescaping quotes', () => {
    expect(quoted('    failf(data, "RETR response: %03d", ftpcode);')).toBe('RETR response: %03d');
    expect(quoted('x = "say \\"hi\\"";')).toBe('say "hi"');
    expect(quoted('no string')).toBeUndefined();
  });

  it('reads NAME = NUMBER tables with their lines', () => {
    const java =
      'class FTPReply {\n    public static final int NOT_LOGGED_IN = 530;\n    public static final int FILE_UNAVAILABLE = 550;\n}';
    expect(entries(java, /public static final int ([A-Z_]+) = (\d+);/)).toEqual([
      { name: 'NOT_LOGGED_IN', value: 530, line: 2 },
      { name: 'FILE_UNAVAILABLE', value: 550, line: 3 },
    ]);
  });

  it('numbers the CURLcode enum by position and checks the numbers curl.h writes in comments', () => {
    const h =
      'typedef enum {\n  CURLE_OK = 0,\n  CURLE_UNSUPPORTED_PROTOCOL,    /* 1 */\n  CURLE_FAILED_INIT,             /* 2 */\n  CURLE_URL_MALFORMAT,\n  CURL_LAST\n} CURLcode;';
    expect([...curlCodes(h)]).toEqual([
      ['CURLE_OK', 0],
      ['CURLE_UNSUPPORTED_PROTOCOL', 1],
      ['CURLE_FAILED_INIT', 2],
      ['CURLE_URL_MALFORMAT', 3],
    ]);
    expect(() => curlCodes(h.replace('/* 2 */', '/* 7 */'))).toThrow(/counted 2, comment says 7/);
  });

  it('applies a rule: line, captured report, message, and fails when the code it relies on moved', () => {
    const rule = {
      id: 'size-550',
      file: 'lib/ftp.c',
      anchor: 'The file does not exist',
      kind: 'constant' as const,
      capture: /\b(CURLE_[A-Z_]+)\b/,
      message: true,
      codes: [550],
      commands: ['SIZE'],
      expect: ['ftpcode == 550'],
    };
    expect(applyRule(C, rule)).toEqual({
      id: 'size-550',
      codes: [550],
      classes: [],
      commands: ['SIZE'],
      kind: 'constant',
      report: 'CURLE_REMOTE_FILE_NOT_FOUND',
      message: 'The file does not exist',
      file: 'lib/ftp.c',
      line: 4,
    });
    expect(() => applyRule(C.replace('ftpcode == 550', 'ftpcode == 551'), rule)).toThrow(/not near line 4/);
  });

  it('merges by id: extracted fields replaced, our words kept, vanished extracted mappings dropped', () => {
    const old = [
      { id: 'a', report: 'OLD', file: 'f', line: 1, when: 'ours' },
      { id: 'gone', report: 'X', file: 'f', line: 2 },
      { id: 'vendor', report: 'Y', url: 'https://example.org/' },
    ];
    const fresh = [
      {
        id: 'a',
        codes: [550],
        classes: [],
        commands: [],
        kind: 'constant' as const,
        report: 'NEW',
        file: 'f',
        line: 9,
      },
    ];
    expect(mergeMappings(old, fresh)).toEqual([
      { ...fresh[0], when: 'ours' },
      { id: 'vendor', report: 'Y', url: 'https://example.org/' },
    ]);
    expect(() => mergeMappings([], [...fresh, ...fresh])).toThrow(ExtractError);
  });
});
