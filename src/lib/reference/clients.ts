/**
 * Clients and libraries in the read model: their cross-reference checks, and the projections for the pages
 * /clients/, /clients/NAME/ and the "How your client reports it" rows of a code page. Pure: data is passed in.
 */
import type { Client, ClientMapping } from '../../schemas/client.ts';
import { clientKindLabel, reportKindLabel } from '../../i18n/en.ts';
import type { CodeEntry, Reference } from './model.ts';
import type { PageMeta } from './views.ts';

/** Problems schemas cannot see: unknown codes or commands, ids used twice. */
export function clientProblems(
  clients: readonly Client[],
  codes: ReadonlySet<number>,
  commands: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const c of clients) {
    if (ids.has(c.id)) problems.push(`client ${c.id} is defined twice`);
    ids.add(c.id);
    const mappings = new Set<string>();
    for (const m of c.mappings) {
      const where = `client ${c.id} mapping ${m.id}`;
      if (mappings.has(m.id)) problems.push(`${where} is defined twice`);
      mappings.add(m.id);
      for (const n of m.codes) if (!codes.has(n)) problems.push(`${where} names code ${n}, which content/codes/ lacks`);
      for (const n of m.commands)
        if (!commands.has(n)) problems.push(`${where} names the command ${n}, which content/commands/ lacks`);
    }
  }
  return problems;
}

export interface SourceLink {
  /** "lib/ftp.c line 2888" or "vendor documentation". */
  label: string;
  href: string;
  /** The tag the line is at ("curl-8_21_0"); absent for a vendor page. */
  tag?: string;
}

/** Where a mapping is written: a line of the client's source at its tag and commit, or the vendor's page. */
export function sourceLink(client: Client, m: ClientMapping): SourceLink | undefined {
  if (m.file !== undefined && m.line !== undefined && client.source) {
    const href = client.source.browse.replace('{file}', m.file).replace('{line}', String(m.line));
    return { label: `${m.file} line ${m.line}`, href, tag: client.source.tag };
  }
  return m.url ? { label: 'vendor documentation', href: m.url } : undefined;
}

/** Whether a mapping applies to a code: named, or its whole class is. */
export function appliesTo(m: ClientMapping, code: CodeEntry): 'code' | 'class' | undefined {
  if (m.codes.includes(code.code)) return 'code';
  const cls = code.class?.id;
  return cls !== undefined && m.classes.some((c) => c === cls) ? 'class' : undefined;
}

/** One row of "How your client reports it". */
export interface ClientReport {
  client: { id: string; name: string; path: string };
  kind: string;
  /** The constant, exception, predicate or message as the client names it. */
  report: string;
  /** The exit status of a command-line tool. */
  exit?: number;
  /** The text the client prints with it. */
  message?: string;
  commands: readonly string[];
  /** "code": the mapping names this code; "class": it covers every code of its first digit. */
  scope: 'code' | 'class';
  when?: string;
  source?: SourceLink;
}

/** For one code, how each client reports it: clients in name order, named codes before whole classes. */
export function clientReports(ref: Reference, code: CodeEntry): ClientReport[] {
  const rows = ref.clients.flatMap((c) =>
    c.mappings.flatMap((m) => {
      const scope = appliesTo(m, code);
      if (!scope) return [];
      const row: ClientReport = {
        client: { id: c.id, name: c.name, path: `clients/${c.id}/` },
        kind: reportKindLabel[m.kind],
        report: m.report,
        commands: m.commands,
        scope,
        ...(m.exit !== undefined ? { exit: m.exit } : {}),
        ...(m.message !== undefined ? { message: m.message } : {}),
        ...(m.when !== undefined ? { when: m.when } : {}),
      };
      const source = sourceLink(c, m);
      return [source ? { ...row, source } : row];
    }),
  );
  // A stable sort: client order is kept within each group.
  return [...rows.filter((r) => r.scope === 'code'), ...rows.filter((r) => r.scope === 'class')];
}

/**
 * The names people search for a code by: each constant, exception and predicate, without and with its prefix
 * ("FtpStatusCode.NotLoggedIn" and "NotLoggedIn"), and curl's "curl: (67)".
 */
export function reportNames(rows: readonly ClientReport[]): string[] {
  const out = new Set<string>();
  for (const r of rows) {
    if (r.kind === reportKindLabel.message) continue;
    const name = r.report.replace(/\(\)$/, '');
    out.add(name);
    const short = name.slice(name.lastIndexOf('.') + 1);
    if (short !== name) out.add(short);
    if (r.client.id === 'curl' && r.exit !== undefined) out.add(`curl: (${r.exit})`);
  }
  return [...out];
}

export function clientsView(ref: Reference) {
  return {
    meta: {
      path: 'clients/',
      title: 'How FTP clients and libraries report reply codes',
      heading: 'Clients and libraries',
      description:
        'How curl, Python ftplib, Commons Net, .NET, Go, basic-ftp, FluentFTP, FileZilla, WinSCP, lftp and Windows ftp.exe report an FTP reply code: constants, exceptions, exit codes and messages, each cited in their source.',
      filters: { kind: ['client-list'] },
    } satisfies PageMeta,
    rows: ref.clients.map((c) => ({
      client: c,
      kind: clientKindLabel[c.kind],
      mappings: c.mappings.length,
      codes: new Set(c.mappings.flatMap((m) => m.codes)).size,
    })),
  };
}

export function clientView(ref: Reference, client: Client) {
  const first = (m: ClientMapping) => m.codes[0] ?? Number(m.classes[0]?.[0] ?? 0) * 100;
  return {
    meta: {
      path: `clients/${client.id}/`,
      title: `${client.name}: how it reports FTP reply codes`,
      heading: client.name,
      description: `How ${client.name} reports each FTP reply code: ${client.summary}`.slice(0, 300),
      filters: { kind: ['client'] },
    } satisfies PageMeta,
    client,
    kind: clientKindLabel[client.kind],
    rows: [...client.mappings]
      .sort((a, b) => first(a) - first(b))
      .map((m) => ({
        mapping: m,
        kind: reportKindLabel[m.kind],
        codes: m.codes.map((n) => ({ code: n, entry: ref.code(n) })),
        source: sourceLink(client, m),
      })),
  };
}
