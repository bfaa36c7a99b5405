/**
 * Server logs (formats/vsftpd.ts, filezilla-server.ts, pure-ftpd.ts, proftpd.ts) and the ftp client's own error lines
 * (formats/tnftp.ts), on lines from tests/fixtures/real-logs/.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../scripts/load-catalog.ts';
import { decode } from '../../../src/lib/decoder/decode.ts';

const { catalog } = loadCatalog();
const read = (text: string) => {
  const r = decode(text, catalog);
  return {
    input: r.input,
    messages: r.messages.map((m) => `${m.dir} ${m.lines.join('⏎')}`),
    failure: r.firstFailure && { code: r.firstFailure.code, error: r.firstFailure.error },
  };
};

describe('server logs', () => {
  it('vsftpd with log_ftp_protocol (FreePBX#906)', () => {
    expect(
      read(
        'Thu Nov  6 16:51:40 2025 [pid 16100] CONNECT: Client "X"\nThu Nov  6 16:51:40 2025 [pid 16100] FTP response: Client "X", "220 (vsFTPd 3.0.3)"\nThu Nov  6 16:51:40 2025 [pid 16100] FTP command: Client "X", "USER Y"\nThu Nov  6 16:51:40 2025 [pid 16100] [Y] FTP response: Client "X", "331 Please specify the password."\nThu Nov  6 16:51:40 2025 [pid 16100] [Y] FTP command: Client "X", "PASS <password>"\nThu Nov  6 16:51:42 2025 [pid 16100] [Y] FAIL LOGIN: Client "X"',
      ),
    ).toEqual({
      input: 'vsftpd',
      messages: ['s 220 (vsFTPd 3.0.3)', 'c USER Y', 's 331 Please specify the password.', 'c PASS ****'],
      failure: { code: null, error: 'FAIL LOGIN: Client "X"' },
    });
  });

  it('FileZilla Server 1.x, first session only (curlftpfs#9)', () => {
    const r = read(
      '<12/3/2025 11:23:11 AM> FTP Session 87 11.222.33.44 me [Command] PWD\n<12/3/2025 11:23:11 AM> FTP Session 88 11.222.33.45 [Response] 220 hi\n<12/3/2025 11:23:11 AM> FTP Session 87 11.222.33.44 me [Response] 257 "/" is current directory.\n<12/3/2025 11:23:17 AM> FTP Session 87 11.222.33.44 me [Command] LIST -a\n<12/3/2025 11:23:17 AM> FTP Session 87 11.222.33.44 me [Response] 550 No such file or directory',
    );
    expect(r).toEqual({
      input: 'fzserver',
      messages: ['c PWD', 's 257 "/" is current directory.', 'c LIST -a', 's 550 No such file or directory'],
      failure: { code: 550, error: undefined },
    });
    expect(
      decode('<x> FTP Session 1 a [Command] PWD\n<x> FTP Session 2 b [Response] 220 hi', catalog).warnings.map(
        (w) => w.text,
      ),
    ).toContain('1 lines of other sessions than session 1 were left out.');
  });

  it('Pure-FTPd syslog at debug level (crazy-max/docker-pure-ftpd#2, stilliard/docker-pure-ftpd#181)', () => {
    expect(
      read(
        'Jan  4 11:14:17 f8 pure-ftpd: (toto@192.168.1.122) [DEBUG] Command [pasv] []\nJan  4 11:14:17 f8 pure-ftpd: (toto@192.168.1.122) [DEBUG] 227 Entering Passive Mode (109,1,2,3,117,57)',
      ),
    ).toEqual({
      input: 'pureftpd',
      messages: ['c PASV', 's 227 Entering Passive Mode (109,1,2,3,117,57)'],
      failure: null,
    });
    expect(
      read(
        "Mar 10 16:25:09 e2 pure-ftpd: (?@*****) [DEBUG] Command [user] [*******]\nMar 10 16:25:09 e2 pure-ftpd: (?@*****) [DEBUG] Command [pass] [<*>]\nMar 10 16:25:09 e2 pure-ftpd: (?@*****) [WARNING] Sorry, but I can't trust you",
      ),
    ).toEqual({
      input: 'pureftpd',
      messages: ['c USER *******', 'c PASS ****'],
      failure: { code: null, error: "Sorry, but I can't trust you" },
    });
  });

  it('ProFTPD syslog: the failed login is the failure (ProFTPd-Admin#3)', () => {
    expect(
      read(
        'Feb 5 21:28:39 Tower proftpd[20949]: 127.0.0.1 (192.168.178.98[192.168.178.98]) - USER bozo (Login failed): No such user found.',
      ),
    ).toEqual({
      input: 'proftpd',
      messages: [],
      failure: { code: null, error: 'USER bozo (Login failed): No such user found.' },
    });
  });
});

describe("the ftp client's own error lines", () => {
  it('ftp: connect: … after a 227 is the failure (QuorumDMS/ftp-srv#19)', () => {
    const r = decode(
      '230 User logged in, proceed\nRemote system type is UNIX.\nftp> ls\n227 Entering Passive Mode (10,0,0,5,35,40)\nftp: connect: Connection timed out\nftp>',
      catalog,
    );
    expect(r.firstFailure).toMatchObject({ code: null, error: 'connect: Connection timed out' });
  });

  it('curl\'s own "curl: (28) …" is the failure when no reply failed before it', () => {
    const r = decode(
      '* Connected to h (1.2.3.4) port 21 (#0)\n< 220 hi\n> PASV\n< 227 Entering Passive Mode (10,0,0,5,4,1)\n> LIST\ncurl: (28) Timeout was reached',
      catalog,
    );
    expect(r.input).toBe('curl');
    expect(r.firstFailure).toMatchObject({ code: null, error: '(28) Timeout was reached' });
    expect(r.firstFailure?.advice).toContain('10.0.0.5');
    // After a failing reply, curl's line only repeats it.
    const denied = decode(
      '* Connected to h (1.2.3.4) port 21 (#0)\n< 220 hi\n> PASS x\n< 530 no\ncurl: (67) Access denied: 530',
      catalog,
    );
    expect(denied.firstFailure).toMatchObject({ code: 530 });
  });
});
