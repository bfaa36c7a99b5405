/**
 * The browser payload: the one projection of the read model that every island reads (the small decoder, the log
 * decoder, the search box's answer to a bare number). /decode/ embeds it; other pages fetch /data/payload.json once,
 * on intent; the CLI decodes with the same data. It carries only what the islands show or the decoder reads: a title
 * and status for every code, the digit tables and the commands' facts (for pairing and probes).
 *
 * Everything that only explains a failure is its second file, /data/actions.json (`FailureTexts`): the "what to do"
 * texts and plain summaries of the codes, the advice rules and the commands' own advice and `doing` phrases, the
 * clients' closing lines. The log decoder fetches it once, when a decode first finds a failure or a closing line; the
 * small decoder fetches it for a code's meaning and first step.
 */
import type { DigitRow } from '../classify.ts';
import { commandData, decoderCommands, type CommandData, type DecoderCommands } from '../decoder/commands.ts';
import type { NormalCatalog } from '../decoder/advice.ts';
import type { ServerRecogniser } from '../decoder/messages.ts';
import type { AdviceRule } from '../../schemas/advice.ts';
import type { ClientError } from '../../schemas/client-error.ts';
import type { Status } from '../../schemas/common.ts';
import type { Server, ServerMessage } from '../../schemas/server.ts';
import type { Reference } from './model.ts';

export interface PayloadCode {
  code: number;
  title: string;
  status: Status;
}

/** The payload's second file (/data/actions.json): what only a failure's explanation reads. */
export interface FailureTexts {
  /**
   * What to do, by code: the 4yz and 5yz codes in use (only failures get advice; a historic code's advice is its
   * class's summary).
   */
  actions: Record<string, string>;
  /** Every code's summary in plain words, by code. */
  summaries: Record<string, string>;
  /** The advice rules shared by families of commands, in the order they are tried. */
  advice: AdviceRule[];
  /** Each command's own advice rules and `doing` phrase, by name. */
  commands: Record<string, Pick<CommandData, 'advice' | 'doing'>>;
  clientErrors: ClientError[];
}

export interface BrowserPayload {
  classes: DigitRow[];
  categories: DigitRow[];
  codes: PayloadCode[];
  /** The fields of each command the decoder reads for pairing and probes (advice and `doing` are in FailureTexts). */
  commands: CommandData[];
}

const row = ({ id, digit, name, summary }: DigitRow): DigitRow => ({ id, digit, name, summary });
const isFailure = (code: number) => code >= 400 && code < 600;

export function browserPayload(ref: Reference): BrowserPayload {
  return {
    classes: ref.classes.map(row),
    categories: ref.categories.map(row),
    codes: ref.codes.map((c) => ({ code: c.code, title: c.title, status: c.status })),
    commands: ref.commands.map((c) => {
      const { advice: _advice, doing: _doing, ...facts } = commandData(c);
      return facts;
    }),
  };
}

export function browserActions(ref: Reference): FailureTexts {
  const actions: Record<string, string> = {};
  const summaries: Record<string, string> = {};
  for (const c of ref.codes) {
    summaries[c.code] = c.summary;
    if (isFailure(c.code) && c.status !== 'historic' && c.action.trim()) actions[c.code] = c.action;
  }
  const commands: FailureTexts['commands'] = {};
  for (const c of ref.commands) {
    const { advice, doing } = commandData(c);
    if (advice || doing) commands[c.name] = { ...(advice ? { advice } : {}), ...(doing ? { doing } : {}) };
  }
  return { actions, summaries, advice: [...ref.advice], commands, clientErrors: [...ref.clientErrors] };
}

/** One server message as the decoder reads it: the explained ones (for `serverMessage`) and greetings, SYST and FEAT. */
export interface PayloadServerMessage {
  id: string;
  code: number;
  text: string;
  when?: string;
  fix?: string;
}

/**
 * The payload's third file (/data/servers.json): what the log decoder needs to name the server of a log and explain a
 * reply a known server sends. The log decoder fetches it once, when there is something to decode.
 */
export interface ServerTexts {
  servers: {
    id: string;
    product: string;
    versions: string;
    messages: PayloadServerMessage[];
  }[];
}

/** Codes whose messages tell the server rather than explain a failure: the greeting, SYST's answer, FEAT's list. */
const IDENTIFYING = new Set([211, 215, 220]);

/** What browserServers() reads of a server entry: the read model's, or content/servers/ as the CLI reads it alone. */
type ServerFacts = Pick<Server, 'id' | 'product' | 'versions'> & {
  messages: readonly Pick<ServerMessage, 'id' | 'code' | 'text' | 'condition' | 'fix'>[];
};

export function browserServers(ref: { servers: readonly ServerFacts[] }): ServerTexts {
  return {
    servers: ref.servers.map((s) => ({
      id: s.id,
      product: s.product,
      versions: s.versions,
      messages: s.messages
        .filter((m) => m.condition !== undefined || m.fix !== undefined || IDENTIFYING.has(m.code))
        .map((m) => ({
          id: m.id,
          code: m.code,
          text: m.text,
          ...(m.condition ? { when: m.condition } : {}),
          ...(m.fix ? { fix: m.fix } : {}),
        })),
    })),
  };
}

const commandFacts = new WeakMap<BrowserPayload | FailureTexts, DecoderCommands>();

/**
 * What decode() reads: the payload, with the failure texts when they are at hand (without them a failure gets no
 * command hint, its advice ends with its class's summary and its plain sentence uses the code's title). The command
 * facts become sets and maps once per payload (and once more with the texts).
 */
export function decoderCatalog(
  payload: BrowserPayload,
  texts?: FailureTexts,
  servers?: ServerRecogniser,
): NormalCatalog {
  const key = texts ?? payload;
  let commands = commandFacts.get(key);
  if (!commands) {
    const merged = texts ? payload.commands.map((c) => ({ ...c, ...texts.commands[c.name] })) : payload.commands;
    commands = decoderCommands(merged, texts?.advice ?? []);
    commandFacts.set(key, commands);
  }
  const codes = texts
    ? payload.codes.map((c) => {
        const action = texts.actions[c.code];
        const summary = texts.summaries[c.code];
        return { ...c, ...(action === undefined ? {} : { action }), ...(summary === undefined ? {} : { summary }) };
      })
    : payload.codes;
  return {
    classes: payload.classes,
    categories: payload.categories,
    codes,
    commands,
    clientErrors: texts?.clientErrors ?? [],
    ...(servers ? { servers } : {}),
  };
}

/** The payload as a <script type="application/json"> body: "<" escaped so no text can close the element. */
export const payloadJson = (payload: BrowserPayload): string => JSON.stringify(payload).replace(/</g, '\\u003c');
