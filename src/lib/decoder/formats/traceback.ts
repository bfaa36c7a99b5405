/**
 * A Python traceback that ends in ftplib's exception: "ftplib.error_perm: 530 Login incorrect." (also with the module
 * bundled under another name, "FTPSync.lib3.ftplib.error_perm: …", a Python 2 traceback collapsed onto one line, or
 * urllib's "<urlopen error ftp error: error_perm('530 Login incorrect.')>"). The exception's text is the server's reply;
 * the command is the one the traceback names literally ("self.sendcmd('PASS ' + passwd)"), when it does.
 */
import { splitLines } from '../reply.ts';
import { defineFormat, MessageBuilder } from './common.ts';

/** ftplib's reply exceptions and the reply they carry. */
const ERROR = /\b(?:ftplib\.)?error_(?:perm|temp|reply|proto)(?::\s*|\(['"])(\d{3}(?:[ -].*)?)$/;
/** A command the traceback's source lines spell out. */
const SENT = /\b(?:sendcmd|voidcmd|putcmd)\(\s*['"]([A-Za-z]{3,4})\b/g;
const START = 'Traceback (most recent call last)';
/** ftplib's debug output (formats/ftplib.ts). */
const DEBUG = /^\*(?:cmd|resp|put|get|welcome)\* /;
/** A frame in ftplib itself: its function may be named after the command ("in cwd"). */
const FRAME = /ftplib\.py", line \d+, in (\w+)/g;

/** The reply text without what the traceback or an issue tracker put after it ("')>", a closing backtick). */
function replyText(text: string): string {
  return text.replace(/(?:['"]\)+>?|`)\s*$/, '').trimEnd();
}

/** The command the frames name: spelled out in a source line, else the first ftplib function named like a verb. */
function sentBefore(text: string, known: ReadonlySet<string>): string | null {
  let verb: string | null = null;
  for (const m of text.matchAll(SENT)) verb = m[1]?.toUpperCase() ?? verb;
  if (verb) return verb;
  for (const m of text.matchAll(FRAME)) {
    const name = m[1]?.toUpperCase() ?? '';
    if (known.has(name)) return name;
  }
  return null;
}

export const traceback = defineFormat({
  name: 'traceback',
  label: 'Python traceback (ftplib)',
  hint: 'A Python traceback ending in ftplib.error_perm (or error_temp, error_reply): 530 Login incorrect.',
  score(sample) {
    let n = 0;
    for (const line of sample) {
      // ftplib's debug output already shows the reply the exception repeats: that is the ftplib format.
      if (DEBUG.test(line)) return 0;
      if (line.includes(START)) n += 1;
      if (line.includes('error_') && ERROR.test(line)) n += 6;
    }
    return n;
  },
  // The exception is one reply; without the command the traceback names, it is no greeting of a session.
  lone: true,
  parse(text, warnings, known) {
    const builder = new MessageBuilder(warnings);
    const lines = splitLines(text);
    /** Source lines since the last "Traceback" line: where the command is spelled out. */
    let frames = '';
    for (const [i, line] of lines.entries()) {
      if (builder.replyOpen) {
        builder.server(replyText(line), i + 1);
        continue;
      }
      const start = line.lastIndexOf(START);
      if (start >= 0) frames = '';
      const m = line.includes('error_') ? ERROR.exec(line) : null;
      if (!m?.[1]) {
        frames += `${line}\n`;
        continue;
      }
      const verb = sentBefore(frames + line.slice(Math.max(0, start), m.index), known);
      if (verb) builder.client(verb, i + 1);
      builder.server(replyText(m[1]), i + 1);
      frames = '';
    }
    return builder.finish();
  },
});
