/**
 * What the decoder knows of commands, derived from content/commands/*.yaml and content/advice.yaml: the sets and maps
 * pairing and advice read. Pure: the commands are passed in (the CLI loads them with scripts/load-catalog.ts), so the
 * same code runs in the browser, the CLI and Vitest. Nothing here names a command.
 */
import type { AdviceRule, CommandAdvice } from '../../schemas/advice.ts';
import type { Command } from '../../schemas/command.ts';
import type { CommandGroup, CommandRole, DataMode, RfcSource, Touches } from '../../schemas/common.ts';

/**
 * What the decoder reads of one command, as plain data (the browser payload carries it as JSON): the schema's fields
 * with defaults left out and the replies reduced to what pairing asks. Built from a `Command` by `commandData()`.
 */
export interface CommandData {
  name: string;
  group: CommandGroup;
  role: CommandRole;
  data?: DataMode;
  touches?: Touches;
  /** A probe: its refusal is no failure once the session moved on. */
  probe?: true;
  /** Arguments that make it a probe (SITE UTIME). */
  probeArguments?: string[];
  /** What a client falls back to when it is refused. */
  alternatives?: string[];
  /** After a 3yz reply the server waits for one of `next`; `between` may come first. */
  sequence?: { next: string[]; between: string[] };
  precededBy?: string;
  interrupts?: true;
  aborts?: true;
  announcesCommand?: true;
  /** It may get a 1yz reply: its RFC lists one, or servers send one in practice. */
  preliminary?: true;
  /** Every reply code its RFC lists, when the RFC lists them completely (`repliesComplete`), in the RFC's order. */
  replies?: number[];
  /** The sections that list `replies` ({ rfc: "959", section: "5.4" }). */
  repliesFrom?: RfcSource[];
  /** Every reply code its RFC lists, when it does not list them completely (they still count as listed codes). */
  mentions?: number[];
  advice?: CommandAdvice[];
  /** What a person was doing with it, for the plain sentence ("the download of {argument|the file}"). */
  doing?: string;
}

/** The facts an advice rule can select a command by. */
export interface CommandFacts {
  role: CommandRole;
  group: CommandGroup;
  data: DataMode | undefined;
  touches: Touches | undefined;
}

export interface Sequence {
  /** The commands the server waits for after a 3yz reply. */
  next: readonly string[];
  /** Commands that may come first without breaking the sequence (data-connection setup between REST and RETR). */
  between: ReadonlySet<string>;
}

export interface DecoderCommands {
  /** Every command verb there is a file for: a line starting with one is a client command in an unmarked transcript. */
  known: ReadonlySet<string>;
  facts: ReadonlyMap<string, CommandFacts>;
  /** Command → the sequence its 3yz reply opens (USER → PASS or ACCT, RNFR → RNTO, REST → RETR, …). */
  sequences: ReadonlyMap<string, Sequence>;
  /** Command → the command whose 3yz reply must come just before it (PASS → USER, RNTO → RNFR). */
  precededBy: ReadonlyMap<string, string>;
  /** Commands that may break into a waiting sequence (ABOR, QUIT, REIN). */
  interrupts: ReadonlySet<string>;
  /** Commands that abort the transfer in progress (ABOR). */
  aborts: ReadonlySet<string>;
  /** Commands that may get a 1yz reply: the RFCs list one, or servers send one in practice. */
  mayBePreliminary: ReadonlySet<string>;
  /** Commands that open a data transfer (role transfer). */
  transfers: ReadonlySet<string>;
  /** Commands a client sends to probe the server (a refusal does not count once the session moved on). */
  probes: ReadonlySet<string>;
  /** Command → a pattern for the arguments that make it a probe (SITE → /^UTIME\b/i, from `probeArguments`). */
  probeArguments: ReadonlyMap<string, RegExp>;
  /** Command → what a client falls back to when it is refused (PORT → PASV, EPSV, EPRT). */
  alternatives: ReadonlyMap<string, ReadonlySet<string>>;
  /** Commands that end, reset or keep alive the session: after a failure they are not the client's next attempt. */
  session: ReadonlySet<string>;
  /** Commands whose argument is the command that follows (PRET). */
  announcesCommand: ReadonlySet<string>;
  /** Command → its own advice rules, tried first. */
  ownAdvice: ReadonlyMap<string, readonly CommandAdvice[]>;
  /** The shared advice rules, in order. */
  sharedAdvice: readonly AdviceRule[];
  /** Command → what a person was doing with it, in everyday words (`doing`). */
  doing: ReadonlyMap<string, string>;
  /**
   * The replies the RFCs allow for a command and the sections that list them; undefined when no RFC lists its replies
   * completely (`repliesComplete`: not for extensions, SITE or CDUP), so nothing can be said of a reply to it.
   */
  allowed: (command: string) => AllowedReplies | undefined;
}

export interface AllowedReplies {
  codes: readonly number[];
  sources: readonly RfcSource[];
}

function codesOf(command: Command): number[] {
  const codes = new Set<number>();
  for (const r of command.replies) for (const code of [...r.codes, ...r.then]) codes.add(code);
  return [...codes];
}

/** The sections that list a command's replies, each once. */
function sourcesOf(command: Command): RfcSource[] {
  const seen = new Map<string, RfcSource>();
  for (const r of command.replies) seen.set(`${r.source.rfc} ${r.source.section}`, r.source);
  return [...seen.values()].map(({ rfc, section }) => ({ rfc, section }));
}

/** The decoder's data of one command (build time): only what pairing, probes and advice read. */
export function commandData(c: Command): CommandData {
  const codes = codesOf(c);
  return {
    name: c.name,
    group: c.group,
    role: c.role,
    ...(c.data ? { data: c.data } : {}),
    ...(c.touches ? { touches: c.touches } : {}),
    ...(c.probe ? { probe: true } : {}),
    ...(c.probeArguments.length ? { probeArguments: c.probeArguments } : {}),
    ...(c.alternatives.length ? { alternatives: c.alternatives } : {}),
    ...(c.sequence ? { sequence: { next: c.sequence.next, between: c.sequence.between } } : {}),
    ...(c.precededBy ? { precededBy: c.precededBy } : {}),
    ...(c.interrupts ? { interrupts: true } : {}),
    ...(c.aborts ? { aborts: true } : {}),
    ...(c.announcesCommand ? { announcesCommand: true } : {}),
    ...(c.alsoPreliminary || c.replies.some((r) => r.stage === 'preliminary') ? { preliminary: true } : {}),
    ...(codes.length ? (c.repliesComplete ? { replies: codes, repliesFrom: sourcesOf(c) } : { mentions: codes }) : {}),
    ...(c.advice.length ? { advice: c.advice } : {}),
    ...(c.doing ? { doing: c.doing } : {}),
  };
}

/** Builds what the decoder reads from the commands' data (and the shared advice rules). */
export function decoderCommands(commands: readonly CommandData[], advice: readonly AdviceRule[] = []): DecoderCommands {
  const names = (keep: (c: CommandData) => boolean) => new Set(commands.filter(keep).map((c) => c.name));
  const facts = new Map<string, CommandFacts>();
  const sequences = new Map<string, Sequence>();
  const precededBy = new Map<string, string>();
  const probeArguments = new Map<string, RegExp>();
  const alternatives = new Map<string, ReadonlySet<string>>();
  const ownAdvice = new Map<string, readonly CommandAdvice[]>();
  const doing = new Map<string, string>();
  const allowed = new Map<string, AllowedReplies>();
  for (const c of commands) {
    facts.set(c.name, { role: c.role, group: c.group, data: c.data, touches: c.touches });
    if (c.sequence) sequences.set(c.name, { next: c.sequence.next, between: new Set(c.sequence.between) });
    if (c.precededBy) precededBy.set(c.name, c.precededBy);
    // The schema allows letters and digits only, so the words need no escaping.
    if (c.probeArguments) probeArguments.set(c.name, new RegExp(`^(${c.probeArguments.join('|')})\\b`, 'i'));
    if (c.advice) ownAdvice.set(c.name, c.advice);
    if (c.doing) doing.set(c.name, c.doing);
    if (c.alternatives) alternatives.set(c.name, new Set(c.alternatives));
    if (c.replies) allowed.set(c.name, { codes: c.replies, sources: c.repliesFrom ?? [] });
  }
  return {
    known: names(() => true),
    facts,
    sequences,
    precededBy,
    interrupts: names((c) => c.interrupts === true),
    aborts: names((c) => c.aborts === true),
    mayBePreliminary: names((c) => c.preliminary === true),
    transfers: names((c) => c.role === 'transfer'),
    probes: names((c) => c.probe === true),
    probeArguments,
    alternatives,
    session: names((c) => c.role === 'session'),
    announcesCommand: names((c) => c.announcesCommand === true),
    ownAdvice,
    sharedAdvice: advice,
    doing,
    allowed: (command) => allowed.get(command),
  };
}

/** For input without command knowledge: pairing by stage only, no sequences, probes or hints. */
export const NO_COMMANDS: DecoderCommands = decoderCommands([]);

/** True when the command with this argument is a probe (FEAT, SIZE, …, or SITE UTIME). */
export function isProbe(commands: DecoderCommands, command: string, argument: string): boolean {
  if (commands.probes.has(command)) return true;
  return commands.probeArguments.get(command)?.test(argument) ?? false;
}
