/**
 * The decoder in a terminal:
 *
 *   npm run decode -- [--json] [--format NAME] [FILE|-]
 *
 * Reads FILE, or standard input when FILE is "-" or absent. Prints the messages with their
 * meanings, the first failure with advice, and warnings; `--json` prints the DESIGN.md contract
 * object instead. Exit 0 when the input was decoded, 2 with a one-line reason on bad usage or
 * unreadable input.
 */
import { readFileSync, statSync } from 'node:fs';
import type { DigitTables } from '../src/lib/classify.ts';
import { decode, type DecodeResult, FORMAT_NAMES, MAX_INPUT_BYTES, type Message } from '../src/lib/decoder/decode.ts';
import { formatByName } from '../src/lib/decoder/formats/index.ts';
import { loadCatalog } from './load-catalog.ts';

const USAGE = `Usage: npm run decode -- [options] [FILE|-]

Decode an FTP reply code, a reply, or a client log (curl -v, lftp -d, Python ftplib debug,
tnftp -d, FileZilla, WinSCP, raw transcripts). Reads standard input when FILE is "-" or missing.

Options:
  --json           print the decoder's result object as JSON
  --format NAME    read the input as NAME instead of detecting it; one of:
                   ${FORMAT_NAMES.join(', ')}
  --no-color       plain output (also when NO_COLOR is set or output is not a terminal)
  -h, --help       show this help

Exit status: 0 decoded, 2 bad usage or unreadable input.
`;

class UsageError extends Error {}

interface Options {
  json: boolean;
  format: string | undefined;
  color: boolean | undefined;
  file: string;
  help: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { json: false, format: undefined, color: undefined, file: '-', help: false };
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') options.json = true;
    else if (arg === '-h' || arg === '--help') options.help = true;
    else if (arg === '--no-color') options.color = false;
    else if (arg === '--color') options.color = true;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? argv[++i] : arg.slice('--format='.length);
      if (value === undefined || value === '') throw new UsageError('--format needs a name');
      if (!(FORMAT_NAMES as readonly string[]).includes(value)) {
        throw new UsageError(`unknown format "${value}" (one of: ${FORMAT_NAMES.join(', ')})`);
      }
      options.format = value;
    } else if (arg === '--') {
      const rest = argv.slice(i + 1);
      if (rest.length > 1 || (rest.length === 1 && file !== undefined)) throw new UsageError('give at most one FILE');
      if (rest[0] !== undefined) file = rest[0];
      break;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else {
      if (file !== undefined) throw new UsageError('give at most one FILE');
      file = arg;
    }
  }
  if (file !== undefined) options.file = file;
  return options;
}

class InputError extends Error {}

function tooLarge(name: string, bytes: number): InputError {
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return new InputError(`${name} is ${mb(bytes)}; the decoder reads at most ${mb(MAX_INPUT_BYTES)}`);
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (error as Error).message.split('\n')[0] ?? 'unknown error';
}

async function readInput(file: string): Promise<Buffer> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      size += buf.length;
      if (size > MAX_INPUT_BYTES) throw tooLarge('standard input', size);
      chunks.push(buf);
    }
    return Buffer.concat(chunks);
  }
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new InputError(`cannot read ${file}: it is a directory`);
    if (stat.size > MAX_INPUT_BYTES) throw tooLarge(file, stat.size);
    return readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${file}: ${describe(error)}`);
  }
}

/** UTF-8 when valid, otherwise Latin-1 (every byte maps to a character), with a note. */
function toText(buf: Buffer): { text: string; note?: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf) };
  } catch {
    return { text: buf.toString('latin1'), note: 'The input is not valid UTF-8; it was read as Latin-1.' };
  }
}

interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  client(s: string): string;
  code(s: string, cls: number): string;
  warn(s: string): string;
}

function paint(enabled: boolean): Paint {
  const wrap = (open: number, close: number) => (s: string) => (enabled ? `\x1b[${open}m${s}\x1b[${close}m` : s);
  const byClass: Record<number, (s: string) => string> = {
    1: wrap(32, 39),
    2: wrap(32, 39),
    3: wrap(36, 39),
    4: wrap(33, 39),
    5: wrap(31, 39),
    6: wrap(35, 39),
  };
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    client: wrap(34, 39),
    code: (s, cls) => (byClass[cls] ?? ((x: string) => x))(s),
    warn: wrap(33, 39),
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

/** Control characters would move the cursor or recolour the terminal: show them as \xNN. */
function safe(line: string): string {
  return line.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function render(result: DecodeResult, catalogRows: DigitTables, detected: boolean, p: Paint, width: number): string {
  const out: string[] = [];
  const stages = new Map<number, string>();
  for (const e of result.exchanges) for (const r of e.replies) stages.set(r.index, e.kind === 'greeting' ? 'greeting' : r.stage);

  const label = formatByName(result.input).label;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  out.push(
    p.bold(`Read as ${label}${detected ? ' (detected)' : ''}`) +
      p.dim(` · ${count(result.messages.length, 'message')} · ${count(result.exchanges.length, 'exchange')}`),
  );
  if (result.messages.length > 0) out.push('');

  result.messages.forEach((m: Message, index) => {
    if (m.dir === 'c') {
      out.push(p.client(`> ${safe(m.lines[0])}`));
      return;
    }
    for (const line of m.lines) out.push(`< ${p.code(safe(line), m.class)}`);
    const cls = catalogRows.classes.find((r) => r.digit === m.class);
    const cat = catalogRows.categories.find((r) => r.digit === m.category);
    const parts = [
      String(m.code).padStart(3, '0'),
      stages.get(index) ?? '',
      m.meaning ?? 'not in the catalogue',
      [cls ? `${cls.id} ${cls.name}` : '', cat ? `${cat.id} ${cat.name}` : ''].filter(Boolean).join(', '),
      m.truncated ? 'truncated' : '',
    ].filter(Boolean);
    out.push(p.dim(`    ${parts.join(' · ')}`));
  });

  if (result.messages.length > 0) out.push('');
  if (result.firstFailure) {
    const f = result.firstFailure;
    out.push(p.bold(`First failure: ${p.code(String(f.code), Math.floor(f.code / 100))} (message ${f.index + 1})`));
    out.push(wrapText(f.advice, width, '  '));
  } else if (result.messages.some((m) => m.dir === 's')) {
    out.push(p.bold('No failure: no negative (4yz/5yz) reply that matters.'));
  }
  if (result.warnings.length > 0) {
    if (result.messages.length > 0) out.push('');
    out.push(p.bold(`Warnings (${result.warnings.length}):`));
    for (const w of result.warnings) out.push(p.warn(wrapText(`- ${w}`, width, '  ').replace(/^ {2}- /, '  - ')));
  }
  return `${out.join('\n')}\n`;
}

async function main(argv: readonly string[]): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`decode: ${(error as Error).message} (see --help)\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (options.file === '-' && process.stdin.isTTY) {
    process.stderr.write('decode: reading standard input; paste the text, then press Ctrl-D.\n');
  }
  let buf: Buffer;
  try {
    buf = await readInput(options.file);
  } catch (error) {
    process.stderr.write(`decode: ${(error as Error).message}\n`);
    return 2;
  }
  const { text, note } = toText(buf);
  const { catalog } = loadCatalog();

  const result = decode(text, catalog, { format: options.format });
  if (note) result.warnings.unshift(note);

  if (options.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const color = options.color ?? (Boolean(process.stdout.isTTY) && !process.env['NO_COLOR']);
  const width = Math.max(40, Math.min(process.stdout.columns ?? 100, 120));
  process.stdout.write(render(result, catalog, options.format === undefined, paint(color), width));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`decode: ${(error as Error).message ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
