/**
 * The causes of content/codes/: plain strings and cited objects read alike, and every server message a cause cites
 * exists with the page's code (or one the page lists as related).
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/node/content.ts';
import { code as codeSchema } from '../../../src/schemas/code.ts';
import { causeProblems, causeViews } from '../../../src/lib/reference/causes.ts';
import { codeView } from '../../../src/lib/reference/views.ts';
import { loadReference } from '../../../scripts/load-catalog.ts';

const content = loadContent();
const ref = loadReference();

const base = {
  code: 550,
  title: 'File unavailable',
  summary: 's',
  status: 'standard',
  action: 'a',
  meanings: [{ rfc: '959', section: '4.2.1', text: 't' }],
  related: [{ code: 553, why: 'w' }],
};

describe('causes', () => {
  it('reads a plain string and a cited object alike', () => {
    const c = codeSchema.parse({
      ...base,
      causes: [
        'plain',
        { text: 'cited', fix: 'f', servers: ['vsftpd-3.0#550-x'], source: { rfc: '959', section: '5.4' } },
      ],
    });
    expect(c.causes).toEqual([
      { text: 'plain', servers: [] },
      { text: 'cited', fix: 'f', servers: ['vsftpd-3.0#550-x'], source: { rfc: '959', section: '5.4' } },
    ]);
    expect(() => codeSchema.parse({ ...base, causes: [{ text: 'x', servers: ['vsftpd 550-x'] }] })).toThrow();
  });

  it('every server message a cause cites exists, with the code of its page or a related one', () => {
    expect(causeProblems(content.codes, content.servers ?? [])).toEqual([]);
  });

  it('names what does not resolve', () => {
    const server = content.servers?.find((s) => s.id === 'vsftpd-3.0');
    const m553 = server?.messages.find((m) => m.code === 553);
    const m530 = server?.messages.find((m) => m.code === 530);
    expect(server && m553 && m530).toBeTruthy();
    const c = codeSchema.parse({
      ...base,
      causes: [
        {
          text: 'x',
          servers: [
            'nope-1#a',
            'vsftpd-3.0#no-such-id',
            `vsftpd-3.0#${m553?.id ?? ''}`,
            `vsftpd-3.0#${m530?.id ?? ''}`,
          ],
        },
      ],
    });
    const problems = causeProblems([c], server ? [server] : []);
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/no such server[\s\S]*no such message[\s\S]*a 530/);
  });

  it('most causes of the common failure codes are cited, and the page view resolves each', () => {
    const codes = [421, 425, 426, 450, 451, 452, 500, 501, 502, 503, 530, 534, 550, 552, 553];
    const causes = codes.flatMap((n) => ref.code(n)?.causes ?? []);
    const cited = causes.filter((c) => c.servers.length > 0 || c.source);
    expect(cited.length / causes.length).toBeGreaterThan(0.5);
    for (const n of codes) {
      const code = ref.code(n);
      if (!code) continue;
      const views = causeViews(ref, code);
      views.forEach((v, i) => {
        expect(v.servers).toHaveLength(code.causes[i]?.servers.length ?? 0);
      });
    }
  });

  it('the servers table does not repeat a message the causes show', () => {
    const code = ref.code(550);
    if (!code) throw new Error('550');
    const view = codeView(ref, code);
    const shown = new Set(view.causes.flatMap((c) => c.servers.map((s) => s.path)));
    for (const row of view.serverMessages) expect(shown.has(row.path)).toBe(false);
  });
});
