/**
 * The decoder names the server (DESIGN.md contract `server`) and marks the replies a known server sends
 * (`messages[].serverMessage`): on real logs labelled by hand (tests/fixtures/real-logs/labels.yaml `server`), on the
 * real-server captures, and on the banners of every product content/servers/ holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../scripts/load-catalog.ts';
import { decode, type DecodeResult } from '../../../src/lib/decoder/decode.ts';
import { inVersionLine } from '../../../src/lib/decoder/server.ts';

const { catalog } = loadCatalog({ servers: true });
const named = (r: DecodeResult) => (r.server ? { name: r.server.name, version: r.server.version } : null);

interface Labelled {
  id: string;
  server?: { name: string; version: string | null };
}
const DIR = new URL('../../fixtures/real-logs/', import.meta.url);
const labels = (load(readFileSync(new URL('labels.yaml', DIR), 'utf8')) as Labelled[]).map((l) => ({
  id: l.id,
  server: l.server ?? null,
}));

describe('the server of a real log', () => {
  const results = labels.map((l) => ({
    ...l,
    got: named(decode(readFileSync(new URL(`${l.id}.log`, DIR), 'utf8'), catalog)),
  }));

  it.each(results.map((r) => [r.id, r] as const))('%s', (_id, r) => {
    expect(r.got).toEqual(r.server);
  });

  it('reports the score', () => {
    const known = results.filter((r) => r.server);
    const right = known.filter((r) => JSON.stringify(r.got) === JSON.stringify(r.server)).length;
    const falseIds = results.filter((r) => !r.server && r.got).length;
    console.info(
      `server named right in ${right} of ${known.length} real logs that tell it; wrongly named in ${falseIds} of ${results.length - known.length} that do not`,
    );
    expect(right).toBe(known.length);
    expect(falseIds).toBe(0);
  });
});

describe('the server of a capture', () => {
  const ROOT = fileURLToPath(new URL('../../fixtures/captures/', import.meta.url));
  const products: Record<string, string> = { vsftpd: 'vsftpd', proftpd: 'ProFTPD', 'pure-ftpd': 'Pure-FTPd' };
  for (const server of Object.keys(products)) {
    it(`every ${server} capture names ${server} or nothing, never another server`, () => {
      const names = new Map<string, number>();
      for (const name of readdirSync(join(ROOT, server))) {
        const r = decode(readFileSync(join(ROOT, server, name, 'client.txt'), 'utf8'), catalog);
        const key = r.server ? r.server.name : 'none';
        names.set(key, (names.get(key) ?? 0) + 1);
        if (r.server) expect(r.server.name).toBe(products[server]);
      }
      // Most clients print the greeting; the ones that do not (curl without -v, …) name nothing.
      expect(names.get(products[server] ?? '') ?? 0).toBeGreaterThan(0);
    });
  }
});

describe('banners, SYST and FEAT', () => {
  it.each([
    ['220 (vsFTPd 3.0.3)', 'vsftpd', '3.0.3'],
    ['220 ProFTPD 1.3.8 Server (Debian) [::ffff:127.0.0.1]', 'ProFTPD', '1.3.8'],
    ['220---------- Welcome to Pure-FTPd [privsep] [TLS] ----------\n220 bye', 'Pure-FTPd', null],
    ['220-FileZilla Server 1.8.0\n220 Please visit https://filezilla-project.org/', 'FileZilla Server', '1.8.0'],
    ['220 Microsoft FTP Service', 'Microsoft IIS FTP service', null],
    ['220 pyftpdlib 1.5.7 ready.', 'pyftpdlib', '1.5.7'],
  ])('%s', (greeting, name, version) => {
    const r = decode(`${greeting}\nUSER a\n331 Password please\n`, catalog, { format: 'raw' });
    expect(r.server).toMatchObject({ name, version, from: 'greeting' });
    expect(r.server?.evidence[0]).toBe(greeting.split('\n')[0]);
  });

  it('SYST: a text only one product sends names it; "UNIX Type: L8" does not', () => {
    const syst = (answer: string) => decode(`220 Hello\nSYST\n${answer}\n`, catalog, { format: 'raw' }).server;
    expect(syst('215 UNIX emulated by FileZilla.')).toMatchObject({ name: 'FileZilla Server', from: 'SYST' });
    expect(syst('215 UNIX Type: L8')).toBeNull();
    expect(syst('215 Windows_NT')).toBeNull();
  });

  it('names nothing from ordinary words or ordinary replies', () => {
    for (const text of [
      '220 FTP server ready.\nUSER a\n331 Password required for a\nPASS x\n530 Login incorrect.',
      '220 raspi2b FTP server (Version 6.4/OpenBSD/Linux-ftpd-0.17) ready.\nPASV\n227 Entering Passive Mode (1,2,3,4,5,6).',
      '220 ftpserver\nRETR a\n550 a: No such file or directory',
    ]) {
      const r = decode(text, catalog, { format: 'raw' });
      expect(r.server).toBeNull();
      expect(r.messages.some((m) => m.dir === 's' && m.serverMessage)).toBe(false);
    }
  });

  it('decodes without server data as before: server null, no serverMessage', () => {
    const plain = decode('220 (vsFTPd 3.0.3)\nUSER a\n530 Permission denied.', loadCatalog().catalog);
    expect(plain.server).toBeNull();
  });
});

describe('serverMessage', () => {
  it("marks a reply the identified server sends with its condition, fix and a link to the server's page", () => {
    const r = decode(
      '220 (vsFTPd 3.0.3)\nUSER anonymous\n331 Please specify the password.\nPASS x\n500 OOPS: vsftpd: refusing to run with writable root inside chroot()\n',
      catalog,
      { format: 'raw' },
    );
    const oops = r.messages[4];
    expect(oops?.dir === 's' && oops.serverMessage).toMatchObject({
      server: 'vsftpd-3.0',
      href: expect.stringMatching(/^\/servers\/vsftpd-3\.0\/#fx-500-/) as unknown,
      when: expect.any(String) as unknown,
      fix: expect.any(String) as unknown,
    });
  });

  it('takes the entry of the version line first', () => {
    expect(inVersionLine('3.0.3', '3.0.x')).toBe(true);
    expect(inVersionLine('1.3.8', '1.3.8')).toBe(true);
    expect(inVersionLine('1.3.8d', '1.3.8')).toBe(true);
    expect(inVersionLine('1.3.9', '1.3.8')).toBe(false);
    expect(inVersionLine('1.0.52', '1.0.5x')).toBe(true);
    expect(inVersionLine('0.9.60', '1.x')).toBe(false);
    expect(inVersionLine('10.2', '1.x')).toBe(false);
  });
});
