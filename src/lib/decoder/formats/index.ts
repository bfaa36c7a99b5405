/**
 * The log formats and their detection. Detection scores the first lines of the input with every
 * format and takes the best; a caller can override it by name.
 */
import { parseReplies, splitLines, WarningList } from '../reply.ts';
import type { FormatName, LogFormat } from './common.ts';
import { curl } from './curl.ts';
import { filezilla } from './filezilla.ts';
import { ftplib } from './ftplib.ts';
import { lftp } from './lftp.ts';
import { code, raw, reply } from './raw.ts';
import { tnftp } from './tnftp.ts';
import { winscp } from './winscp.ts';

export type { FormatName, LogFormat, LogMessage } from './common.ts';

/** Every format, in the order ties are broken (most distinctive first). */
export const FORMATS: readonly LogFormat[] = [winscp, filezilla, ftplib, lftp, curl, tnftp, raw, reply, code];

export const FORMAT_NAMES: readonly FormatName[] = [
  'code', 'reply', 'raw', 'curl', 'lftp', 'ftplib', 'tnftp', 'filezilla', 'winscp',
];

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

export function formatByName(name: FormatName): LogFormat {
  const format = FORMATS.find((f) => f.name === name);
  if (!format) throw new Error(`unknown format ${name}`);
  return format;
}

const SAMPLE_LINES = 300;
const SAMPLE_WIDTH = 300;

/** The first lines of the input, each cut short: detection never reads more than this. */
export function sampleOf(lines: readonly string[]): string[] {
  return lines.slice(0, SAMPLE_LINES).map((l) => (l.length > SAMPLE_WIDTH ? l.slice(0, SAMPLE_WIDTH) : l));
}

export interface Detection {
  format: LogFormat;
  /** Scores of all formats that scored above zero, best first (for debugging and tests). */
  scores: { name: FormatName; score: number }[];
}

/**
 * Picks the format of the input (text, or its lines). A lone code is `code`; text that reads as
 * exactly one reply and nothing else is `reply`; otherwise the best-scoring log format; with no
 * signal at all, `raw`.
 */
export function detectFormat(input: string | readonly string[]): Detection {
  // Lines beyond the sample tell only that the input is longer than it.
  const lines = typeof input === 'string' ? splitLines(input, SAMPLE_LINES + 2) : input;
  const sample = sampleOf(lines);
  if (code.score(sample) > 0 && lines.length <= SAMPLE_LINES) return { format: code, scores: [{ name: 'code', score: 100 }] };
  const scores = FORMATS.filter((f) => f !== code && f !== reply)
    .map((f) => ({ name: f.name, score: f.score(sample) }))
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
