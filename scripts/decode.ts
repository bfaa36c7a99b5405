/**
 * The decoder in a terminal. Run `npm run --silent decode -- --help` for usage: it takes a reply code, a reply line,
 * a file or standard input, prints the messages with their meanings, the first failure with advice and warnings, or
 * with --json the DESIGN.md contract object. Exit status: 0 decoded, 1 nothing to decode, 2 bad usage or unreadable
 * input (one line on stderr), 3 a log decoded and its session failed (a failing reply, or the client's own error).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { parseArgs, styleText } from 'node:util';
import type { DigitTables } from '../src/lib/classify.ts';
import { decode, type DecodeResult, MAX_INPUT_BYTES } from '../src/lib/decoder/decode.ts';
import { formatByName, formatHelp, FORMAT_NAMES, isFormatName } from '../src/lib/decoder/formats/index.ts';
import { unlistedText } from '../src/lib/decoder/exchange.ts';
import { megabytes } from '../src/lib/decoder/input.ts';
import { loadCatalog, loadServerRecogniser } from './load-catalog.ts';
import { logUi as t } from '../src/i18n/log.ts';

const USAGE = `Usage: npm run --silent decode -- [options] [CODE | REPLY | FILE | -]

Decode an FTP reply code, a reply, or a client log. An argument is a file when a file of
that name exists; otherwise it is the text to decode. Without one, or with "-", the input
is read from standard input.

  npm run --silent decode -- 550
  npm run --silent decode -- "530 Login incorrect."
  curl -v ftp://example.org/missing.txt 2>&1 | npm run --silent decode
  npm run --silent decode -- --json session.log

Options:
  --format NAME    read the input as NAME instead of detecting it (see Formats)
  --json           print the decoder's result object as JSON
  --color          colour even when the output is no terminal
  --no-color       no colour (also when NO_COLOR is set or the output is no terminal)
  -h, --help       show this help

Formats:
${formatHelp('  ')}

Exit status: 0 decoded, 1 nothing to decode (empty, or nothing FTP in it), 2 bad usage or
unreadable input, 3 a log decoded and its session failed (see "First failure"; a lone code
or reply exits 0).
`;

const EXIT_DECODED = 0;
const EXIT_NOTHING = 1;
const EXIT_USAGE = 2;
const EXIT_FAILED = 3;

/** Bad usage: its message is the one line the user sees, with a pointer to --help. */
class UsageError extends Error {}

/** Input that cannot be read (no such file, a directory, too large): its message is the one line the user sees. */
class InputError extends Error {}

interface Options {
  json: boolean;
  format: string | undefined;
  /** true/false when asked for; undefined leaves it to the terminal and NO_COLOR. */
  color: boolean | undefined;
  help: boolean;
  /** What to decode: standard input, a file, or the argument's own text. */
  input: { kind: 'stdin' } | { kind: 'file'; path: string } | { kind: 'text'; text: string };
}

function hasCode(error: unknown, code: string): error is Error {
  return error instanceof Error && 'code' in error && error.code === code;
}

/** node:util's parseArgs errors, said in one short line. */
function usageMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
  if (hasCode(error, 'ERR_PARSE_ARGS_UNKNOWN_OPTION')) return `unknown option ${option}`;
  if (hasCode(error, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') && option === '--format') return '--format needs a name';
  return message.split('\n')[0] ?? 'bad usage';
}

function readOptions(argv: readonly string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        json: { type: 'boolean', default: false },
        format: { type: 'string' },
        color: { type: 'boolean' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      allowNegative: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(usageMessage(error));
  }
  const { values, positionals } = parsed;
  const format = values.format;
  if (format === '') throw new UsageError('--format needs a name');
  if (format !== undefined && !isFormatName(format)) {
    throw new UsageError(`unknown format "${format}" (one of: ${FORMAT_NAMES.join(', ')})`);
  }
  if (positionals.length > 1) {
    throw new UsageError(`give one code, reply, FILE or "-", not ${positionals.length} arguments (quote a reply line)`);
  }
  const [argument] = positionals;
  let input: Options['input'] = { kind: 'stdin' };
  if (argument !== undefined && argument !== '-') {
    input = existsSync(argument) ? { kind: 'file', path: argument } : { kind: 'text', text: argument };
  }
  return { json: values.json, format, color: values.color, help: values.help, input };
}

function tooLarge(name: string, bytes: number, more = false): InputError {
  const size = `${more ? 'more than ' : ''}${megabytes(bytes)}`;
  return new InputError(`${name} is ${size}; the decoder reads at most ${megabytes(MAX_INPUT_BYTES)}`);
}

function describeReadError(error: unknown): string {
  if (hasCode(error, 'ENOENT')) return 'no such file';
  if (hasCode(error, 'EISDIR')) return 'it is a directory';
  if (hasCode(error, 'EACCES') || hasCode(error, 'EPERM')) return 'permission denied';
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? 'unknown error';
}

/**
 * Reads a stream (standard input, a file, a FIFO, a device such as /dev/zero) counting the bytes as they come, and
 * stops reading as soon as there are more than the decoder takes: nothing past the limit is ever held in memory.
 */
async function readBounded(stream: Readable, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      size += buf.length;
      if (size > MAX_INPUT_BYTES) throw tooLarge(name, MAX_INPUT_BYTES, true);
      chunks.push(buf);
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks);
}

async function readFile(path: string): Promise<Buffer> {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`cannot read ${path}: it is a directory`);
    // A regular file says its size up front; a FIFO or a device does not, and is counted as it is read.
    if (stat.isFile() && stat.size > MAX_INPUT_BYTES) throw tooLarge(path, stat.size);
    return await readBounded(createReadStream(path), path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${path}: ${describeReadError(error)}`);
  }
}

/** UTF-8 when valid, otherwise Latin-1 (every byte maps to a character), with a note. */
function bytesToText(buf: Buffer): { text: string; note?: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf) };
  } catch {
    return { text: buf.toString('latin1'), note: 'The input is not valid UTF-8; it was read as Latin-1.' };
  }
}

async function readText(input: Options['input']): Promise<{ text: string; note?: string }> {
  if (input.kind === 'text') return { text: input.text };
  if (input.kind === 'file') return bytesToText(await readFile(input.path));
  if (process.stdin.isTTY) process.stderr.write('decode: reading standard input; paste the text, then press Ctrl-D.\n');
  return bytesToText(await readBounded(process.stdin, 'standard input'));
}

type Style = Parameters<typeof styleText>[0];

interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  client(s: string): string;
  code(s: string, replyClass: number): string;
  warn(s: string): string;
}

const CLASS_COLOURS: Record<number, Style> = { 1: 'green', 2: 'green', 3: 'cyan', 4: 'yellow', 5: 'red', 6: 'magenta' };

/** Colours through util.styleText: on a terminal unless NO_COLOR (Node decides), or as --color/--no-color say. */
function paint(color: boolean | undefined): Paint {
  const style = (format: Style, text: string) =>
    color === false ? text : styleText(format, text, { validateStream: color === undefined, stream: process.stdout });
  return {
    bold: (s) => style('bold', s),
    dim: (s) => style('dim', s),
    client: (s) => style('blue', s),
    code: (s, replyClass) => {
      const colour = CLASS_COLOURS[replyClass];
      return colour ? style(colour, s) : s;
    },
    warn: (s) => style('yellow', s),
  };
}

/** Wraps text to a width, indenting every line. */
function wrapText(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

/**
 * Log text shown in a terminal: control characters (C0, DEL, C1) and bidirectional overrides would move the cursor,
 * recolour the terminal or reorder what is shown, so they become visible escapes (\x1b, \u202e).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function visible(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const n = c.charCodeAt(0);
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
  });
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function render(result: DecodeResult, rows: DigitTables, detected: boolean, p: Paint, width: number): string {
  const out: string[] = [];
  const stages = new Map<number, string>();
  const unlisted = new Map<number, string>();
  for (const e of result.exchanges) {
    for (const r of e.replies) stages.set(r.index, e.kind === 'greeting' ? 'greeting' : r.stage);
    for (const u of e.unlisted ?? []) if (e.command) unlisted.set(u.index, unlistedText(e.command, u));
  }

  const label = formatByName(result.input).label;
  const counts = ` · ${plural(result.messages.length, 'message')} · ${plural(result.exchanges.length, 'exchange')}`;
  out.push(p.bold(`Read as ${label}${detected ? ' (detected)' : ''}`) + p.dim(counts));
  if (result.server) {
    const s = result.server;
    out.push(visible(t.server(s.name, s.version, s.from)));
  }
  if (result.messages.length > 0) out.push('');

  result.messages.forEach((m, index) => {
    if (m.dir === 'c') {
      out.push(p.client(`> ${visible(m.lines[0])}`));
      return;
    }
    for (const line of m.lines) out.push(`< ${p.code(visible(line), m.class)}`);
    const cls = rows.classes.find((r) => r.digit === m.class);
    const cat = rows.categories.find((r) => r.digit === m.category);
    const parts = [
      String(m.code).padStart(3, '0'),
      stages.get(index) ?? '',
      m.meaning ?? 'not in the catalogue',
      [cls ? `${cls.id} ${cls.name}` : '', cat ? `${cat.id} ${cat.name}` : ''].filter(Boolean).join(', '),
      m.truncated ? 'truncated' : '',
      m.harmless === 'probe'
        ? 'probe, harmless'
        : m.harmless === 'fallback'
          ? 'refused, the client used another way'
          : m.harmless === 'aborted'
            ? 'expected: aborted'
            : '',
    ].filter(Boolean);
    out.push(p.dim(`    ${visible(parts.join(' · '))}`));
    const outside = unlisted.get(index);
    if (outside) out.push(p.dim(wrapText(visible(outside), width, '    ')));
    const known = m.serverMessage;
    if (known) {
      const said = [known.when ? `${t.when}${known.when}` : '', known.fix ? `${t.fix}${known.fix}` : ''];
      const text = `${t.serverSends(result.server?.name ?? known.server)}${said.filter(Boolean).join(' ')} ${known.href}`;
      out.push(p.dim(wrapText(visible(text), width, '    ')));
    }
  });

  if (result.messages.length > 0) out.push('');
  if (result.firstFailure) {
    const f = result.firstFailure;
    out.push(p.bold(wrapText(visible(f.plain), width, '')));
    const what = f.code === null ? 'an error line, no reply code' : p.code(String(f.code), Math.floor(f.code / 100));
    out.push(p.bold(`First failure: ${what} (message ${f.index + 1})`));
    out.push(wrapText(visible(f.advice), width, '  '));
  } else if (result.messages.some((m) => m.dir === 's')) {
    out.push(p.bold('No failure: no negative (4yz/5yz) reply that matters.'));
  }
  const e = result.clientEnding;
  if (e) {
    const what = [e.client === 'curl' ? `exit code ${e.report}` : e.report, e.name, e.plain].filter(Boolean);
    out.push(wrapText(visible(`${e.line}: ${what.join(', ')}`), width, '  '));
  }
  if (result.warnings.length > 0) {
    if (result.messages.length > 0) out.push('');
    out.push(p.bold(`Warnings (${result.warnings.length}):`));
    for (const w of result.warnings)
      out.push(p.warn(wrapText(`- ${visible(w.text)}`, width, '  ').replace(/^ {2}- /, '  - ')));
  }
  return `${out.join('\n')}\n`;
}

/** An argument that looks like a file name but names no file, when it decoded to nothing: say so. */
function looksLikePath(text: string): boolean {
  return !/\s/.test(text) && (/[\\/]/.test(text) || /\.[A-Za-z]\w{0,4}$/.test(text));
}

async function main(argv: readonly string[]): Promise<number> {
  const options = readOptions(argv);
  if (options.help) {
    process.stdout.write(USAGE);
    return EXIT_DECODED;
  }
  const read = await readText(options.input);
  // decode() ends a line at LF, CRLF and a CR alone (src/lib/decoder/reply.ts normalizeLineEnds).
  const { text, note } = read;
  const { catalog } = loadCatalog();

  const result = decode(text, catalog, { format: options.format });
  // content/servers/ is read only for a log with replies (a code looked up needs none): the server is named as the
  // page names it, after the decode.
  if (result.input !== 'code' && result.messages.some((m) => m.dir === 's')) loadServerRecogniser().recognise(result);
  if (note) result.warnings.unshift({ kind: 'not-utf8', count: 1, text: note });
  const decoded = result.messages.length > 0;

  if (options.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    const width = process.stdout.isTTY ? Math.max(40, Math.min(process.stdout.columns, 120)) : 100;
    process.stdout.write(render(result, catalog, options.format === undefined, paint(options.color), width));
  }
  if (!decoded && options.input.kind === 'text' && looksLikePath(options.input.text)) {
    process.stderr.write(`decode: no file named ${visible(options.input.text)}; it was read as text\n`);
  }
  if (!decoded && !result.firstFailure) return EXIT_NOTHING;
  // A log whose session failed, so scripts can tell; looking up a lone code or reply is no failure of anything.
  const lookup = result.input === 'code' || result.input === 'reply';
  return result.firstFailure && !lookup ? EXIT_FAILED : EXIT_DECODED;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    let message = describeReadError(error);
    if (error instanceof UsageError) message = `${error.message} (see --help)`;
    else if (error instanceof InputError) message = error.message;
    process.stderr.write(`decode: ${message}\n`);
    process.exitCode = EXIT_USAGE;
  },
);
