/**
 * The browser payload: the one projection of the read model that every island reads (the small decoder, the log
 * decoder, the search box's answer to a bare number). /decode/ embeds it; other pages fetch /data/payload.json once,
 * on intent; the CLI decodes with the same data. It carries only what the islands show or the decoder reads: a title
 * and status for every code, the digit tables, the commands' facts and the advice rules.
 *
 * The "what to do" texts of the failure codes (the longest part) are its second file, /data/actions.json: the decoder
 * reads them only to advise on a failure, so the log decoder fetches them once, when a decode first finds one.
 */
import type { DigitRow } from '../classify.ts';
import { commandData, decoderCommands, type CommandData, type DecoderCommands } from '../decoder/commands.ts';
import type { NormalCatalog } from '../decoder/advice.ts';
import type { AdviceRule } from '../../schemas/advice.ts';
import type { Status } from '../../schemas/common.ts';
import type { Reference } from './model.ts';

export interface PayloadCode {
  code: number;
  title: string;
  status: Status;
}

/**
 * What to do, by code: the 4yz and 5yz codes in use (only failures get advice; a historic code's advice is its
 * class's summary).
 */
export type Actions = Record<string, string>;

export interface BrowserPayload {
  classes: DigitRow[];
  categories: DigitRow[];
  codes: PayloadCode[];
  /** The fields of each command the decoder reads (pairing, probes, advice). */
  commands: CommandData[];
  /** The advice rules shared by families of commands, in the order they are tried. */
  advice: AdviceRule[];
}

const row = ({ id, digit, name, summary }: DigitRow): DigitRow => ({ id, digit, name, summary });
const isFailure = (code: number) => code >= 400 && code < 600;

export function browserPayload(ref: Reference): BrowserPayload {
  return {
    classes: ref.classes.map(row),
    categories: ref.categories.map(row),
    codes: ref.codes.map((c) => ({ code: c.code, title: c.title, status: c.status })),
    commands: ref.commands.map(commandData),
    advice: [...ref.advice],
  };
}

export function browserActions(ref: Reference): Actions {
  const actions: Actions = {};
  for (const c of ref.codes)
    if (isFailure(c.code) && c.status !== 'historic' && c.action.trim()) actions[c.code] = c.action;
  return actions;
}

const commandFacts = new WeakMap<BrowserPayload, DecoderCommands>();

/**
 * What decode() reads: the payload, with the what-to-do texts when they are at hand (without them a failure's
 * advice ends with its class's summary). The command facts become sets and maps once per payload object.
 */
export function decoderCatalog(payload: BrowserPayload, actions: Actions = {}): NormalCatalog {
  let commands = commandFacts.get(payload);
  if (!commands) {
    commands = decoderCommands(payload.commands, payload.advice);
    commandFacts.set(payload, commands);
  }
  const codes = payload.codes.map((c) => {
    const action = actions[c.code];
    return action === undefined ? c : { ...c, action };
  });
  return { classes: payload.classes, categories: payload.categories, codes, commands };
}

/** The payload as a <script type="application/json"> body: "<" escaped so no text can close the element. */
export const payloadJson = (payload: BrowserPayload): string => JSON.stringify(payload).replace(/</g, '\\u003c');
