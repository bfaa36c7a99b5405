/**
 * Guides in the read model: the facts a guide's components cite, looked up by name (a missing one is an error, so a
 * guide never quotes something content/ lacks), the cross-reference checks run when the model is built, and the
 * views of /guides/ and /guides/SLUG/. Pure: data is passed in.
 */
import type { Client } from '../../schemas/client.ts';
import type { ClientError } from '../../schemas/client-error.ts';
import type { GuideExample, GuideFile } from '../../schemas/guide.ts';
import type { Server } from '../../schemas/server.ts';
import { sourceLink, type SourceLink } from './clients.ts';
import type { Reference } from './model.ts';
import { serverPath } from './server-views.ts';
import {
  directiveAnchor,
  type DirectiveEntry,
  type ResolvedSource,
  type ServerEntry,
  type ServerMessageEntry,
} from './servers.ts';
import type { PageMeta } from './views.ts';

/** A component of a guide's body that cites a fact, with its attributes as written. */
export interface GuideRef {
  component: string;
  attrs: Readonly<Record<string, string>>;
}

/** The components that cite facts (src/components/guide/), and the attributes that name the fact. */
export const FACT_COMPONENTS = [
  'ServerMessage',
  'Directive',
  'Directives',
  'ClientMessage',
  'ClientError',
  'CodeLink',
  'DecoderExample',
] as const;

/**
 * The fact-citing components in an MDX body, in order. Attributes are read as written: `a="x"`, `a={425}`,
 * `a={["x", "y"]}` (the text between the braces).
 */
export function guideRefs(body: string): GuideRef[] {
  const tag = new RegExp(`<(${FACT_COMPONENTS.join('|')})\\b((?:[^>"{]|"[^"]*"|\\{[^}]*\\})*?)\\/?>`, 'g');
  return [...body.matchAll(tag)].map((m) => {
    const attrs: Record<string, string> = {};
    for (const a of (m[2] ?? '').matchAll(/(\w+)=(?:"([^"]*)"|\{([^}]*)\})/g))
      attrs[a[1] ?? ''] = a[2] ?? (a[3] ?? '').trim();
    return { component: m[1] ?? '', attrs };
  });
}

/** `{["a", "b"]}` or `"a b"` as a list of names. */
export const nameList = (raw: string): string[] => raw.match(/[\w.-]+/g) ?? [];

export class GuideFactError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GuideFactError';
  }
}

/** What the guides' components may look up: the parts of the model they cite. */
export interface GuideFacts {
  servers: readonly Pick<Server, 'id' | 'messages' | 'directives'>[];
  clients: readonly Pick<Client, 'id' | 'mappings'>[];
  clientErrors: readonly Pick<ClientError, 'id'>[];
  codes: ReadonlySet<number>;
  examples: ReadonlySet<string>;
}

/** Why one reference of a guide does not resolve, or undefined when it does. */
export function refProblem(ref: GuideRef, facts: GuideFacts): string | undefined {
  const a = ref.attrs;
  const server = (id: string | undefined) => facts.servers.find((s) => s.id === id);
  const missing = (what: string) => `<${ref.component}> cites ${what}, which content/ lacks`;
  switch (ref.component) {
    case 'ServerMessage': {
      const s = server(a.server);
      if (!s) return missing(`the server "${a.server ?? ''}"`);
      return s.messages.some((m) => m.id === a.id) ? undefined : missing(`${s.id} message "${a.id ?? ''}"`);
    }
    case 'Directive':
    case 'Directives': {
      const s = server(a.server);
      if (!s) return missing(`the server "${a.server ?? ''}"`);
      const names = ref.component === 'Directive' ? [a.name ?? ''] : nameList(a.names ?? '');
      if (names.length === 0) return `<Directives server="${s.id}"> names no directive`;
      const bad = names.filter((n) => !s.directives.some((d) => d.name === n));
      return bad.length ? missing(`${s.id} directive ${bad.map((n) => `"${n}"`).join(', ')}`) : undefined;
    }
    case 'ClientMessage': {
      const c = facts.clients.find((x) => x.id === a.client);
      if (!c) return missing(`the client "${a.client ?? ''}"`);
      return c.mappings.some((m) => m.id === a.id) ? undefined : missing(`${c.id} mapping "${a.id ?? ''}"`);
    }
    case 'ClientError':
      return facts.clientErrors.some((e) => e.id === a.id) ? undefined : missing(`the client error "${a.id ?? ''}"`);
    case 'CodeLink':
      return facts.codes.has(Number(a.code)) ? undefined : missing(`the code ${a.code ?? ''}`);
    case 'DecoderExample':
      return facts.examples.has(a.id ?? '') ? undefined : missing(`the example "${a.id ?? ''}"`);
    default:
      return undefined;
  }
}

/** Cross-references of every guide: unique slugs and example ids, known codes and servers, every cited fact exists. */
export function guideProblems(guides: readonly GuideFile[], facts: Omit<GuideFacts, 'examples'>): string[] {
  const problems: string[] = [];
  const slugs = new Set<string>();
  const examples = new Set<string>();
  for (const g of guides) {
    if (slugs.has(g.slug)) problems.push(`guide ${g.slug} is defined twice`);
    slugs.add(g.slug);
    for (const e of g.examples) {
      if (examples.has(e.id)) problems.push(`guide ${g.slug}: example ${e.id} is defined twice`);
      examples.add(e.id);
      if (e.server !== undefined && !facts.servers.some((s) => s.id === e.server))
        problems.push(`guide ${g.slug}: example ${e.id} names the server ${e.server}, which content/servers/ lacks`);
    }
    for (const n of g.codes)
      if (!facts.codes.has(n)) problems.push(`guide ${g.slug} explains code ${n}, which content/codes/ lacks`);
  }
  const all = { ...facts, examples };
  for (const g of guides) {
    const refs = guideRefs(g.body);
    for (const r of refs) {
      const p = refProblem(r, all);
      if (p) problems.push(`guide ${g.slug}: ${p}`);
    }
    for (const e of g.examples)
      if (!refs.some((r) => r.component === 'DecoderExample' && r.attrs.id === e.id))
        problems.push(`guide ${g.slug}: example ${e.id} is never shown (<DecoderExample id="${e.id}"/>)`);
  }
  return problems;
}

// Lookups for the components: each throws when the fact is missing, which fails `astro build`.

function serverOf(ref: Reference, id: string): ServerEntry {
  const s = ref.server(id);
  if (!s) throw new GuideFactError(`no server "${id}" in content/servers/`);
  return s;
}

export interface MessageFact {
  message: ServerMessageEntry;
  serverName: string;
  /** Site-relative path of the message on its server page. */
  path: string;
  /** The directives it names, resolved. */
  directives: readonly DirectiveEntry[];
}

export function serverMessageFact(ref: Reference, server: string, id: string): MessageFact {
  const s = serverOf(ref, server);
  const message = s.messages.find((m) => m.id === id);
  if (!message) throw new GuideFactError(`${server} has no message "${id}"`);
  return {
    message,
    serverName: s.name,
    path: serverPath(s.id, id),
    directives: message.directives.flatMap((d) => s.directives.find((x) => x.name === d) ?? []),
  };
}

export interface DirectiveFact {
  directive: DirectiveEntry;
  serverName: string;
  /** Site-relative path of the directive on its server page. */
  path: string;
}

export function directiveFact(ref: Reference, server: string, name: string): DirectiveFact {
  const s = serverOf(ref, server);
  const directive = s.directives.find((d) => d.name === name);
  if (!directive) throw new GuideFactError(`${server} has no directive "${name}"`);
  return { directive, serverName: s.name, path: `${serverPath(s.id)}#${directiveAnchor(name)}` };
}

export interface ClientFact {
  clientName: string;
  path: string;
  report: string;
  message: string | undefined;
  when: string | undefined;
  codes: readonly number[];
  source: SourceLink | undefined;
}

export function clientMessageFact(ref: Reference, client: string, id: string): ClientFact {
  const c = ref.clients.find((x) => x.id === client);
  if (!c) throw new GuideFactError(`no client "${client}" in content/clients/`);
  const m = c.mappings.find((x) => x.id === id);
  if (!m) throw new GuideFactError(`${client} has no mapping "${id}"`);
  return {
    clientName: c.name,
    path: `clients/${c.id}/`,
    report: m.report,
    message: m.message,
    when: m.when,
    codes: m.codes,
    source: sourceLink(c, m),
  };
}

export interface ClientErrorFact {
  error: ClientError;
  /** What the client prints: "curl: (28)", "ftplib.error_perm". */
  line: string;
  source: ResolvedSource;
}

export function clientErrorFact(ref: Reference, id: string): ClientErrorFact {
  const error = ref.clientErrors.find((e) => e.id === id);
  if (!error) throw new GuideFactError(`no client error "${id}" in content/client-errors.yaml`);
  const s = error.source;
  return {
    error,
    line: error.client === 'curl' ? `curl: (${error.report})` : error.name,
    source: {
      label: `${s.file}:${String(s.line)}`,
      href: `https://github.com/${s.repo}/blob/${s.tag}/${s.file}#L${String(s.line)}`,
    },
  };
}

export function exampleOf(ref: Reference, id: string): { guide: GuideFile; example: GuideExample } {
  for (const guide of ref.guides) {
    const example = guide.examples.find((e) => e.id === id);
    if (example) return { guide, example };
  }
  throw new GuideFactError(`no guide has the example "${id}"`);
}

/** Site-relative path of a guide. */
export const guidePath = (slug: string) => `guides/${slug}/`;

/** The guides that explain a code, for its page: slug and title, in guide order. */
export function guidesFor(ref: Reference, code: number): { slug: string; title: string; path: string }[] {
  return ref.guides
    .filter((g) => g.codes.includes(code))
    .map((g) => ({ slug: g.slug, title: g.title, path: guidePath(g.slug) }));
}

export function guidesView(ref: Reference) {
  return {
    meta: {
      path: 'guides/',
      title: 'FTP troubleshooting guides',
      heading: 'Troubleshooting guides',
      description:
        'Step-by-step guides for the FTP failures people hit most: passive mode and NAT, FTPS/TLS, login, chroot, upload permissions, limits and timeouts, disk and quota. Exact messages, a decoder example and fixes per server and client.',
      filters: { kind: ['guide-list'] },
    } satisfies PageMeta,
    rows: ref.guides.map((g) => ({
      guide: g,
      path: guidePath(g.slug),
      codes: g.codes.map((n) => ({ code: n, title: ref.code(n)?.title })),
    })),
  };
}

export function guideView(ref: Reference, g: GuideFile) {
  return {
    meta: {
      path: guidePath(g.slug),
      title: g.title,
      heading: g.title,
      description: g.summary,
      filters: { kind: ['guide'] },
    } satisfies PageMeta,
    guide: g,
    codes: g.codes.map((n) => ({ code: n, title: ref.code(n)?.title ?? '' })),
  };
}
