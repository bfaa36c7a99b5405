/**
 * The one masker. Every secret that a log can hold is masked by these functions, whether it ends up in a decoded
 * message, a copy, a share link or the terminal:
 *
 * - the argument of a `PASS` or `ACCT` command, in any letter case and whatever characters it holds: everything after
 *   the verb and its separator, to the end of the line, becomes "****";
 * - the password of `user:password@` in a URL (`ftp://anna:secret@host/` → `ftp://anna:****@host/`).
 *
 * A command is found after whatever log prefix a client writes in front of it ("> ", "---> ", "C: ", "*cmd* '",
 * "Command:\t", a WinSCP timestamp, Telnet bytes). Reply texts are left alone: the verb must not be part of a longer
 * word ("Password"), must not follow a word ("with USER and PASS first", a HELP list "OPTS PASS PASV"), and the
 * line must not show a reply code before it ("230 pass accepted", "< 530 PASS …"). Only the first candidate on a
 * line counts: a later one always follows the first verb, a word. Every function is one linear pass.
 */

export const MASK = '****';

const SPACE = 32;
const TAB = 9;
const CR = 13;
const HYPHEN = 45;
const QUOTE = 39;
const DOUBLE_QUOTE = 34;

/**
 * A secret verb (any case) that is not the end of a longer word, followed by a space or tab. The group is the
 * character before the verb (empty at the start of the line). A regular expression, not a loop over characters: it
 * runs over every line of a 10 MB log, and the regular expression engine is several times faster at that.
 */
const CANDIDATE = /(^|[^A-Za-z0-9_])(?:PASS|ACCT)[ \t]/i;
const VERB_AND_SEPARATOR = 5;
/** A line without either of these holds no secret. */
const MAY_HOLD_SECRET = /(?:PASS|ACCT)[ \t]|:\/\//i;

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

/** True when the line opens with a reply code standing alone ("230 …", "230-…", "230"): a reply, never a command. */
function opensWithReplyCode(line: string): boolean {
  if (!isDigit(line.charCodeAt(0)) || !isDigit(line.charCodeAt(1)) || !isDigit(line.charCodeAt(2))) return false;
  const after = line.charCodeAt(3);
  return line.length === 3 || isBlank(after) || after === HYPHEN;
}

/**
 * True when the text before a verb shows a reply code: three digits standing alone (start of line, a blank or a
 * quote before them; a blank, "-" or the end after them), as in "230 ", "< 530-" or "*resp* '530 ". A timestamp's
 * milliseconds ("12:00:00.123 ") do not count: a dot stands before them.
 */
function showsReplyCode(prefix: string): boolean {
  let i = 0;
  while (i < prefix.length) {
    if (!isDigit(prefix.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i;
    while (end < prefix.length && isDigit(prefix.charCodeAt(end))) end++;
    if (end - i === 3) {
      const before = prefix.charCodeAt(i - 1);
      const after = prefix.charCodeAt(end);
      const opens = i === 0 || isBlank(before) || before === QUOTE || before === DOUBLE_QUOTE;
      const closes = end === prefix.length || isBlank(after) || after === HYPHEN;
      if (opens && closes) return true;
    }
    i = end;
  }
  return false;
}

/** Masks a PASS or ACCT command on one line (no line break in it), after any log prefix. */
function maskCommandIn(line: string): string {
  if (opensWithReplyCode(line)) return line;
  const match = CANDIDATE.exec(line);
  if (!match) return line;
  const verb = match.index + (match[1] ?? '').length;
  let before = verb - 1;
  while (before >= 0 && isBlank(line.charCodeAt(before))) before--;
  // A word before the verb makes it reply text or a list of commands, not a command.
  if (before >= 0 && isAsciiLetter(line.charCodeAt(before))) return line;
  if (showsReplyCode(line.slice(0, verb))) return line;
  // ftplib writes commands as Python strings ('PASS x' or "PASS x"): the closing quote stays.
  const open = line.charCodeAt(verb - 1);
  const close = open === QUOTE || open === DOUBLE_QUOTE ? String.fromCharCode(open) : '';
  return `${line.slice(0, verb + VERB_AND_SEPARATOR)}${MASK}${close}`;
}

/**
 * Masks the password of every `scheme://user:password@` on a line. The password runs to the last "@" before the next
 * blank, so one that holds "@" or "/" is masked whole (a path with "@" in it is masked with it: better too much).
 */
function maskUrlCredentials(line: string): string {
  let at = line.indexOf('://');
  if (at < 0) return line;
  let out = '';
  let done = 0;
  while (at >= 0) {
    const start = at + 3;
    let end = start;
    while (end < line.length && !isBlank(line.charCodeAt(end)) && line.charCodeAt(end) !== CR) end++;
    // user:password@host: the user has no ":", "/" or "@"; the password ends at the last "@" of this token.
    const token = line.slice(start, end);
    const colon = token.indexOf(':');
    const sign = token.lastIndexOf('@');
    const user = colon < 0 ? '' : token.slice(0, colon);
    if (colon >= 0 && sign > colon && !user.includes('/') && !user.includes('@')) {
      out += `${line.slice(done, start + colon + 1)}${MASK}`;
      done = start + sign;
    }
    // The next URL starts after this token: each character is looked at once.
    at = end < line.length ? line.indexOf('://', end) : -1;
  }
  return out + line.slice(done);
}

/**
 * Masks the secrets on one line: a PASS or ACCT command after any log prefix, and URL credentials. Used for the
 * lines of decoded messages (client and server) and, line by line, for whole texts.
 */
export function maskLine(line: string): string {
  // Almost every line holds neither: one scan to say so.
  if (!MAY_HOLD_SECRET.test(line)) return line;
  return maskUrlCredentials(maskCommandIn(line));
}

/** A line end: CRLF, LF, or a CR alone (which ends a line too: the secret must not run on into the next line). */
const LINE_END = /\r\n?|\n/g;

/** Masks every line of a pasted text (share links, copies, the CLI); line ends are kept as they are. */
export function maskSecrets(text: string): string {
  if (!MAY_HOLD_SECRET.test(text)) return text;
  let out = '';
  let start = 0;
  LINE_END.lastIndex = 0;
  for (let end = LINE_END.exec(text); end; end = LINE_END.exec(text)) {
    out += maskLine(text.slice(start, end.index)) + end[0];
    start = LINE_END.lastIndex;
  }
  return out + maskLine(text.slice(start));
}
