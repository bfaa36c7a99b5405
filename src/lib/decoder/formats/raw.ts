/**
 * Plain control-connection text: a bare code ("550"), one reply (single or multi-line), or a
 * transcript — server lines only, client lines mixed in unmarked (a telnet/nc session), or with
 * direction markers "C:"/"S:", ">"/"<" or "-->"/"<--".
 */
import { splitLines, WarningList } from '../reply.ts';
import { countLines, isReplyLine, type LogFormat, type LogMessage, looksLikeCommand, MessageBuilder } from './common.ts';

/**
 * A bare code, a partial code or a pattern: up to three digits or x/y/z wildcards, at least one
 * digit. A lone longer number (10054) counts too, so it is explained rather than called "no reply".
 */
export function looksLikeCode(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  if (/^\d{4,6}$/.test(t)) return true;
  // A short token that starts with a digit ("55a", "5.5"): classify() explains what is wrong.
  if (/^\d\S{0,3}$/.test(text.trim())) return true;
  return t.length > 0 && t.length <= 3 && /^[0-9xyz?*_.]+$/i.test(t) && /\d/.test(t);
}

export const code: LogFormat = {
  name: 'code',
  label: 'a reply code',
  score(sample) {
    const nonEmpty = sample.filter((l) => l.trim() !== '');
    return nonEmpty.length === 1 && looksLikeCode(nonEmpty[0] as string) ? 100 : 0;
  },
  parse(input) {
    // A bare code has no text by definition: no "reply without text" warning here.
    const builder = new MessageBuilder(new WarningList());
    const text = input.replace(/\s+/g, '');
    // Only a complete code becomes a message; decode() explains partial codes and patterns.
    if (/^\d{3}$/.test(text)) builder.server(text, splitLines(input).findIndex((l) => l.trim() !== '') + 1);
    return builder.finish();
  },
};

type Dir = 'c' | 's';

interface Marker {
  /** Length of the marker, including one following space if present. */
  length: number;
  dir: Dir;
}

type Family = 'cs' | 'arrow' | 'angle';

/** Reads a direction marker of one family at the start of a line. */
function marker(line: string, family: Family): Marker | null {
  const withSpace = (n: number, dir: Dir): Marker => {
    const c = line.charCodeAt(n);
    return { length: c === 32 || c === 9 ? n + 1 : n, dir };
  };
  if (family === 'cs') {
    const c = line.charCodeAt(0);
    if ((c === 67 || c === 83) && line.charCodeAt(1) === 58) return withSpace(2, c === 67 ? 'c' : 's');
    return null;
  }
  if (family === 'arrow') {
    // "-->" and "<--" but not lftp's "--->"/"<---".
    if (line.startsWith('-->')) return withSpace(3, 'c');
    if (line.startsWith('<--') && line.charCodeAt(3) !== 45) return withSpace(3, 's');
    return null;
  }
  const c = line.charCodeAt(0);
  const next = line.charCodeAt(1);
  if ((c === 62 || c === 60) && (next === 32 || line.length === 1)) return withSpace(1, c === 62 ? 'c' : 's');
  return null;
}

const FAMILIES: Family[] = ['cs', 'arrow', 'angle'];

/** The marker family most lines of the sample use, or null when lines are unmarked. */
function markerFamily(sample: readonly string[]): Family | null {
  let best: Family | null = null;
  let bestCount = 0;
  for (const family of FAMILIES) {
    const n = countLines(sample, (l) => marker(l, family) !== null);
    if (n > bestCount) {
      best = family;
      bestCount = n;
    }
  }
  return best;
}

/**
 * The indentation (spaces and tabs) shared by every non-blank line, 0 when there is none: a
 * transcript pasted from an e-mail or a web page. A multi-line reply's own leading spaces survive
 * because its first line is not indented. Stops at the first line without indentation.
 */
export function sharedIndent(text: string): number {
  let min = Infinity;
  for (let start = 0, end = 0; end < text.length; start = end + 1) {
    end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let i = start;
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    const c = text.charCodeAt(i);
    // A blank line (only white space, as trim() sees it) does not count.
    if (i < end && ((c > 32 && c < 127) || /\S/.test(text.slice(i, end))) && i - start < min) {
      min = i - start;
      if (min === 0) return 0;
    }
  }
  return Number.isFinite(min) ? min : 0;
}

/** What telnet (or nc -v) prints around a session typed by hand. */
const TELNET = /^(?:Trying \S+\.\.\.|Connected to \S+\.?|Escape character is '.*'\.|Connection closed by foreign host\.|Connection to \S+ \S+ port \d+.*succeeded!?)$/;

function parseTranscript(text: string, warnings: WarningList): LogMessage[] {
  const lines = splitLines(text);
  const builder = new MessageBuilder(warnings);
  const family = markerFamily(lines.slice(0, 300));
  let skipped = 0;
  let firstSkipped = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as string;
    const n = i + 1;
    const m = family ? marker(text, family) : null;
    if (m) {
      const body = text.slice(m.length);
      if (m.dir === 'c') builder.client(body, n);
      else if (builder.server(body, n) === 'other') {
        warnings.add(`line ${n}: marked as a server line but it is no reply: a reply starts with a three-digit code.`);
      }
      continue;
    }
    // Unmarked line: a reply line, a continuation, a client command, or something else.
    if (builder.replyOpen || text === '' || /^\d{3}/.test(text)) {
      const result = builder.server(text, n);
      if (result !== 'other') continue;
    }
    if (looksLikeCommand(text) || /^[A-Z]{3,8}(?: |$)/.test(text.slice(0, 9))) {
      builder.client(text, n);
      continue;
    }
    if (text.length < 200 && TELNET.test(text)) {
      if (text.startsWith('Connected to ') || text.startsWith('Connection to ')) builder.connection(n);
      continue;
    }
    if (text.trim() !== '') {
      if (skipped === 0) firstSkipped = n;
      skipped++;
    }
  }
  if (skipped > 0) {
    warnings.add(
      skipped === 1
        ? `line ${firstSkipped}: skipped: neither a reply (three-digit code) nor an FTP command.`
        : `${skipped} lines (first: line ${firstSkipped}) were skipped: neither replies (three-digit code) nor FTP commands.`,
    );
  }
  return builder.finish();
}

export const raw: LogFormat = {
  name: 'raw',
  label: 'raw control-connection text',
  score(sample) {
    let n = 0;
    for (const line of sample) {
      if (isReplyLine(line)) n += 1;
      else if (marker(line, 'cs') || marker(line, 'arrow')) n += 2;
      else if (marker(line, 'angle')) n += 1;
      else if (looksLikeCommand(line)) n += 1;
    }
    return n;
  },
  parse: parseTranscript,
};

/** One reply, single or multi-line: the same reading as raw text, reported as a reply. */
export const reply: LogFormat = {
  name: 'reply',
  label: 'one reply',
  score(sample) {
    const nonEmpty = sample.filter((l) => l !== '');
    return nonEmpty.length > 0 && isReplyLine(nonEmpty[0] as string) ? 1 : 0;
  },
  parse(text, warnings) {
    const messages = parseTranscript(text, warnings);
    if (messages.length > 1) warnings.add(`The input holds ${messages.length} messages, not one reply.`);
    return messages;
  },
};
