/**
 * What the search matches a pasted line against, beside the index: every server message (code, text with
 * {placeholders}, the server, and the condition and fix where we wrote them), the clients' ways of reporting a code
 * (for "curl: (67) …", "ftplib.error_perm: 550 …") and the clients' closing lines explained. /data/messages.json;
 * the search island fetches it once, when a query has a code or two words (never for a bare number or one word).
 */
import type { ClientError } from '../../schemas/client-error.ts';
import type { MatchClient } from './client-match.ts';
import type { Reference } from './model.ts';

export interface PasteMessage {
  code: number;
  text: string;
  /** The server entry's id ("vsftpd-3.0"): its page is /servers/ID/ (the one that explains it, when one does). */
  server: string;
  /** The other servers that send the same code and text (each wording is sent once). */
  also?: string[];
  /** The message's id when the server page explains it under "Failures and their fixes" (#fx-ID). */
  id?: string;
  condition?: string;
  fix?: string;
}

export interface PasteData {
  /** Server names by id. */
  servers: Record<string, string>;
  messages: PasteMessage[];
  clients: MatchClient[];
  clientErrors: Pick<ClientError, 'client' | 'report' | 'name' | 'plain'>[];
  /** The lines clients print ("Connection timed out after {n} second of inactivity"), matched like server messages. */
  clientLines: ClientLine[];
}

/**
 * A server message as /data/messages.json sends it: a row [code, text, server, also, id, fix, condition] (null where
 * absent, trailing nulls dropped) rather than an object, which spares the keys of 1 100 messages (~2 kB gzipped).
 */
export type PasteRow = [number, string, string, ...(string | string[] | null)[]];

/** What /data/messages.json holds: PasteData with its messages as rows. */
export type PasteFile = Omit<PasteData, 'messages'> & { messages: PasteRow[] };

export function toRow(m: PasteMessage): PasteRow {
  const row: PasteRow = [m.code, m.text, m.server, m.also ?? null, m.id ?? null, m.fix ?? null, m.condition ?? null];
  while (row.length > 3 && row.at(-1) === null) row.pop();
  return row;
}

export function fromRow([code, text, server, also, id, fix, condition]: PasteRow): PasteMessage {
  const m: PasteMessage = { code, text, server };
  if (Array.isArray(also)) m.also = also;
  if (typeof id === 'string') m.id = id;
  if (typeof fix === 'string') m.fix = fix;
  if (typeof condition === 'string') m.condition = condition;
  return m;
}

export interface ClientLine {
  /** The first code the line goes with (the mapping's codes, else its class as N00). */
  code: number;
  text: string;
  client: string;
  when?: string;
}

export function pasteData(ref: Reference): PasteData {
  return {
    servers: Object.fromEntries(ref.servers.map((s) => [s.id, s.name])),
    messages: onePerWording(ref),
    clients: ref.clients.map((c) => ({
      id: c.id,
      name: c.name,
      mappings: c.mappings.map(({ report, exit, codes, classes }) => ({
        report,
        codes,
        classes,
        ...(exit === undefined ? {} : { exit }),
      })),
    })),
    clientErrors: ref.clientErrors.map(({ client, report, name, plain }) => ({ client, report, name, plain })),
    clientLines: ref.clients.flatMap((c) =>
      c.mappings.flatMap((m): ClientLine[] => {
        const text = m.message?.replace(/%[-0-9.]*[a-z]/gi, '{n}').trim();
        if (!text || m.kind !== 'message') return [];
        const code = m.codes[0] ?? Number(m.classes[0]?.[0] ?? 0) * 100;
        return [{ code, text, client: c.id, ...(m.when === undefined ? {} : { when: m.when }) }];
      }),
    ),
  };
}

/**
 * Every server message, one per wording (code and text): the entry that explains it (condition or fix) leads, the
 * other servers that send it are listed in `also` (ProFTPD 1.3.8 and 1.3.9 share most of theirs).
 */
function onePerWording(ref: Reference): PasteMessage[] {
  const all = ref.servers.flatMap((s) => s.messages.map((m) => ({ ...m, server: s.id })));
  const byWording = new Map<string, typeof all>();
  for (const m of all) {
    const key = `${String(m.code)} ${m.text}`;
    const same = byWording.get(key);
    if (same) same.push(m);
    else byWording.set(key, [m]);
  }
  return [...byWording.values()].map((same): PasteMessage => {
    const lead = same.find((m) => m.fix !== undefined) ?? same.find((m) => m.condition !== undefined) ?? same[0];
    if (!lead) throw new Error('a wording without a message');
    const also = [...new Set(same.map((m) => m.server))].filter((id) => id !== lead.server);
    return {
      code: lead.code,
      text: lead.text,
      server: lead.server,
      ...(also.length ? { also } : {}),
      ...(lead.fix === undefined ? {} : { id: lead.id, fix: lead.fix }),
      ...(lead.condition === undefined ? {} : { condition: lead.condition }),
    };
  });
}
