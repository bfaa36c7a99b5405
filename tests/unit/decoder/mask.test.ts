/**
 * The one masker (src/lib/decoder/mask.ts): examples, then properties over every log format: a password or account
 * secret of any printable characters never reaches decode()'s result, the text and Markdown copies, or the masked text
 * that share links carry; reply texts are never changed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, FORMAT_NAMES } from '../../../src/lib/decoder/decode.ts';
import { maskLine, maskSecrets } from '../../../src/lib/decoder/mask.ts';
import { toMarkdown, toText } from '../../../src/lib/decoder/report.ts';
import { entry, row } from '../catalog-fixture.ts';
import { type Item, renderers, variants } from './render.ts';

describe('maskSecrets', () => {
  it.each([
    ['PASS s3cret-pw', 'PASS ****'],
    ['> PASS s3cret-pw', '> PASS ****'],
    ['---> PASS s3cret pw with spaces', '---> PASS ****'],
    ["*cmd* 'PASS s3cret-pw'", "*cmd* 'PASS ****'"],
    ["*put* 'PASS s3cret-pw\\r\\n'", "*put* 'PASS ****'"],
    [`*cmd* "PASS it's"`, `*cmd* "PASS ****"`],
    [`*cmd* 'PASS a\\'b"c'`, `*cmd* 'PASS ****'`],
    ['Command:\tPASS s3cret-pw', 'Command:\tPASS ****'],
    ['2026-11-25 12:00:10 4242 1 Command: PASS s3cret-pw', '2026-11-25 12:00:10 4242 1 Command: PASS ****'],
    ['> 2026-01-01 12:00:00.123 PASS s3cret-pw', '> 2026-01-01 12:00:00.123 PASS ****'],
    ['[4242] 2026-01-01 12:00:00 ---> PASS s3cret-pw', '[4242] 2026-01-01 12:00:00 ---> PASS ****'],
    [
      '  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0> PASS x',
      '  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0> PASS ****',
    ],
    ['C: PASS s3cret-pw\r\nS: 230 ok', 'C: PASS ****\r\nS: 230 ok'],
    ['pass lower case', 'pass ****'],
    ['> Pass "quoted" \'too\'', '> Pass ****'],
    ['ACCT billing-42', 'ACCT ****'],
    ['---> acct billing-42', '---> acct ****'],
    ['\xff\xf4\xff\xf2PASS x', '\xff\xf4\xff\xf2PASS ****'],
    ['PASS\tx', 'PASS\t****'],
    ['curl -v ftp://anna:s3cret@example.org/a.txt', 'curl -v ftp://anna:****@example.org/a.txt'],
    ['open ftp://anna:p@ss/w:rd@example.org:2121/ now', 'open ftp://anna:****@example.org:2121/ now'],
    ['ftps://:only-pw@h', 'ftps://:****@h'],
  ])('%j → %j', (input, expected) => {
    expect(maskSecrets(input)).toBe(expected);
    // Masking twice changes nothing more.
    expect(maskSecrets(expected)).toBe(expected);
  });

  it.each([
    '331 Please specify the password.',
    '230 Password ok',
    '530 Please login with USER and PASS.',
    '530 Login with USER and PASS first',
    '530 pass required',
    '503 PASS rejected',
    '230-PASS accepted',
    '< 530 PASS rejected',
    "*resp* '530 PASS rejected'",
    'Response:\t530 pass required',
    '< 2026-01-01 12:00:00.130 530 PASS rejected',
    ' MODE NLST NOOP OPTS PASS PASV PORT PWD  QUIT REIN REST RETR RMD  RNFR',
    ' ABOR ACCT ALLO APPE CDUP CWD  DELE EPRT EPSV FEAT HELP LIST MDTM MKD',
    'BYPASS x',
    'PASSWORD x',
    'the pass is ok',
    'PASS',
    'see https://example.org/path',
  ])('leaves %j alone', (text) => {
    expect(maskSecrets(text)).toBe(text);
  });

  it('masks too much rather than too little when a path holds "@"', () => {
    // "8080/a" could be a password: the part up to the last "@" of the URL is masked.
    expect(maskSecrets('http://example.org:8080/a@b')).toBe('http://example.org:****@b');
  });

  it('keeps line ends as they are', () => {
    expect(maskSecrets('USER a\r\nPASS b\r\n\r\nPASS c\nQUIT')).toBe('USER a\r\nPASS ****\r\n\r\nPASS ****\nQUIT');
    expect(maskSecrets('')).toBe('');
    expect(maskSecrets('\n')).toBe('\n');
    // A CR alone ends a line too (old Mac logs): the reply code before it does not hide the command after it.
    expect(maskSecrets('220 ok\rUSER a\rPASS b\rQUIT\r')).toBe('220 ok\rUSER a\rPASS ****\rQUIT\r');
  });

  it('is linear on hostile input', () => {
    const t0 = performance.now();
    maskSecrets(`${'a://'.repeat(200_000)}\n${' PASS'.repeat(200_000)}\n${'230 '.repeat(200_000)}PASS x`);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('maskLine on a command line as sent', () => {
  it.each([
    ['PASS secret', 'PASS ****'],
    ['pass secret words', 'pass ****'],
    ['PASS', 'PASS'],
    ['PASSWORD x', 'PASSWORD x'],
    ['\xff\xf4\xff\xf2PASS x', '\xff\xf4\xff\xf2PASS ****'],
    ['USER bob', 'USER bob'],
    ['ACCT x', 'ACCT ****'],
  ])('maskLine(%j)', (line, masked) => {
    expect(maskLine(line)).toBe(masked);
  });
});

const catalog = {
  classes: [
    row('2yz', 2, 'Positive completion'),
    row('3yz', 3, 'Positive intermediate'),
    row('5yz', 5, 'Permanent negative completion'),
  ],
  categories: [row('x3z', 3, 'Authentication and accounting')],
  codes: [
    entry(220, 'Service ready'),
    entry(230, 'User logged in'),
    entry(331, 'User name okay, need password'),
    entry(530, 'Not logged in', 'Check it.'),
  ],
};

/** Printable ASCII, space to tilde: quotes, backslashes, "@", ":" and "/" included. */
const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 24,
});
// Two markers inside the secret: whatever part of it leaked, the end would, and a cut in the middle shows either.
const HEAD = 'Kq7vXh';
const TAIL = 'Wz3jYm';
const secret = fc.tuple(printable, printable, printable).map(([a, b, c]) => `${a}${HEAD}${b}${TAIL}${c}`);
const verb = fc.constantFrom('PASS', 'pass', 'Pass', 'ACCT', 'acct');
const shapes = { ...renderers, ...variants };

function session(command: string): Item[] {
  return [
    { s: ['220 ready'] },
    { c: 'USER anna' },
    { s: ['331 Password required.'] },
    { c: command },
    { s: ['530 Login incorrect.'] },
  ];
}

function expectNoSecret(text: string, s: string): void {
  expect(text).not.toContain(HEAD);
  expect(text).not.toContain(TAIL);
  expect(text).not.toContain(s);
}

describe('no secret survives, in any format', () => {
  it.each(Object.keys(shapes))(
    '%s: decode() (detected and read as every format), the copies and the masked text',
    (shape) => {
      const render = shapes[shape] as (items: Item[]) => string;
      fc.assert(
        fc.property(verb, secret, fc.constantFrom(undefined, ...FORMAT_NAMES), (v, s, format) => {
          const text = render(session(`${v} ${s}`));
          const result = decode(text, catalog, { format });
          expectNoSecret(JSON.stringify(result), s);
          expectNoSecret(
            [...result.messages.flatMap((m) => m.lines), ...result.warnings.map((w) => w.text)].join('\n'),
            s,
          );
          expectNoSecret(toText(result, 'x'), s);
          expectNoSecret(toMarkdown(result, 'x', 'https://example.org/decode/#q=x'), s);
          expectNoSecret(maskSecrets(text), s);
        }),
        { numRuns: 60 },
      );
    },
  );

  it.each(Object.keys(renderers))('%s: the command is still there, masked', (shape) => {
    const render = renderers[shape] as (items: Item[]) => string;
    fc.assert(
      fc.property(verb, secret, (v, s) => {
        const result = decode(render(session(`${v} ${s}`)), catalog, { format: shape });
        expect(result.messages.filter((m) => m.dir === 'c').map((m) => m.lines[0])).toEqual(['USER anna', `${v} ****`]);
      }),
      { numRuns: 40 },
    );
  });

  it.each(Object.keys(shapes))('%s: every line ending (CRLF, a CR alone, mixed) ends the secret', (shape) => {
    const render = shapes[shape] as (items: Item[]) => string;
    const ending = fc.constantFrom('\r\n', '\r', '\n');
    fc.assert(
      fc.property(verb, secret, fc.array(ending, { minLength: 8, maxLength: 8 }), (v, s, ends) => {
        let i = 0;
        const text = render(session(`${v} ${s}`)).replace(/\r?\n/g, () => ends[i++ % ends.length] ?? '\n');
        expectNoSecret(JSON.stringify(decode(text, catalog)), s);
        expectNoSecret(maskSecrets(text), s);
        if (!(shape in renderers)) return;
        // Read as its own format, the lines are all still there: the command comes through, masked.
        const result = decode(text, catalog, { format: shape });
        expect(result.messages.filter((m) => m.dir === 'c').map((m) => m.lines[0])).toContain(`${v} ****`);
      }),
      { numRuns: 30 },
    );
  });

  it('URL credentials of any printable characters but blanks', () => {
    const noBlank = printable.map((p) => p.replace(/ /g, '_'));
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9._-]{0,12}$/), noBlank, noBlank, (user, a, b) => {
        const password = `${a}${HEAD}${b}${TAIL}`;
        const masked = maskSecrets(`* Connecting to ftp://${user}:${password}@example.org/x.txt and more`);
        expect(masked).not.toContain(HEAD);
        expect(masked).not.toContain(TAIL);
        expect(masked).toContain(`ftp://${user}:****@`);
      }),
    );
  });
});

describe('reply texts are never masked', () => {
  const word = fc.constantFrom(
    'PASS',
    'pass',
    'Pass',
    'ACCT',
    'acct',
    'USER',
    'and',
    'with',
    'password',
    'x',
    '(ok)',
    '"q"',
    "'q'",
    '1.2',
  );
  const text = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
  const code = fc.integer({ min: 100, max: 599 });

  it.each(Object.keys(renderers))('%s: reply lines come through decode() and maskSecrets unchanged', (shape) => {
    const render = renderers[shape] as (items: Item[]) => string;
    fc.assert(
      fc.property(code, text, (c, t) => {
        const line = `${c} ${t}`;
        const items: Item[] = [{ c: 'USER anna' }, { s: [line] }];
        const rendered = render(items);
        expect(maskSecrets(rendered)).toBe(rendered);
        const replies = decode(rendered, catalog, { format: shape }).messages.filter((m) => m.dir === 's');
        expect(replies.map((m) => m.lines)).toEqual([[line]]);
      }),
      { numRuns: 80 },
    );
  });
});
