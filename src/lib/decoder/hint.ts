/**
 * The hint for a failure: the first advice rule (content/advice.yaml, a command's `advice:`) that matches the failing
 * command, code and session. The conditions a rule may ask for are computed here; the rules and texts are data.
 */
import type { AdviceCommands, AdviceCondition, AdviceText, CommandAdvice } from '../../schemas/advice.ts';
import type { DecoderCommands } from './commands.ts';
import type { Exchange } from './exchange.ts';
import type { LogMessage } from './formats/common.ts';

/** The failing exchange as the rules see it. */
export interface Failure {
  messages: readonly LogMessage[];
  exchanges: readonly Exchange[];
  /** Index of the failing exchange. */
  at: number;
  /** The failing code; 0 for a failure a log line states without one (`clientError`). */
  code: number;
  clientError?: boolean;
}

/** What a rule reads: the command (PRET's announced one), its argument, and the session's facts, computed on demand. */
interface Subject {
  command: string;
  argument: string;
  failure: Failure;
  commands: DecoderCommands;
  /** The data-connection command in effect (the failing one itself, or the last before it), computed once. */
  setup?: Exchange | null;
  address?: string | null;
}

export function quoteArg(arg: string): string {
  const short = arg.length > 80 ? `${arg.slice(0, 80)}…` : arg;
  return `"${short}"`;
}

function subjectOf(failure: Failure, commands: DecoderCommands): Subject {
  const exchange = failure.exchanges[failure.at];
  let command = exchange?.command ?? '';
  let argument = exchange?.argument ?? '';
  if (commands.announcesCommand.has(command)) {
    // PRET announces the transfer command that follows ("PRET RETR x"): hint as for that command.
    const space = argument.indexOf(' ');
    command = (space < 0 ? argument : argument.slice(0, space)).toUpperCase();
    argument = space < 0 ? '' : argument.slice(space + 1);
  }
  return { command, argument, failure, commands };
}

/** The data-connection command in effect for the failing exchange (itself when it is one), if any. */
function dataSetup(s: Subject): Exchange | null {
  if (s.setup !== undefined) return s.setup;
  const { exchanges, at } = s.failure;
  let setup: Exchange | null = null;
  if (s.commands.facts.get(s.command)?.data) setup = exchanges[at] ?? null;
  else {
    for (let j = at; j >= 0 && !setup; j--) {
      const e = exchanges[j];
      if (e?.command && s.commands.facts.get(e.command)?.data) setup = e;
    }
  }
  return (s.setup = setup);
}

const setupMode = (s: Subject) => {
  const command = dataSetup(s)?.command;
  return command ? s.commands.facts.get(command)?.data : undefined;
};

/** The address a 227 reply advertises, when it is one the client cannot usually reach from outside. */
function privatePassiveAddress(s: Subject): string | null {
  if (s.address !== undefined) return s.address;
  const reply = dataSetup(s)?.replies.find((r) => r.code === 227);
  const message = reply ? s.failure.messages[reply.index] : undefined;
  s.address = null;
  if (!message || message.dir !== 's') return null;
  const m = /(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3})/.exec(message.lines[0]?.slice(0, 200) ?? '');
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const isPrivate =
    a === 10 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    a === 0 ||
    (a === 100 && b >= 64 && b <= 127);
  return (s.address = isPrivate ? `${String(m[1])}.${String(m[2])}.${String(m[3])}.${String(m[4])}` : null);
}

/** Whether the last TYPE before the failing exchange chose ASCII (TYPE A; the default is not assumed). */
function asciiType(s: Subject): boolean {
  for (let j = s.failure.at - 1; j >= 0; j--) {
    const e = s.failure.exchanges[j];
    if (e?.command === 'TYPE') return /^A\b/i.test(e.argument.trim());
  }
  return false;
}

/** Whether the client sent EPSV ALL before the failing exchange (RFC 2428 §4). */
function epsvAll(s: Subject): boolean {
  for (let j = 0; j < s.failure.at; j++) {
    const e = s.failure.exchanges[j];
    if (e?.command === 'EPSV' && e.argument.trim().toUpperCase() === 'ALL') return true;
  }
  return false;
}

const CONDITIONS: Record<AdviceCondition, (s: Subject) => boolean> = {
  'epsv-all': epsvAll,
  greeting: (s) => s.failure.exchanges[s.failure.at]?.kind === 'greeting',
  passive: (s) => setupMode(s) === 'passive',
  active: (s) => setupMode(s) === 'active',
  'no-data-setup': (s) => dataSetup(s) === null,
  'ascii-type': asciiType,
  'private-address': (s) => privatePassiveAddress(s) !== null,
  'client-error': (s) => s.failure.clientError === true,
};

function selects(selector: AdviceCommands | undefined, s: Subject): boolean {
  if (!selector) return true;
  const command = s.command;
  if (command === '' || selector.except.includes(command)) return false;
  if (selector.any || selector.names.includes(command)) return true;
  const facts = s.commands.facts.get(command);
  if (!facts) return false;
  return (
    selector.role.includes(facts.role) ||
    selector.group.includes(facts.group) ||
    (facts.data !== undefined && selector.data.includes(facts.data)) ||
    (facts.touches !== undefined && selector.touches.includes(facts.touches))
  );
}

function value(name: string, s: Subject): string {
  switch (name) {
    case 'command':
      return s.command;
    case 'argument':
      return s.argument ? quoteArg(s.argument) : '';
    case 'setup':
      return dataSetup(s)?.command ?? '';
    case 'address':
      return privatePassiveAddress(s) ?? '';
    case 'doing':
      return doing(s);
    default:
      return `{${name}}`;
  }
}

/** What the person was doing: the command's `doing` phrase, else "the command X" ("" without a command). */
function doing(s: Subject): string {
  const phrase = s.commands.doing.get(s.command);
  if (phrase) return fill(phrase, s);
  return s.command ? `the command ${s.command}` : '';
}

/** Fills `{name}`, `{name|fallback}` and `{ name}` (the space only before a value). */
function fill(text: string, s: Subject): string {
  return text.replace(
    /\{( ?)([a-z]+)(?:\|([^}]*))?\}/g,
    (_all, space: string, name: string, fallback: string | undefined) => {
      const v = value(name, s);
      return v ? `${space}${v}` : (fallback ?? '');
    },
  );
}

function render(text: AdviceText, s: Subject): string {
  if (typeof text === 'string') return fill(text, s);
  return text
    .map((part) => (typeof part === 'string' ? fill(part, s) : CONDITIONS[part.if](s) ? fill(part.text, s) : ''))
    .join('');
}

function applies(rule: CommandAdvice, s: Subject): boolean {
  return (rule.codes.length === 0 || rule.codes.includes(s.failure.code)) && (!rule.when || CONDITIONS[rule.when](s));
}

/**
 * The plain sentence for this failure: the first matching rule (the command's own, then the shared ones) that has a
 * `plain` text, filled in; else "{doing} failed" with `fallback` (the code's summary) after it. Starts upper case.
 */
export function plainHint(failure: Failure, commands: DecoderCommands, fallback: string): string {
  const s = subjectOf(failure, commands);
  const rule =
    (commands.ownAdvice.get(s.command) ?? []).find((r) => r.plain && applies(r, s)) ??
    commands.sharedAdvice.find((r) => r.plain && selects(r.commands, s) && applies(r, s));
  const what = doing(s) || 'the session';
  const text = rule?.plain ? fill(rule.plain, s) : `${what} failed: ${fallback}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The hint for this failure, or "" when no rule says anything beyond the catalogue. */
export function hint(failure: Failure, commands: DecoderCommands): string {
  const s = subjectOf(failure, commands);
  for (const rule of commands.ownAdvice.get(s.command) ?? []) if (applies(rule, s)) return render(rule.text, s);
  for (const rule of commands.sharedAdvice)
    if (selects(rule.commands, s) && applies(rule, s)) return render(rule.text, s);
  return '';
}
