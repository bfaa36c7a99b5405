/**
 * The servers part of the read model: each entry of content/servers/ with every source resolved to a link (a line of
 * a file at the entry's commit, or the vendor's page), and the cross-references the schema cannot check (a message's
 * code is in content/codes/ unless flagged `unlisted`, the directives a message names are the entry's).
 */
import type { Directive, MessageSource, Server, ServerMessage, Upstream } from '../../schemas/server.ts';

export interface ResolvedSource {
  /** "postlogin.c:123" or the vendor page's host and path. */
  label: string;
  href: string;
}

export interface ServerMessageEntry extends ServerMessage {
  /** The server entry's id, for links back. */
  server: string;
  /** "{code} {text}", as a reply line reads. */
  line: string;
  /** What the server's own log records with it beyond the code: "Win32 1326, substatus 33" (IIS). */
  logged: string | undefined;
  link: ResolvedSource;
}

export interface DirectiveEntry extends Directive {
  link: ResolvedSource;
  /** Its fragment on the server page; names may hold spaces ("Use custom PASV ports"). */
  anchor: string;
}

/** The fragment of a directive on its server page. */
export const directiveAnchor = (name: string) => `directive-${name.replace(/[^A-Za-z0-9_.-]+/g, '-')}`;

export interface ServerEntry extends Omit<Server, 'messages' | 'directives'> {
  messages: readonly ServerMessageEntry[];
  directives: readonly DirectiveEntry[];
  /** "vsftpd 3.0.2 (commit ce2fa42)". */
  origin: string;
}

/** A link to a line of a file at the upstream's commit (GitHub and Debian sources), or the vendor URL itself. */
export function resolveSource(up: Upstream, src: MessageSource): ResolvedSource {
  if ('url' in src) {
    const u = new URL(src.url);
    return { label: `${u.host}${u.pathname}`, href: src.url };
  }
  const label = `${src.file}:${String(src.line)}`;
  if (up.kind === 'git') return { label, href: `${up.repository}/blob/${up.commit}/${src.file}#L${String(src.line)}` };
  if (up.kind === 'debian')
    return {
      label,
      href: `https://sources.debian.org/src/${up.package}/${up.version}/${src.file}/#L${String(src.line)}`,
    };
  return { label, href: up.url };
}

function originOf(up: Upstream): string {
  if (up.kind === 'git') return `${up.tag} (commit ${up.commit.slice(0, 12)})`;
  if (up.kind === 'debian') return `Debian source package ${up.package} ${up.version}`;
  return 'vendor documentation';
}

function loggedOf(m: ServerMessage): string | undefined {
  const parts = [
    m.win32 === undefined ? '' : `Win32 ${String(m.win32)}`,
    m.substatus === undefined ? '' : `substatus ${String(m.substatus)}`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}

export function serverEntry(s: Server): ServerEntry {
  return {
    ...s,
    origin: originOf(s.upstream),
    directives: s.directives.map((d) => ({
      ...d,
      link: resolveSource(s.upstream, d.source),
      anchor: directiveAnchor(d.name),
    })),
    messages: s.messages.map((m) => ({
      ...m,
      server: s.id,
      line: `${String(m.code)} ${m.text}`,
      logged: loggedOf(m),
      link: resolveSource(s.upstream, m.source),
    })),
  };
}

/** Cross-references: codes exist (or are flagged), directives named by messages are defined, ids unique. */
export function serverProblems(servers: readonly Server[], codes: ReadonlySet<number>): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const s of servers) {
    if (ids.has(s.id)) problems.push(`server ${s.id} is defined twice`);
    ids.add(s.id);
    const names = new Set(s.directives.map((d) => d.name));
    const substatuses = new Set(s.substatuses.map((x) => x.code));
    for (const m of s.messages) {
      if (!m.unlisted && !codes.has(m.code))
        problems.push(`server ${s.id}: ${m.id} sends ${String(m.code)}, which content/codes/ does not hold`);
      if (m.substatus !== undefined && !substatuses.has(m.substatus))
        problems.push(
          `server ${s.id}: ${m.id} has substatus ${String(m.substatus)}, which the entry's substatuses lack`,
        );
      for (const d of m.directives)
        if (!names.has(d)) problems.push(`server ${s.id}: ${m.id} names the directive ${d}, which the entry lacks`);
    }
  }
  return problems;
}
