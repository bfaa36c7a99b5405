/**
 * Debug output with a prefix before a direction mark (formats/prefixed.ts), and transcripts that mark every line ">"
 * (formats/raw.ts), on lines from tests/fixtures/real-logs/: the content decides the direction, whatever the mark.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../scripts/load-catalog.ts';
import { decode } from '../../../src/lib/decoder/decode.ts';

const { catalog } = loadCatalog();
const compact = (text: string) => {
  const r = decode(text, catalog);
  return { input: r.input, messages: r.messages.map((m) => `${m.dir} ${m.lines.join('⏎')}`) };
};

describe('prefixed debug output', () => {
  it.each([
    [
      'Dart ftpconnect (ftpConnect#33)',
      '[10.10.2021 00:14:21.414] > SIZE a.jpg\n[10.10.2021 00:14:22.020] < 213 170945\n\n[10.10.2021 00:14:22.630] Opening DataSocket to Port 1826',
      ['c SIZE a.jpg', 's 213 170945'],
    ],
    [
      'fineFTP server: ">>" is what it sent (fineftp-server#9)',
      'FTP >> 220 Welcome to fineFTP Server\n\nFTP << USER anonymous\nFTP >> 331 Please enter password',
      ['s 220 Welcome to fineFTP Server', 'c USER anonymous', 's 331 Please enter password'],
    ],
    [
      'pyftpdlib 0.6, lines start with the address (pyftpdlib#141)',
      '192.168.0.7:38413 ==> 220 pyftpdlib 0.6.0 ready.\n192.168.0.7:38413 <== USER user\n[]@192.168.0.7:38413 Disconnected. ',
      ['s 220 pyftpdlib 0.6.0 ready.', 'c USER user'],
    ],
    [
      'FileZilla Server 0.9: ">" both ways (aikuma#128)',
      '(000001)29/11/2013 11:49:04 - (not logged in) (192.168.1.1)> Connected, sending welcome message...\n(000001)29/11/2013 11:49:04 - (not logged in) (192.168.1.1)> 220-FileZilla Server version 0.9.41 beta\n(000001)29/11/2013 11:49:04 - (not logged in) (192.168.1.1)> 220 Please visit\n(000001)29/11/2013 11:49:04 - (not logged in) (192.168.1.1)> USER aikuma',
      ['s 220-FileZilla Server version 0.9.41 beta⏎220 Please visit', 'c USER aikuma'],
    ],
    [
      'node-ftp, quoted, each reply printed twice (node-ftp#167)',
      "[connection] < '220 VxWorks FTP server ready.\\r\\n'\n[parser] < '220 VxWorks FTP server ready.\\r\\n'\n[parser] Response: code=220, buffer='VxWorks FTP server ready.'\n[connection] > 'AUTH TLS'\n[connection] < '200 AUTH command ok\\r\\n'",
      ['s 220 VxWorks FTP server ready.', 'c AUTH TLS', 's 200 AUTH command ok'],
    ],
    [
      'Ruby Net::FTP debug_mode (ruby/net-ftp#16)',
      'put: USER USER\nget: 331\nput: PASS *****\nget: 230',
      ['c USER USER', 's 331', 'c PASS ****', 's 230'],
    ],
  ])('%s', (_name, text, messages) => {
    expect(compact(text)).toEqual({ input: 'prefixed', messages });
  });

  it("Ruby's Net::FTPProtoError is the client refusing a reply: the first failure (ruby/net-ftp#16)", () => {
    const r = decode(
      "put: PASV\nget: 227 192,168,7,97,199,99\n/usr/lib/ruby/net/ftp.rb:1399:in `parse227': 227 192,168,7,97,199,99 (Net::FTPProtoError)",
      catalog,
    );
    expect(r.input).toBe('prefixed');
    expect(r.firstFailure).toMatchObject({ code: null, index: 1 });
  });

  it('leaves a transcript marked at the start of the line to raw, curl and WinSCP', () => {
    expect(decode('> USER a\n< 331 pw\n> PASS x\n< 230 ok', catalog).input).toBe('raw');
  });
});

describe('a transcript with every line marked ">" (basic-ftp#145)', () => {
  it('reads replies as replies and skips the program’s own messages', () => {
    expect(
      compact(
        '> Connected on port 2121, sending welcome message...\n> 220-FileZilla Server 0.9.60 beta\n> 220 Please visit\n> USER admin\n> 331 Password required for admin\n> PASV\n> 227 Entering Passive Mode (192,168,88,150,249,2)\n> 421 Connection timed out.',
      ),
    ).toEqual({
      input: 'raw',
      messages: [
        's 220-FileZilla Server 0.9.60 beta⏎220 Please visit',
        'c USER admin',
        's 331 Password required for admin',
        'c PASV',
        's 227 Entering Passive Mode (192,168,88,150,249,2)',
        's 421 Connection timed out.',
      ],
    });
  });
});

describe('ordinary words are no commands', () => {
  it('"GET /x" that Windows ftp.exe echoes from a script is no command; an unknown word refused as one is', () => {
    expect(
      compact(
        '230 ok\nbinary\n530 Log in with USER and PASS first.\nGET /MS14-058.exe\n530 Log in with USER and PASS first.',
      ).messages,
    ).toEqual(['s 230 ok', 's 530 Log in with USER and PASS first.', 's 530 Log in with USER and PASS first.']);
    expect(compact('230 ok\nFOOBAR\n500 FOOBAR not understood').messages).toEqual([
      's 230 ok',
      'c FOOBAR',
      's 500 FOOBAR not understood',
    ]);
    expect(compact('FTP server ready, welcome\n220 ok').messages).toEqual(['s 220 ok']);
  });

  it('a log of replies only (a script without -v) is no series of greetings', () => {
    const r = decode(
      "550 Can't create directory: File exists\n250 OK. Current directory is /backups\n553 Can't open that file",
      catalog,
    );
    expect(r.warnings.map((w) => w.text).join('\n')).not.toContain('greets');
  });
});
