/**
 * A decode result as plain text or Markdown, for "copy the result". Built from the contract object only, so it shows
 * exactly what the page shows (passwords already masked by the decoder).
 */
import type { DecodeResult, Message } from './messages.ts';

function replyLines(m: Message): string[] {
  return m.lines;
}

const HARMLESS = {
  probe: 'probe, harmless',
  fallback: 'refused, the client used another way',
  aborted: 'expected: the client aborted',
} as const;

function describe(m: Message): string {
  if (m.dir === 'c') return '';
  const known = m.meaning ? m.meaning : 'not in the catalogue';
  return `${m.code} ${known}${m.harmless ? ` (${HARMLESS[m.harmless]})` : ''}`;
}

/** The client's closing line and what it means: "curl: (78) … = exit 78, CURLE_…: the file was not found …". */
function ending(result: DecodeResult): string | null {
  const e = result.clientEnding;
  if (!e) return null;
  const what = [e.client === 'curl' ? `exit ${e.report}` : e.report, e.name, e.plain].filter((s) => s);
  return `${e.line} = ${what.join(', ')}`;
}

export function toText(result: DecodeResult, formatLabel: string): string {
  const out: string[] = [`Decoded as: ${formatLabel}`];
  if (result.firstFailure) {
    const f = result.firstFailure;
    out.push(
      `In short: ${f.plain}`,
      `First failure: ${f.code === null ? 'an error line' : `reply ${f.code}`} (message ${f.index + 1})`,
      `  ${f.advice}`,
    );
  }
  const closing = ending(result);
  if (closing) out.push(`Client: ${closing}`);
  for (const w of result.warnings) out.push(`Warning: ${w.text}`);
  out.push('');
  for (const m of result.messages) {
    if (m.dir === 'c') out.push(`> ${m.lines[0]}`);
    else {
      for (const l of replyLines(m)) out.push(`< ${l}`);
      out.push(`    = ${describe(m)}`);
    }
  }
  return `${out.join('\n')}\n`;
}

const fence = (s: string) => s.replace(/`/g, 'ˋ');

/**
 * Plain text as Markdown that renders as that text: every character Markdown or HTML could act on is
 * backslash-escaped (no link, image, emphasis, heading, HTML or table cell break), line breaks become spaces.
 */
export const mdText = (s: string): string =>
  s.replace(/[\r\n]+/g, ' ').replace(/[\\`*_{}[\]()<>#+\-.!|~&:"']/g, (c) => `\\${c}`);

export function toMarkdown(result: DecodeResult, formatLabel: string, link?: string): string {
  const out: string[] = [`**FTP session decoded** (${mdText(formatLabel)})`, ''];
  if (result.firstFailure) {
    const f = result.firstFailure;
    out.push(
      `**In short:** ${mdText(f.plain)}`,
      '',
      `**First failure:** ${f.code === null ? 'error line' : `\`${f.code}\``} — ${mdText(f.advice)}`,
      '',
    );
  }
  const closing = ending(result);
  if (closing) out.push(`**Client:** ${mdText(closing)}`, '');
  if (result.warnings.length) out.push(...result.warnings.map((w) => `- Warning: ${mdText(w.text)}`), '');
  out.push('| | Line | Meaning |', '|---|---|---|');
  for (const m of result.messages) {
    const dir = m.dir === 'c' ? '→' : '←';
    const line = fence(m.lines.join(' ⏎ ')).replace(/\|/g, '\\|');
    out.push(`| ${dir} | \`${line}\` | ${m.dir === 's' ? mdText(describe(m)) : ''} |`);
  }
  if (link) out.push('', `[Open this decode](${link})`);
  return `${out.join('\n')}\n`;
}
