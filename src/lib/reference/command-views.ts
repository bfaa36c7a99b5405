/**
 * The view models of /commands/ and /commands/NAME/, from the read model: the list grouped as RFC 959 §4.1 groups
 * the commands, the command × reply matrix, the state diagrams, and each command's page in its fixed order
 * (COMMAND_PAGE_SECTIONS; tests/e2e/commands.spec.ts walks it). Replies come from the codes' meanings only
 * (ref.commandReplies), never from a second list.
 */
import type { Command } from '../../schemas/command.ts';
import { COMMAND_GROUPS } from '../../schemas/common.ts';
import { commandGroupLabel, commandRoleLabel, statusLabel } from '../../i18n/en.ts';
import { byStage, diagramsOf, observe, replyMatrix } from './commands.ts';
import type { Reference } from './model.ts';
import type { PageMeta } from './views.ts';

/** The sections of a command page, in order (DESIGN.md's routes; issue 15). */
export const COMMAND_PAGE_SECTIONS = [
  { id: 'summary', title: 'Summary' },
  { id: 'syntax', title: 'Syntax' },
  { id: 'does', title: 'What it does' },
  { id: 'replies', title: 'Replies by stage' },
  { id: 'sequence', title: 'Sequence' },
  { id: 'diagram', title: 'State diagram' },
  { id: 'feat', title: 'FEAT line' },
  { id: 'related', title: 'Related commands' },
  { id: 'sources', title: 'Sources' },
] as const;

export const commandSectionTitle = (id: (typeof COMMAND_PAGE_SECTIONS)[number]['id']): string =>
  COMMAND_PAGE_SECTIONS.find((s) => s.id === id)?.title ?? id;

export const commandPath = (name: string): string => `commands/${name}/`;

/** The anchor of a state diagram on /commands/. */
export const diagramAnchor = (id: string): string => `diagram-${id}`;

/** The RFC that defines a command, or the first origin's name. */
function definedBy(c: Command): string {
  return c.defined ? `RFC ${c.defined.rfc}` : (c.origins[0]?.name ?? '');
}

export function commandsView(ref: Reference) {
  const replies = new Map(ref.commands.map((c) => [c.name, ref.commandReplies(c.name)]));
  const matrix = replyMatrix(ref.commands, replies);
  const rows = ref.commands.map((c) => ({ command: c, definedBy: definedBy(c) }));
  const variants = ref.commands.flatMap((c) => c.variants.map((v) => ({ command: c, variant: v })));
  return {
    meta: {
      path: 'commands/',
      title: 'FTP commands and their replies',
      heading: 'FTP commands',
      description: `All ${ref.commands.length} FTP commands of RFC 959, its extensions and common servers, grouped and flagged by status, with the command × reply matrix (${matrix.cells} replies the RFCs allow) and RFC 959's state diagrams.`,
      filters: { kind: ['list'] },
    } satisfies PageMeta,
    groups: COMMAND_GROUPS.map((g) => ({
      id: g,
      label: commandGroupLabel[g],
      rows: rows.filter((r) => r.command.group === g),
      variants: variants.filter((v) => v.command.group === g),
    })),
    counts: (['standard', 'extension', 'historic', 'nonstandard'] as const).map((s) => ({
      status: s,
      label: statusLabel[s],
      count: ref.commands.filter((c) => c.status === s).length + variants.filter((v) => v.variant.status === s).length,
    })),
    total: ref.commands.length + variants.length,
    matrix,
    diagrams: ref.stateDiagrams,
  };
}

const TOUCHES = {
  read: 'a file to read',
  write: 'a file to write',
  list: 'a listing',
  directory: 'a directory to enter',
} as const;

/** "What it does" in sentences, from the facts the decoder reads (role, data, touches, probe, interrupts, doing). */
export function commandDoes(c: Command): string[] {
  const data =
    c.data === 'passive'
      ? ', passive data connection: the client connects to the address the server gives'
      : c.data === 'active'
        ? ', active data connection: the server connects to the address the client gives'
        : '';
  // The decoder's phrase without its placeholders: "the download of {argument|the file}" → "the download of the file".
  const doing = c.doing
    ?.replace(/\{[^}|]*\|([^}]*)\}/g, '$1')
    .replace(/\{[^}]*\}/g, '')
    .trim();
  return [
    `${commandRoleLabel[c.role]} command${data}.`,
    ...(doing
      ? [`In a decoded log, its failure reads: “${doing.charAt(0).toUpperCase()}${doing.slice(1)} failed.”`]
      : []),
    ...(c.touches ? [`A refusal is about ${TOUCHES[c.touches]}.`] : []),
    ...(c.probe
      ? ['Clients send it to find out what the server supports; a refusal is no failure when the session goes on.']
      : []),
    ...(c.interrupts ? ['It may be sent while a sequence waits: it ends, resets or interrupts it.'] : []),
  ];
}

export function commandView(ref: Reference, c: Command) {
  const replies = ref.commandReplies(c.name);
  const observed = observe(c, replies, ref.commandCapture(c.name));
  const keywordLine = c.keywords.length ? ` Also: ${c.keywords.slice(0, 4).join(', ')}.` : '';
  const command = (name: string) => ({ name, entry: ref.command(name) });
  return {
    meta: {
      path: commandPath(c.name),
      title: `${c.name}: ${c.title} (FTP command)`,
      heading: `${c.name}: ${c.title}`,
      description:
        `FTP command ${c.name} (${c.title.toLowerCase()})${c.status === 'nonstandard' ? ', defined by no RFC' : ''}: ${c.summary}${keywordLine}`.slice(
          0,
          300,
        ),
      filters: { kind: ['command'], status: [statusLabel[c.status]], group: [commandGroupLabel[c.group]] },
    } satisfies PageMeta,
    command: c,
    does: commandDoes(c),
    replies,
    stages: byStage(replies.filter((r) => !r.historic)),
    historic: replies.filter((r) => r.historic),
    /** Real sessions: the first exchange of each server as the example, every one compared with the RFCs. */
    examples: observed.filter((e, i) => observed.findIndex((o) => o.server === e.server) === i),
    deviations: observed.filter((e) => e.deviates),
    diagrams: diagramsOf(ref.stateDiagrams, c.name),
    sequence: c.sequence
      ? { next: c.sequence.next.map(command), between: c.sequence.between.map(command), source: c.sequence.source }
      : undefined,
    precededBy: c.precededBy ? command(c.precededBy) : undefined,
    alias: c.alias ? command(c.alias) : undefined,
    aliases: ref.commands.filter((o) => o.alias === c.name).map((o) => command(o.name)),
    related: c.related.map(command),
    alternatives: c.alternatives.map(command),
  };
}
