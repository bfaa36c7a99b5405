/**
 * ProFTPD's syslog or SystemLog lines. They show no replies, but they say when a login failed:
 * `proftpd[20949]: host (client[1.2.3.4]) - USER bozo (Login failed): No such user found.` That line is the failure;
 * "FTP session opened" starts a session.
 */
import { lineFormat } from './common.ts';

const LINE = /proftpd\[\d+\][^:]*?(?:: \S+)? \([^)]*\)(?::| -) (.*)$/;

export const proftpd = lineFormat({
  name: 'proftpd',
  label: 'ProFTPD syslog',
  hint: 'ProFTPD in syslog: proftpd[pid]: host (client[address]) - USER x (Login failed): …',
  weight: 2,
  read(line) {
    const m = LINE.exec(line);
    const text = m?.[1];
    if (text === undefined) return null;
    if (/\bFTP session opened\b/.test(text)) return { dir: 'new' };
    return /\(Login failed\)|: no such user found\b|\bRefused\b/i.test(text) ? { dir: 'e', text } : null;
  },
});
