/**
 * What a share link would tell besides passwords (src/lib/decoder/identify.ts): host names, addresses, user names and
 * paths are found in real log shapes, and hidden everywhere they occur when the reader asks.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../scripts/load-catalog.ts';
import { decode } from '../../../src/lib/decoder/decode.ts';
import {
  findIdentifying,
  hideIdentifying,
  IDENTIFYING_KINDS,
  type IdentifyingKind,
} from '../../../src/lib/decoder/identify.ts';
import { maskSecrets } from '../../../src/lib/decoder/mask.ts';

const { catalog } = loadCatalog();
const find = (text: string) => findIdentifying(text, decode(text, catalog).messages, catalog.commands.facts);
const all = new Set<IdentifyingKind>(IDENTIFYING_KINDS);

const filezilla = [
  'Status:\tResolving address of ftp.acme-corp.de',
  'Status:\tConnecting to 203.0.113.77:21...',
  'Status:\tConnection established, waiting for welcome message...',
  'Response:\t220 (vsFTPd 3.0.3)',
  'Command:\tUSER jdoe',
  'Response:\t331 Please specify the password.',
  'Command:\tPASS hunter2',
  'Response:\t230 Login successful.',
  'Command:\tPWD',
  'Response:\t257 "/home/jdoe" is the current directory',
  'Command:\tPASV',
  'Response:\t227 Entering Passive Mode (10,0,0,5,195,80).',
  'Status:\tServer sent passive reply with unroutable address. Using server address instead.',
  'Command:\tCWD /home/jdoe/site/uploads',
  'Response:\t250 Directory successfully changed.',
  'Command:\tRETR report-2026.pdf',
  'Response:\t550 Failed to open file.',
].join('\n');

describe('findIdentifying', () => {
  it('finds the host, the addresses (dotted and in 227 form), the user and the paths of a FileZilla log', () => {
    expect(find(filezilla)).toEqual({
      hosts: ['ftp.acme-corp.de'],
      addresses: ['10.0.0.5', '203.0.113.77'],
      users: ['jdoe'],
      paths: ['/home/jdoe', '/home/jdoe/site/uploads', 'report-2026.pdf'],
    });
  });

  it('reads curl lines: the URL user, IPv6 addresses, and not its version numbers or times', () => {
    const curl = [
      '* Connected to ftp.example.org (2001:db8:85a3::8a2e:370:7334) port 21 (#0)',
      '> USER anonymous',
      '< 220 ProFTPD 1.3.8 Server ready at 12:00:01',
      '> LIST -la /pub',
      '* getaddrinfo for ftp://mallory:****@files.example.net/x.txt',
    ].join('\n');
    const found = find(curl);
    expect(found.hosts).toEqual(['ftp.example.org', 'files.example.net']);
    expect(found.addresses).toEqual(['2001:db8:85a3::8a2e:370:7334']);
    // "anonymous" identifies nobody; the user of the URL does.
    expect(found.users).toEqual(['mallory']);
    expect(found.paths).toEqual(['/pub']);
  });

  it('does not take file names, dotted code or version numbers for hosts', () => {
    const text = [
      'ftplib.error_perm: 530 Login incorrect.',
      'System.Net.WebException: The remote server returned an error: (550)',
      'Edit vsftpd.conf or proftpd.conf, then read install.sh and setup.py; Windows 10.0.19041.1',
    ].join('\n');
    expect(find(text)).toEqual({ hosts: [], addresses: [], users: [], paths: [] });
  });
});

describe('hideIdentifying', () => {
  it('replaces each value by the same stand-in everywhere, the 227 address included', () => {
    const hidden = hideIdentifying(filezilla, find(filezilla), all);
    for (const secret of ['acme-corp', '203.0.113.77', '10,0,0,5', 'jdoe', 'uploads', 'report-2026']) {
      expect(hidden).not.toContain(secret);
    }
    expect(hidden).toContain('Resolving address of host1.example');
    expect(hidden).toContain('(192,0,2,1,195,80)');
    expect(hidden).toContain('Command:\tUSER user1');
    expect(hidden).toContain('Response:\t257 "/path1" is the current directory');
    // The longer path is replaced whole, not as /path1 plus a rest.
    expect(hidden).toContain('Command:\tCWD /path2');
    // The log still decodes the same way.
    expect(decode(hidden, catalog).firstFailure?.code).toBe(550);
  });

  it('hides only the kinds asked for, and names only where they stand as a word', () => {
    const text = 'USER bob\n331 Password required for bob\n230 bobcat logged in\nCWD /srv/bob';
    const found = find(text);
    expect(hideIdentifying(text, found, new Set(['users']))).toBe(
      'USER user1\n331 Password required for user1\n230 bobcat logged in\nCWD /srv/user1',
    );
    expect(hideIdentifying(text, found, new Set())).toBe(text);
  });

  it('works on masked text: the password stays masked', () => {
    const masked = maskSecrets(filezilla);
    expect(hideIdentifying(masked, find(masked), all)).toContain('Command:\tPASS ****');
  });
});
