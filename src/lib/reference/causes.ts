/**
 * The causes under "What to do" on a code page: each in our words, with its fix, the server messages that show it
 * (each server's own condition, fix and source) and the document that states it. References are checked when the
 * read model is built: the server and its message exist, and the message's code is the page's or one it lists as
 * related (a 553 a server sends where others send 550).
 */
import { SERVER_MESSAGE_REF, type Code } from '../../schemas/code.ts';
import type { Server } from '../../schemas/server.ts';
import { citeLabel, citePath } from './cite.ts';
import type { CodeEntry, Reference } from './model.ts';
import { serverPath } from './server-views.ts';
import type { ResolvedSource } from './servers.ts';

/** "vsftpd-3.0#500-oops-…" → its server and message ids. */
export function splitRef(ref: string): { server: string; message: string } | null {
  const m = SERVER_MESSAGE_REF.exec(ref);
  return m ? { server: m[1] ?? '', message: m[2] ?? '' } : null;
}

/** Every cause reference that does not resolve, as a sentence. */
export function causeProblems(codes: readonly Code[], servers: readonly Server[]): string[] {
  const byId = new Map(servers.map((s) => [s.id, s]));
  const problems: string[] = [];
  for (const c of codes)
    for (const cause of c.causes)
      for (const ref of cause.servers) {
        const r = splitRef(ref);
        const server = r ? byId.get(r.server) : undefined;
        const message = server?.messages.find((m) => m.id === r?.message);
        const where = `code ${String(c.code)}: cause "${cause.text.slice(0, 40)}…" cites ${ref}`;
        if (!server) problems.push(`${where}, but content/servers/ has no such server`);
        else if (!message) problems.push(`${where}, but ${server.id} has no such message`);
        else if (message.code !== c.code && !c.related.some((x) => x.code === message.code))
          problems.push(
            `${where}, a ${String(message.code)}: list ${String(message.code)} under related or cite another`,
          );
      }
  return problems;
}

export interface CauseServer {
  serverName: string;
  /** Site-relative link to the message on its server page. */
  path: string;
  line: string;
  /** IIS: "Win32 1326, substatus 33", as its log records them. */
  logged: string | undefined;
  /** The message's fix, else its condition. */
  says: string | undefined;
  source: ResolvedSource;
}

export interface CauseView {
  text: string;
  fix: string | undefined;
  /** An RFC section on this site (site-relative `path`) or a public page (`href`). */
  source: { label: string; path: string } | { label: string; href: string } | undefined;
  servers: readonly CauseServer[];
}

export function causeViews(ref: Reference, code: CodeEntry): CauseView[] {
  return code.causes.map((c) => ({
    text: c.text,
    fix: c.fix,
    source: !c.source
      ? undefined
      : 'url' in c.source
        ? { label: new URL(c.source.url).host, href: c.source.url }
        : { label: citeLabel(c.source.rfc, c.source.section), path: citePath(c.source.rfc, c.source.section) },
    servers: c.servers.flatMap((id) => {
      const r = splitRef(id);
      const s = r ? ref.server(r.server) : undefined;
      const m = s?.messages.find((x) => x.id === r?.message);
      if (!s || !m) return [];
      return [
        {
          serverName: s.name,
          path: serverPath(s.id, m.id),
          line: m.line,
          logged: m.logged,
          says: m.fix ?? m.condition,
          source: m.link,
        },
      ];
    }),
  }));
}

/** The ids of the messages the causes already show, so the servers table below does not repeat them. */
export const citedMessages = (code: CodeEntry): ReadonlySet<string> =>
  new Set(code.causes.flatMap((c) => c.servers.map((id) => id.replace('#', ' '))));
