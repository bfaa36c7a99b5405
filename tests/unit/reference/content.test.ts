/** The Node loader reads content/ with the same schemas as the site, and names the file and field of any problem. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError, loadContent } from '../../../src/node/content.ts';
import { buildReference, ReferenceError } from '../../../src/lib/reference/model.ts';

const dir = mkdtempSync(join(tmpdir(), 'ftp-content-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const RFCS =
  '- id: "959"\n  number: 959\n  title: File Transfer Protocol\n  date: 1985-10\n  status: Internet Standard\n  role: The FTP.\n';
const CLASSES =
  '- id: 5yz\n  digit: 5\n  name: Permanent negative\n  summary: It failed.\n  meaning: It failed for good.\n  clientAction: Stop.\n  retry: "no"\n  completes: true\n  sources: [{ rfc: "959", section: "4.2" }]\n';
const CODE_550 =
  'code: 550\ntitle: File unavailable\nsummary: x\nstatus: standard\nmeanings:\n  - rfc: "959"\n    section: "4.2.1"\n    text: y\naction: Check it.\n';

function contentDir(name: string, files: Record<string, string>): string {
  const root = join(dir, name);
  mkdirSync(join(root, 'codes'), { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(root, file), text);
  return root;
}

describe('loadContent', () => {
  it('reads the repository content/ and every entry fits its schema', () => {
    const content = loadContent();
    expect(content.codes.length).toBeGreaterThan(100);
    expect(content.rfcs.map((r) => r.id)).toContain('959');
    expect(content.classes.map((c) => c.id)).toEqual(['1yz', '2yz', '3yz', '4yz', '5yz', '6yz']);
  });

  it('applies the schema defaults, as Astro does', () => {
    const root = contentDir('ok', {
      'rfcs.yaml': RFCS,
      'classes.yaml': CLASSES,
      'categories.yaml': '[]\n',
      'advice.yaml': '[]\n',
      'codes/550.yaml': CODE_550,
    });
    const content = loadContent(root);
    expect(content.codes).toEqual([
      expect.objectContaining({
        code: 550,
        family: 'ftp',
        causes: [],
        related: [],
        notes: [],
        keywords: [],
        meanings: [{ rfc: '959', section: '4.2.1', text: 'y', commands: [] }],
      }),
    ]);
    expect(content.commands).toEqual([]);
  });

  it('reads CRLF line endings and a byte-order mark', () => {
    const root = contentDir('crlf', {
      'rfcs.yaml': `\uFEFF${RFCS.replace(/\n/g, '\r\n')}`,
      'classes.yaml': CLASSES.replace(/\n/g, '\r\n'),
      'categories.yaml': '[]\r\n',
      'advice.yaml': '[]\r\n',
      'codes/550.yaml': `\uFEFF${CODE_550.replace(/\n/g, '\r\n')}`,
    });
    expect(loadContent(root).codes[0]?.action).toBe('Check it.');
  });

  it('names the file and the field of every entry that does not fit', () => {
    const root = contentDir('bad', {
      'rfcs.yaml': RFCS,
      'classes.yaml': CLASSES.replace('retry: "no"', 'retry: maybe'),
      'categories.yaml': '[]\n',
      'advice.yaml': '[]\n',
      'codes/550.yaml': CODE_550.replace('status: standard', 'status: popular'),
      'codes/551.yaml': 'code: [unclosed\n',
    });
    const error = (() => {
      try {
        loadContent(root);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ContentError);
    const problems = error instanceof ContentError ? error.problems.join('\n') : '';
    expect(problems).toMatch(/classes\.yaml \[0\]: retry:/);
    expect(problems).toMatch(/codes\/550\.yaml: status:/);
    expect(problems).toMatch(/codes\/551\.yaml: /);
  });
});

describe('buildReference', () => {
  it('refuses a citation of an RFC that rfcs.yaml does not list', () => {
    const root = contentDir('dangling', {
      'rfcs.yaml': RFCS,
      'classes.yaml': CLASSES,
      'categories.yaml': '[]\n',
      'advice.yaml': '[]\n',
      'codes/550.yaml': CODE_550.replace('"959"', '"9999"'),
    });
    expect(() => buildReference(loadContent(root))).toThrow(ReferenceError);
    expect(() => buildReference(loadContent(root))).toThrow(/code 550 cites RFC 9999/);
  });

  it('derives class and category from the digits, and keeps every field', () => {
    const ref = buildReference(loadContent());
    const c550 = ref.code(550);
    expect(c550?.class?.id).toBe('5yz');
    expect(c550?.category?.id).toBe('x5z');
    expect(c550?.causes.length).toBeGreaterThan(0);
    expect(c550?.keywords).toContain('permission denied');
    expect(ref.code(10054)?.class).toBeNull();
    expect(ref.codes.map((c) => c.code)).toEqual([...ref.codes.map((c) => c.code)].sort((a, b) => a - b));
  });
});
