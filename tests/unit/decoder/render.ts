/**
 * A session (commands and replies) rendered as each log format writes it, for round-trip and masking properties.
 */
export type Item = { c: string } | { s: string[] };

/** A Python repr() of a str: single quotes unless the text holds one and no double quote, as Python chooses. */
export function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(quote === "'" ? /'/g : /"/g, `\\${quote}`);
  return `${quote}${body}${quote}`;
}

const stamp = '2026-01-01 12:00:00.000';

export const renderers: Record<string, (items: Item[]) => string> = {
  raw: (items) => items.map((it) => ('c' in it ? `C: ${it.c}` : it.s.map((l) => `S: ${l}`).join('\n'))).join('\n'),
  curl: (items) =>
    `* Connected to h (1.2.3.4) port 21 (#0)\n${items.map((it) => ('c' in it ? `> ${it.c}` : it.s.map((l) => `< ${l}`).join('\r\n'))).join('\r\n')}`,
  lftp: (items) => items.map((it) => ('c' in it ? `---> ${it.c}` : it.s.map((l) => `<--- ${l}`).join('\n'))).join('\n'),
  ftplib: (items) =>
    items.map((it) => ('c' in it ? `*cmd* ${pyRepr(it.c)}` : `*resp* ${pyRepr(it.s.join('\n'))}`)).join('\n'),
  tnftp: (items) => `Connected to h.\n${items.map((it) => ('c' in it ? `---> ${it.c}` : it.s.join('\n'))).join('\n')}`,
  filezilla: (items) =>
    items.map((it) => ('c' in it ? `Command:\t${it.c}` : it.s.map((l) => `Response:\t${l}`).join('\n'))).join('\n'),
  winscp: (items) =>
    items.map((it) => ('c' in it ? `> ${stamp} ${it.c}` : it.s.map((l) => `< ${stamp} ${l}`).join('\n'))).join('\n'),
  vsftpd: (items) =>
    items
      .map(
        (it) =>
          `Thu Nov  6 16:51:40 2025 [pid 1] FTP ${'c' in it ? `command: Client "::1", "${it.c}"` : `response: Client "::1", "${it.s.join('\\r\\n')}"`}`,
      )
      .join('\n'),
  fzserver: (items) =>
    items
      .map((it) =>
        'c' in it
          ? `<12/3/2025 11:23:10 AM> FTP Session 87 1.2.3.4 anna [Command] ${it.c}`
          : it.s.map((l) => `<12/3/2025 11:23:10 AM> FTP Session 87 1.2.3.4 anna [Response] ${l}`).join('\n'),
      )
      .join('\n'),
  prefixed: (items) =>
    items
      .map((it) => ('c' in it ? `[${stamp}] > ${it.c}` : it.s.map((l) => `[${stamp}] < ${l}`).join('\n')))
      .join('\n'),
};

/** A JavaScript single-quoted string, as node-ftp's debug output prints what it sends and receives. */
const jsQuote = (s: string) =>
  `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\r/g, '\\r').replace(/\n/g, '\\n')}'`;

/** More shapes of the same formats: ftplib at debug level 2, an unmarked transcript, FileZilla's log file. */
export const variants: Record<string, (items: Item[]) => string> = {
  ftplib2: (items) =>
    items
      .map((it) =>
        'c' in it ? `*put* ${pyRepr(`${it.c}\r\n`)}` : it.s.map((l) => `*get* ${pyRepr(`${l}\n`)}`).join('\n'),
      )
      .join('\n'),
  'raw-unmarked': (items) => items.map((it) => ('c' in it ? it.c : it.s.join('\r\n'))).join('\r\n'),
  'prefixed-ruby': (items) =>
    items.map((it) => ('c' in it ? `put: ${it.c}` : it.s.map((l) => `get: ${l}`).join('\n'))).join('\n'),
  'prefixed-server': (items) =>
    items
      .map((it) =>
        'c' in it ? `192.168.0.7:38413 <== ${it.c}` : it.s.map((l) => `192.168.0.7:38413 ==> ${l}`).join('\n'),
      )
      .join('\n'),
  'prefixed-node-ftp': (items) =>
    items
      .map((it) =>
        'c' in it ? `[connection] > ${jsQuote(it.c)}` : `[connection] < ${jsQuote(`${it.s.join('\r\n')}\r\n`)}`,
      )
      .join('\n'),
  /** A Python traceback: the commands as source lines of its frames, the last reply as ftplib's exception. */
  traceback: (items) => {
    const replies = items.flatMap((it) => ('s' in it ? [it.s] : []));
    const frames = items.flatMap((it) => ('c' in it ? [`    resp = self.sendcmd(${pyRepr(it.c)})`] : []));
    return [
      'Traceback (most recent call last):',
      ...frames,
      `ftplib.error_perm: ${(replies.at(-1) ?? []).join('\n')}`,
    ].join('\n');
  },
  'filezilla-file': (items) =>
    items
      .map((it) =>
        'c' in it
          ? `2026-01-01 12:00:01 4242 1 Command: ${it.c}`
          : it.s.map((l) => `2026-01-01 12:00:01 4242 1 Response: ${l}`).join('\n'),
      )
      .join('\n'),
};
