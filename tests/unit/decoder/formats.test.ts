/**
 * Log formats and decode(): one table per format (detection, messages with prefixes removed,
 * password masking), then properties over decode() for any input and round trips through every
 * format's rendering.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../scripts/load-catalog.ts';
import type { DecoderCatalog as Catalog } from '../../../src/lib/decoder/advice.ts';
import { entry, row } from '../catalog-fixture.ts';
import {
  decode,
  type DecodeResult,
  FORMAT_NAMES,
  MAX_INPUT_BYTES,
  WARNING_KINDS,
} from '../../../src/lib/decoder/decode.ts';
import { commandVerb } from '../../../src/lib/decoder/formats/common.ts';
import { maskLine } from '../../../src/lib/decoder/mask.ts';
import { decodePythonRepr } from '../../../src/lib/decoder/formats/ftplib.ts';
import { detectFormat } from '../../../src/lib/decoder/formats/index.ts';
import { parseReplies, splitLines } from '../../../src/lib/decoder/reply.ts';
import { renderers } from './render.ts';

/** A small catalogue for these tests; the real one is built from content/ by the CLI. */
const catalog: Catalog = {
  classes: [
    row('1yz', 1, 'Positive preliminary'),
    row('2yz', 2, 'Positive completion'),
    row('3yz', 3, 'Positive intermediate'),
    row('4yz', 4, 'Transient negative completion'),
    row('5yz', 5, 'Permanent negative completion'),
    row('6yz', 6, 'Protected'),
  ],
  categories: [
    row('x0z', 0, 'Syntax'),
    row('x1z', 1, 'Information'),
    row('x2z', 2, 'Connections'),
    row('x3z', 3, 'Authentication and accounting'),
    row('x4z', 4, 'Unspecified'),
    row('x5z', 5, 'File system'),
  ],
  codes: [
    entry(150, 'File status okay; opening data connection'),
    entry(200, 'Command okay'),
    entry(211, 'System status'),
    entry(220, 'Service ready'),
    entry(221, 'Closing control connection'),
    entry(226, 'Closing data connection'),
    entry(227, 'Entering passive mode'),
    entry(229, 'Entering extended passive mode'),
    entry(230, 'User logged in'),
    entry(257, 'Pathname created'),
    entry(331, 'User name okay, need password'),
    entry(530, 'Not logged in', 'Check the credentials.'),
    entry(550, 'File unavailable', 'Check the path.'),
  ],
};

/** Messages as compact tuples: ['c', line] or ['s', ...lines]. */
function compact(result: DecodeResult): string[][] {
  return result.messages.map((m) => [m.dir, ...m.lines]);
}

interface FormatCase {
  name: string;
  input: string;
  format: (typeof FORMAT_NAMES)[number];
  messages: string[][];
  warnings?: string[];
}

const curlLog = `*   Trying 127.0.0.1:21...
* Connected to 127.0.0.1 (127.0.0.1) port 21 (#0)
< 220-Welcome
<  to the server
< 220 ready
> USER anonymous
< 331 Please specify the password.
> PASS secret
< 230 Login successful.
> PWD
< 257 "/" is the current directory
* Entry path is '/'
> EPSV
* Connect data stream passively
< 229 Entering Extended Passive Mode (|||40001|)
*   Trying 127.0.0.1:40001...
* Connected to 127.0.0.1 (127.0.0.1) port 21 (#0)
> RETR f.txt
  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0< 150 Opening data connection
{ [5 bytes data]
< 226 Transfer complete.
* Connection #0 to host 127.0.0.1 left intact
hello
`;

const cases: FormatCase[] = [
  {
    name: 'code',
    input: ' 550 ',
    format: 'code',
    messages: [['s', '550']],
  },
  {
    name: 'one reply',
    input: '550 Failed to open file.',
    format: 'reply',
    messages: [['s', '550 Failed to open file.']],
  },
  {
    name: 'one multi-line reply, LF',
    input: '211-Features:\n EPSV\n MDTM\n211 End\n',
    format: 'reply',
    messages: [['s', '211-Features:', ' EPSV', ' MDTM', '211 End']],
  },
  {
    name: 'raw: server lines only',
    input: '220 ready\r\n331 password\r\n230 ok\r\n',
    format: 'raw',
    messages: [
      ['s', '220 ready'],
      ['s', '331 password'],
      ['s', '230 ok'],
    ],
  },
  {
    name: 'raw: telnet transcript, unmarked commands',
    input:
      "Trying 127.0.0.1...\nConnected to localhost.\nEscape character is '^]'.\n220 ready\nUSER bob\n331 password\nPASS secret\n230 ok\nFOOBAR\n500 Unknown command.\nConnection closed by foreign host.\n",
    format: 'raw',
    messages: [
      ['s', '220 ready'],
      ['c', 'USER bob'],
      ['s', '331 password'],
      ['c', 'PASS ****'],
      ['s', '230 ok'],
      ['c', 'FOOBAR'],
      ['s', '500 Unknown command.'],
    ],
  },
  {
    name: 'raw: C:/S: markers',
    input: 'S: 220-Hi\nS:  there\nS: 220 ready\nC: USER bob\nS: 331 password\nC: PASS secret\n',
    format: 'raw',
    messages: [
      ['s', '220-Hi', ' there', '220 ready'],
      ['c', 'USER bob'],
      ['s', '331 password'],
      ['c', 'PASS ****'],
    ],
  },
  {
    name: 'raw: > and < markers',
    input: '< 220 ready\n> USER bob\n< 331 password\n> PASS secret\n< 530 Login incorrect.\n',
    format: 'raw',
    messages: [
      ['s', '220 ready'],
      ['c', 'USER bob'],
      ['s', '331 password'],
      ['c', 'PASS ****'],
      ['s', '530 Login incorrect.'],
    ],
  },
  {
    name: 'raw: --> and <-- markers',
    input: '<-- 220 ready\n--> USER bob\n<-- 331 password\n--> PASS secret\n',
    format: 'raw',
    messages: [
      ['s', '220 ready'],
      ['c', 'USER bob'],
      ['s', '331 password'],
      ['c', 'PASS ****'],
    ],
  },
  {
    name: 'raw: indented paste',
    input: '    220-a\n     b\n    220 c\n    USER x\n',
    format: 'raw',
    messages: [
      ['s', '220-a', ' b', '220 c'],
      ['c', 'USER x'],
    ],
    warnings: ['indented by 4'],
  },
  {
    name: 'curl -v with progress meter and data lines',
    input: curlLog,
    format: 'curl',
    messages: [
      ['s', '220-Welcome', ' to the server', '220 ready'],
      ['c', 'USER anonymous'],
      ['s', '331 Please specify the password.'],
      ['c', 'PASS ****'],
      ['s', '230 Login successful.'],
      ['c', 'PWD'],
      ['s', '257 "/" is the current directory'],
      ['c', 'EPSV'],
      ['s', '229 Entering Extended Passive Mode (|||40001|)'],
      ['c', 'RETR f.txt'],
      ['s', '150 Opening data connection'],
      ['s', '226 Transfer complete.'],
    ],
  },
  {
    name: 'lftp -d, with a quoted reply printed bare',
    input: `---- Resolving host address...
---- Connecting to 127.0.0.1 (127.0.0.1) port 21
<--- 220-Welcome
<---  line two
<--- 220 ready
---> FEAT
<--- 211-Features:
<---  EPSV
<--- 211 End
---> USER bob
<--- 331 Please specify the password.
---> PASS secret
<--- 230 Login successful.
---> SITE HELP
214-The following SITE commands are recognized.
CHMOD UMASK
214 Help OK.
---> CWD nodir
<--- 550 Failed to change directory.
cd: Access failed: 550 Failed to change directory. (/nodir)
---> QUIT
<--- 221 Goodbye.
---- Closing control socket
`,
    format: 'lftp',
    messages: [
      ['s', '220-Welcome', ' line two', '220 ready'],
      ['c', 'FEAT'],
      ['s', '211-Features:', ' EPSV', '211 End'],
      ['c', 'USER bob'],
      ['s', '331 Please specify the password.'],
      ['c', 'PASS ****'],
      ['s', '230 Login successful.'],
      ['c', 'SITE HELP'],
      ['s', '214-The following SITE commands are recognized.', 'CHMOD UMASK', '214 Help OK.'],
      ['c', 'CWD nodir'],
      ['s', '550 Failed to change directory.'],
      ['c', 'QUIT'],
      ['s', '221 Goodbye.'],
    ],
    warnings: ['command output of quote/site'],
  },
  {
    name: 'lftp with debug -t -p prefixes',
    input:
      '[4242] 2026-01-01 12:00:00 <--- 220 ready\n[4242] 2026-01-01 12:00:01 ---> USER bob\n[4242] 2026-01-01 12:00:01 <--- 331 pw\n',
    format: 'lftp',
    messages: [
      ['s', '220 ready'],
      ['c', 'USER bob'],
      ['s', '331 pw'],
    ],
  },
  {
    name: 'ftplib level 1',
    input: `*resp* '220-Welcome\\n 220 not the end\\n220 ready'
*cmd* 'USER bob'
*resp* '331 Please specify the password.'
*cmd* 'PASS ******'
*resp* "230 It's fine"
*cmd* 'RETR caf\\xe9.txt'
*resp* '550 No such file: caf\\xe9.txt\\t(\\u20ac)'
ftplib.error_perm: 550 No such file
`,
    format: 'ftplib',
    messages: [
      ['s', '220-Welcome', ' 220 not the end', '220 ready'],
      ['c', 'USER bob'],
      ['s', '331 Please specify the password.'],
      ['c', 'PASS ****'],
      ['s', "230 It's fine"],
      ['c', 'RETR café.txt'],
      ['s', '550 No such file: café.txt\t(€)'],
    ],
  },
  {
    name: 'ftplib level 2 (put/get win over cmd/resp)',
    input: `*get* '220-Welcome\\n'
*get* '220 ready\\n'
*resp* '220-Welcome\\n220 ready'
*cmd* 'USER bob'
*put* 'USER bob\\r\\n'
*get* '331 Please specify the password.\\r\\n'
*resp* '331 Please specify the password.'
*cmd* 'PASS ***'
*put* 'PASS ***\\r\\n'
*get* '230 ok\\n'
*resp* '230 ok'
*put urgent* b'ABOR\\r\\n'
*get* '226 Abort ok\\n'
`,
    format: 'ftplib',
    messages: [
      ['s', '220-Welcome', '220 ready'],
      ['c', 'USER bob'],
      ['s', '331 Please specify the password.'],
      ['c', 'PASS ****'],
      ['s', '230 ok'],
      ['c', 'ABOR'],
      ['s', '226 Abort ok'],
    ],
  },
  {
    name: 'tnftp -d',
    input: `Connected to 127.0.0.1.
220 (vsFTPd 3.0.3)
---> USER bob
331 Please specify the password.
---> PASS XXXX
230 Login successful.
---> SYST
215 UNIX Type: L8
Remote system type is UNIX.
---> EPSV
229 Entering Extended Passive Mode (|||40008|)
229 Entering Extended Passive Mode (|||40008|)
---> RETR big.bin
150 Opening BINARY mode data connection.
226 Transfer complete.
123 bytes received in 00:00 (1.20 MiB/s)
---> QUIT
421 Service not available, remote server has closed connection.
`,
    format: 'tnftp',
    messages: [
      ['s', '220 (vsFTPd 3.0.3)'],
      ['c', 'USER bob'],
      ['s', '331 Please specify the password.'],
      ['c', 'PASS ****'],
      ['s', '230 Login successful.'],
      ['c', 'SYST'],
      ['s', '215 UNIX Type: L8'],
      ['c', 'EPSV'],
      ['s', '229 Entering Extended Passive Mode (|||40008|)'],
      ['c', 'RETR big.bin'],
      ['s', '150 Opening BINARY mode data connection.'],
      ['s', '226 Transfer complete.'],
      ['c', 'QUIT'],
    ],
    warnings: ['printed by the ftp client'],
  },
  {
    name: 'FileZilla message log, copied from the window',
    input:
      'Status:\tConnecting to 127.0.0.1:21...\nStatus:\tConnection established, waiting for welcome message...\nResponse:\t220-Hello\nResponse:\t EPSV line\nResponse:\t220 ready\nCommand:\tUSER bob\nResponse:\t331 Password required\nCommand:\tPASS ********\nResponse:\t230 Logged in\nError:\tConnection closed by server\n',
    format: 'filezilla',
    messages: [
      ['s', '220-Hello', ' EPSV line', '220 ready'],
      ['c', 'USER bob'],
      ['s', '331 Password required'],
      ['c', 'PASS ****'],
      ['s', '230 Logged in'],
    ],
  },
  {
    name: 'FileZilla with timestamps shown',
    input:
      '12:00:01\tStatus:\tConnecting to 127.0.0.1:21...\n12:00:01\tResponse:\t220 ready\n12:00:02\tCommand:\tUSER bob\n12:00:02\tResponse:\t331 pw\n',
    format: 'filezilla',
    messages: [
      ['s', '220 ready'],
      ['c', 'USER bob'],
      ['s', '331 pw'],
    ],
  },
  {
    name: 'FileZilla log file',
    input:
      '2026-01-01 12:00:01 4242 1 Status: Connecting to 127.0.0.1:21...\n2026-01-01 12:00:01 4242 1 Response: 220 ready\n2026-01-01 12:00:02 4242 1 Command: PASS secret\n2026-01-01 12:00:02 4242 1 Response: 530 Login incorrect.\n',
    format: 'filezilla',
    messages: [
      ['s', '220 ready'],
      ['c', 'PASS ****'],
      ['s', '530 Login incorrect.'],
    ],
  },
  {
    name: 'FileZilla with [date time] stamps',
    input:
      '[2026-01-01 12:00:01] Response: 220 ready\n[2026-01-01 12:00:02] Command: USER bob\n[2026-01-01 12:00:02] Response: 331 pw\n',
    format: 'filezilla',
    messages: [
      ['s', '220 ready'],
      ['c', 'USER bob'],
      ['s', '331 pw'],
    ],
  },
  {
    name: 'WinSCP session log',
    input: `. 2026-01-01 12:00:00.100 --------------------------------------------------------------------------
. 2026-01-01 12:00:00.101 WinSCP Version 6.3 (Build 1234)
. 2026-01-01 12:00:00.200 Connecting to ftp.example.com ...
< 2026-01-01 12:00:00.300 220-Welcome
< 2026-01-01 12:00:00.300  second line
< 2026-01-01 12:00:00.300 220 ready
> 2026-01-01 12:00:00.400 USER bob
< 2026-01-01 12:00:00.410 331 Password required
> 2026-01-01 12:00:00.420 PASS secret
< 2026-01-01 12:00:00.500 230 Logged in
* 2026-01-01 12:00:00.600 (ESshFatal) Something
   wrapped exception text 230 ignored
`,
    format: 'winscp',
    messages: [
      ['s', '220-Welcome', ' second line', '220 ready'],
      ['c', 'USER bob'],
      ['s', '331 Password required'],
      ['c', 'PASS ****'],
      ['s', '230 Logged in'],
    ],
  },
];

/** The command verbs there are files for (content/commands/), as decode() passes them. */
const { known } = loadCatalog().catalog.commands;

describe('formats', () => {
  it.each(cases)('$name', ({ input, format, messages, warnings = [] }) => {
    const result = decode(input, catalog);
    expect(result.input).toBe(format);
    expect(compact(result)).toEqual(messages);
    for (const w of warnings) expect(result.warnings.map((w) => w.text).join('\n')).toContain(w);
    // The same text read with the format forced gives the same messages.
    expect(compact(decode(input, catalog, { format }))).toEqual(messages);
  });

  it.each(cases)('$name: no password leaks', ({ input }) => {
    const result = decode(input, catalog);
    expect(JSON.stringify(result)).not.toMatch(/secret|\*\*\*\*\*/);
    for (const m of result.messages) for (const line of m.lines) expect(line).not.toMatch(/^PASS (?!\*\*\*\*$)/i);
    for (const e of result.exchanges) if (e.command === 'PASS') expect(e.argument).toBe('****');
  });

  it('server messages carry code, digits, meaning and known', () => {
    const result = decode('550 Failed.\r\n299 Odd.\r\n', catalog);
    expect(result.messages).toEqual([
      {
        dir: 's',
        code: 550,
        lines: ['550 Failed.'],
        multiline: false,
        class: 5,
        category: 5,
        meaning: 'File unavailable',
        known: true,
      },
      {
        dir: 's',
        code: 299,
        lines: ['299 Odd.'],
        multiline: false,
        class: 2,
        category: 9,
        meaning: null,
        known: false,
      },
    ]);
    expect(result.warnings.map((w) => w.text).join('\n')).toContain('299 is not a reply code the catalogue knows');
  });

  it('client messages carry the upper-cased verb', () => {
    const result = decode('> retr a b.txt\n< 550 no\n', catalog);
    expect(result.messages[0]).toEqual({ dir: 'c', lines: ['retr a b.txt'], multiline: false, command: 'RETR' });
  });

  it('an unknown format name is a warning, and the format is detected', () => {
    const result = decode('220 ready', catalog, { format: 'nonsense' });
    expect(result.input).toBe('reply');
    expect(result.warnings[0]?.text).toMatch(/Unknown format "nonsense"/);
  });

  it('a forced format reads the text its way', () => {
    // Read as raw, the "<--- " lines are no replies; read as lftp they are.
    expect(decode('<--- 220 ready\n', catalog, { format: 'raw' }).messages).toEqual([]);
    expect(compact(decode('<--- 220 ready\n', catalog, { format: 'lftp' }))).toEqual([['s', '220 ready']]);
  });

  it.each([
    ['5', /5yz is a pattern/],
    ['5x0', /5y0 is a pattern/],
    ['55a', /not a digit/],
    ['1234', /three digits/],
  ])('code input %j is explained', (input, warning) => {
    const result = decode(input, catalog);
    expect(result.input).toBe('code');
    expect(result.messages).toEqual([]);
    expect(result.warnings.map((w) => w.text).join('\n')).toMatch(warning);
  });

  it('a lone number the catalogue knows (a Winsock error) is named', () => {
    const withWinsock: Catalog = {
      ...catalog,
      codes: [...catalog.codes, entry(10054, 'Winsock 10054: connection reset')],
    };
    expect(decode('10054', withWinsock).warnings).toEqual([
      { kind: 'not-a-code', count: 1, text: '10054 is not an FTP reply code: Winsock 10054: connection reset.' },
    ]);
  });
});

describe('detection', () => {
  it.each(cases)('$name is detected from its first lines', ({ input, format }) => {
    expect(detectFormat(splitLines(input), known).format.name).toBe(format);
  });

  it('scores only the first 300 lines', () => {
    const lines = [...Array.from({ length: 300 }, () => 'hello'), '<--- 220 ready'];
    expect(detectFormat(lines, known).format.name).toBe('raw');
  });
});

describe('helpers', () => {
  it.each([
    ['PASS secret', 'PASS ****'],
    ['pass secret words', 'pass ****'],
    ['PASS', 'PASS'],
    ['PASSWORD x', 'PASSWORD x'],
    ['\xff\xf4\xff\xf2PASS x', '\xff\xf4\xff\xf2PASS ****'],
    ['USER bob', 'USER bob'],
  ])('maskLine(%j)', (line, masked) => {
    expect(maskLine(line)).toBe(masked);
  });

  it.each([
    ['retr x', 'RETR'],
    ['\xff\xf4\xff\xf2ABOR', 'ABOR'],
    ['\ufffd\ufffd\ufffd\ufffdABOR', 'ABOR'],
    ['', ''],
    ['  NOOP', 'NOOP'],
  ])('commandVerb(%j)', (line, verb) => {
    expect(commandVerb(line)).toBe(verb);
  });

  it.each([
    ["'abc'", 'abc'],
    ['"it\'s"', "it's"],
    ["'a\\nb\\r\\n'", 'a\nb\r\n'],
    ["'\\x00\\x7f\\xe9'", '\x00\x7f\xe9'],
    ["'\\u20ac\\U0001F600'", '€😀'],
    ["'\\\\'", '\\'],
    ["'\\''", "'"],
    ["b'ABOR\\r\\n'", 'ABOR\r\n'],
    ["'\\101'", 'A'],
    ["'unterminated", null],
    ["'two' 'parts'", null],
    ['bare', null],
    ["'\\x4'", null],
  ])('decodePythonRepr(%j)', (literal, value) => {
    expect(decodePythonRepr(literal)).toBe(value);
  });
});

describe('bad input', () => {
  it('more than 5 MB is not decoded, with a warning', () => {
    const text = '220 ok\r\n'.repeat(Math.ceil((MAX_INPUT_BYTES + 10) / 8));
    const result = decode(text, catalog);
    expect(result.messages).toEqual([]);
    expect(result.exchanges).toEqual([]);
    expect(result.firstFailure).toBeNull();
    expect(result.warnings[0]?.text).toMatch(/at most 5\.0 MB/);
  });

  it('multi-byte text is measured in UTF-8 bytes', () => {
    const text = '€'.repeat(Math.ceil(MAX_INPUT_BYTES / 3) + 10);
    expect(text.length).toBeLessThan(MAX_INPUT_BYTES);
    expect(decode(text, catalog).warnings[0]?.text).toMatch(/at most/);
  });

  it('NUL bytes and binary garbage give warnings, not exceptions', () => {
    const garbage = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    const result = decode(`\u0000\u0001\u0002${garbage}`, catalog);
    expect(result.warnings.map((w) => w.text).join('\n')).toMatch(/NUL byte/);
  });

  it.each([
    ['', /Nothing to decode/],
    ['   \n\n', /Nothing to decode/],
    ['hello world', /No FTP commands or replies/],
  ])('%j', (text, warning) => {
    const result = decode(text, catalog);
    expect(result.messages).toEqual([]);
    expect(result.warnings.map((w) => w.text).join('\n')).toMatch(warning);
  });

  it('a byte-order mark is not part of the first line', () => {
    expect(compact(decode('\ufeff220 ready', catalog))).toEqual([['s', '220 ready']]);
  });

  it('a non-string input does not throw', () => {
    expect(() => decode(undefined as unknown as string, catalog)).not.toThrow();
  });

  it.each(FORMAT_NAMES.map((f) => [f]))('1 MB of adversarial openers completes when read as %s', (format) => {
    const prefixes: Record<string, (l: string) => string> = {
      curl: (l) => `< ${l}`,
      lftp: (l) => `<--- ${l}`,
      ftplib: (l) => `*get* '${l}\\r\\n'`,
      filezilla: (l) => `Response:\t${l}`,
      winscp: (l) => `< 2026-01-01 12:00:00.000 ${l}`,
    };
    const wrap = prefixes[format] ?? ((l: string) => l);
    const lines: string[] = [];
    for (let i = 0; i < 100_000; i++) lines.push(wrap(`${100 + (i % 600)}-x`));
    lines.push(wrap(`220-${'a'.repeat(300_000)}`));
    const text = lines.join('\r\n');
    expect(text.length).toBeGreaterThan(1_000_000);
    const result = decode(text, catalog, { format });
    expect(result.input).toBe(format);
    expect(result.messages.length).toBeLessThanOrEqual(1);
    expect(result.warnings.length).toBeLessThanOrEqual(WARNING_KINDS.length);
  });

  it('1 MB of alternating probes and refusals completes (no quadratic pairing)', () => {
    const text = Array.from({ length: 60_000 }, (_, i) => (i % 2 ? '500 no' : 'FEAT')).join('\n');
    const result = decode(text, catalog, { format: 'raw' });
    expect(result.exchanges.length).toBe(30_000);
  });

  it('many late replies to one command complete', () => {
    const text = `RETR x\n226 done\n${'150 again\n'.repeat(50_000)}`;
    expect(decode(text, catalog).messages.length).toBe(50_002);
  });
});

/* ---------------------------------------------------------------- properties */

/** Checks one server message against RFC 959 §4.2. */
function expectValidServerMessage(m: DecodeResult['messages'][number]): void {
  if (m.dir !== 's') return;
  const first = m.lines[0] as string;
  expect(first).toMatch(/^\d{3}(?!\d)/);
  expect(m.code).toBe(Number(first.slice(0, 3)));
  expect(m.multiline).toBe(first.charAt(3) === '-');
  const code = first.slice(0, 3);
  if (!m.multiline) expect(m.lines).toHaveLength(1);
  else if (!m.truncated) {
    const last = m.lines[m.lines.length - 1] as string;
    expect(m.lines.length).toBeGreaterThan(1);
    expect(last === code || last.startsWith(`${code} `)).toBe(true);
  }
  // Each message alone parses back to itself.
  const again = parseReplies(m.lines.map((l) => `${l}\r\n`).join('')).replies;
  expect(again).toHaveLength(1);
  expect(again[0]?.lines).toEqual(m.lines);
  expect(again[0]?.truncated ?? false).toBe(m.truncated ?? false);
}

const piece = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.constantFrom(
    '220-',
    '220 ok',
    '220',
    ' x',
    '2200',
    '> ',
    '< ',
    '* ',
    '---> ',
    '<--- ',
    '---- ',
    "*resp* '",
    "*get* '",
    '*cmd* ',
    'Response:\t',
    'Command:\t',
    'Status:\t',
    '< 2026-01-01 12:00:00.000 ',
    '> 2026-01-01 12:00:00.000 ',
    'C: ',
    'S: ',
    'PASS ',
    'USER ',
    '\\n',
    '\\x',
    "'",
    '\r',
    '\u0000',
    '\ufffd',
    'Connected to x.',
  ),
);
const logLike = fc
  .array(
    fc.array(piece, { maxLength: 4 }).map((p) => p.join('')),
    { maxLength: 30 },
  )
  .chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.join(eol)));

describe('decode properties', () => {
  it('never throws; every server message is a valid RFC 959 reply that parses back to itself', () => {
    fc.assert(
      fc.property(
        fc.oneof(logLike, fc.string(), fc.string({ unit: 'binary' })),
        fc.constantFrom(undefined, ...FORMAT_NAMES),
        (text, format) => {
          const result = decode(text, catalog, { format });
          result.messages.forEach(expectValidServerMessage);
          // Every index the exchanges and the failure point at is a message of the right direction.
          for (const e of result.exchanges) {
            if (e.index !== null) expect(result.messages[e.index]?.dir).toBe('c');
            for (const r of e.replies) expect(result.messages[r.index]).toMatchObject({ dir: 's', code: r.code });
          }
          if (result.firstFailure)
            expect(result.messages[result.firstFailure.index]).toMatchObject({ code: result.firstFailure.code });
          // Without a cut-off reply, all reply lines concatenated parse back to the same replies.
          const server = result.messages.filter((m) => m.dir === 's');
          if (server.every((m) => !m.truncated)) {
            const wire = server.flatMap((m) => m.lines.map((l) => `${l}\r\n`)).join('');
            expect(parseReplies(wire).replies.map((r) => r.lines)).toEqual(server.map((m) => m.lines));
          }
        },
      ),
      { numRuns: 600 },
    );
  });

  /* A session: commands and valid replies, rendered in each format, must decode to itself. */
  const word = fc.stringMatching(/^[a-z0-9][a-z0-9 .()/]{0,15}$/);
  const command = fc
    .tuple(fc.constantFrom('USER', 'PASS', 'CWD', 'RETR', 'LIST', 'NOOP', 'FEAT', 'PWD', 'TYPE'), word)
    .map(([verb, arg]) => `${verb} ${arg}`);
  const code = fc.integer({ min: 100, max: 599 });
  const reply = fc.oneof(
    fc.tuple(code, word).map(([c, t]) => [`${c} ${t}`]),
    fc
      .tuple(
        code,
        word,
        fc.array(
          fc.oneof(
            word,
            word.map((w) => ` ${w}`),
          ),
          { maxLength: 4 },
        ),
        word,
      )
      .map(([c, t, inner, end]) => [
        `${c}-${t}`,
        ...inner.filter((l) => !l.startsWith(`${c} `) && l !== String(c)),
        `${c} ${end}`,
      ]),
  );
  const item = fc.oneof(
    command.map((c) => ({ c })),
    reply.map((s) => ({ s })),
  );
  const session = fc.array(item, { minLength: 1, maxLength: 12 }).map((items) =>
    // Unique texts: a repeated reply line would be tnftp's own echo.
    items.map((it, i) => ('s' in it ? { s: it.s.map((l, j) => (j === it.s.length - 1 ? `${l} #${i}` : l)) } : it)),
  );

  it.each(Object.keys(renderers).map((f) => [f]))('a session rendered as %s decodes to itself', (format) => {
    const render = renderers[format] as (typeof renderers)[string];
    fc.assert(
      fc.property(session, (items) => {
        const expected = items.map((it) => ('c' in it ? ['c', maskLine(it.c)] : ['s', ...it.s]));
        const text = render(items);
        expect(compact(decode(text, catalog, { format }))).toEqual(expected);
        const detected = decode(text, catalog);
        // Detection needs something to go on: a command and a reply (lftp's "---> " alone is tnftp's too).
        if (items.some((it) => 'c' in it) && items.some((it) => 's' in it)) {
          expect(detected.input).toBe(format);
          expect(compact(detected)).toEqual(expected);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('Windows ftp.exe (read as tnftp output)', () => {
  const { catalog: real } = loadCatalog();
  const session = (greeting: string) =>
    [
      'ftp> open 192.0.2.7',
      'Connected to 192.0.2.7.',
      greeting,
      '502 Command not implemented.',
      'User (192.0.2.7:(none)): alice',
      '331 Password required.',
      'Password:',
      '530 Login incorrect.',
      'Login failed.',
    ].join('\n');

  it('puts the unprinted OPTS UTF8 ON before the reply that follows the greeting, one line or several', () => {
    for (const greeting of ['220 ready', '220-Welcome\n220 ready']) {
      const result = decode(session(greeting), real, { format: 'tnftp' });
      const commands = result.messages.flatMap((m) => (m.dir === 'c' ? [m.lines[0]] : []));
      expect(commands[0]).toBe('OPTS UTF8 ON');
      expect(result.warnings.map((w) => w.kind)).toContain('unlogged-command');
      // The refused probe is not the failure: the login is.
      expect(result.firstFailure?.code).toBe(530);
    }
  });

  it('infers nothing without the Windows login prompt', () => {
    const result = decode(session('220 ready').replace(/^User \(.*$/m, 'Name (192.0.2.7:alice): alice'), real, {
      format: 'tnftp',
    });
    expect(result.messages.some((m) => m.dir === 'c' && m.lines[0] === 'OPTS UTF8 ON')).toBe(false);
  });
});
