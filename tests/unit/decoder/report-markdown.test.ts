/** Copy as Markdown: nothing from the log (command arguments, reply text, warnings, advice) becomes live Markdown. */
import { describe, expect, it } from 'vitest';
import { decode } from '../../../src/lib/decoder/decode.ts';
import { mdText, toMarkdown } from '../../../src/lib/decoder/report.ts';
import { entry, row } from '../catalog-fixture.ts';

const catalog = {
  classes: [row('2yz', 2, 'Positive completion'), row('5yz', 5, 'Permanent negative completion')],
  categories: [row('x5z', 5, 'File system')],
  codes: [entry(220, 'Service ready'), entry(550, 'File unavailable', 'Check the path.')],
};
const hostile = '![x](http://evil/x.png) <img src=x> [y](http://evil/) `a|b` *em* _u_ # h \\';

describe('toMarkdown', () => {
  it('escapes a hostile command argument and reply text: no link, image or HTML', () => {
    const log = `220 ready\r\nRETR ${hostile}\r\n550 ${hostile}\r\n`;
    const md = toMarkdown(decode(log, catalog, { format: 'raw' }), 'raw <b>x</b>', 'https://example.org/decode/#q=abc');
    // Outside code spans and escapes, no character is left that Markdown or HTML acts on (but the one link we add).
    const live = md
      .replace('[Open this decode](https://example.org/decode/#q=abc)', '')
      .replace(/`[^`\n]*`/g, '')
      .replace(/\\[^\n]/g, '')
      .replace(/^\*\*FTP session decoded\*\* \((.*)\)$/m, '$1')
      .replace('**First failure:**', '')
      .replace('**In short:**', '')
      .replace('**Client:**', '')
      .replace(/^\| \| Line \| Meaning \|$|^\|---\|---\|---\|$/gm, '')
      .replace(/^\| [←→] \|/gm, '')
      .replace(/ \| +\| *$| \|$/gm, '')
      .replace(/^ +\| /gm, '')
      .replace(/^- Warning/gm, '');
    expect(live).not.toMatch(/[[\]()!<>*_`|#\\]/);
    // The log lines themselves sit in code spans (shown literally): every raw '![x](' is inside one.
    expect(md.split('![x](').length - 1).toBe(2);
    for (const row of md.split('\n').filter((l) => l.includes('![x]('))) expect(row).toMatch(/^\| [←→] \| `[^`]*` \|/);
    // The table keeps its three columns on every row.
    for (const line of md.split('\n').filter((l) => l.startsWith('| →') || l.startsWith('| ←')))
      expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(5);
    // The text is still all there, readable.
    expect(md).toContain('http\\://evil/x\\.png');
  });

  it('escapes every Markdown-active character in plain text', () => {
    expect(mdText('![x](y) <b> *a* _b_ `c` | # \\')).toBe(
      '\\!\\[x\\]\\(y\\) \\<b\\> \\*a\\* \\_b\\_ \\`c\\` \\| \\# \\\\',
    );
  });
});
