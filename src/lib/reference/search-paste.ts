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
  /** The server entry's id ("vsftpd-3.0"): its page is /servers/ID/. */
  server: string;
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
    messages: ref.servers.flatMap((s) =>
      s.messages.map(({ code, text, id, condition, fix }): PasteMessage => ({
        code,
        text,
        server: s.id,
        ...(fix === undefined ? {} : { id, fix }),
        ...(condition === undefined ? {} : { condition }),
      })),
    ),
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
