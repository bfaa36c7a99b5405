/**
 * The CLI (scripts/decode.ts) end to end, with the real catalogue from content/, and its loader.
 */
/* eslint-disable no-control-regex -- the terminal tests look for escape sequences */
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../scripts/load-catalog.ts';
import { decode, type DecodeResult, FORMAT_NAMES, MAX_INPUT_BYTES } from '../../src/lib/decoder/decode.ts';

/** The CLI's --json output, read as the contract it promises. */
function parseResult(stdout: string): DecodeResult {
  return JSON.parse(stdout) as DecodeResult;
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const script = join(root, 'scripts', 'decode.ts');

/** Runs the CLI as a process (asynchronously, so that the tests of this file run side by side). */
function run(
  args: string[],
  options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string; stdinFrom?: string } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  delete env['FORCE_COLOR'];
  if (!options.env?.['NO_COLOR']) delete env['NO_COLOR'];
  return new Promise((resolve, reject) => {
    // stdinFrom: standard input is that file itself (a device such as /dev/zero), not a pipe from this test.
    const fd = options.stdinFrom === undefined ? undefined : openSync(options.stdinFrom, 'r');
    const child = spawn(process.execPath, [script, ...args], {
      cwd: options.cwd ?? root,
      env,
      timeout: 30_000,
      stdio: [fd ?? 'pipe', 'pipe', 'pipe'],
    });
    if (fd !== undefined) closeSync(fd);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.stderr?.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    // The CLI may exit before reading all of a large input (it refuses more than 5 MB): that is not an error here.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(options.input ?? '');
  });
}

const curlLog = `*   Trying 127.0.0.1:21...
* Connected to 127.0.0.1 (127.0.0.1) port 21 (#0)
< 220 (vsFTPd 3.0.3)
> USER ftptest
< 331 Please specify the password.
> PASS s3cret-pw
< 230 Login successful.
> PWD
< 257 "/" is the current directory
> EPSV
< 229 Entering Extended Passive Mode (|||40001|)
> TYPE I
< 200 Switching to Binary mode.
> SIZE nofile.txt
< 550 Could not get file size.
* The file does not exist
curl: (78) The file does not exist
`;

let dir: string;
let logFile: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'decode-cli-'));
  logFile = join(dir, 'curl.txt');
  writeFileSync(logFile, curlLog);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('decode CLI', () => {
  it('runs on Node ≥ 22 (type stripping)', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(22);
  });

  it("a session the client's own error ended exits 3 and names the error line (joedj/ftpii#114)", async () => {
    const log = fileURLToPath(new URL('../fixtures/real-logs/filezilla-old-spacing-ftpii-114.log', import.meta.url));
    const r = await run([log]);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/First failure: an error line, no reply code \(message 15\)/);
    expect(r.stdout).toContain('192.168.1.129');
    // A lone reply is a look-up, not a session: it exits 0 even when it is a failure code.
    expect((await run(['530 Login incorrect.'])).code).toBe(0);
  });

  it('--help prints usage, every format from the registry with its hint, and exits 0', async () => {
    for (const args of [['--help'], ['-h']]) {
      const r = await run(args);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/^Usage: npm run --silent decode -- \[options\] \[CODE \| REPLY \| FILE \| -\]\n/);
      expect(r.stdout).toContain('--format NAME');
      for (const name of FORMAT_NAMES) expect(r.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
      expect(r.stdout).toContain('Exit status: 0 decoded, 1 nothing to decode');
      expect(r.stdout).toContain('3 a log decoded and its session failed');
    }
  });

  it('decodes a code or a reply line given as the argument', async () => {
    const code = await run(['--json', '550']);
    expect(code.code).toBe(0);
    expect(parseResult(code.stdout)).toEqual(decode('550', loadCatalog().catalog));
    expect(parseResult(code.stdout)).toMatchObject({ input: 'code', messages: [{ dir: 's', code: 550, known: true }] });
    const reply = await run(['530 Login incorrect.']);
    expect(reply.code).toBe(0);
    expect(reply.stdout).toContain('Read as one reply (detected)');
    expect(reply.stdout).toContain('< 530 Login incorrect.');
    expect(reply.stdout).toMatch(/First failure: 530 \(message 1\)/);
    expect(reply.stderr).toBe('');
  });

  it('an argument is a file only when a file of that name exists', async () => {
    const sub = join(dir, 'named');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, '550'), '220 hello from a file\r\n');
    const file = await run(['--json', '550'], { cwd: sub });
    expect(file.code).toBe(0);
    expect(parseResult(file.stdout)).toMatchObject({ input: 'reply', messages: [{ code: 220 }] });
    const text = await run(['--json', '550'], { cwd: dir });
    expect(parseResult(text.stdout)).toMatchObject({ input: 'code', messages: [{ code: 550 }] });
  });

  it('decodes a file into readable plain text when piped; a failed session exits 3', async () => {
    const r = await run([logFile]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('Read as curl -v output (detected)');
    expect(r.stdout).toContain('< 550 Could not get file size.');
    expect(r.stdout).toContain('> PASS ****');
    expect(r.stdout).toMatch(/First failure: 550 \(message 13\)/);
    expect(r.stdout).not.toContain('s3cret');
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it('--json prints the decoder contract, the same object decode() returns', async () => {
    const r = await run(['--json', logFile]);
    expect(r.code).toBe(3);
    const json = parseResult(r.stdout);
    // The CLI reads content/servers/ too, to name the server and mark the messages it knows.
    expect(json).toEqual(decode(curlLog, loadCatalog({ servers: true }).catalog));
    expect(Object.keys(json)).toEqual([
      'input',
      'server',
      'messages',
      'exchanges',
      'firstFailure',
      'warnings',
      'clientEnding',
    ]);
    expect(json.server).toMatchObject({ name: 'vsftpd', from: 'greeting' });
    expect(json.input).toBe('curl');
    expect(json.firstFailure).toMatchObject({ index: 12, code: 550 });
    // The meaning comes from content/codes/550.md.
    expect(json.messages[12]).toMatchObject({ dir: 's', code: 550, class: 5, category: 5, known: true });
    const failing = json.messages[12];
    expect(failing?.dir === 's' ? typeof failing.meaning : 'no reply').toBe('string');
    expect(r.stdout).not.toContain('s3cret');
  });

  it('reads standard input when no file is given, and for "-"', async () => {
    for (const args of [['--json'], ['--json', '-']]) {
      const r = await run(args, { input: '550 Failed to open file.\r\n' });
      expect(r.code).toBe(0);
      expect(parseResult(r.stdout)).toMatchObject({ input: 'reply', messages: [{ code: 550 }] });
    }
  });

  it('--format overrides detection', async () => {
    const r = await run(['--json', '--format', 'lftp'], { input: '<--- 220 ready\n' });
    expect(r.code).toBe(0);
    expect(parseResult(r.stdout)).toMatchObject({ input: 'lftp', messages: [{ code: 220 }] });
    const eq = await run(['--json', '--format=raw'], { input: '<--- 220 ready\n' });
    expect(parseResult(eq.stdout)).toMatchObject({ input: 'raw', messages: [] });
  });

  it('colours on request, plain with NO_COLOR or when piped', async () => {
    expect((await run(['--color', logFile])).stdout).toMatch(/\x1b\[31m550 Could not get file size\.\x1b\[39m/);
    // An explicit --color wins over NO_COLOR; --no-color wins over everything.
    expect((await run(['--color', logFile], { env: { NO_COLOR: '1' } })).stdout).toMatch(/\x1b\[31m550/);
    expect((await run([logFile], { env: { NO_COLOR: '1' } })).stdout).not.toMatch(/\x1b\[/);
    expect((await run(['--no-color', logFile])).stdout).not.toMatch(/\x1b\[/);
    expect((await run(['--color', '--no-color', logFile])).stdout).not.toMatch(/\x1b\[/);
  });

  it('control characters in replies cannot drive the terminal', async () => {
    const r = await run([], {
      input: '220 evil \x1b[2J\x07 text \u009b31m \u202egnp.exe\r\nUSER \x1b]0;title\x07\r\n',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('220 evil \\x1b[2J\\x07 text \\x9b31m \\u202egnp.exe');
    expect(r.stdout).toContain('> USER \\x1b]0;title\\x07');
    expect(r.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]/);
  });

  it.each([
    ['CR', '220 ok\rUSER bob\r331 pw?\rPASS hunter2\r530 no\r'],
    ['mixed', '220 ok\r\nUSER bob\n331 pw?\rPASS hunter2\r530 no\r\n'],
  ])('%s line endings split into lines: the password is masked', async (_name, input) => {
    for (const args of [[], ['--json']]) {
      const r = await run(args, { input });
      expect(r.code).toBe(3);
      expect(r.stdout).not.toContain('hunter2');
      expect(r.stdout).toContain('PASS ****');
    }
    const json = parseResult((await run(['--json'], { input })).stdout);
    expect(json.messages).toHaveLength(5);
    expect(json.firstFailure?.code).toBe(530);
  });

  it('escape sequences reach the advice and warnings only as visible text, coloured or not', async () => {
    const input = [
      '220 ok',
      'RETR \x1b]0;title\x07x\u202e\u2028y \x1b[2J',
      '550 \x1b[5m gone',
      '599 \x1b[31m odd',
      'STOR \u009b31m z',
      '',
    ].join('\r\n');
    for (const args of [['--no-color'], ['--color']]) {
      const r = await run(args, { input });
      expect(r.code).toBe(3);
      expect(r.stdout).toMatch(/First failure/);
      expect(r.stdout).toMatch(/Warnings/);
      // Only the CLI's own colours (SGR sequences) may hold an ESC; nothing else that drives a terminal.
      const bare = r.stdout.replace(/\x1b\[[\d;]*m/g, '');
      expect(bare).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2028\u2029]/);
      expect(bare).toContain('\\x1b]0;title\\x07');
    }
  });

  it('the 5 MB limit counts bytes from a device, a FIFO or a pipe, and stops reading there: exit 2, one line', async () => {
    const started = Date.now();
    const zero = await run([], { stdinFrom: '/dev/zero' });
    expect(zero.code).toBe(2);
    expect(zero.stderr).toMatch(/^decode: standard input is more than 5\.0 MB; the decoder reads at most 5\.0 MB\n$/);
    const file = await run(['/dev/zero']);
    expect(file.code).toBe(2);
    expect(file.stderr).toMatch(/^decode: \/dev\/zero is more than 5\.0 MB; the decoder reads at most 5\.0 MB\n$/);
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `exec cat /dev/zero > '${fifo}'`], { stdio: 'ignore' });
    const viaFifo = await run([fifo]);
    writer.kill();
    expect(viaFifo.code).toBe(2);
    expect(viaFifo.stderr).toMatch(/^decode: .*fifo is more than 5\.0 MB; the decoder reads at most 5\.0 MB\n$/);
    const piped = await run(['-'], { input: Buffer.alloc(MAX_INPUT_BYTES * 3, '220 ok\r\n') });
    expect(piped.code).toBe(2);
    expect(piped.stderr.split('\n')).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('masks passwords in its human output and JSON, whatever they hold', async () => {
    const input = `USER anna\r\n331 Password required.\r\npass "it's a \\secret"\r\n230 ok\r\n`;
    for (const args of [[], ['--json']]) {
      const r = await run(args, { input });
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain('secret');
      expect(r.stdout).toContain('pass ****');
    }
  });

  it('binary garbage and invalid UTF-8 decode with warnings; nothing FTP in it: exit 1', async () => {
    const bin = join(dir, 'bin.dat');
    writeFileSync(bin, Buffer.from([0, 1, 2, 0xff, 0xfe, 0x80, 0x32, 0x32, 0x30, 0x20, 0xe9, 0x0d, 0x0a, 0, 0, 0]));
    const r = await run(['--json', bin]);
    expect(r.code).toBe(1);
    const json = parseResult(r.stdout);
    expect(json.warnings.map((w) => w.text).join('\n')).toMatch(/not valid UTF-8/);
    expect(json.warnings.map((w) => w.text).join('\n')).toMatch(/NUL byte/);
  });

  it.each([
    [['--bogus'], /^decode: unknown option --bogus \(see --help\)\n$/],
    [['-x', '550'], /^decode: unknown option -x \(see --help\)\n$/],
    [
      ['--format', 'bogus'],
      new RegExp(`^decode: unknown format "bogus" \\(one of: ${FORMAT_NAMES.join(', ')}\\) \\(see --help\\)\n$`),
    ],
    [['--format'], /^decode: --format needs a name \(see --help\)\n$/],
    [['--format='], /^decode: --format needs a name \(see --help\)\n$/],
    [['--json=yes'], /^decode: .*--json.*\n$/],
    [
      ['a.txt', 'b.txt'],
      /^decode: give one code, reply, FILE or "-", not 2 arguments \(quote a reply line\) \(see --help\)\n$/,
    ],
  ])('bad usage %j exits 2 with one line', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('a directory is unreadable input: exit 2', async () => {
    const r = await run([dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`decode: cannot read ${dir}: it is a directory\n`);
  });

  it('more than 5 MB is refused with exit 2, from a file and from standard input', async () => {
    const big = join(dir, 'big.txt');
    const data = Buffer.alloc(MAX_INPUT_BYTES + 1, 'a');
    writeFileSync(big, data);
    const r = await run([big]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^decode: .*big\.txt is 5\.0 MB; the decoder reads at most 5\.0 MB\n$/);
    const s = await run(['-'], { input: data });
    expect(s.code).toBe(2);
    expect(s.stderr).toMatch(/^decode: standard input is .* MB; the decoder reads at most 5\.0 MB\n$/);
  });

  it('an empty input decodes to nothing, with a warning, exit 1', async () => {
    const r = await run(['--json'], { input: '' });
    expect(r.code).toBe(1);
    expect(parseResult(r.stdout).warnings).toEqual([
      { kind: 'empty', count: 1, text: 'Nothing to decode: paste a reply code, a reply, or a client log.' },
    ]);
    const human = await run([], { input: '\n \n' });
    expect(human.code).toBe(1);
    expect(human.stdout).toContain('Nothing to decode');
  });

  it('input with nothing FTP in it exits 1, and so does a pattern that is no reply', async () => {
    const prose = await run(['--json', 'hello world']);
    expect(prose.code).toBe(1);
    expect(parseResult(prose.stdout)).toMatchObject({ messages: [] });
    expect(prose.stderr).toBe('');
    const pattern = await run(['5xx']);
    expect(pattern.code).toBe(1);
    expect(pattern.stdout).toContain('is a pattern, not one reply code');
  });

  it('a path that names no file is read as text, and says so when that decodes to nothing: exit 1', async () => {
    const r = await run(['/no/such/file.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('decode: no file named /no/such/file.txt; it was read as text\n');
    expect(r.stdout).toContain('No FTP commands or replies were found');
  });
});
