import { describe, expect, it } from 'vitest';
import { extractAll } from '../../scripts/extract/rfc959-replies.ts';
import { parseSections, sectionText } from '../../src/lib/reference/rfctext.ts';
import { loadContent } from '../../src/node/content.ts';
import { REPLY_STATEMENTS } from './reply-statements.ts';
import { rfcText } from './content.ts';

/**
 * A code page ties a meaning to commands ("Commands: RETR, STOR"): each must be a command that gets this code. The
 * table of which command may get which code, per RFC section, is built from
 *   - the reply listings of RFC 959 §5.4 and RFC 2228 §8.2, parsed from the text (with §8.2's rule that any security
 *     command can return 500, 501, 502, 533 or 421),
 *   - the commands collection's `replies`, each with its section,
 *   - the example dialogues in a section ("C> HOST …" then "S> 220 …"),
 *   - replies an RFC states in prose (tests/unit/reply-statements.ts, each with the RFC's words).
 * A meaning citing a section that has entries for the command must name a code those entries allow; citing a section
 * with none for it (a discussion, not a list), the command must get the code somewhere.
 *
 * Not checked: the memos before RFC 959 (their commands and codes differ and no listing of theirs is parsed); the
 * existing citation test still checks that their section names the command.
 */
const PRE_959 = new Set(['542', '640', '691', '737', '743', '765', '775', '949']);

type Table = Map<string, Map<string, Set<number>>>;
const key = (rfc: string | number, section: string) => `${String(rfc)} ${section}`;

function add(table: Table, at: string, command: string, codes: Iterable<number>): void {
  const byCommand = table.get(at) ?? new Map<string, Set<number>>();
  table.set(at, byCommand);
  const set = byCommand.get(command) ?? new Set<number>();
  byCommand.set(command, set);
  for (const c of codes) set.add(c);
}

/** Command → first reply code, from "C> CMD …" / "S> NNN …" dialogues. */
export function dialogue(text: string): [string, number][] {
  const out: [string, number][] = [];
  let command: string | null = null;
  for (const line of text.split('\n')) {
    const c = /^\s*C>\s*([A-Za-z]{3,4})\b/.exec(line);
    if (c) {
      command = c[1]?.toUpperCase() ?? null;
      continue;
    }
    const s = /^\s*S>\s*(\d{3})[ -]/.exec(line);
    if (s && command) {
      out.push([command, Number(s[1])]);
      command = null;
    }
  }
  return out;
}

const content = loadContent();

function buildTable(): Table {
  const table: Table = new Map();
  const listings = extractAll();
  const base = listings.find((l) => l.listing.rfc === 959)?.replies ?? new Map();
  for (const { listing, replies } of listings) {
    const at = key(listing.rfc, listing.section);
    for (const [command, entries] of replies)
      add(
        table,
        at,
        command,
        entries.flatMap((e) => [...e.codes, ...e.then]),
      );
    if (listing.rfc !== 2228) continue;
    const rule = /any security command can return ([\d, or]+)\./.exec(
      (sectionText(rfcText(2228), '8.2') ?? '').replace(/\s+/g, ' '),
    );
    expect(rule, 'RFC 2228 §8.2 states the replies of any security command').not.toBeNull();
    const codes = (rule?.[1]?.match(/\d{3}/g) ?? []).map(Number);
    // The security commands are the ones §8.2 lists that RFC 959 does not have.
    for (const command of replies.keys()) if (!base.has(command)) add(table, at, command, codes);
  }
  for (const command of content.commands)
    for (const r of command.replies)
      add(table, key(r.source.rfc, r.source.section), command.name, [...r.codes, ...r.then]);
  for (const s of REPLY_STATEMENTS)
    for (const command of s.commands) add(table, key(s.rfc, s.section), command, s.codes);
  const cited = new Set(content.codes.flatMap((c) => c.meanings.map((m) => key(m.rfc, m.section))));
  for (const at of cited) {
    const [rfc = '', section = ''] = at.split(/ (.*)/);
    for (const [command, code] of dialogue(sectionText(rfcText(rfc), section) ?? '')) add(table, at, command, [code]);
  }
  return table;
}

const table = buildTable();

describe('commands tied to a meaning get that code', () => {
  it('the table reads the listings, the 2228 rule, the dialogues and the prose statements', () => {
    expect([...(table.get('959 5.4')?.get('REST') ?? [])]).toContain(350);
    expect(table.get('2228 8.2')?.get('ADAT')?.has(502)).toBe(true);
    expect(table.get('2228 8.2')?.get('USER')?.has(502)).toBe(false);
    expect([...(table.get('7151 3.2.2')?.get('USER') ?? [])]).toEqual([331]);
    expect(dialogue('      C> HOST ftp.example.com\n      S> 220 Host accepted\n')).toEqual([['HOST', 220]]);
    expect(dialogue('C> OptS Mlst Type;\nS> 200 MLST OPTS Type;\n')).toEqual([['OPTS', 200]]);
  });

  it('every prose statement is the RFC’s own words, in the section it names, naming its codes', () => {
    const problems: string[] = [];
    const collapse = (s: string) => s.replace(/\s+/g, ' ');
    for (const s of REPLY_STATEMENTS) {
      const text = collapse(sectionText(rfcText(s.rfc), s.section) ?? '');
      if (!parseSections(rfcText(s.rfc)).some((x) => x.id === s.section))
        problems.push(`RFC ${s.rfc} has no ${s.section}`);
      else if (!text.includes(collapse(s.evidence))) problems.push(`RFC ${s.rfc} ${s.section}: "${s.evidence}"`);
      for (const code of s.codes)
        if (!text.includes(String(code))) problems.push(`RFC ${s.rfc} ${s.section}: no ${code}`);
    }
    expect(problems).toEqual([]);
  });

  it('every (code, command) pair on a code page agrees with the reply lists', () => {
    const anywhere = new Map<string, Set<number>>();
    for (const byCommand of table.values())
      for (const [command, codes] of byCommand)
        for (const c of codes) anywhere.set(command, (anywhere.get(command) ?? new Set()).add(c));
    const problems: string[] = [];
    for (const code of content.codes)
      for (const m of code.meanings) {
        if (PRE_959.has(m.rfc)) continue;
        const local = table.get(key(m.rfc, m.section));
        for (const command of m.commands) {
          const here = local?.get(command);
          const where = `${String(code.code)}.yaml RFC ${m.rfc} ${m.section}: ${command}`;
          if (here && here.size > 0) {
            if (!here.has(code.code))
              problems.push(`${where} gets ${[...here].join(', ')} there, not ${String(code.code)}`);
          } else if (!anywhere.get(command)?.has(code.code)) problems.push(`${where} never gets ${String(code.code)}`);
        }
      }
    expect(problems).toEqual([]);
  });

  it('a meaning citing a parsed reply listing names every command the listing gives its code', () => {
    const problems: string[] = [];
    for (const at of ['959 5.4', '2228 8.2'])
      for (const code of content.codes)
        for (const m of code.meanings.filter((x) => key(x.rfc, x.section) === at)) {
          const listed = [...(table.get(at) ?? [])].filter(([, codes]) => codes.has(code.code)).map(([c]) => c);
          const missing = listed.filter((c) => !m.commands.includes(c));
          if (missing.length) problems.push(`${String(code.code)}.yaml RFC ${at}: leaves out ${missing.join(', ')}`);
        }
    expect(problems).toEqual([]);
  });
});
