/**
 * vsftpd's log with log_ftp_protocol=YES: `… [pid 16100] FTP command: Client "1.2.3.4", "USER anna"` and
 * `… FTP response: Client "1.2.3.4", "331 Please specify the password."`; a new connection is `CONNECT: Client …`.
 * vsftpd's own `FAIL LOGIN` (and other FAIL) lines are the server saying what failed.
 */
import { lineFormat } from './common.ts';

const LINE = /\] (?:\[[^\]]*\] )?(FTP command|FTP response|CONNECT|FAIL [A-Z]+): Client "[^"]*"(?:, "(.*)")?$/;

export const vsftpd = lineFormat({
  name: 'vsftpd',
  label: 'vsftpd log (log_ftp_protocol)',
  hint: 'vsftpd\'s log with protocol logging: FTP command: Client "…", "USER x" and FTP response: lines.',
  weight: 3,
  read(line) {
    const m = LINE.exec(line);
    if (!m) return null;
    const [, what, text = ''] = m;
    if (what === 'CONNECT') return { dir: 'new' };
    if (what === 'FTP command') return { dir: 'c', text };
    if (what === 'FTP response') return { dir: 's', text };
    return { dir: 'e', text: line.slice(line.indexOf(what ?? 'FAIL')) };
  },
});
