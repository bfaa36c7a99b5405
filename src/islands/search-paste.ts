/**
 * The search island's second part, imported with the known messages (/data/messages.json) the first time a query has
 * a code or two words: it matches the query against the servers' messages and the clients' lines and explains them.
 */
import { matchClientLine } from '../lib/reference/client-match.ts';
import { matchGroups, type MatchGroup } from '../lib/server-match.ts';
import { fromRow, type PasteData, type PasteFile, type PasteMessage } from '../lib/reference/search-paste.ts';
import { root } from './site.ts';

export interface Hit {
  href: string;
  title: string;
  /** One line under the title: the page's summary (the index holds word lists, not prose to excerpt). */
  summary?: string | undefined;
  /** A server message's fix. */
  fix?: string | undefined;
}

let known: Promise<PasteData | undefined> | undefined;

/** The known messages and client lines, fetched once (no user text in the request). */
function pasteData(): Promise<PasteData | undefined> {
  known ??= fetch(`${root}data/messages.json`)
    .then((r) => r.json() as Promise<PasteFile>)
    .then((file): PasteData => ({ ...file, messages: file.messages.map(fromRow) }))
    .catch(() => undefined);
  return known;
}

/** One wording, with every server that sends it; the link goes to where a server page explains it. */
function messageHit(g: MatchGroup<PasteMessage>, data: PasteData): Hit {
  const m = g.messages.find((x) => x.fix ?? x.condition) ?? g.messages[0];
  const names = [
    ...new Set(g.messages.flatMap((x) => [x.server, ...(x.also ?? [])]).map((id) => data.servers[id] ?? id)),
  ];
  return {
    href: `${root}servers/${m?.server ?? ''}/#${m?.id ? `fx-${m.id}` : `code-${g.code}`}`,
    title: `${names.join(', ')}: ${g.code} ${m?.text ?? ''}`,
    summary: m?.condition,
    fix: m?.fix,
  };
}

/** What the client's line says: curl's exit status or ftplib's exception explained, with the client's page. */
function clientHits(term: string, data: PasteData): { hits: Hit[]; code?: number } {
  const m = matchClientLine(term, data.clients);
  const exit = /\bcurl: ?\((\d+)\)/.exec(term)?.[1];
  const client = m?.client ?? (exit ? 'curl' : undefined);
  if (!client) return { hits: [] };
  const explained = data.clientErrors.find(
    (e) => e.client === client && (e.name === m?.report || e.report === exit || `ftplib.${e.report}` === m?.report),
  );
  const report = m?.report ?? explained?.name ?? '';
  const name = data.clients.find((c) => c.id === client)?.name ?? client;
  return {
    hits: [{ href: `${root}clients/${client}/`, title: `${name}: ${report}`, summary: explained?.plain }],
    ...(m ? { code: m.code } : {}),
  };
}

/**
 * The messages and client lines a query matches, as results, and the code they name when the query names none: the
 * client's report of it ("curl: (67) Access denied: 530"), a line the client prints, or a server message matched well.
 */
export async function pasted(term: string, named: number | null): Promise<{ code: number | null; hits: Hit[] }> {
  const data = await pasteData();
  if (!data) return { code: named, hits: [] };
  let code = named;
  const client = clientHits(term, data);
  code ??= client.code ?? null;
  // A line a client printed ("Error: Connection timed out after 20 seconds of inactivity"), when no reply is named.
  const printed = client.hits.length || code !== null ? [] : matchGroups(term, data.clientLines, 1, null);
  for (const g of printed.filter((x) => x.score >= 60)) {
    const line = g.messages[0];
    if (!line) continue;
    code = g.code;
    const name = data.clients.find((c) => c.id === line.client)?.name ?? line.client;
    client.hits.push({ href: `${root}clients/${line.client}/`, title: `${name}: ${line.text}`, summary: line.when });
  }
  // Weak matches are shown only as the one message of a code the line names.
  const groups = matchGroups(term, data.messages, 3, code).filter(
    (g, i) => g.score >= 40 || (i === 0 && named !== null),
  );
  // A message matched well enough names the code when the query did not.
  const best = groups[0];
  code ??= best && best.score >= 60 ? best.code : null;
  return { code, hits: [...groups.map((g) => messageHit(g, data)), ...client.hits] };
}
