/**
 * The CLI (scripts/decode.ts) end to end, with the real catalogue from content/, and its loader.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode, MAX_INPUT_BYTES } from '../../src/lib/decoder/decode.ts';
import { loadCatalog } from '../../scripts/load-catalog.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const script = join(root, 'scripts', 'decode.ts');

function run(args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  delete env['FORCE_COLOR'];
  if (!options.env?.['NO_COLOR']) delete env['NO_COLOR'];
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: root,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
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

describe('decode CLI', () => {
  it('runs on Node ≥ 22 (type stripping)', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(22);
  });

  it('--help prints usage and exits 0', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run decode -- \[options\] \[FILE\|-\]/);
    expect(r.stdout).toContain('--format NAME');
  });

  it('decodes a file into readable plain text when piped', () => {
    const r = run([logFile]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Read as curl -v output (detected)');
    expect(r.stdout).toContain('< 550 Could not get file size.');
    expect(r.stdout).toContain('> PASS ****');
    expect(r.stdout).toMatch(/First failure: 550 \(message 13\)/);
    expect(r.stdout).not.toContain('s3cret');
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it('--json prints the decoder contract, the same object decode() returns', () => {
    const r = run(['--json', logFile]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toEqual(decode(curlLog, loadCatalog().catalog));
    expect(Object.keys(json)).toEqual(['input', 'messages', 'exchanges', 'firstFailure', 'warnings']);
    expect(json.input).toBe('curl');
    expect(json.firstFailure).toMatchObject({ index: 12, code: 550 });
    // The meaning comes from content/codes/550.md.
    expect(json.messages[12]).toMatchObject({ dir: 's', code: 550, class: 5, category: 5, known: true });
    expect(typeof json.messages[12].meaning).toBe('string');
    expect(r.stdout).not.toContain('s3cret');
  });

  it('reads standard input when no file is given, and for "-"', () => {
    for (const args of [['--json'], ['--json', '-']]) {
      const r = run(args, { input: '550 Failed to open file.\r\n' });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ input: 'reply', messages: [{ code: 550 }] });
    }
  });

  it('--format overrides detection', () => {
    const r = run(['--json', '--format', 'lftp'], { input: '<--- 220 ready\n' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ input: 'lftp', messages: [{ code: 220 }] });
    const eq = run(['--json', '--format=raw'], { input: '<--- 220 ready\n' });
    expect(JSON.parse(eq.stdout)).toMatchObject({ input: 'raw', messages: [] });
  });

  it('colours on request, plain with NO_COLOR or when piped', () => {
    expect(run(['--color', logFile]).stdout).toMatch(/\x1b\[31m550 Could not get file size\.\x1b\[39m/);
    expect(run([logFile], { env: { NO_COLOR: '1' } }).stdout).not.toMatch(/\x1b\[/);
    expect(run(['--no-color', logFile]).stdout).not.toMatch(/\x1b\[/);
  });

  it('control characters in replies cannot drive the terminal', () => {
    const r = run([], { input: '220 evil \x1b[2J\x07 text\r\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('220 evil \\x1b[2J\\x07 text');
    expect(r.stdout).not.toContain('\x1b[2J');
  });

  it('binary garbage and invalid UTF-8 decode with warnings, exit 0', () => {
    const bin = join(dir, 'bin.dat');
    writeFileSync(bin, Buffer.from([0, 1, 2, 0xff, 0xfe, 0x80, 0x32, 0x32, 0x30, 0x20, 0xe9, 0x0d, 0x0a, 0, 0, 0]));
    const r = run(['--json', bin]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.warnings.join('\n')).toMatch(/not valid UTF-8/);
    expect(json.warnings.join('\n')).toMatch(/NUL byte/);
  });

  it.each([
    [['/no/such/file.txt'], /^decode: cannot read \/no\/such\/file\.txt: no such file\n$/],
    [['--bogus'], /^decode: unknown option --bogus \(see --help\)\n$/],
    [['--format', 'bogus'], /^decode: unknown format "bogus" \(one of: code, reply, raw, curl, lftp, ftplib, tnftp, filezilla, winscp\) \(see --help\)\n$/],
    [['--format'], /^decode: --format needs a name \(see --help\)\n$/],
    [['a.txt', 'b.txt'], /^decode: give at most one FILE \(see --help\)\n$/],
  ])('bad usage %j exits 2 with one line', (args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('a directory is unreadable input: exit 2', () => {
    const r = run([dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`decode: cannot read ${dir}: it is a directory\n`);
  });

  it('more than 5 MB is refused with exit 2, from a file and from standard input', () => {
    const big = join(dir, 'big.txt');
    const data = Buffer.alloc(MAX_INPUT_BYTES + 1, 'a');
    writeFileSync(big, data);
    const r = run([big]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^decode: .*big\.txt is 5\.0 MB; the decoder reads at most 5\.0 MB\n$/);
    const s = run(['-'], { input: data });
    expect(s.code).toBe(2);
    expect(s.stderr).toMatch(/^decode: standard input is .* MB; the decoder reads at most 5\.0 MB\n$/);
  });

  it('an empty input decodes to nothing, with a warning, exit 0', () => {
    const r = run(['--json'], { input: '' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).warnings).toEqual(['Nothing to decode: paste a reply code, a reply, or a client log.']);
  });
});
