/**
 * The browser payload: the one projection of the read model that every island reads (the small decoder, the log
 * decoder, the search box's answer to a bare number). /decode/ embeds it; other pages fetch /data/payload.json once,
 * on intent; the CLI decodes with the same object. It carries only what the islands show: a title and status for every
 * code, the digit tables, and the "what to do" text of the failure codes (the decoder's advice for the first failure).
 */
import type { DigitRow } from '../classify.ts';
import type { Status } from '../../schemas/common.ts';
import type { Reference } from './model.ts';

export interface PayloadCode {
  code: number;
  title: string;
  status: Status;
  /** What to do: only for 4yz and 5yz codes (only failures get advice). */
  action?: string;
  /** The commands the RFCs tie this code to (the decoder checks positive replies against them). */
  meanings?: { commands: string[] }[];
}

export interface BrowserPayload {
  classes: DigitRow[];
  categories: DigitRow[];
  codes: PayloadCode[];
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
      const commands = [...new Set(c.meanings.flatMap((m) => m.commands))];
      if (commands.length) out.meanings = [{ commands }];
      return out;
    }),
  };
}

/** The payload as a <script type="application/json"> body: "<" escaped so no text can close the element. */
export const payloadJson = (payload: BrowserPayload): string => JSON.stringify(payload).replace(/</g, '\\u003c');
