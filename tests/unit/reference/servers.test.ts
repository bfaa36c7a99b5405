/** content/servers/: every entry fits its schema, every message is sourced, and the read model joins them to codes. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/node/content.ts';
import { buildReference, ReferenceError } from '../../../src/lib/reference/model.ts';
import { loadReference } from '../../../scripts/load-catalog.ts';
import { server, wellFormedPlaceholders } from '../../../src/schemas/server.ts';
import { codeServerMessages, serversView, serverView } from '../../../src/lib/reference/server-views.ts';
import { searchRecords } from '../../../src/lib/reference/search.ts';

// The read model is built once per worker (shared with the other reference tests); the schema tests below build
// their own from content/ without the servers.
const ref = loadReference();
const servers = ref.servers;
const content = loadContent(undefined, { servers: false });

describe('content/servers', () => {
  it('holds the products the issue asks for, and at least three more', () => {
    const ids = servers.map((s) => s.id);
    for (const id of ['vsftpd-3.0', 'proftpd-1.3.8', 'proftpd-1.3.9', 'pure-ftpd-1.0', 'filezilla-server-1', 'iis-ftp'])
      expect(ids).toContain(id);
    expect(ids.length).toBeGreaterThanOrEqual(9);
  });

  it.each(servers.map((s) => [s.id, s] as const))('%s: every message has a source', (_, s) => {
    for (const m of s.messages) {
      if (s.open) {
        expect(s.upstream.kind === 'git' ? s.upstream.commit : '', m.id).toMatch(/^[0-9a-f]{40}$/);
        expect('file' in m.source && m.source.file.length > 0 && m.source.line > 0, m.id).toBe(true);
      } else expect('url' in m.source, m.id).toBe(true);
    }
    for (const d of s.directives) expect('url' in d.source || d.source.line > 0, d.name).toBe(true);
  });

  it.each(servers.map((s) => [s.id, s] as const))('%s: ids unique, codes known, placeholders well-formed', (_, s) => {
    expect(new Set(s.messages.map((m) => m.id)).size).toBe(s.messages.length);
    for (const m of s.messages) {
      expect(wellFormedPlaceholders(m.text), m.id).toBe(true);
      if (!m.unlisted) expect(ref.code(m.code), `${m.id}: code ${String(m.code)}`).toBeDefined();
    }
    const names = new Set(s.directives.map((d) => d.name));
    for (const m of s.messages) for (const d of m.directives) expect(names.has(d), `${m.id} → ${d}`).toBe(true);
  });
});

describe('server schema', () => {
  const base = {
    id: 'x-1',
    name: 'X 1',
    product: 'X',
    versions: '1',
    homepage: 'https://example.org/',
    license: 'MIT',
    language: 'C',
    open: true,
    upstream: { kind: 'git', repository: 'https://example.org/x', tag: 'v1', commit: 'a'.repeat(40) },
    messages: [{ id: '530-no', code: 530, text: 'No {user}.', source: { file: 'a.c', line: 3 } }],
  };
  it('accepts a well-formed entry', () => {
    expect(server.safeParse(base).success).toBe(true);
  });
  it('rejects a malformed placeholder, a repeated id, a vendor URL for an open product and a short commit', () => {
    const msg = base.messages[0];
    expect(server.safeParse({ ...base, messages: [{ ...msg, text: 'No {User}.' }] }).success).toBe(false);
    expect(server.safeParse({ ...base, messages: [msg, msg] }).success).toBe(false);
    expect(
      server.safeParse({ ...base, messages: [{ ...msg, source: { url: 'https://example.org/doc' } }] }).success,
    ).toBe(false);
    expect(server.safeParse({ ...base, upstream: { ...base.upstream, commit: 'abc' } }).success).toBe(false);
  });
  it('the read model refuses a message whose code content/codes lacks, unless flagged unlisted', () => {
    // Without the real servers, the causes may not cite their messages.
    const codes = content.codes.map((c) => ({ ...c, causes: c.causes.map((k) => ({ ...k, servers: [] })) }));
    const parsed = server.parse({ ...base, messages: [{ ...base.messages[0], code: 599 }] });
    expect(() => buildReference({ ...content, codes, servers: [parsed] })).toThrow(ReferenceError);
    const flagged = server.parse({ ...base, messages: [{ ...base.messages[0], code: 599, unlisted: true }] });
    expect(() => buildReference({ ...content, codes, servers: [flagged] })).not.toThrow();
  });
});

describe('server views and records', () => {
  it('links each message to its line at the commit', () => {
    const v = ref.server('vsftpd-3.0');
    const m = v?.messages.find((x) => x.id === '500-oops-vsftpd-refusing-to-run-with-writable-root');
    expect(m?.link.href).toMatch(/^https:\/\/github\.com\/dagwieers\/vsftpd\/blob\/[0-9a-f]{40}\/secutil\.c#L\d+$/);
    expect(m?.line).toBe('500 OOPS: vsftpd: refusing to run with writable root inside chroot()');
  });
  it('gives a code page the explained messages first', () => {
    const rows = codeServerMessages(ref, 530);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows[0]?.when).toBeDefined();
    expect(rows.some((r) => r.line === '530 Login incorrect.' && r.server === 'vsftpd-3.0')).toBe(true);
  });
  it('lists every server and groups its messages by code', () => {
    expect(serversView(ref).rows.length).toBe(servers.length);
    const s = ref.server('proftpd-1.3.9');
    if (!s) throw new Error('proftpd-1.3.9 missing');
    const v = serverView(ref, s);
    expect(v.groups.reduce((n, g) => n + g.messages.length, 0)).toBe(s.messages.length);
    expect(v.topics.map((t) => t.topic)).toContain('passive');
  });
  it('indexes each server page with its directive names', () => {
    const rec = searchRecords(ref).find((r) => r.url === '/servers/vsftpd-3.0/');
    expect(rec?.names).toContain('pasv_address');
    expect(
      searchRecords(ref)
        .find((r) => r.url === '/codes/500/')
        ?.texts.join(' '),
    ).toContain('writable root');
  });
});
