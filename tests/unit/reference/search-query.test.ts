import { describe, expect, it } from 'vitest';
import {
  mergePartial,
  readQuery,
  rerank,
  socketErrorCode,
  STATUS_FACTOR,
} from '../../../src/lib/reference/search-query.ts';
import { readFileSync } from 'node:fs';
import { loadReference } from '../../../scripts/load-catalog.ts';
import { matchClientLine } from '../../../src/lib/reference/client-match.ts';
import { matchGroups } from '../../../src/lib/server-match.ts';
import type { Status } from '../../../src/schemas/common.ts';

describe('rerank', () => {
  // Pagefind's own scores for these searches before the re-rank (built index, 2026-11): the codes in use came second.
  it('puts standard codes in use above non-standard, extension and historic ones for the same words', () => {
    const status = new Map<string, Status>([
      ['430', 'nonstandard'],
      ['228', 'extension'],
      ['229', 'extension'],
      ['423', 'historic'],
      ['453', 'historic'],
    ]);
    const ids = (rs: { id: string }[]) => rs.map((r) => r.id);
    expect(
      ids(
        rerank(
          [
            { id: '430', score: 13.61 },
            { id: '530', score: 13.28 },
          ],
          status,
        ),
      ),
    ).toEqual(['530', '430']);
    expect(
      ids(
        rerank(
          [
            { id: '228', score: 49 },
            { id: '227', score: 41.45 },
            { id: '229', score: 40.37 },
            { id: 'rfc1579', score: 17.35 },
          ],
          status,
        ),
      ),
    ).toEqual(['227', '228', '229', 'rfc1579']);
    expect(
      ids(
        rerank(
          [
            { id: '423', score: 58.54 },
            { id: '453', score: 49.07 },
            { id: '452', score: 28.01 },
          ],
          status,
        ),
      ),
    ).toEqual(['452', '423', '453']);
  });

  it('keeps the order of equal scores and of pages that are not codes', () => {
    const rs = [
      { id: 'a', score: 2 },
      { id: 'b', score: 2 },
      { id: 'c', score: 1 },
    ];
    expect(rerank(rs, new Map()).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(rs.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('counts standard codes fully and orders the other statuses', () => {
    expect(STATUS_FACTOR.standard).toBe(1);
    expect(STATUS_FACTOR.extension).toBeGreaterThan(STATUS_FACTOR.nonstandard);
    expect(STATUS_FACTOR.nonstandard).toBeGreaterThan(STATUS_FACTOR.historic);
  });
});

describe('readQuery', () => {
  const known = new Set(loadReference().codes.map((c) => c.code));
  const read = (q: string) => readQuery(q, (n) => known.has(n));

  it('finds the code of a reply line and keeps the words, not the count', () => {
    expect(read('421 Too many connections (8) from this IP')).toEqual({
      code: 421,
      terms: ['too', 'many', 'connections', 'ip'],
    });
  });

  // Real lines from tests/fixtures/real-server-messages.json and real-client-reports.json.
  it.each([
    ['<12/3/2025 11:23:17 AM> FTP Session 87 11.222.33.44 myUsername [Response] 550 No such file or directory', 550],
    ['Response:   530 Login authentication failed', 530],
    ['3. 提示530 Login authentication failed ftp: Login failed', 530],
    ['ftplib.error_perm: 550 /photo_gallery/hi-res/planetary/mars/: No such file or directory', 550],
    ['curl: (67) Access denied: 530', 530],
    ['FtpCommandException: Code: 553 Message: Could not create file.', 553],
    ['E/CDVFtp: execute: upload error=it.sauronsoftware.ftp4j.FTPException [code=425, message= Unable to build', 425],
    ['System.Net.WebException: The remote server returned an error: (550) File unavailable', 550],
    ['I got the 530 Authentication failed error when login with user name and password in FileZilla.', 530],
    ['what does 550 mean', 550],
    ['227 Entering Passive Mode (192,168,1,20,195,80).', 227],
  ])('%s → %i', (line, code) => {
    expect(read(line).code).toBe(code);
  });

  it('does not take a count, a time, a port or an address for a code', () => {
    for (const q of [
      'Connection timed out after 120 seconds of inactivity',
      'ftp.example.org:221 refused',
      'Could not connect to 192.168.200.250',
      'ProFTPD 1.3.5 Server',
      'Sorry, max 200 users',
      '2025-03-04 12:00:01 connection reset',
    ])
      expect(read(q).code, q).toBeNull();
    expect(read('Winsock error 10054 connection reset').code).toBe(10054);
  });

  it('takes out paths, addresses, times, log labels, quotes and question words', () => {
    const { terms } = read(
      '2024-01-02T10:11:12Z Response: 550 "/home/ann/a.txt": No such file or directory (from 10.0.0.5:2121)',
    );
    expect(terms).toEqual(['no', 'such', 'file', 'directory']);
    expect(read('how do I fix "425 Can’t open data connection"?').terms).toEqual([
      "can't",
      'open',
      'data',
      'connection',
    ]);
    expect(read('Error: Connection timed out after 20 seconds of inactivity').terms).toEqual([
      'connection',
      'timed',
      'out',
      'after',
      'seconds',
      'inactivity',
    ]);
  });

  it('keeps identifiers whole (the index holds them whole) and drops host and file names', () => {
    expect(read('ftplib.error_perm: 550 Failed to open file.').terms).toEqual([
      'ftplib.error_perm',
      'failed',
      'open',
      'file',
    ]);
    expect(read('pasv_address').terms).toEqual(['pasv_address']);
    expect(read('MasqueradeAddress').terms).toEqual(['MasqueradeAddress']);
    expect(read('FtpStatusCode.NotLoggedIn').terms).toEqual(['FtpStatusCode.NotLoggedIn']);
    expect(read('upload of report.pdf to ftp.example.org failed').terms).toEqual(['upload', 'failed']);
    expect(read('Bad PASV/EPSV response').terms).toEqual(['bad', 'pasv', 'epsv', 'response']);
  });
});

describe('mergePartial', () => {
  it('ranks the page holding the rarest words first and ignores words most pages hold', () => {
    const r = (id: string, score = 1) => ({ id, score });
    const common = Array.from({ length: 80 }, (_, i) => r(`p${String(i)}`));
    const merged = mergePartial(
      [
        [r('a', 3), r('b', 1), r('c', 1), r('d', 1)], // "connections": 4 pages
        [r('b', 2)], // "inactivity": 1 page
        common, // "the": most pages
      ],
      100,
    );
    expect(merged.map((m) => m.id).slice(0, 2)).toEqual(['b', 'a']);
    expect(merged.some((m) => m.id === 'p0')).toBe(false);
  });

  it('uses the common words when there is nothing else', () => {
    expect(mergePartial([[{ id: 'x', score: 1 }]], 1).map((m) => m.id)).toEqual(['x']);
    expect(mergePartial([], 10)).toEqual([]);
  });
});

describe('the code of real pasted lines (tests/fixtures/real-*.json)', () => {
  const ref = loadReference();
  const known = new Set(ref.codes.map((c) => c.code));
  const fixture = (name: string): unknown =>
    JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8'));
  const list = (x: unknown, key: string): { text: string; code: number }[] => {
    const rows = typeof x === 'object' && x !== null && key in x ? (x as Record<string, unknown>)[key] : [];
    return (Array.isArray(rows) ? rows : []).map((r: { text: string; code?: number; label?: { code: number } }) => ({
      text: r.text,
      code: r.code ?? r.label?.code ?? 0,
    }));
  };

  it('search names the labelled code of every real server line and client report', () => {
    const lines = [
      ...list(fixture('real-server-messages.json'), 'lines'),
      ...list(fixture('real-client-reports.json'), 'reports'),
    ];
    // As the search island does (src/islands/search-paste.ts): the code the line names, else the client's report of
    // it, else the code of a server message matched well.
    const messages = ref.servers.flatMap((s) => s.messages);
    const codeOf = (text: string) => {
      const named = readQuery(text, (n) => known.has(n)).code ?? matchClientLine(text, ref.clients)?.code;
      const best = named === undefined ? matchGroups(text, messages, 1)[0] : undefined;
      return named ?? (best && best.score >= 60 ? best.code : null);
    };
    const missed = lines.filter((l) => codeOf(l.text) !== l.code);
    console.log(
      `real lines, code named: ${String(lines.length - missed.length)}/${String(lines.length)}` +
        missed.map((m) => `\n  missed: ${m.text.slice(0, 90)}`).join(''),
    );
    expect(missed).toEqual([]);
  });
});

describe('the known messages file (/data/messages.json)', () => {
  it('sends each message as a row and reads it back whole', async () => {
    const { fromRow, toRow } = await import('../../../src/lib/reference/search-paste.ts');
    const full = {
      code: 530,
      text: 'Login incorrect.',
      server: 'vsftpd-3.0',
      also: ['pure-ftpd-1.0'],
      id: 'x',
      fix: 'f',
      condition: 'c',
    };
    expect(fromRow(toRow(full))).toEqual(full);
    const bare = { code: 550, text: 'Permission denied.', server: 'vsftpd-3.0' };
    expect(toRow(bare)).toEqual([550, 'Permission denied.', 'vsftpd-3.0']);
    expect(fromRow(toRow(bare))).toEqual(bare);
    const fixOnly = { code: 500, text: 'OOPS', server: 'vsftpd-3.0', id: 'oops', fix: 'set it' };
    expect(fromRow(toRow(fixOnly))).toEqual(fixOnly);
  });
});

describe('readQuery: socket errors name their Winsock page', () => {
  const known = (n: number) => [421, 425, 10054, 10060, 10061].includes(n);
  it('reads errno names and strerror texts as the Winsock code', () => {
    expect(readQuery('connect ECONNREFUSED 84.16.79.226:21', known).code).toBe(10061);
    expect(readQuery('Cannot connect to server: dial tcp 127.0.0.1:21: connect: connection refused', known).code).toBe(
      10061,
    );
    expect(
      readQuery('Errore:\tLa connessione dati non può essere stabilita. ECONNREFUSED - Connessione rifiutata', known)
        .code,
    ).toBe(10061);
    expect(readQuery('read ECONNRESET', known).code).toBe(10054);
    expect(readQuery('Connection reset by peer', known).code).toBe(10054);
    expect(readQuery('Error: connect ETIMEDOUT 10.0.0.1:21', known).code).toBe(10060);
    expect(socketErrorCode('WSAECONNREFUSED')).toBe(10061);
  });
  it('keeps the reply code a line names, and leaves timeouts of a client alone', () => {
    expect(readQuery('425 Failed to establish connection: connection refused', known).code).toBe(425);
    expect(readQuery('Error: Connection timed out after 20 seconds of inactivity', known).code).toBeNull();
    expect(readQuery('ECONNREFUSED', () => false).code).toBeNull();
    expect(readQuery('connect ECONNREFUSED', known).terms).toContain('econnrefused');
  });
});

describe('readQuery: a directory named alone is a word', () => {
  it('keeps "etc/" and "/lib" but drops longer paths', () => {
    expect(readQuery('I could not create etc/ directory', () => false).terms).toEqual([
      'not',
      'create',
      'etc',
      'directory',
    ]);
    expect(readQuery('mkdir /lib denied', () => false).terms).toContain('lib');
    expect(readQuery('550 /var/log/x.txt: Permission denied', () => true).terms).toEqual(['permission', 'denied']);
  });
});
