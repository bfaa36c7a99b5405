/**
 * The guides (content/guides/*.mdx) against the facts they cite: every server message, directive, client mapping,
 * client error, code and example a component names exists; every example log decodes to the failure the guide says
 * it shows, its failing reply is a real text of the server it names, and its link opens the same log in /decode/.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/node/content.ts';
import { buildReference, ReferenceError } from '../../../src/lib/reference/model.ts';
import { fromFragment } from '../../../src/lib/decoder/share-link.ts';
import { matchMessages } from '../../../src/lib/server-match.ts';
import { codeView } from '../../../src/lib/reference/views.ts';
import { guideRefs, guidesFor, refProblem } from '../../../src/lib/reference/guides.ts';
import { decodeExample, exampleLink } from '../../../src/lib/reference/guide-examples.ts';
import { guide, unmaskedSecret } from '../../../src/schemas/guide.ts';
import { searchRecords } from '../../../src/lib/reference/search.ts';

const content = loadContent();
const ref = buildReference(content);

/** The slugs other parts of the site (and a question set elsewhere) rely on. */
const SLUGS = [
  'passive-mode',
  'ftps-tls',
  'login-failures',
  'chroot',
  'upload-permissions',
  'limits-timeouts',
  'disk-quota',
];

describe('the guides', () => {
  it('are the seven troubleshooting guides, in reading order', () => {
    expect(ref.guides.map((g) => g.slug)).toEqual(SLUGS);
  });

  it('cite only facts content/ has, and each cites server messages, directives and a decoder example', () => {
    const facts = {
      servers: ref.servers.map((s) => ({ ...s, messages: [...s.messages], directives: [...s.directives] })),
      clients: ref.clients,
      clientErrors: ref.clientErrors,
      codes: new Set(ref.codes.map((c) => c.code)),
      examples: new Set(ref.guides.flatMap((g) => g.examples.map((e) => e.id))),
    };
    for (const g of ref.guides) {
      const refs = guideRefs(g.body);
      for (const r of refs) expect(refProblem(r, facts), `${g.slug}: <${r.component}>`).toBeUndefined();
      const used = new Set(refs.map((r) => r.component));
      for (const c of ['ServerMessage', 'Directives', 'ClientMessage', 'DecoderExample'])
        expect(used.has(c), `${g.slug} uses <${c}>`).toBe(true);
    }
  });

  it('each explain codes whose pages link back to them', () => {
    for (const g of ref.guides)
      for (const n of g.codes) {
        const entry = ref.code(n);
        expect(entry, `${g.slug}: ${n}`).toBeDefined();
        if (entry) expect(codeView(ref, entry).guides.map((x) => x.slug)).toContain(g.slug);
      }
    expect(guidesFor(ref, 425).map((g) => g.slug)).toContain('passive-mode');
    expect(guidesFor(ref, 530).map((g) => g.slug)).toEqual(
      expect.arrayContaining(['login-failures', 'ftps-tls', 'limits-timeouts']),
    );
    expect(guidesFor(ref, 200)).toEqual([]);
  });

  it('are found by search: one record per guide and one for the list', () => {
    const urls = searchRecords(ref).map((r) => r.url);
    for (const slug of SLUGS) expect(urls).toContain(`/guides/${slug}/`);
    expect(urls).toContain('/guides/');
  });
});

describe('the example logs', () => {
  const examples = ref.guides.flatMap((g) => g.examples.map((e) => ({ slug: g.slug, e })));

  it('exist: at least one per guide', () => {
    for (const g of ref.guides) expect(g.examples.length, g.slug).toBeGreaterThan(0);
  });

  it.each(examples.map(({ slug, e }) => [`${slug}: ${e.id}`, e] as const))(
    '%s decodes to the failure the guide names',
    (_, e) => {
      const { failure, matches } = decodeExample(ref, e);
      expect(failure?.code ?? 'line', e.label).toBe(e.failure);
      expect(matches).toBe(true);
    },
  );

  it('fail with a real text of the server they name (content/servers/)', () => {
    for (const { slug, e } of examples) {
      if (e.failure === 'line' || e.server === undefined) continue;
      const { result, failure } = decodeExample(ref, e);
      const reply = failure ? result.messages[failure.index] : undefined;
      const line = reply?.dir === 's' ? reply.lines.join(' ') : '';
      const server = ref.server(e.server);
      const best = matchMessages(line, server?.messages ?? [], 1)[0];
      expect(best?.exact, `${slug}: ${e.id}: "${line}" is not a ${e.server} text`).toBe(true);
    }
  });

  it('open in the decoder: the link carries the same log', async () => {
    for (const { e } of examples) {
      const link = await exampleLink(e);
      expect(link).toMatch(/^decode\/#q=[\w-]+$/);
      const shared = await fromFragment(link.slice('decode/'.length));
      expect(shared?.text).toBe(e.log);
    }
  });

  it('show no password', () => {
    for (const { e } of examples) expect(unmaskedSecret(e.log), e.id).toBeUndefined();
  });
});

describe('the guide schema and checks', () => {
  const base = {
    title: 'T',
    summary: 'S',
    codes: [425],
    updated: '2026-11-28',
    examples: [{ id: 'x', label: 'L', log: '425 No', failure: 425 }],
  };

  it('accepts a guide, and a YAML date', () => {
    expect(guide.safeParse(base).success).toBe(true);
    expect(guide.parse({ ...base, updated: new Date('2026-11-28T00:00:00Z') }).updated).toBe('2026-11-28');
  });

  it('refuses a log with a password in clear', () => {
    for (const log of ['PASS hunter2', "*put* 'PASS hunter2\\r\\n'", 'curl ftp://bob:hunter2@example.org/']) {
      const r = guide.safeParse({ ...base, examples: [{ ...base.examples[0], log }] });
      expect(r.success, log).toBe(false);
    }
    for (const log of ['PASS ****', "*put* 'PASS ****\\r\\n'", "*cmd* 'PASS *********'", 'ftp://bob:****@h/'])
      expect(unmaskedSecret(log), log).toBeUndefined();
  });

  it('reads the components of an MDX body with their attributes', () => {
    expect(
      guideRefs(
        'Set <Directive server="vsftpd-3.0" name="pasv_address" /> and\n\n<Directives server="x" names={["a", "b"]} />\n<CodeLink code={425} short />',
      ),
    ).toEqual([
      { component: 'Directive', attrs: { server: 'vsftpd-3.0', name: 'pasv_address' } },
      { component: 'Directives', attrs: { server: 'x', names: '["a", "b"]' } },
      { component: 'CodeLink', attrs: { code: '425' } },
    ]);
  });

  it('fails the build when a guide cites a message, directive, client or example that does not exist', () => {
    const [first] = content.guides ?? [];
    if (!first) throw new Error('no guide');
    const broken = {
      ...first,
      body: `${first.body}\n<ServerMessage server="vsftpd-3.0" id="999-made-up" />\n<Directive server="vsftpd-3.0" name="no_such" />\n<ClientMessage client="curl" id="nope" />\n<DecoderExample id="missing" />\n<CodeLink code={299} />`,
    };
    let problems: readonly string[] = [];
    try {
      buildReference({ ...content, guides: [broken] });
    } catch (error) {
      if (error instanceof ReferenceError) problems = error.problems;
    }
    expect(problems.join('\n')).toMatch(/999-made-up/);
    expect(problems.join('\n')).toMatch(/"no_such"/);
    expect(problems.join('\n')).toMatch(/curl mapping "nope"/);
    expect(problems.join('\n')).toMatch(/example "missing"/);
    expect(problems.join('\n')).toMatch(/code 299/);
  });
});
