/**
 * A reply the RFCs do not allow for its command is marked on its exchange, with the allowed set and the section that
 * lists it (DESIGN.md contract: information, not an error). The sets come from content/commands/ (`replies`,
 * `repliesComplete`), never from code: only commands whose RFC lists every reply get a mark.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../scripts/load-catalog.ts';
import { decode } from '../../../src/lib/decoder/decode.ts';
import { unlistedText } from '../../../src/lib/decoder/exchange.ts';
import { filezillaLog, readWire, winscpLog } from '../../fixtures/wire.ts';

const { catalog } = loadCatalog();
const raw = (...lines: string[]) => decode(lines.join('\r\n'), catalog, { format: 'raw' });
const marks = (text: string) =>
  decode(text, catalog).exchanges.flatMap((x) => (x.unlisted ?? []).map((u) => `${String(x.command)} ${u.code}`));

describe('replies the RFCs do not list for their command', () => {
  it('marks 227 to PORT with the allowed set and the section, and says so in words', () => {
    const r = raw('220 hi', 'USER a', '331 p', 'PASS b', '230 ok', 'PORT 127,0,0,1,4,1', '227 Entering Passive Mode');
    const port = r.exchanges.find((x) => x.command === 'PORT');
    expect(port?.unlisted).toEqual([
      { index: 6, code: 227, allowed: [200, 500, 501, 421, 530], sources: [{ rfc: '959', section: '5.4' }] },
    ]);
    expect(port && unlistedText('PORT', port.unlisted?.[0] ?? { index: 0, code: 0, allowed: [], sources: [] })).toBe(
      'RFC 959 §5.4 lists 200, 500, 501, 421, 530 for PORT; 227 is not among them.',
    );
    // Information, not an error: no warning, no failure.
    expect(r.warnings).toEqual([]);
    expect(r.firstFailure).toBeNull();
  });

  it('never marks 421 (any command may get it) nor a 6yz protected reply', () => {
    expect(raw('220 hi', 'CWD x', '421 Timeout.').exchanges.some((x) => x.unlisted)).toBe(false);
    expect(raw('220 hi', 'PWD', '631 base64').exchanges.some((x) => x.unlisted)).toBe(false);
  });

  it('handles preliminary replies: listed ones are fine, one to a command that lists none is marked', () => {
    const ok = raw('220 hi', 'RETR a', '150 go', '226 done', 'STOR b', '125 go', '110 MARK 1 = 2', '250 ok');
    expect(ok.exchanges.some((x) => x.unlisted)).toBe(false);
    const cwd = raw('220 hi', 'CWD x', '150 what', '250 ok').exchanges.find((x) => x.command === 'CWD');
    expect(cwd?.unlisted?.map((u) => u.code)).toEqual([150]);
  });

  it('says nothing of commands whose replies no RFC lists completely (extensions, SITE, CDUP, unknown verbs)', () => {
    const r = raw(
      '220 hi',
      'FEAT',
      '500 no',
      'EPSV',
      '200 odd',
      'SITE CHMOD 1 a',
      '227 odd',
      'CDUP',
      '257 odd',
      'XYZZY',
      '227 odd',
    );
    expect(r.exchanges.some((x) => x.unlisted)).toBe(false);
  });

  it('does not mark where the pairing is unsure: after ABOR, or the reply of an ABOR the log does not show', () => {
    // Pure-FTPd sends no final reply to an aborted RETR nor to ABOR: NOOP's 200 and QUIT's 221 move up one command.
    expect(marks(readCapture('pure-ftpd', 'raw-abor'))).toEqual([]);
    // ftplib at level 1 does not print the ABOR it sends: vsftpd's "225 No transfer to ABOR." follows RETR.
    expect(marks(readCapture('vsftpd', 'ftplib1-abor'))).toEqual([]);
  });
});

const ROOT = fileURLToPath(new URL('../../fixtures/captures/', import.meta.url));
function readCapture(server: string, name: string): string {
  return readFileSync(join(ROOT, server, name, 'client.txt'), 'utf8');
}

/**
 * The real-server captures: clean sessions get no mark. The marks found are real deviations from RFC 959 §5.4, checked
 * by reading each capture:
 * - PWD before login: vsftpd, ProFTPD and Pure-FTPd answer 530; §5.4 lists 257, 500, 501, 502, 421, 550 for PWD.
 * - STOR refused by permissions: ProFTPD answers 550; §5.4 lists 553 (and 532, 450, 452, 551, 552), not 550, for STOR.
 * - PASV after EPSV ALL: vsftpd answers 550; §5.4 lists 227, 500, 501, 502, 421, 530 for PASV (RFC 2428 §4 asks
 *   for an error but names no code).
 */
const DEVIATIONS: Record<string, string[]> = {
  'PWD 530': ['vsftpd/lftp-login-fail', 'proftpd/raw-login-fail', 'pure-ftpd/raw-login-fail'],
  'STOR 550': ['proftpd/ftplib1-perm-denied'],
  'PASV 550': ['vsftpd/raw-epsv'],
};

describe('the real-server captures', () => {
  const found = new Map<string, Set<string>>();
  for (const server of readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const name of readdirSync(join(ROOT, server.name))) {
      const dir = join(ROOT, server.name, name);
      const { lines } = readWire(dir);
      for (const text of [readFileSync(join(dir, 'client.txt'), 'utf8'), filezillaLog(lines, 0), winscpLog(lines)]) {
        for (const mark of marks(text)) found.set(mark, (found.get(mark) ?? new Set()).add(`${server.name}/${name}`));
      }
    }
  }

  it('mark only the deviations read and justified above, in the captures listed', () => {
    const got = Object.fromEntries([...found].map(([k, v]) => [k, [...v]]));
    for (const [mark, captures] of Object.entries(DEVIATIONS)) {
      expect(got[mark], mark).toEqual(expect.arrayContaining(captures));
    }
    expect(Object.keys(got).sort()).toEqual(Object.keys(DEVIATIONS).sort());
    // Every other capture, clean or failing for another reason, has no mark.
    const marked = new Set([...found.values()].flatMap((v) => [...v]));
    const listed = new Set(Object.values(DEVIATIONS).flat());
    const others = [...marked].filter((c) => !listed.has(c) && !/(login-fail|perm-denied|epsv)$/.test(c));
    expect(others).toEqual([]);
  });

  it('clean sessions (logins that work, transfers, listings) get no mark', () => {
    const marked = new Set([...found.values()].flatMap((v) => [...v]));
    const clean = [...marked].filter((c) =>
      /(login-ok|passive|active|rest-retr|size-mdtm|stor-dele|mkd-rmd|tls)$/.test(c),
    );
    expect(clean).toEqual([]);
  });
});
