import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/node/content.ts';
import { buildReference, ReferenceError } from '../../../src/lib/reference/model.ts';
import { sourceLink } from '../../../src/lib/reference/clients.ts';

const content = loadContent();
const clients = content.clients ?? [];

describe('content/clients', () => {
  it('holds the clients the site promises, each valid (the loader validates every file)', () => {
    expect(clients.map((c) => c.id).sort()).toEqual(
      [
        'basic-ftp',
        'commons-net',
        'curl',
        'dotnet',
        'filezilla',
        'fluentftp',
        'ftplib',
        'jlaffaye-ftp',
        'lftp',
        'windows-ftp',
        'winscp',
      ].sort(),
    );
  });

  it('cites every mapping: a file and line at a tag and commit, or a vendor page for a closed product', () => {
    for (const c of clients)
      for (const m of c.mappings) {
        const where = `${c.id}/${m.id}`;
        if (m.url) continue;
        expect(c.source?.commit, where).toMatch(/^([0-9a-f]{40}|sha256:[0-9a-f]{64})$/);
        expect(c.source?.tag, where).toBeTruthy();
        expect(m.file, where).toBeTruthy();
        expect(m.line, where).toBeGreaterThan(0);
        expect(sourceLink(c, m)?.href, where).toMatch(new RegExp(`^https://.*${m.file ?? ''}.*${String(m.line)}$`));
      }
  });

  it('every source tree was read by an extractor; only a closed product is typed by hand', () => {
    for (const c of clients) {
      if (c.source) expect(c.extractor, c.id).toBe(`scripts/extract/clients/run.ts ${c.id}`);
      else
        expect(
          c.mappings.every((m) => m.url),
          c.id,
        ).toBe(true);
    }
  });

  it('no id twice: clients, and mappings within a client', () => {
    expect(new Set(clients.map((c) => c.id)).size).toBe(clients.length);
    for (const c of clients) expect(new Set(c.mappings.map((m) => m.id)).size, c.id).toBe(c.mappings.length);
  });

  it('names only codes and commands the reference holds (the read model checks it)', () => {
    expect(() => buildReference(content)).not.toThrow();
    const [first] = clients;
    const [mapping] = first?.mappings ?? [];
    if (!first || !mapping) throw new Error('no client mappings');
    const broken = {
      ...content,
      clients: [{ ...first, mappings: [{ ...mapping, codes: [599], commands: ['RETX'] }] }],
    };
    expect(() => buildReference(broken)).toThrow(ReferenceError);
    expect(() => buildReference(broken)).toThrow(/names code 599/);
  });

  it('keeps the facts the brief names: curl 550 to RETR is CURLE_REMOTE_FILE_NOT_FOUND, exit 78', () => {
    const curl = clients.find((c) => c.id === 'curl');
    const retr = curl?.mappings.find((m) => m.id === 'retr-550');
    expect(retr).toMatchObject({ report: 'CURLE_REMOTE_FILE_NOT_FOUND', exit: 78, codes: [550], commands: ['RETR'] });
    expect(curl?.mappings.find((m) => m.id === 'user-pass-530')).toMatchObject({
      report: 'CURLE_LOGIN_DENIED',
      exit: 67,
    });
    expect(curl?.mappings.find((m) => m.id === 'pasv-227-format')?.report).toBe('CURLE_FTP_WEIRD_227_FORMAT');
    const ftplib = clients.find((c) => c.id === 'ftplib');
    expect(ftplib?.mappings.find((m) => m.report === 'ftplib.error_perm')?.classes).toEqual(['5yz']);
  });
});
