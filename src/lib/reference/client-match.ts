/**
 * Names the client and the reply code in a line someone pasted from a client's error output: "curl: (78) …",
 * "ftplib.error_perm: 530 …", ".NET WebException … (550) …", "FtpCommandException: Code: 550 …", "Login failed:
 * 530 …". The constant or exception comes from content/clients/ (the mappings for that client and code). Pure.
 */
import type { Client, ClientMapping } from '../../schemas/client.ts';

/** What matching reads of a client (the search fetches only this much): its id, name and how it reports codes. */
export interface MatchClient extends Pick<Client, 'id' | 'name'> {
  mappings: readonly MatchMapping[];
}
type MatchMapping = Pick<ClientMapping, 'report' | 'exit' | 'codes' | 'classes'>;

export interface ClientMatch {
  client: string;
  code: number;
  /** What that client calls it, from its mappings (`CURLE_REMOTE_FILE_NOT_FOUND`, `FtpStatusCode.NotLoggedIn`). */
  report?: string;
}

interface Sign {
  client: string;
  pattern: RegExp;
  /** The code from the match, or undefined to take it from the mappings. */
  code: (m: RegExpExecArray) => number | undefined;
  /** Which mapping the line names, when it says (curl's exit status, ftplib's class). */
  pick?: (m: RegExpExecArray) => (x: MatchMapping) => boolean;
}

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));

const SIGNS: readonly Sign[] = [
  {
    client: 'curl',
    pattern: /\bcurl: ?\((\d+)\)([^\n]*)/,
    code: (m) => num(/\b([1-5]\d\d)\b/.exec(m[2] ?? '')?.[1]),
    pick: (m) => (x) => x.exit === Number(m[1]),
  },
  {
    client: 'ftplib',
    pattern: /\b(error_(?:perm|temp|reply|proto))\W+([1-6]\d\d)\b/,
    code: (m) => num(m[2]),
    pick: (m) => (x) => x.report === `ftplib.${m[1] ?? ''}`,
  },
  {
    client: 'fluentftp',
    pattern: /\b(Ftp(?:Command|Authentication)Exception)\b[^\n]*?\bCode: ([1-6]\d\d)\b/,
    code: (m) => num(m[2]),
    pick: (m) => (x) => x.report === m[1],
  },
  {
    client: 'dotnet',
    // The message is localized ("Error en el servidor remoto: (550)"); the code in parentheses is not.
    pattern: /(WebException|remote server returned an error|servidor remoto|Remoteserver)[^(\n]*\(([1-6]\d\d)\)/i,
    code: (m) => num(m[2]),
  },
  {
    client: 'basic-ftp',
    pattern: /\bFTPError: ([1-6]\d\d)\b|\b([1-6]\d\d) [^\n]*\n\s+at \S*FTPContext\._onControlSocketData/,
    code: (m) => num(m[1] ?? m[2]),
  },
  {
    client: 'lftp',
    pattern: /\b(Login failed|Access failed): ([1-6]\d\d)\b/,
    code: (m) => num(m[2]),
    pick: (m) => (x) => x.report === m[1],
  },
];

/** Whether a mapping covers a code: by number, or by its first digit. */
function covers(x: MatchMapping, code: number): boolean {
  return x.codes.includes(code) || x.classes.some((c) => c === `${String(code).slice(0, 1)}yz`);
}

/** The client and code a pasted line shows, or undefined when no client's way of reporting is recognised. */
export function matchClientLine(text: string, clients: readonly MatchClient[]): ClientMatch | undefined {
  for (const sign of SIGNS) {
    const m = sign.pattern.exec(text);
    const client = m && clients.find((c) => c.id === sign.client);
    if (!m || !client) continue;
    const picked = sign.pick ? client.mappings.filter(sign.pick(m)) : client.mappings;
    const code = sign.code(m) ?? picked.flatMap((x) => x.codes)[0];
    if (code === undefined) continue;
    const named = picked.filter((x) => covers(x, code));
    const mapping = named.find((x) => x.codes.includes(code)) ?? named[0];
    return { client: client.id, code, ...(mapping ? { report: mapping.report } : {}) };
  }
  return undefined;
}
