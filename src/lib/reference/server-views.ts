/**
 * Page view models for server products: the list (/servers/), one page per product and version line
 * (/servers/NAME/), and the table of what servers send on a code's page. Pages render these and compute nothing.
 */
import { SERVER_TOPICS, type ServerTopic } from '../../schemas/server.ts';
import { serverTopicLabel } from '../../i18n/en.ts';
import type { Reference } from './model.ts';
import type { DirectiveEntry, ServerEntry, ServerMessageEntry } from './servers.ts';
import type { PageMeta } from './views.ts';

/** A site-relative path to a server page, or to one message on it. */
export const serverPath = (id: string, message?: string) => `servers/${id}/${message ? `#${message}` : ''}`;

export function serversView(ref: Reference) {
  const total = ref.servers.reduce((n, s) => n + s.messages.length, 0);
  return {
    meta: {
      path: 'servers/',
      title: 'What FTP servers send',
      heading: 'What FTP servers send',
      description: `${String(total)} reply texts of ${String(ref.servers.length)} FTP server products and version lines (vsftpd, ProFTPD, Pure-FTPd, FileZilla Server, IIS …), each with its source, when it is sent and how to fix it.`,
      filters: { kind: ['server-list'] },
    } satisfies PageMeta,
    rows: ref.servers.map((s) => ({
      server: s,
      messages: s.messages.length,
      explained: s.messages.filter((m) => m.condition !== undefined).length,
      directives: s.directives.length,
    })),
    total,
  };
}

export interface CodeGroup {
  code: number;
  /** The code's title when content/codes/ has it. */
  title: string | undefined;
  messages: readonly ServerMessageEntry[];
}

export interface TopicGroup {
  topic: ServerTopic;
  label: string;
  directives: readonly DirectiveEntry[];
}

export function serverView(ref: Reference, s: ServerEntry) {
  const codes = [...new Set(s.messages.map((m) => m.code))].sort((a, b) => a - b);
  const groups: CodeGroup[] = codes.map((code) => ({
    code,
    title: ref.code(code)?.title,
    messages: s.messages.filter((m) => m.code === code),
  }));
  const topics: TopicGroup[] = SERVER_TOPICS.flatMap((topic) => {
    const directives = s.directives.filter((d) => d.topic === topic);
    return directives.length ? [{ topic, label: serverTopicLabel[topic], directives }] : [];
  });
  return {
    meta: {
      path: serverPath(s.id),
      title: `${s.name}: FTP replies, causes and fixes`,
      heading: `${s.name}: what it sends`,
      description: `Every FTP reply ${s.product} ${s.versions} sends (${String(s.messages.length)} texts), grouped by code, with when it is sent, the directive behind it, its default and the fix. Taken from ${s.open ? 'its source' : 'public documentation'}.`,
      filters: { kind: ['server'], server: [s.product] },
    } satisfies PageMeta,
    server: s,
    groups,
    topics,
    /** The greeting texts: how to recognise the server from its first line. */
    greetings: s.messages.filter((m) => m.code === 220),
    explained: s.messages.filter((m) => m.condition !== undefined || m.fix !== undefined),
    /** IIS: each substatus of its log, with the messages known to carry it. */
    substatuses: s.substatuses.map((x) => ({ ...x, messages: s.messages.filter((m) => m.substatus === x.code) })),
  };
}

export interface CodeServerRow {
  server: string;
  serverName: string;
  /** Site-relative link to the message on its server page. */
  path: string;
  line: string;
  /** What the server's log records with it (IIS: Win32 status, substatus). */
  logged: string | undefined;
  when: string | undefined;
  fix: string | undefined;
  source: { label: string; href: string };
}

/**
 * A source link's text on a code page: the line only ("L140"), since the link names the file; it keeps the page in its
 * byte budget. Labels without a line stay whole.
 */
export function shortSource(label: string): string {
  const line = /:(\d+)$/.exec(label)?.[1];
  return line === undefined ? label : `L${line}`;
}

/**
 * What servers send with one code, for its page: the explained messages first, then the rest, one row each. `limit`
 * keeps the code page small; the server pages have every message.
 */
export function codeServerMessages(
  ref: Reference,
  code: number,
  limit = 40,
  /** "server message" keys already shown elsewhere on the page (the causes). */
  skip: ReadonlySet<string> = new Set(),
): CodeServerRow[] {
  const all = ref.serverMessages(code).filter((m) => !skip.has(`${m.server} ${m.id}`));
  // What answers people first: a message with its fix, then one that says when it is sent, then the rest.
  const rank = (m: (typeof all)[number]) => (m.fix !== undefined ? 0 : m.condition !== undefined ? 1 : 2);
  const ranked = [...all].sort((a, b) => rank(a) - rank(b));
  return ranked.slice(0, limit).map((m) => ({
    server: m.server,
    serverName: ref.server(m.server)?.name ?? m.server,
    path: serverPath(m.server, m.id),
    line: m.line,
    logged: m.logged,
    when: m.condition,
    fix: m.fix,
    source: m.link,
  }));
}
