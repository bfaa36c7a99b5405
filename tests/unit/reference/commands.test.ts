/**
 * Commands in the read model: replies by stage come from the codes' meanings and nowhere else, the matrix counts
 * them, every command of the issue's list is there with a status, and the captured exchanges are compared right.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/node/content.ts';
import { buildReference } from '../../../src/lib/reference/model.ts';
import { byStage, diagramsOf, observe, replyMatrix, stageOf } from '../../../src/lib/reference/commands.ts';
import { commandsView, commandView, COMMAND_PAGE_SECTIONS } from '../../../src/lib/reference/command-views.ts';
import { searchRecords } from '../../../src/lib/reference/search.ts';

const content = loadContent();
const ref = buildReference(content);
const replies = new Map(ref.commands.map((c) => [c.name, ref.commandReplies(c.name)]));

/** Every RFC 959, RFC 2228, RFC 2389, RFC 2428, RFC 2640, RFC 3659, RFC 7151, RFC 775, RFC 1639 command and the common non-RFC ones. */
const REQUIRED =
  `USER PASS ACCT CWD CDUP SMNT REIN QUIT PORT PASV TYPE STRU MODE RETR STOR STOU APPE ALLO REST RNFR RNTO
  ABOR DELE RMD MKD PWD LIST NLST SITE SYST STAT HELP NOOP AUTH ADAT PROT PBSZ CCC MIC CONF ENC FEAT OPTS EPRT EPSV LANG
  MDTM SIZE MLST MLSD HOST XMKD XRMD XPWD XCUP XCWD LPRT LPSV AVBL CSID DSIZ HASH MFCT MFF MFMT CLNT XCRC ALGS`.split(
    /\s+/,
  );

describe('commands', () => {
  it('holds every command of the list, each with a status', () => {
    for (const name of REQUIRED) expect(ref.command(name)?.status, name).toBeDefined();
    const variants = ref.commands.flatMap((c) => c.variants.map((v) => v.name));
    expect(variants).toEqual(expect.arrayContaining(['MODE Z', 'REST STREAM']));
  });

  it('derives each command’s replies from the codes’ meanings, and only from them', () => {
    for (const c of ref.commands) {
      const expected = new Set<string>();
      for (const code of content.codes)
        for (const m of code.meanings)
          if (m.commands.includes(c.name) && stageOf(code.code) && code.family !== 'winsock')
            expected.add(`${code.code} ${m.rfc} ${m.section}`);
      const got = new Set(
        ref.commandReplies(c.name).flatMap((r) => r.sources.map((s) => `${r.code} ${s.rfc} ${s.section}`)),
      );
      expect(got, c.name).toEqual(expected);
      for (const r of ref.commandReplies(c.name)) expect(r.stage).toBe(stageOf(r.code));
    }
  });

  it('lists in the codes every reply RFC 959 §5.4 and the extensions give a command in force (the decoder’s lists agree)', () => {
    for (const c of ref.commands.filter((x) => x.status === 'standard' || x.status === 'extension')) {
      const derived = new Set(ref.commandReplies(c.name).map((r) => r.code));
      for (const code of c.replies.flatMap((r) => [...r.codes, ...r.then]))
        expect(derived.has(code), `${c.name} ${code}`).toBe(true);
    }
  });

  it('puts the stages in RFC 959’s order of a command’s life', () => {
    // RETR has no intermediate reply (350 answers REST, RFC 3659 §5.3); USER has no preliminary one.
    expect(byStage(ref.commandReplies('RETR')).map((g) => g.stage)).toEqual(['preliminary', 'completion', 'error']);
    expect(byStage(ref.commandReplies('USER').filter((r) => !r.historic)).map((g) => g.stage)).toEqual([
      'intermediate',
      'completion',
      'error',
    ]);
    expect(byStage(ref.commandReplies('RNFR').filter((r) => !r.historic)).map((g) => g.stage)).toEqual([
      'intermediate',
      'error',
    ]);
  });

  it('counts the matrix cells: one per command and code a current RFC ties together', () => {
    const m = replyMatrix(ref.commands, replies);
    const expected = ref.commands.reduce((n, c) => n + ref.commandReplies(c.name).filter((r) => !r.historic).length, 0);
    expect(m.cells).toBe(expected);
    expect(m.rows.reduce((n, r) => n + r.cells.size, 0)).toBe(expected);
    for (const row of m.rows) for (const code of row.cells.keys()) expect(m.codes).toContain(code);
    expect(m.cells).toBeGreaterThan(400);
    expect(m.rows.find((r) => r.command.name === 'RETR')?.cells.get(150)?.stage).toBe('preliminary');
    expect(m.rows.find((r) => r.command.name === 'RNFR')?.cells.get(350)?.stage).toBe('intermediate');
  });

  it('links each command to the RFC 959 §6 diagram of its group, and the others to the general model', () => {
    expect(diagramsOf(ref.stateDiagrams, 'RNTO').map((d) => d.id)).toEqual(['rename']);
    expect(diagramsOf(ref.stateDiagrams, 'RETR').map((d) => d.id)).toEqual(['preliminary', 'restart']);
    expect(diagramsOf(ref.stateDiagrams, 'MLSD').map((d) => d.id)).toEqual(['general']);
  });

  it('marks a captured reply no RFC lists for the command, and a wrong final reply after a 1yz', () => {
    const cwd = ref.command('LIST');
    if (!cwd) throw new Error('LIST');
    const capture = {
      id: 'LIST',
      exchanges: [
        {
          server: 'proftpd',
          version: 'x',
          capture: 'proftpd/raw-x',
          line: 'LIST nodir',
          replies: ['150 Opening', '450 nodir: No such file'],
        },
        {
          server: 'proftpd',
          version: 'x',
          capture: 'proftpd/raw-x',
          line: 'LIST',
          replies: ['150 Opening', '226 Done', '421 Timeout'],
        },
      ],
    };
    const [missing, ok] = observe(cwd, ref.commandReplies('LIST'), capture);
    expect(missing?.replies.map((r) => r.deviation?.kind)).toEqual([undefined, 'after-preliminary']);
    expect(ok?.deviates).toBe(false);
    expect(commandView(ref, ref.command('CDUP') ?? cwd).deviations.length).toBeGreaterThan(0);
  });

  it('gives the index and each page what they show', () => {
    const v = commandsView(ref);
    expect(v.groups.map((g) => g.id)).toEqual(['access-control', 'transfer-parameters', 'service', 'security']);
    expect(v.groups.reduce((n, g) => n + g.rows.length, 0)).toBe(ref.commands.length);
    expect(COMMAND_PAGE_SECTIONS.map((s) => s.id)).toEqual([
      'summary',
      'syntax',
      'does',
      'replies',
      'sequence',
      'diagram',
      'feat',
      'related',
      'sources',
    ]);
    const retrCommand = ref.command('RETR');
    if (!retrCommand) throw new Error('RETR');
    const retr = commandView(ref, retrCommand);
    expect(retr.meta.path).toBe('commands/RETR/');
    expect(retr.examples.length).toBeGreaterThan(0);
  });

  it('gives search a record per command, found by name and by what it does', () => {
    const records = searchRecords(ref).filter((r) => r.url.startsWith('/commands/'));
    expect(records).toHaveLength(ref.commands.length + 1);
    const words = (url: string) => {
      const r = records.find((x) => x.url === url);
      return [r?.title, r?.summary, ...(r?.keywords ?? []), ...(r?.names ?? [])].join(' ').toLowerCase();
    };
    expect(words('/commands/RNFR/')).toContain('rename a file');
    expect(words('/commands/REST/')).toContain('resume a download');
    expect(words('/commands/MLSD/')).toContain('machine-readable listing');
    expect(words('/commands/MODE/')).toContain('mode z');
  });
});
