/**
 * The small decoder's answer: a heading and a few labelled lines for what a person typed (a code, a pattern, a reply
 * line). A code or a reply line is the decoder's one-reply case: its code, meaning and whether any RFC defines it come
 * from decode(), so every box on the site answers the same; the digit lines come from the classifier. The server
 * renders the view into the page (pre-filled decoders, no JS); the island renders the same object as text nodes.
 */
import { classify, isOtherNumber } from '../classify.ts';
import type { Status } from '../../schemas/common.ts';
import { decode, type ServerMessage } from '../decoder/decode.ts';
import { decoderCatalog, type BrowserPayload, type FailureTexts } from './payload.ts';

export interface ExplainLine {
  label: string;
  text: string;
  /** Site-relative path (without base), e.g. "codes/550/". */
  path?: string;
}

export interface Explanation {
  ok: boolean;
  heading: string;
  lines: ExplainLine[];
  /** Set for a complete code: whether any RFC defines it. */
  status?: Status | 'undefined';
  /** The link to the code's page, under the lines ("Read more about 550 →"). */
  more?: { text: string; path: string };
}

export interface ExplainStrings {
  decoderClass: string;
  decoderCategory: string;
  decoderThird: string;
  decoderNotDefined: string;
  decoderMeaning: string;
  decoderWhatToDo: string;
  decoderReadMore: (code: string) => string;
}

const STATUS_WORD: Record<Status, string> = {
  standard: 'standard (RFC 959 / RFC 1123)',
  extension: 'extension (a later FTP RFC)',
  historic: 'historic (pre-1985 RFCs or never adopted)',
  nonstandard: 'non-standard: no RFC defines it',
};

/** The reply decode() reads in a three-digit code: its meaning, and whether the reference knows it. */
function oneReply(code: number, payload: BrowserPayload): ServerMessage | null {
  const [message] = decode(String(code), decoderCatalog(payload), { format: 'code' }).messages;
  return message?.dir === 's' ? message : null;
}

/**
 * `texts` (the payload's second file, fetched on intent) add the code's meaning in plain words and, for a failure,
 * what to do; without them the view has the title, the status and the digits.
 */
export function explain(input: string, payload: BrowserPayload, t: ExplainStrings, texts?: FailureTexts): Explanation {
  const reply = /^\s*(\d{3})[ -](.*)$/.exec(input.split('\n', 1)[0] ?? '');
  if (reply) {
    const view = explain(reply[1] ?? '', payload, t, texts);
    const text = (reply[2] ?? '').trim();
    const lines: ExplainLine[] = [...view.lines, { label: 'Server text', text: text === '' ? '(none)' : text }];
    if (input.includes('\n'))
      lines.push({
        label: 'More lines',
        text: 'Decode the whole reply or log (paste it there)',
        // No text in the link: a query would send it to the server, its log and the next page's Referer.
        path: 'decode/',
      });
    return { ...view, lines };
  }
  const trimmed = input.trim();
  if (isOtherNumber(trimmed)) {
    const other = payload.codes.find((c) => c.code === Number(trimmed));
    if (other) {
      return {
        ok: true,
        heading: `${trimmed}: ${other.title}`,
        status: other.status,
        lines: [{ label: 'Status', text: STATUS_WORD[other.status], path: `codes/${trimmed}/` }],
      };
    }
  }
  const result = classify(input, payload);
  if (!result.ok) {
    // A well-formed three-digit code whose second digit has no group (590): explain what can be read, and say so.
    const compact = input.replace(/\s+/g, '');
    const firstDigit = result.digits[0];
    if (/^\d{3}$/.test(compact) && result.position === 2 && firstDigit) {
      return {
        ok: true,
        heading: `${compact}: ${t.decoderNotDefined}`,
        status: 'undefined',
        lines: [
          digitLine(t.decoderClass, firstDigit.text, firstDigit.row ? `classes/${firstDigit.row.id}/` : undefined),
          { label: t.decoderCategory, text: result.error },
        ],
      };
    }
    return { ok: false, heading: result.error, lines: [] };
  }

  const lines: ExplainLine[] = [];
  const [d1, d2, d3] = result.digits;
  if (d1) lines.push(digitLine(t.decoderClass, d1.text, d1.row ? `classes/${d1.row.id}/` : undefined));
  if (d2) lines.push(digitLine(t.decoderCategory, d2.text, d2.row ? `categories/${d2.row.id}/` : undefined));
  if (d3) lines.push({ label: t.decoderThird, text: d3.text });

  if (result.code === null) {
    return {
      ok: true,
      heading: `${result.pattern}: ${result.class?.name ?? 'any outcome'}, ${result.category?.name.toLowerCase() ?? 'any group'}`,
      lines,
    };
  }
  const message = oneReply(result.code, payload);
  const entry = message?.known ? payload.codes.find((c) => c.code === result.code) : undefined;
  if (!message?.meaning || !entry) {
    return { ok: true, heading: `${result.code}: ${t.decoderNotDefined}`, status: 'undefined', lines };
  }
  lines.unshift({ label: 'Status', text: STATUS_WORD[entry.status] });
  // The answer first: what the code means and what to do, then its status and digits.
  const summary = texts?.summaries[result.code];
  const action = texts?.actions[result.code];
  if (action) lines.unshift({ label: t.decoderWhatToDo, text: action });
  if (summary) lines.unshift({ label: t.decoderMeaning, text: summary });
  return {
    ok: true,
    heading: `${result.code}: ${message.meaning}`,
    status: entry.status,
    lines,
    more: { text: t.decoderReadMore(String(result.code)), path: `codes/${result.code}/` },
  };
}

function digitLine(label: string, text: string, path: string | undefined): ExplainLine {
  return path ? { label, text, path } : { label, text };
}
