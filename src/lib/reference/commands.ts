/**
 * Commands in the read model: the replies of each command by stage, derived from ONE place — the codes' meanings
 * (content/codes/*.yaml, `meanings[].commands` with the RFC section) — the command × reply matrix, the RFC 959 §6
 * state diagrams a command belongs to, and what real servers answered in the captures, compared with the RFCs.
 */
import type { CapturedExchange, CommandCapture } from '../../schemas/command-capture.ts';
import type { Command, ReplyStage } from '../../schemas/command.ts';
import type { Rfc } from '../../schemas/rfc.ts';
import type { StateDiagram } from '../../schemas/state-diagram.ts';
import type { CodeEntry } from './model.ts';

export const STAGE_ORDER: readonly ReplyStage[] = ['preliminary', 'intermediate', 'completion', 'error'];

/** RFC 959 §4.2: the first digit says the stage (6yz, RFC 2228's protected replies, wrap another reply). */
export function stageOf(code: number): ReplyStage | undefined {
  const digit = Math.floor(code / 100);
  return digit === 1
    ? 'preliminary'
    : digit === 2
      ? 'completion'
      : digit === 3
        ? 'intermediate'
        : digit === 4 || digit === 5
          ? 'error'
          : undefined;
}

export interface ReplySource {
  rfc: string;
  section: string;
  /** The RFC is historic (a 1970s draft of FTP, RFC 775's experimental commands …). */
  historic: boolean;
}

/** One reply a command may get, with every RFC section that ties the code to the command. */
export interface CommandReply {
  code: number;
  stage: ReplyStage;
  /** The code's entry (title, status) for the link. */
  entry: CodeEntry;
  sources: readonly ReplySource[];
  /** Only historic RFCs name it for this command. */
  historic: boolean;
}

/** Every command's replies, from the codes' meanings: by command name, in stage order, then by code. */
export function deriveReplies(codes: readonly CodeEntry[], rfcs: readonly Rfc[]): Map<string, CommandReply[]> {
  const historicRfc = new Set(rfcs.filter((r) => r.historic).map((r) => r.id));
  const out = new Map<string, CommandReply[]>();
  for (const entry of codes) {
    const stage = entry.family === 'ftp' ? stageOf(entry.code) : undefined;
    if (!stage) continue;
    const byCommand = new Map<string, ReplySource[]>();
    for (const m of entry.meanings)
      for (const name of m.commands) {
        const list = byCommand.get(name) ?? [];
        if (!list.some((s) => s.rfc === m.rfc && s.section === m.section))
          list.push({ rfc: m.rfc, section: m.section, historic: historicRfc.has(m.rfc) });
        byCommand.set(name, list);
      }
    for (const [name, sources] of byCommand) {
      const list = out.get(name) ?? [];
      list.push({ code: entry.code, stage, entry, sources, historic: sources.every((s) => s.historic) });
      out.set(name, list);
    }
  }
  for (const list of out.values())
    list.sort((a, b) => STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage) || a.code - b.code);
  return out;
}

/** The replies of a command grouped by stage, in RFC 959's order of a command's life: 1yz, 3yz, 2yz, 4yz/5yz. */
export function byStage(replies: readonly CommandReply[]): { stage: ReplyStage; replies: CommandReply[] }[] {
  return STAGE_ORDER.flatMap((stage) => {
    const list = replies.filter((r) => r.stage === stage);
    return list.length ? [{ stage, replies: list }] : [];
  });
}

/** The RFC 959 §6 figures that model a command (by name or as "cmd"); the general one for every other command. */
export function diagramsOf(diagrams: readonly StateDiagram[], name: string): StateDiagram[] {
  const own = diagrams.filter((d) => d.commands.includes(name));
  if (own.length) return own;
  const general = diagrams.find((d) => d.commands.length === 0);
  return general ? [general] : [];
}

/** A reply a server sent that the RFCs do not list for the command where it came. */
export interface Deviation {
  code: number;
  /** Why it is outside the RFCs: not listed at all, or not listed after the 1yz reply that came before it. */
  kind: 'unlisted' | 'after-preliminary';
}

export interface CapturedReply {
  line: string;
  code: number;
  deviation?: Deviation;
}

export interface ObservedExchange extends Omit<CapturedExchange, 'replies'> {
  replies: readonly CapturedReply[];
  deviates: boolean;
}

/**
 * Compares what a server answered with the replies the RFCs list for the command: a code no current RFC ties to it
 * is "unlisted"; after a 1yz reply, a final reply outside the replies RFC 959 §5.4 indents under it is
 * "after-preliminary" (ProFTPD's 150 then 450 to LIST of a missing path). Commands no RFC defines are not compared.
 */
export function observe(command: Command, replies: readonly CommandReply[], capture: CommandCapture | undefined) {
  if (!capture) return [];
  const listed = new Set(replies.filter((r) => !r.historic).map((r) => r.code));
  const then = new Set(command.replies.flatMap((r) => r.then));
  const compare = command.status !== 'nonstandard' && listed.size > 0;
  return capture.exchanges.map((ex): ObservedExchange => {
    let preliminary = false;
    let done = false;
    const out = ex.replies.map((line): CapturedReply => {
      const code = Number(line.slice(0, 3));
      let deviation: Deviation | undefined;
      // After the final reply the command is over: a later line (421 on an idle timeout) answers nothing.
      if (done) return { line, code };
      if (code >= 200) done = true;
      if (compare && !listed.has(code)) deviation = { code, kind: 'unlisted' };
      else if (compare && preliminary && then.size > 0 && !then.has(code) && code >= 200)
        deviation = { code, kind: 'after-preliminary' };
      if (code < 200) preliminary = true;
      return { line, code, ...(deviation ? { deviation } : {}) };
    });
    return { ...ex, replies: out, deviates: out.some((r) => r.deviation) };
  });
}

/** The command × reply matrix: rows are commands with replies, columns the codes any current RFC ties to a command. */
export function replyMatrix(commands: readonly Command[], replies: ReadonlyMap<string, readonly CommandReply[]>) {
  const rows = commands.flatMap((command) => {
    const list = (replies.get(command.name) ?? []).filter((r) => !r.historic);
    return list.length ? [{ command, cells: new Map(list.map((r) => [r.code, r])) }] : [];
  });
  const codes = [...new Set(rows.flatMap((r) => [...r.cells.keys()]))].sort((a, b) => a - b);
  return { rows, codes, cells: rows.reduce((n, r) => n + r.cells.size, 0) };
}
