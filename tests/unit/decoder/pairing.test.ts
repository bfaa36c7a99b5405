/**
 * Pairing commands with replies (session.ts) and the first failure with its advice (advice.ts),
 * through decode() on small transcripts ("C:" client, "S:" server).
 */
import { describe, expect, it } from 'vitest';
import type { DecoderCatalog as Catalog } from '../../../src/lib/decoder/advice.ts';
import { entry, row } from '../catalog-fixture.ts';
import { loadReference } from '../../../scripts/load-catalog.ts';
import { commandData, decoderCommands } from '../../../src/lib/decoder/commands.ts';
import { decode, type DecodeResult } from '../../../src/lib/decoder/decode.ts';
import { WarningList } from '../../../src/lib/decoder/reply.ts';
import { pairExchanges, stageOf } from '../../../src/lib/decoder/pairing.ts';

const loaded = loadReference();
/** Small code tables; the commands (sequences, probes, advice) are the real ones from content/. */
const catalog: Catalog & { commands: ReturnType<typeof decoderCommands> } = {
  commands: decoderCommands(loaded.commands.map(commandData), loaded.advice),
  classes: [1, 2, 3, 4, 5, 6].map((d) => row(`${d}yz`, d, `Class ${d}`)),
  categories: [0, 1, 2, 3, 4, 5].map((d) => row(`x${d}z`, d, `Category ${d}`)),
  codes: [
    entry(110, 'Restart marker', 'Note the marker.'),
    entry(120, 'Service ready soon', 'Wait.'),
    entry(150, 'Opening data connection', 'Wait for the transfer.'),
    entry(200, 'Command okay', 'Carry on.'),
    entry(220, 'Service ready', 'Log in.'),
    entry(221, 'Closing', 'Done.'),
    entry(225, 'Data connection open', 'Carry on.'),
    entry(226, 'Transfer complete', 'Carry on.'),
    entry(227, 'Entering passive mode', 'Connect.'),
    entry(229, 'Entering extended passive mode', 'Connect.'),
    entry(230, 'Logged in', 'Carry on.'),
    entry(250, 'File action okay', 'Carry on.'),
    entry(235, 'Security data exchange complete', 'Carry on.'),
    entry(331, 'Need password', 'Send PASS.'),
    entry(332, 'Need account', 'Send ACCT.'),
    entry(334, 'Security mechanism accepted', 'Send ADAT.'),
    entry(335, 'Security data accepted', 'Send more ADAT.'),
    entry(350, 'Pending further information', 'Send the next command.'),
    entry(421, 'Service not available', 'Reconnect later.'),
    entry(425, "Can't open data connection", 'Check the data connection.'),
    entry(426, 'Transfer aborted', 'Retry the transfer.'),
    entry(500, 'Syntax error', 'Check the command.'),
    entry(530, 'Not logged in', 'Log in with valid credentials.'),
    entry(550, 'File unavailable', 'Check the path and permissions.'),
  ],
};

/** Builds a transcript: "> x" is a command, "< x" a server line. */
const log = (...lines: string[]) =>
  lines.map((l) => (l.startsWith('> ') ? `C: ${l.slice(2)}` : `S: ${l.slice(2)}`)).join('\n');

/** Exchanges as "VERB:code/stage,…" strings. */
function summary(result: DecodeResult): string[] {
  return result.exchanges.map(
    (e) =>
      `${e.command ?? e.kind}${e.continues !== undefined ? `(after ${e.continues})` : ''}:${e.replies.map((r) => `${r.code}/${r.stage[0]}`).join(',')}`,
  );
}

describe('stageOf', () => {
  it.each([
    [110, 'preliminary'],
    [150, 'preliminary'],
    [200, 'final'],
    [331, 'intermediate'],
    [350, 'intermediate'],
    [421, 'final'],
    [550, 'final'],
    [631, 'final'],
  ] as const)('%i is %s', (code, stage) => {
    expect(stageOf(code)).toBe(stage);
  });
});

interface PairCase {
  name: string;
  input: string;
  exchanges: string[];
  warnings?: (string | RegExp)[];
}

const pairing: PairCase[] = [
  {
    name: 'login sequence USER → 331 → PASS → 230',
    input: log('< 220 hi', '> USER bob', '< 331 pw', '> PASS x', '< 230 ok'),
    exchanges: ['greeting:220/f', 'USER:331/i', 'PASS(after 1):230/f'],
  },
  {
    name: 'USER → 331 → PASS → 332 → ACCT',
    input: log('< 220 hi', '> USER bob', '< 331 pw', '> PASS x', '< 332 acct?', '> ACCT a', '< 230 ok'),
    exchanges: ['greeting:220/f', 'USER:331/i', 'PASS(after 1):332/i', 'ACCT(after 2):230/f'],
  },
  {
    name: 'greeting 120 then 220',
    input: log('< 120 soon', '< 220 hi', '> USER bob', '< 230 ok'),
    exchanges: ['greeting:120/p,220/f', 'USER:230/f'],
  },
  {
    name: 'greeting 421',
    input: log('< 421 Too many users'),
    exchanges: ['greeting:421/f'],
  },
  {
    name: 'preliminary then final',
    input: log('> RETR f', '< 150 opening', '< 226 done'),
    exchanges: ['RETR:150/p,226/f'],
  },
  {
    name: 'several preliminary replies to one command',
    input: log('> RETR f', '< 150-Accepted', '< 150 opening', '< 110 MARK 1 = 2', '< 226 done'),
    exchanges: ['RETR:150/p,110/p,226/f'],
  },
  {
    name: 'a 2yz before the 150',
    input: log('> RETR f', '< 226 done', '< 150 opening'),
    exchanges: ['RETR:226/f,150/p'],
    warnings: ['arrived after the final reply to RETR'],
  },
  {
    name: 'RNFR → 350 → RNTO',
    input: log('> RNFR a', '< 350 ready', '> RNTO b', '< 250 ok'),
    exchanges: ['RNFR:350/i', 'RNTO(after 0):250/f'],
  },
  {
    name: 'REST → 350 → PASV → RETR (data set-up in between is fine)',
    input: log(
      '> REST 100',
      '< 350 restarting',
      '> PASV',
      '< 227 (127,0,0,1,4,1)',
      '> RETR f',
      '< 150 go',
      '< 226 done',
    ),
    exchanges: ['REST:350/i', 'PASV:227/f', 'RETR(after 0):150/p,226/f'],
  },
  {
    name: 'AUTH → 334 → ADAT → 335 → ADAT → 235',
    input: log('> AUTH GSSAPI', '< 334 go', '> ADAT a', '< 335 more', '> ADAT b', '< 235 done'),
    exchanges: ['AUTH:334/i', 'ADAT(after 0):335/i', 'ADAT(after 1):235/f'],
  },
  {
    name: 'the wrong command after 331',
    input: log('> USER bob', '< 331 pw', '> LIST', '< 530 not logged in'),
    exchanges: ['USER:331/i', 'LIST:530/f'],
    warnings: ['after 331 to USER the server expects PASS or ACCT, but the client sent LIST'],
  },
  {
    name: 'PASS without USER',
    input: log('< 220 hi', '> PASS x', '< 503 Login with USER first'),
    exchanges: ['greeting:220/f', 'PASS:503/f'],
    warnings: ['PASS without a 3yz reply'],
  },
  {
    name: 'pipelined commands get replies in order',
    input: log('> TYPE I', '> PASV', '> RETR f', '< 200 ok', '< 227 (127,0,0,1,4,1)', '< 150 go', '< 226 done'),
    exchanges: ['TYPE:200/f', 'PASV:227/f', 'RETR:150/p,226/f'],
  },
  {
    name: 'ABOR during a transfer: 426 for the transfer, 226 for ABOR',
    input: log('> RETR f', '< 150 go', '> ABOR', '< 426 aborted', '< 226 abort ok'),
    exchanges: ['RETR:150/p,426/f', 'ABOR:226/f'],
  },
  {
    name: 'a late reply after ABOR',
    input: log('> RETR f', '< 150 go', '> ABOR', '< 426 aborted', '< 226 abort ok', '< 225 late'),
    exchanges: ['RETR:150/p,426/f', 'ABOR:226/f,225/f'],
    warnings: ['late reply 225 after ABOR'],
  },
  {
    name: '421 at any time, with nothing waiting',
    input: log('< 220 hi', '> NOOP', '< 200 ok', '< 421 Timeout.'),
    exchanges: ['greeting:220/f', 'NOOP:200/f', 'unsolicited:421/f'],
  },
  {
    name: '421 as the reply to a waiting command',
    input: log('< 220 hi', '> LIST', '< 421 Timeout.'),
    exchanges: ['greeting:220/f', 'LIST:421/f'],
  },
  {
    name: 'a command without a reply',
    input: log('< 220 hi', '> QUIT'),
    exchanges: ['greeting:220/f', 'QUIT:'],
    warnings: ['QUIT got no reply'],
  },
  {
    name: 'a preliminary reply to a command that opens no transfer',
    input: log('> CWD x', '< 150 what', '< 250 ok'),
    exchanges: ['CWD:150/p,250/f'],
    warnings: ['unusual for CWD'],
  },
  {
    // Marked on the exchange (tests/unit/decoder/unlisted.test.ts), not a warning.
    name: 'a positive reply the RFCs do not list for the command',
    input: log('> PASV', '< 200 ok'),
    exchanges: ['PASV:200/f'],
  },
  {
    name: 'a greeting that is not 120/220/421',
    input: log('< 230 already in'),
    exchanges: ['greeting:230/f'],
    warnings: ['greets with 230'],
  },
];

describe('pairing', () => {
  it.each(pairing)('$name', ({ input, exchanges, warnings = [] }) => {
    const result = decode(input, catalog);
    expect(result.input).toBe('raw');
    expect(summary(result)).toEqual(exchanges);
    for (const w of warnings) expect(result.warnings.map((w) => w.text).join('\n')).toMatch(w);
    if (warnings.length === 0) expect(result.warnings).toEqual([]);
  });

  it('exchanges point at their messages and keep the masked argument', () => {
    const result = decode(log('< 220 hi', '> USER bob', '< 331 pw', '> PASS hunter2', '< 230 ok'), catalog);
    expect(result.exchanges[2]).toEqual({
      kind: 'command',
      index: 3,
      command: 'PASS',
      argument: '****',
      replies: [{ index: 4, code: 230, stage: 'final' }],
      continues: 1,
      complete: true,
    });
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });

  it('a lone reply is not a session: no greeting rules', () => {
    const result = decode('331 Password required', catalog);
    expect(result.exchanges).toEqual([
      {
        kind: 'unsolicited',
        index: null,
        command: null,
        argument: '',
        replies: [{ index: 0, code: 331, stage: 'intermediate' }],
        complete: true,
      },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('a reconnect starts a new session (lftp)', () => {
    const text = [
      '---- Connecting to h (1.2.3.4) port 21',
      '<--- 421 Too many users',
      '---> FEAT',
      '---- Connecting to h (1.2.3.4) port 21',
      '<--- 220 hi',
      '---> USER bob',
      '<--- 230 ok',
    ].join('\n');
    const result = decode(text, catalog);
    expect(summary(result)).toEqual(['greeting:421/f', 'FEAT:', 'greeting:220/f', 'USER:230/f']);
    expect(result.warnings).toEqual([
      { kind: 'no-reply', count: 1, text: 'message 2: FEAT got no reply (the connection closed).' },
    ]);
  });

  it('a multi-line reply cut off by a reconnect is marked truncated', () => {
    const text = ['<--- 220-hi', '---- Connecting to h (1.2.3.4) port 21', '<--- 220 again'].join('\n');
    const result = decode(text, catalog, { format: 'lftp' });
    expect(result.messages).toMatchObject([
      { code: 220, truncated: true, lines: ['220-hi'] },
      { code: 220, lines: ['220 again'] },
    ]);
  });

  it('pairExchanges works on format messages directly', () => {
    const warnings = new WarningList();
    const exchanges = pairExchanges(
      [
        { dir: 'c', lines: ['NOOP'], line: 1, conn: 1 },
        { dir: 's', code: 200, lines: ['200 ok'], multiline: false, truncated: false, line: 2, conn: 1 },
      ],
      warnings,
    );
    expect(exchanges).toEqual([
      {
        kind: 'command',
        index: 0,
        command: 'NOOP',
        argument: '',
        replies: [{ index: 1, code: 200, stage: 'final' }],
        complete: true,
      },
    ]);
    expect(warnings.list()).toEqual([]);
  });
});

interface FailureCase {
  name: string;
  input: string;
  failure: null | { index: number; code: number; advice: (string | RegExp)[] };
}

const failures: FailureCase[] = [
  {
    name: 'a clean session',
    input: log('< 220 hi', '> USER a', '< 331 pw', '> PASS b', '< 230 ok', '> QUIT', '< 221 bye'),
    failure: null,
  },
  {
    name: '530 after a wrong password',
    input: log('< 220 hi', '> USER a', '< 331 pw', '> PASS b', '< 530 Login incorrect.'),
    failure: {
      index: 4,
      code: 530,
      advice: [
        'PASS "****" got 530 (Not logged in).',
        'check the user name and password',
        'Log in with valid credentials.',
      ],
    },
  },
  {
    name: '530 after USER',
    input: log('< 220 hi', '> USER anonymous', '< 530 This FTP server is for authorized users only.'),
    failure: { index: 2, code: 530, advice: ['refused the user name before asking for a password'] },
  },
  {
    name: '530 for a command before login',
    input: log('< 220 hi', '> LIST', '< 530 Please login with USER and PASS.'),
    failure: { index: 2, code: 530, advice: ['LIST needs a logged-in session'] },
  },
  {
    name: '425 after PASV with a private address',
    input: log(
      '> PASV',
      '< 227 Entering Passive Mode (10,0,0,5,195,80).',
      '> LIST',
      '< 425 Failed to establish connection.',
    ),
    failure: {
      index: 3,
      code: 425,
      advice: ['passive mode (PASV)', 'firewall or NAT', '10.0.0.5, a private address', "Can't open data connection"],
    },
  },
  {
    name: '426 after EPSV',
    input: log(
      '> EPSV',
      '< 229 Entering Extended Passive Mode (|||40001|)',
      '> RETR f',
      '< 150 go',
      '< 426 Connection closed; transfer aborted.',
    ),
    failure: { index: 4, code: 426, advice: ['passive mode (EPSV)', 'passive port range'] },
  },
  {
    name: '425 after PORT',
    input: log('> PORT 192,168,1,2,4,1', '< 200 ok', '> RETR f', "< 425 Can't open data connection."),
    failure: { index: 3, code: 425, advice: ['active mode (PORT)', 'Switch the client to passive mode'] },
  },
  {
    name: '425 without any data-connection set-up',
    input: log('> RETR f', '< 425 Use PORT or PASV first.'),
    failure: { index: 1, code: 425, advice: ['No PASV, EPSV, PORT or EPRT came before RETR'] },
  },
  {
    name: '550 after RETR',
    input: log('> RETR missing.txt', '< 550 Failed to open file.'),
    failure: {
      index: 1,
      code: 550,
      advice: [
        'RETR "missing.txt" got 550 (File unavailable).',
        'check that the file exists at that path',
        'Check the path and permissions.',
      ],
    },
  },
  {
    name: '550 after CWD',
    input: log('> CWD /nodir', '< 550 Failed to change directory.'),
    failure: { index: 1, code: 550, advice: ['would not change to the directory "/nodir"'] },
  },
  {
    name: '550 after STOR',
    input: log('> STOR up.txt', '< 550 Permission denied.'),
    failure: { index: 1, code: 550, advice: ['write permission'] },
  },
  {
    name: 'a refused probe is skipped when the client moves on (EPSV → PASV)',
    input: log('> EPSV', '< 500 EPSV not understood', '> PASV', '< 227 (127,0,0,1,4,1)', '> RETR f', '< 550 nope'),
    failure: { index: 5, code: 550, advice: ['RETR "f"'] },
  },
  {
    name: 'PORT refused, the client falls back to PASV and it works (aioftp#120): no failure',
    input: log(
      '> PORT 192,168,1,27,128,65',
      "< 502 'port' not implemented",
      '> PASV',
      '< 227 (10,0,0,1,4,1)',
      '> LIST',
      '< 150 go',
      '< 226 ok',
    ),
    failure: null,
  },
  {
    name: 'PORT refused and PASV refused too: PORT is the failure',
    input: log('> PORT 192,168,1,27,128,65', '< 502 no', '> PASV', '< 502 no either'),
    failure: { index: 1, code: 502, advice: ['PORT'] },
  },
  {
    name: 'AUTH TLS and AUTH SSL refused, the client logs in without TLS (FluentFTP#1245): no failure',
    input: log('> AUTH TLS', '< 500 Unknown command', '> AUTH SSL', '< 500 Unknown command', '> USER admin'),
    failure: null,
  },
  {
    name: 'PBSZ refused and the client quits (NppFTP#63): PBSZ is the failure',
    input: log('> PBSZ 0', '< 500 Invalid command', '> QUIT'),
    failure: { index: 1, code: 500, advice: ['PBSZ'] },
  },
  {
    name: 'SIZE refused, then RETR refused: RETR is the failure',
    input: log('> SIZE f', '< 550 Could not get file size.', '> RETR f', '< 550 Failed to open file.'),
    failure: { index: 3, code: 550, advice: ['RETR "f"'] },
  },
  {
    name: 'SIZE refused and the client gives up (curl): SIZE is the failure',
    input: log('> SIZE f', '< 550 Could not get file size.'),
    failure: { index: 1, code: 550, advice: ['SIZE "f"'] },
  },
  {
    name: 'SIZE refused in ASCII mode',
    input: log('> TYPE A', '< 200 ok', '> SIZE f', '< 550 SIZE not allowed in ASCII mode'),
    failure: { index: 3, code: 550, advice: ['TYPE A', 'Send TYPE I first'] },
  },
  {
    name: 'the 426 of a transfer the client aborted is expected',
    input: log('> RETR f', '< 150 go', '> ABOR', '< 426 aborted', '< 226 abort ok'),
    failure: null,
  },
  {
    name: 'a 421 greeting',
    input: log('< 421 Too many connections'),
    failure: { index: 0, code: 421, advice: ['The server greeted with 421', 'connection limits'] },
  },
  {
    name: 'a 421 timeout mid-session',
    input: log('< 220 hi', '> NOOP', '< 421 Timeout.'),
    failure: { index: 2, code: 421, advice: ['idle timeout', 'Reconnect later.'] },
  },
  {
    name: 'PASV refused after EPSV ALL',
    input: log('> EPSV ALL', '< 200 ok', '> PASV', '< 550 Permission denied.'),
    failure: { index: 3, code: 550, advice: ['EPSV ALL'] },
  },
  {
    name: 'an unknown command',
    input: log('> FOOBAR', '< 500 Unknown command.'),
    failure: { index: 1, code: 500, advice: ['does not know or does not implement FOOBAR'] },
  },
  {
    name: 'a code the catalogue does not know gets the class text',
    input: log('> RETR f', '< 551 Page type unknown.'),
    failure: { index: 1, code: 551, advice: ['RETR "f" got 551.', '5yz: Class 5. Class 5.'] },
  },
  {
    name: 'a lone failure reply',
    input: '550 No such file',
    failure: { index: 0, code: 550, advice: ['550 (File unavailable).', 'Check the path and permissions.'] },
  },
  {
    name: '6yz protected replies are no failure',
    input: log('> MIC abc', '< 631 xyz'),
    failure: null,
  },
];

describe('first failure', () => {
  it.each(failures)('$name', ({ input, failure }) => {
    const result = decode(input, catalog);
    if (failure === null) {
      expect(result.firstFailure).toBeNull();
      return;
    }
    expect(result.firstFailure).toMatchObject({ index: failure.index, code: failure.code });
    for (const part of failure.advice)
      expect(result.firstFailure?.advice).toMatch(typeof part === 'string' ? new RegExp(escape(part)) : part);
  });

  it('the advice never repeats a password', () => {
    const result = decode(log('> USER a', '< 331 pw', '> PASS hunter2', '< 530 no'), catalog);
    expect(result.firstFailure?.advice).not.toContain('hunter2');
  });

  it('tnftp: a transfer aborted without a logged ABOR is no failure', () => {
    const text = [
      'Connected to h.',
      '220 hi',
      '---> RETR big',
      '150 go',
      'receive aborted. Waiting for remote to finish abort.',
      '426 Failure writing network stream.',
      '225 No transfer to ABOR.',
    ].join('\n');
    const result = decode(text, catalog);
    expect(result.input).toBe('tnftp');
    expect(result.firstFailure).toBeNull();
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
