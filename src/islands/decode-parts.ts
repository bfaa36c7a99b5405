/**
 * How a decode travels from the Web Worker (decode-worker.ts) to the page (log.ts): first a head — everything but the
 * two long lists, so the first failure and the warnings show at once — then the messages and exchanges in parts.
 * One structured clone of a 5 MB log's result costs the page ~200 ms; a part of PART exchanges costs a few.
 * No DOM here: the main-thread fallback (no Worker) sends itself the same parts.
 */
import type { DecodeResult, Exchange, Message } from '../lib/decoder/decode.ts';
import type { BrowserPayload, FailureTexts, ServerTexts } from '../lib/reference/payload.ts';

export type ToWorker =
  | {
      type: 'catalog';
      payload: BrowserPayload;
      texts?: FailureTexts | undefined;
      /** The servers' greetings and explained messages (/data/servers.json), once fetched. */
      servers?: ServerTexts | undefined;
    }
  | { type: 'decode'; id: number; text: string; format: string };

export interface Head {
  type: 'head';
  id: number;
  /** The result without its messages and exchanges (they follow in parts). */
  result: DecodeResult;
  /** The format's label ("FileZilla message log"). */
  label: string;
  messages: number;
  exchanges: number;
  /** How many of the messages are replies (the page then fetches the servers' texts to name the server). */
  replies: number;
  /** The exchange that holds the first failure (-1 when none), and the failing message. */
  failing: number;
  failed: Message | undefined;
}

export interface Part {
  type: 'part';
  id: number;
  messages: Message[];
  exchanges: Exchange[];
  done: boolean;
}

export type FromWorker = Head | Part;

const PART = 250;

/** The head, then parts of PART exchanges with (at least) the messages they point at; the last part is done. */
export function* parts(id: number, result: DecodeResult, label: string): Generator<FromWorker> {
  const { messages, exchanges } = result;
  const failIndex = result.firstFailure?.index ?? -1;
  yield {
    type: 'head',
    id,
    result: { ...result, messages: [], exchanges: [] },
    label,
    messages: messages.length,
    exchanges: exchanges.length,
    replies: messages.filter((m) => m.dir === 's').length,
    failing: exchanges.findIndex((x) => x.index === failIndex || x.replies.some((r) => r.index === failIndex)),
    failed: messages[failIndex],
  };
  let sent = 0;
  let from = 0;
  // At least one part, the last one done (an empty result too).
  do {
    const slice = exchanges.slice(from, from + PART);
    from += PART;
    const last = from >= exchanges.length;
    let upTo = sent;
    for (const x of slice) upTo = Math.max(upTo, (x.index ?? -1) + 1, ...x.replies.map((r) => r.index + 1));
    if (last) upTo = messages.length;
    yield { type: 'part', id, messages: messages.slice(sent, upTo), exchanges: slice, done: last };
    sent = upTo;
  } while (from < exchanges.length);
}
