/**
 * The browser payload: the one projection of the read model that every island reads (the small decoder, the log
 * decoder, the search box's answer to a bare number). /decode/ embeds it; other pages fetch /data/payload.json once,
 * on intent; the CLI decodes with the same object. It carries only what the islands show: a title and status for every
 * code, the digit tables, and the "what to do" text of the failure codes (the decoder's advice for the first failure).
 */
import type { DigitRow } from '../classify.ts';
import { commandData, decoderCommands, type CommandData } from '../decoder/commands.ts';
import type { NormalCatalog } from '../decoder/advice.ts';
import type { AdviceRule } from '../../schemas/advice.ts';
import type { Status } from '../../schemas/common.ts';
import type { Reference } from './model.ts';

export interface PayloadCode {
  code: number;
  title: string;
  status: Status;
  /** What to do: only for 4yz and 5yz codes (only failures get advice). */
  action?: string;
}

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
    codes: ref.codes.map((c) => {
      const out: PayloadCode = { code: c.code, title: c.title, status: c.status };
      if (isFailure(c.code) && c.action.trim()) out.action = c.action;
      return out;
    }),
    commands: ref.commands.map(commandData),
    advice: [...ref.advice],
  };
}

const catalogs = new WeakMap<BrowserPayload, NormalCatalog>();

/** What decode() reads, built from the payload once per payload object (the command facts become sets and maps). */
export function decoderCatalog(payload: BrowserPayload): NormalCatalog {
  let catalog = catalogs.get(payload);
  if (!catalog) {
    catalog = { classes: payload.classes, categories: payload.categories, codes: payload.codes, commands: decoderCommands(payload.commands, payload.advice) };
    catalogs.set(payload, catalog);
  }
  return catalog;
}

/** The payload as a <script type="application/json"> body: "<" escaped so no text can close the element. */
export const payloadJson = (payload: BrowserPayload): string => JSON.stringify(payload).replace(/</g, '\\u003c');
