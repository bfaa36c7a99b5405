/**
 * The decoder's answer for a person who is not an expert (#12 finding 2): the first failure in one plain sentence,
 * probes that failed harmlessly marked as such, and the client's own closing line (curl's exit code, ftplib's
 * exception) explained. On real captures from tests/fixtures/captures/.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from '../../../src/lib/decoder/decode.ts';
import { clientEnding } from '../../../src/lib/decoder/ending.ts';
import { loadCatalog } from '../../../scripts/load-catalog.ts';
import { loadContent } from '../../../src/node/content.ts';

const { catalog } = loadCatalog();
const capture = (path: string) => readFileSync(`tests/fixtures/captures/${path}/client.txt`, 'utf8');
const run = (path: string) => decode(capture(path), catalog);

describe('the plain sentence of the first failure', () => {
  it.each([
    [
      'vsftpd/curl-perm-denied',
      'The download of "secret.txt" failed: the server says the file does not exist or you may not read it. Check the name and the folder.',
    ],
    [
      'proftpd/ftplib2-missing-file',
      'The download of "nofile.txt" failed: the server says the file does not exist or you may not read it. Check the name and the folder.',
    ],
    [
      'vsftpd/curl-missing-file',
      'Checking the size of "nofile.txt" failed: the server says the file does not exist or you may not read it. Check the name and the folder.',
    ],
    [
      'vsftpd/lftp-login-fail',
      'The login failed: the server did not accept the user name or password. Check both (they are usually case-sensitive).',
    ],
    ['proftpd/curl-idle-timeout', /^The server closed the connection: .*Connect again\.$/],
  ])('%s', (path, sentence) => {
    const plain = run(path).firstFailure?.plain;
    if (typeof sentence === 'string') expect(plain).toBe(sentence);
    else expect(plain).toMatch(sentence);
  });

  it('has no jargon: no bare code, no RFC, no class pattern', () => {
    for (const path of ['vsftpd/curl-perm-denied', 'pure-ftpd/raw-login-fail', 'proftpd/lftp-missing-file']) {
      const plain = run(path).firstFailure?.plain ?? '';
      expect(plain, path).not.toMatch(/\b\d{3}\b|RFC|[1-6]yz/);
      expect(plain.length, path).toBeLessThan(200);
    }
  });

  it('falls back to the code summary for a command with no plain rule, and names the command', () => {
    const r = decode('220 hi\r\nNOOP\r\n550 Nope.\r\n', catalog);
    expect(r.firstFailure?.plain).toMatch(/^The command NOOP failed: the server refused the command for good/);
  });

  it('every command with a `doing` phrase and every advice rule with a plain text fills all its placeholders', () => {
    const content = loadContent();
    const texts = [
      ...content.commands.flatMap((c) => [c.doing ?? '', ...c.advice.map((a) => a.plain ?? '')]),
      ...content.advice.map((a) => a.plain ?? ''),
    ];
    for (const t of texts) expect(t).not.toMatch(/\{(?! ?(argument|command|doing|setup|address)(\|[^}]*)?\})/);
  });
});

describe('probes that failed harmlessly', () => {
  it('a SIZE refused after the real failure, while the client went on, is marked as a probe', () => {
    const r = run('proftpd/ftplib2-missing-file');
    const size = r.exchanges.find((x) => x.command === 'SIZE');
    const reply = r.messages[size?.replies[0]?.index ?? -1];
    expect(reply).toMatchObject({ dir: 's', code: 550, harmless: 'probe' });
    // The real failure is not.
    expect(r.messages[r.firstFailure?.index ?? -1]).not.toHaveProperty('harmless');
  });

  it("curl's refused AUTH TLS before a plain login is a harmless probe and no failure", () => {
    const r = run('pure-ftpd/curl-tls');
    expect(r.firstFailure).toBeNull();
    expect(r.messages.filter((m) => m.dir === 's' && m.harmless === 'probe').length).toBeGreaterThan(0);
  });

  it('a SIZE that ended the session (curl stops there) is the failure, not a probe', () => {
    const r = run('vsftpd/curl-missing-file');
    expect(r.messages.some((m) => m.dir === 's' && m.harmless)).toBe(false);
    expect(r.firstFailure?.code).toBe(550);
  });

  it("an aborted transfer's 426 is marked as expected, and is no failure", () => {
    for (const path of ['proftpd/curl-abor', 'vsftpd/ftplib2-abor']) {
      const r = run(path);
      expect(r.messages.filter((m) => m.dir === 's' && m.harmless).map((m) => m.dir === 's' && m.code)).toEqual([426]);
      expect(r.messages.find((m) => m.dir === 's' && m.code === 426)).toMatchObject({ harmless: 'aborted' });
      expect(r.firstFailure).toBeNull();
    }
  });
});

describe("the client's closing line", () => {
  it.each([
    ['vsftpd/curl-perm-denied', 'curl: (78) RETR response: 550', '78', 'CURLE_REMOTE_FILE_NOT_FOUND'],
    ['vsftpd/curl-missing-file', 'curl: (78) The file does not exist', '78', 'CURLE_REMOTE_FILE_NOT_FOUND'],
    ['vsftpd/curl-login-fail', 'curl: (67) Access denied: 530', '67', 'CURLE_LOGIN_DENIED'],
    ['pure-ftpd/curl-idle-timeout', 'curl: (28) Timeout was reached', '28', 'CURLE_OPERATION_TIMEDOUT'],
    ['proftpd/ftplib1-login-fail', /^ftplib\.error_perm: 530 /, 'error_perm', 'ftplib.error_perm'],
  ])('%s', (path, line, report, name) => {
    const ending = run(path).clientEnding;
    expect(ending).toMatchObject({ report, name });
    if (typeof line === 'string') expect(ending?.line).toBe(line);
    else expect(ending?.line).toMatch(line);
    expect(ending?.plain).toBeTruthy();
  });

  it('an exit code the file does not list is still read, without a name', () => {
    expect(clientEnding('curl: (99) Something new\n', catalog.clientErrors)).toMatchObject({
      client: 'curl',
      report: '99',
      name: null,
      plain: null,
    });
  });

  it('no closing line, no field (the contract stays as it was)', () => {
    expect(run('vsftpd/lftp-login-fail')).not.toHaveProperty('clientEnding');
    expect(decode('550', catalog)).not.toHaveProperty('clientEnding');
  });

  it('masks a password on the line and ignores lines that only mention curl', () => {
    expect(clientEnding('curl: (67) Access denied for ftp://u:hunter2@h/\n', [])?.line).not.toContain('hunter2');
    expect(clientEnding('  curl: (78) indented\nxcurl: (7) no\n', [])).toBeNull();
  });
});
