/**
 * The registry of input formats. To add a log format, write one file in this folder (a `defineFormat({...})` with
 * its name, label, hint, score and parse), add fixtures, and list it in FORMATS below: its name, the FormatName type,
 * detection, the CLI's --format help and the page's "Read as" list all come from here.
 *
 * Detection scores the first lines of the input with every log format and takes the best; a caller can override it
 * by name.
 */
import { parseReplies, splitLines, WarningList } from '../reply.ts';
import type { LogFormat } from './common.ts';
import { code } from './code.ts';
import { curl } from './curl.ts';
import { filezilla } from './filezilla.ts';
import { filezillaServer } from './filezilla-server.ts';
import { ftplib } from './ftplib.ts';
import { lftp } from './lftp.ts';
import { prefixed } from './prefixed.ts';
import { proftpd } from './proftpd.ts';
import { pureFtpd } from './pure-ftpd.ts';
import { raw } from './raw.ts';
import { reply } from './reply.ts';
import { tnftp } from './tnftp.ts';
import { traceback } from './traceback.ts';
import { vsftpd } from './vsftpd.ts';
import { winscp } from './winscp.ts';

export type { LogFormat, LogMessage } from './common.ts';

/**
 * Every format, in the order detection breaks ties (most distinctive first) and lists them. `raw` is the fallback
 * when no log format scores; `code` and `reply` describe the whole input and are tried around the others.
 */
export const FORMATS = [
  winscp,
  filezilla,
  ftplib,
  lftp,
  curl,
  tnftp,
  filezillaServer,
  vsftpd,
  pureFtpd,
  proftpd,
  prefixed,
  traceback,
  raw,
  reply,
  code,
] as const;

export type FormatName = (typeof FORMATS)[number]['name'];

export const FORMAT_NAMES: readonly FormatName[] = FORMATS.map((f) => f.name);

export function isFormatName(name: string): name is FormatName {
  return FORMATS.some((f) => f.name === name);
}

export function formatByName(name: FormatName): LogFormat<FormatName> {
  for (const format of FORMATS) if (format.name === name) return format;
  // Unreachable for a FormatName; a caller that bypassed the type gets raw text.
  return raw;
}

/** What the page's "Read as" list and its format notes show, one entry per format. */
export interface FormatChoice {
  name: FormatName;
  label: string;
  hint: string;
}

export const FORMAT_CHOICES: readonly FormatChoice[] = FORMATS.map(({ name, label, hint }) => ({ name, label, hint }));

/** The formats as help text: one line per format, name padded to a column, then its hint. */
export function formatHelp(indent = '  '): string {
  const width = Math.max(...FORMAT_NAMES.map((n) => n.length)) + 2;
  return FORMATS.map((f) => `${indent}${f.name.padEnd(width)}${f.hint}`).join('\n');
}

const SAMPLE_LINES = 300;
const SAMPLE_WIDTH = 300;

/** The first lines of the input, each cut short: detection never reads more than this. */
export function sampleOf(lines: readonly string[]): string[] {
  return lines.slice(0, SAMPLE_LINES).map((l) => (l.length > SAMPLE_WIDTH ? l.slice(0, SAMPLE_WIDTH) : l));
}

export interface Detection {
  format: LogFormat<FormatName>;
  /** Scores of all formats that scored above zero, best first (for debugging and tests). */
  scores: { name: FormatName; score: number }[];
}

/**
 * Picks the format of the input (text, or its lines). A lone code is `code`; text that reads as
 * exactly one reply and nothing else is `reply`; otherwise the best-scoring log format; with no
 * signal at all, `raw`.
 */
export function detectFormat(input: string | readonly string[], known: ReadonlySet<string>): Detection {
  // Lines beyond the sample tell only that the input is longer than it.
  const lines = typeof input === 'string' ? splitLines(input, SAMPLE_LINES + 2) : input;
  const sample = sampleOf(lines);
  if (code.score(sample, known) > 0 && lines.length <= SAMPLE_LINES) {
    return { format: code, scores: [{ name: code.name, score: code.score(sample, known) }] };
  }
  const scores = FORMATS.filter((f) => f !== code && f !== reply)
    .map((f) => ({ name: f.name, score: f.score(sample, known) }))
    .filter((s) => s.score > 0);
  // Stable sort keeps FORMATS order for ties.
  scores.sort((a, b) => b.score - a.score);
  const best = scores[0] ? formatByName(scores[0].name) : raw;
  if (best === raw && readsAsOneReply(input)) return { format: reply, scores };
  return { format: best, scores };
}

/** True when the whole input is one reply: nothing before it, nothing after it but blank lines. */
function readsAsOneReply(input: string | readonly string[]): boolean {
  const parsed = parseReplies(input, new WarningList());
  return parsed.replies.length === 1 && parsed.other.length === 0;
}
