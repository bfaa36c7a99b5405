/**
 * The read model: every collection of content/, validated by its schema, joined once. Lossless: every field of every
 * entry is kept (causes, notes, keywords, format …), plus what is derived from them (the class and category of a code,
 * lookups by number and name). Pages, the dataset, the browser payload and the search records are projections of it
 * (views.ts, dataset.ts, payload.ts, search.ts); nothing else reads content/.
 *
 * Pure: built from plain data, by Astro's collections at build time (src/data/reference.ts) and by the Node loader
 * (src/node/content.ts) for the CLI, scripts and tests.
 */
import type { AdviceRule } from '../../schemas/advice.ts';
import type { Client } from '../../schemas/client.ts';
import type { ClientError } from '../../schemas/client-error.ts';
import type { Code } from '../../schemas/code.ts';
import type { Command } from '../../schemas/command.ts';
import type { CommandCapture } from '../../schemas/command-capture.ts';
import type { StateDiagram } from '../../schemas/state-diagram.ts';
import type { RfcSource } from '../../schemas/common.ts';
import type { ReplyCategory, ReplyClass } from '../../schemas/digits.ts';
import type { Rfc } from '../../schemas/rfc.ts';
import type { Server } from '../../schemas/server.ts';
import type { GuideFile } from '../../schemas/guide.ts';
import { guideProblems } from './guides.ts';
import { causeProblems } from './causes.ts';
import { serverEntry, serverProblems, type ServerEntry, type ServerMessageEntry } from './servers.ts';
import { classify, type DigitTables } from '../classify.ts';
import { clientProblems } from './clients.ts';
import { deriveReplies, type CommandReply } from './commands.ts';

/** What content/ holds, each collection as its schema outputs it. */
export interface Content {
  rfcs: readonly Rfc[];
  classes: readonly ReplyClass[];
  categories: readonly ReplyCategory[];
  codes: readonly Code[];
  commands: readonly Command[];
  /** Advice for a failure shared by a family of commands (content/advice.yaml), in the order it is tried. */
  advice: readonly AdviceRule[];
  /** How clients and libraries report codes (content/clients/); absent in content that predates them. */
  clients?: readonly Client[];
  /** Server products, one entry per version line (content/servers/); optional so older fixtures still build. */
  servers?: readonly Server[];
  /** The closing lines of clients, explained (content/client-errors.yaml); absent in content that predates them. */
  clientErrors?: readonly ClientError[];
  /** Troubleshooting guides (content/guides/*.mdx): front matter, slug and MDX body; absent in older fixtures. */
  guides?: readonly GuideFile[];
  /** The state diagrams of RFC 959 §6 (content/state-diagrams.yaml). */
  stateDiagrams?: readonly StateDiagram[];
  /** What real servers answered to each command (content/command-captures.yaml, extracted from the captures). */
  commandCaptures?: readonly CommandCapture[];
}

/** A code with what follows from its digits: the class and category rows (null for non-FTP numbers). */
export interface CodeEntry extends Code {
  class: ReplyClass | null;
  category: ReplyCategory | null;
  /** Every RFC section the entry cites (meanings first, then notes), without repeats, in order of first citation. */
  citations: readonly RfcSource[];
}

export interface Reference extends DigitTables {
  rfcs: readonly Rfc[];
  classes: readonly ReplyClass[];
  categories: readonly ReplyCategory[];
  /** In numeric order. */
  codes: readonly CodeEntry[];
  /** In alphabetical order. */
  commands: readonly Command[];
  advice: readonly AdviceRule[];
  /** In alphabetical order of name. */
  clients: readonly Client[];
  /** By name. */
  servers: readonly ServerEntry[];
  clientErrors: readonly ClientError[];
  /** In the order of GUIDE_ORDER, then by title. */
  guides: readonly GuideFile[];
  /** In the RFC's order. */
  stateDiagrams: readonly StateDiagram[];
  code(code: number): CodeEntry | undefined;
  rfc(id: string | number): Rfc | undefined;
  command(name: string): Command | undefined;
  server(id: string): ServerEntry | undefined;
  /** What servers send with this code, in server order. */
  serverMessages(code: number): readonly ServerMessageEntry[];
  /**
   * The replies of a command, derived from the codes' meanings (their `commands` and RFC section), in stage order
   * then by code: the one source of "replies by stage" for pages, the matrix and tests.
   */
  commandReplies(name: string): readonly CommandReply[];
  /** What the captured servers answered to a command. */
  commandCapture(name: string): CommandCapture | undefined;
}

export class ReferenceError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`content/ has broken references:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'ReferenceError';
    this.problems = problems;
  }
}

const byDigit = <T extends { digit: number }>(rows: readonly T[]) => [...rows].sort((a, b) => a.digit - b.digit);

function citationsOf(code: Code): RfcSource[] {
  const seen = new Set<string>();
  const out: RfcSource[] = [];
  for (const s of [...code.meanings, ...code.notes.flatMap((n) => n.sources)]) {
    const key = `${s.rfc} ${s.section}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ rfc: s.rfc, section: s.section });
  }
  return out;
}

/** Cross-references schemas cannot check: cited RFCs exist, ids are unique. */
function problemsOf(content: Content): string[] {
  const problems: string[] = [];
  const rfcs = new Set(content.rfcs.map((r) => r.id));
  const cite = (where: string, s: RfcSource) => {
    if (!rfcs.has(s.rfc)) problems.push(`${where} cites RFC ${s.rfc}, which content/rfcs.yaml does not list`);
  };
  for (const row of [...content.classes, ...content.categories]) for (const s of row.sources) cite(row.id, s);
  for (const c of content.classes) if (c.quote) cite(c.id, c.quote.source);
  const codes = new Set<number>();
  for (const c of content.codes) {
    if (codes.has(c.code)) problems.push(`code ${c.code} is defined twice`);
    codes.add(c.code);
    for (const s of citationsOf(c)) cite(`code ${c.code}`, s);
  }
  const names = new Set<string>();
  for (const c of content.commands) {
    if (names.has(c.name)) problems.push(`command ${c.name} is defined twice`);
    names.add(c.name);
    if (c.defined) cite(`command ${c.name}`, c.defined);
    for (const r of c.replies) cite(`command ${c.name}`, r.source);
  }
  const command = (where: string, name: string) => {
    if (!names.has(name)) problems.push(`${where} names the command ${name}, which content/commands/ does not hold`);
  };
  for (const c of content.commands) {
    for (const name of [...(c.sequence?.next ?? []), ...(c.sequence?.between ?? []), ...c.related])
      command(`command ${c.name}`, name);
    if (c.precededBy) command(`command ${c.name}`, c.precededBy);
  }
  for (const c of content.codes)
    for (const m of c.meanings) for (const name of m.commands) command(`code ${c.code}`, name);
  for (const d of content.stateDiagrams ?? [])
    for (const name of [...d.commands, ...d.cmd]) command(`state diagram ${d.id}`, name);
  for (const c of content.commandCaptures ?? []) command('content/command-captures.yaml', c.id);
  for (const rule of content.advice)
    for (const name of [...(rule.commands?.names ?? []), ...(rule.commands?.except ?? [])])
      command(`advice ${rule.id}`, name);
  problems.push(...clientProblems(content.clients ?? [], codes, names));
  problems.push(...serverProblems(content.servers ?? [], codes));
  problems.push(
    ...guideProblems(content.guides ?? [], {
      servers: content.servers ?? [],
      clients: content.clients ?? [],
      clientErrors: content.clientErrors ?? [],
      codes,
    }),
  );
  // The CLI loads no servers (loadCatalog): then the causes' references to them cannot be checked, nor are they shown.
  if (content.servers?.length) problems.push(...causeProblems(content.codes, content.servers));
  for (const c of content.codes)
    for (const k of c.causes) if (k.source && 'rfc' in k.source) cite(`code ${String(c.code)}`, k.source);
  return problems;
}

/** The guides' order on /guides/: the failures people hit first, first; a guide not listed goes last, by title. */
export const GUIDE_ORDER = [
  'passive-mode',
  'ftps-tls',
  'login-failures',
  'chroot',
  'upload-permissions',
  'limits-timeouts',
  'disk-quota',
];

function byGuideOrder(a: GuideFile, b: GuideFile): number {
  const rank = (g: GuideFile) => (GUIDE_ORDER.includes(g.slug) ? GUIDE_ORDER.indexOf(g.slug) : GUIDE_ORDER.length);
  return rank(a) - rank(b) || a.title.localeCompare(b.title);
}

export function buildReference(content: Content): Reference {
  const problems = problemsOf(content);
  if (problems.length) throw new ReferenceError(problems);
  const classes = byDigit(content.classes);
  const categories = byDigit(content.categories);
  const tables = { classes, categories };
  const codes = [...content.codes]
    .sort((a, b) => a.code - b.code)
    .map((c): CodeEntry => {
      const digits = c.family === 'ftp' ? classify(String(c.code), tables) : null;
      return {
        ...c,
        class: digits?.ok ? (classes.find((r) => r.id === digits.class?.id) ?? null) : null,
        category: digits?.ok ? (categories.find((r) => r.id === digits.category?.id) ?? null) : null,
        citations: citationsOf(c),
      };
    });
  const rfcs = [...content.rfcs].sort((a, b) => a.number - b.number);
  const commands = [...content.commands].sort((a, b) => a.name.localeCompare(b.name));
  const codeMap = new Map(codes.map((c) => [c.code, c]));
  const rfcMap = new Map(rfcs.map((r) => [r.id, r]));
  const commandMap = new Map(commands.map((c) => [c.name, c]));
  const servers = [...(content.servers ?? [])].sort((a, b) => a.name.localeCompare(b.name)).map(serverEntry);
  const serverMap = new Map(servers.map((s) => [s.id, s]));
  const byCode = new Map<number, ServerMessageEntry[]>();
  for (const s of servers) for (const m of s.messages) byCode.set(m.code, [...(byCode.get(m.code) ?? []), m]);
  const replies = deriveReplies(codes, rfcs);
  const captures = new Map((content.commandCaptures ?? []).map((c) => [c.id, c]));
  return {
    rfcs,
    classes,
    categories,
    codes,
    commands,
    advice: content.advice,
    clients: [...(content.clients ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
    servers,
    clientErrors: content.clientErrors ?? [],
    guides: [...(content.guides ?? [])].sort(byGuideOrder),
    stateDiagrams: [...(content.stateDiagrams ?? [])].sort((a, b) => a.figure - b.figure),
    code: (code) => codeMap.get(code),
    rfc: (id) => rfcMap.get(String(id)),
    command: (name) => commandMap.get(name.toUpperCase()),
    server: (id) => serverMap.get(id),
    serverMessages: (code) => byCode.get(code) ?? [],
    commandReplies: (name) => replies.get(name.toUpperCase()) ?? [],
    commandCapture: (name) => captures.get(name.toUpperCase()),
  };
}
