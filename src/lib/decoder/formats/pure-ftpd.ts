/**
 * Pure-FTPd's syslog lines: `pure-ftpd: (user@host) [DEBUG] Command [user] [anna]` for a command (with -d), `[DEBUG]
 * 227 Entering Passive Mode (…)` for a reply (with -d -d), and `[WARNING]`/`[ERROR]` for what failed ("Authentication
 * failed for user [x]", "Sorry, but I can't trust you"). `[INFO] New connection from …` starts a session. Pure-FTPd
 * writes a password as "<*>" itself.
 */
import { lineFormat } from './common.ts';

const LINE = /pure-ftpd(?:\[\d+\])?: \([^)]*\) \[(DEBUG|INFO|NOTICE|WARNING|ERROR)\] (.*)$/;
const COMMAND = /^Command \[([^\]]*)\](?: \[(.*)\])?$/;

export const pureFtpd = lineFormat({
  name: 'pureftpd',
  label: 'Pure-FTPd syslog',
  hint: 'Pure-FTPd in syslog: pure-ftpd: (user@host) [DEBUG] Command [user] [x], [DEBUG] 230 …, [WARNING] …',
  weight: 3,
  read(line) {
    const m = LINE.exec(line);
    if (!m) return null;
    const [, level, text = ''] = m;
    if (level === 'WARNING' || level === 'ERROR') return { dir: 'e', text };
    if (level === 'INFO') return text.startsWith('New connection from ') ? { dir: 'new' } : null;
    if (level !== 'DEBUG') return null;
    const c = COMMAND.exec(text);
    if (c) return { dir: 'c', text: `${(c[1] ?? '').toUpperCase()}${c[2] ? ` ${c[2]}` : ''}` };
    // A reply line, or a later line of a multi-line reply; anything else the reply reader leaves aside.
    return { dir: 's', text };
  },
});
