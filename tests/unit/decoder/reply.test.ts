import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  inRange,
  parseReplies,
  type Reply,
  replyStart,
  splitLines,
  WarningList,
} from '../../../src/lib/decoder/reply.ts';

/** The shape tests compare: what a reply is, without where it was found. */
const shape = (r: Reply) => ({ code: r.code, lines: r.lines, multiline: r.multiline, truncated: r.truncated });

describe('replyStart', () => {
  it.each([
    ['220 Ready', { code: 220, separator: ' ' }],
    ['220-Welcome', { code: 220, separator: '-' }],
    ['220----------', { code: 220, separator: '-' }],
    ['200', { code: 200, separator: '' }],
    ['200Ok', { code: 200, separator: 'other' }],
    ['999 x', { code: 999, separator: ' ' }],
    ['2200 x', null],
    [' 220 x', null],
    ['22', null],
    ['', null],
    ['abc 220', null],
    // A wrapped log line that starts with an address, a time or a number is no reply (pyftpdlib#141, issue #14).
    ['192.168.1.66:1025 ==> 220 ready', null],
    ['192.168.0.7:38413 <== FEAT', null],
    ['127,0,0,1,4,1)', null],
    ['12:00:01\tResponse:\t220', null],
    ['200.', { code: 200, separator: 'other' }],
    ['200: ok', { code: 200, separator: 'other' }],
  ] as const)('%j', (line, expected) => {
    expect(replyStart(line)).toEqual(expected);
  });
});

describe('splitLines', () => {
  it.each([
    ['a\r\nb\r\n', ['a', 'b']],
    ['a\nb\n', ['a', 'b']],
    ['a\r\nb', ['a', 'b']],
    ['a\r\r\nb', ['a\r', 'b']],
    ['a\rb\n', ['a\rb']],
    ['', ['']],
    ['\n', ['']],
    ['a\n\nb', ['a', '', 'b']],
  ])('%j', (text, lines) => {
    expect(splitLines(text)).toEqual(lines);
  });
});

interface Case {
  name: string;
  text: string;
  replies: { code: number; lines: string[]; multiline?: boolean; truncated?: boolean }[];
  /** Substrings every warning list must contain, in any order. */
  warnings?: string[];
  other?: number;
}

const cases: Case[] = [
  { name: 'one line', text: '220 Service ready\r\n', replies: [{ code: 220, lines: ['220 Service ready'] }] },
  {
    name: 'multi-line RFC 959 example',
    text: '123-First line\r\nSecond line\r\n  234 A line beginning with numbers\r\n123 The last line\r\n',
    replies: [
      {
        code: 123,
        multiline: true,
        lines: ['123-First line', 'Second line', '  234 A line beginning with numbers', '123 The last line'],
      },
    ],
  },
  {
    name: 'dash banner "220----------"',
    text: '220----------\r\n220-Welcome\r\n220----------\r\n220 ready\r\n',
    replies: [{ code: 220, multiline: true, lines: ['220----------', '220-Welcome', '220----------', '220 ready'] }],
  },
  {
    name: 'continuation lines starting with a space, other codes and nothing',
    text: '211-Features:\n EPSV\n230 not the end\n2110 not either\n\n211 End\n',
    replies: [
      {
        code: 211,
        multiline: true,
        lines: ['211-Features:', ' EPSV', '230 not the end', '2110 not either', '', '211 End'],
      },
    ],
  },
  {
    name: 'a multi-line reply is ended by the same code only',
    text: '230-a\r\n331 b\r\n230-c\r\n230 d\r\n221 bye\r\n',
    replies: [
      { code: 230, multiline: true, lines: ['230-a', '331 b', '230-c', '230 d'] },
      { code: 221, lines: ['221 bye'] },
    ],
  },
  {
    name: 'bare code as the last line is tolerated',
    text: '230-Hello\r\n230\r\n',
    replies: [{ code: 230, multiline: true, lines: ['230-Hello', '230'] }],
    warnings: ['bare "230"'],
  },
  {
    name: 'reply without text',
    text: '200\r\n',
    replies: [{ code: 200, lines: ['200'] }],
    warnings: ['no text'],
  },
  {
    name: 'no space after the code',
    text: '200Ok\r\n',
    replies: [{ code: 200, lines: ['200Ok'] }],
    warnings: ['no space after the code'],
  },
  {
    name: 'LF line ends',
    text: '220-a\n220 b\n331 c\n',
    replies: [
      { code: 220, multiline: true, lines: ['220-a', '220 b'] },
      { code: 331, lines: ['331 c'] },
    ],
  },
  {
    name: 'trailing spaces are kept',
    text: '220 ready  \r\n',
    replies: [{ code: 220, lines: ['220 ready  '] }],
  },
  {
    name: 'truncated at the end',
    text: '211-Features:\r\n MDTM\r\n',
    replies: [{ code: 211, multiline: true, truncated: true, lines: ['211-Features:', ' MDTM'] }],
    warnings: ['truncated'],
  },
  {
    name: 'code out of range',
    text: '999 what\r\n099 huh\r\n',
    replies: [
      { code: 999, lines: ['999 what'] },
      { code: 99, lines: ['099 huh'] },
    ],
    // One warning of a kind, with the other places it applies to.
    warnings: ['line 1: 999 is not a valid reply code', '(also line 2)'],
  },
  {
    name: 'lines outside replies are reported',
    text: 'hello\r\n220 ok\r\n',
    replies: [{ code: 220, lines: ['220 ok'] }],
    other: 1,
    warnings: ['line 1: not a reply'],
  },
  { name: 'empty input', text: '', replies: [] },
];

describe('parseReplies', () => {
  it.each(cases)('$name', ({ text, replies, warnings = [], other = 0 }) => {
    const parsed = parseReplies(text);
    expect(parsed.replies.map(shape)).toEqual(
      replies.map((r) => ({
        code: r.code,
        lines: r.lines,
        multiline: r.multiline ?? false,
        truncated: r.truncated ?? false,
      })),
    );
    expect(parsed.other).toHaveLength(other);
    for (const w of warnings) expect(parsed.warnings.map((w) => w.text).join('\n')).toContain(w);
    if (warnings.length === 0) expect(parsed.warnings).toEqual([]);
  });

  it('numbers the line where each reply starts', () => {
    const parsed = parseReplies('220 a\n\n230-b\nc\n230 d\n');
    expect(parsed.replies.map((r) => r.line)).toEqual([1, 3]);
  });

  it('accepts an array of lines', () => {
    expect(parseReplies(['250-a', '250 b']).replies.map(shape)).toEqual([
      { code: 250, lines: ['250-a', '250 b'], multiline: true, truncated: false },
    ]);
  });
});

describe('WarningList', () => {
  it('keeps each kind once, whatever the words: a kind is given, never guessed from the text', () => {
    const w = new WarningList();
    for (let i = 0; i < 1000; i++) w.add('lines-skipped', `line ${i + 1}: skipped: GET FTP ${i}`);
    w.add('not-a-reply', 'line 3: GET is no reply');
    w.add('not-a-reply', 'line 4: FTP is no reply');
    expect(w.list().map((x) => [x.kind, x.count])).toEqual([
      ['lines-skipped', 1000],
      ['not-a-reply', 2],
    ]);
    expect(w.size).toBe(2);
  });

  it('counts a repeated kind and says where else it applies; the same text twice is one occurrence', () => {
    const w = new WarningList();
    for (const [m, verb] of [
      [2, 'ABOR'],
      [5, 'QUIT'],
    ] as const)
      w.add('no-reply', `message ${m}: ${verb} got no reply (the log ends).`);
    for (let line = 1; line <= 12; line++)
      w.add('reply-no-text', `line ${line}: reply 2${String(line).padStart(2, '0')} has no text.`);
    w.add('not-text', 'The input is not text.');
    w.add('not-text', 'The input is not text.');
    w.add('unknown-code', '299 is unknown.');
    w.add('unknown-code', '199 is unknown.');
    expect(w.list()).toEqual([
      { kind: 'no-reply', count: 2, text: 'message 2: ABOR got no reply (the log ends). (also message 5)' },
      {
        kind: 'reply-no-text',
        count: 12,
        text: 'line 1: reply 201 has no text. (also lines 2, 3, 4, 5, 6, 7, 8, 9 and 3 more)',
      },
      { kind: 'not-text', count: 1, text: 'The input is not text.' },
      { kind: 'unknown-code', count: 2, text: '299 is unknown. (and 1 more like it)' },
    ]);
  });
});

describe('adversarial input', () => {
  it('100 000 "ddd-" openers without terminators (about 1 MB) complete in one pass', () => {
    const lines: string[] = [];
    for (let i = 0; i < 100_000; i++) lines.push(`${100 + (i % 600)}-opener ${i}`);
    const text = lines.join('\r\n');
    expect(text.length).toBeGreaterThan(1_000_000);
    const parsed = parseReplies(text);
    expect(parsed.replies).toHaveLength(1);
    expect(parsed.replies[0]?.truncated).toBe(true);
    expect(parsed.replies[0]?.lines).toHaveLength(100_000);
  });

  it('very long lines complete', () => {
    const text = `220-${'x'.repeat(1_000_000)}\r\n${'9'.repeat(500_000)}\r\n220 ${'y'.repeat(500_000)}\r\n`;
    const parsed = parseReplies(text);
    expect(parsed.replies).toHaveLength(1);
    expect(parsed.replies[0]?.lines).toHaveLength(3);
  });

  it('100 000 distinct single-line replies complete', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `${200 + (i % 100)} r${i}`).join('\n');
    expect(parseReplies(text).replies).toHaveLength(100_000);
  });
});

/** Lines that exercise the reader: openers, terminators, look-alikes, blanks, control characters. */
const lineArb = fc.oneof(
  fc.constantFrom(
    '220-',
    '220 ',
    '220',
    '230 x',
    '230-y',
    ' 220 z',
    '2200 w',
    '',
    '\r',
    '211-Features:',
    ' EPSV',
    '211 End',
    '200Ok',
    '999 odd',
    '\u0000',
  ),
  fc.string({ maxLength: 12 }),
  fc
    .tuple(fc.integer({ min: 0, max: 999 }), fc.constantFrom(' ', '-', '', 'x'), fc.string({ maxLength: 6 }))
    .map(([n, sep, rest]) => `${String(n).padStart(3, '0')}${sep}${rest}`),
);
const textArb = fc
  .tuple(fc.array(lineArb, { maxLength: 40 }), fc.constantFrom('\n', '\r\n'))
  .map(([ls, eol]) => ls.join(eol));

/** Checks the RFC 959 shape of one reply. */
function expectValidReply(r: Reply): void {
  const first = r.lines[0] as string;
  expect(first).toMatch(/^\d{3}/);
  expect(first.charAt(3)).not.toMatch(/\d/);
  expect(r.code).toBe(Number(first.slice(0, 3)));
  expect(r.multiline).toBe(first.charAt(3) === '-');
  if (!r.multiline) {
    expect(r.lines).toHaveLength(1);
  } else if (!r.truncated) {
    const last = r.lines[r.lines.length - 1] as string;
    expect(r.lines.length).toBeGreaterThan(1);
    expect(last === first.slice(0, 3) || last.startsWith(`${first.slice(0, 3)} `)).toBe(true);
  }
}

describe('properties', () => {
  it('never throws, and every reply has the RFC 959 shape', () => {
    fc.assert(
      fc.property(fc.oneof(textArb, fc.string({ unit: 'binary' })), (text) => {
        const parsed = parseReplies(text);
        parsed.replies.forEach(expectValidReply);
        // Only the last reply can be cut off by the end of the input.
        for (const r of parsed.replies.slice(0, -1)) expect(r.truncated).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('concatenating the reply lines (CRLF, as on the wire) and parsing again gives the same replies', () => {
    // With bare LF a line that ends in CR would lose it: CRLF is the only lossless line end.
    fc.assert(
      fc.property(textArb, (text) => {
        const first = parseReplies(text).replies;
        const wire = first.flatMap((r) => r.lines.map((l) => `${l}\r\n`)).join('');
        const again = parseReplies(wire).replies;
        expect(again.map(shape)).toEqual(first.map(shape));
      }),
      { numRuns: 500 },
    );
  });

  it('serialised valid replies parse back exactly', () => {
    const code = fc.integer({ min: 100, max: 699 });
    const text = fc.string({ maxLength: 20 }).filter((s) => !/[\r\n]/.test(s));
    const reply = fc.oneof(
      fc.tuple(code, text).map(([c, t]) => [`${c} ${t}`]),
      fc.tuple(code, text, fc.array(text, { maxLength: 5 }), text).map(([c, t, inner, end]) => [
        `${c}-${t}`,
        // A continuation line must not look like this reply's terminator.
        ...inner.filter((l) => !l.startsWith(`${c} `) && l !== String(c)),
        `${c} ${end}`,
      ]),
    );
    fc.assert(
      fc.property(fc.array(reply, { maxLength: 10 }), (replies) => {
        const parsed = parseReplies(replies.map((r) => r.join('\r\n')).join('\r\n'));
        expect(parsed.replies.map((r) => r.lines)).toEqual(replies);
        expect(parsed.replies.every((r) => inRange(r.code) && !r.truncated)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
