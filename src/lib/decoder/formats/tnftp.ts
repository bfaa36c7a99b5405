/**
 * tnftp / BSD ftp with `-d` (and verbose on): "---> " lines are commands (tnftp itself prints the
 * password as "PASS XXXX"); reply lines are printed bare, mixed with the client's own messages
 * ("Connected to …", "local: … remote: …", "features[…]", listings, transfer statistics).
 *
 * A bare line is taken as a reply line when it continues an open multi-line reply or starts with
 * "ddd " / "ddd-". Known client messages that look like replies are excluded, and the 421 that
 * tnftp prints itself when the server closes the connection is reported, not taken as a reply.
 * With -d tnftp prints the reply to EPSV and EPRT twice; the repeat is dropped.
 *
 * Windows ftp.exe prints much the same ("ftp> ", "Connected to …", bare replies) and is told by its login prompt,
 * "User (host:(none)):". Right after the greeting it sends OPTS UTF8 ON without printing it (reported in
 * xreef/SimpleFTPServer#48); a reply that arrives there before any printed command answers it, so that a refusal
 * (500, 501 or 502 from a server that does not know OPTS) reads as the probe it is, not as the failure.
 */
import { splitLines } from '../reply.ts';
import { commandVerb, defineFormat, isReplyLine, MessageBuilder } from './common.ts';

/** tnftp's own message when the control connection closes under it; the server never sent it. */
/** Lines only tnftp prints. */
const OWN_MESSAGES = [
  'ftp> ',
  'Remote system type is ',
  'features[',
  'Name (',
  'setupsockbufsize:',
  'local: ',
  'Using binary mode',
  'Using ascii mode',
  'Remote directory: ',
  'updateremotecwd:',
  'Passive mode: ',
];

/** Commands whose reply tnftp -d prints twice. */
const ECHOED = new Set(['EPSV', 'EPRT', 'LPSV', 'LPRT']);

/** Windows ftp.exe's login prompt: "User (10.0.0.247:(none)): ". */
const WINDOWS_PROMPT = /^User \([^()]*:\([^()]*\)\):/m;
/** What Windows ftp.exe sends after the greeting without printing it. */
const WINDOWS_PROBE = 'OPTS UTF8 ON';

const LOST_PEER = '421 Service not available, remote server has closed connection.';

/** Client messages that happen to start like a reply ("123 bytes received in 00:00 (1.2 MiB/s)"). */
function isClientMessage(line: string): boolean {
  return /^\d+ bytes (?:received|sent) in /.test(line.slice(0, 40));
}

export const tnftp = defineFormat({
  name: 'tnftp',
  label: 'tnftp (ftp -d) output',
  hint: 'BSD ftp / tnftp with -d: "---> " commands, replies printed bare.',
  score(sample) {
    let own = 0;
    let shared = 0;
    for (const line of sample) {
      // tnftp never prints "<--- ": that is lftp, which shares the "---> " mark.
      if (line.startsWith('<--- ')) return 0;
      if (line.startsWith('---> ')) own += 2;
      else if (isReplyLine(line)) shared += 1;
      else if (line.startsWith('Connected to ') || line.startsWith('Trying ')) shared += 1;
      else if (OWN_MESSAGES.some((m) => line.startsWith(m)) || isClientMessage(line)) own += 2;
    }
    // Reply lines and telnet-like notes count only next to tnftp's own marks; otherwise any
    // transcript (a telnet session) would read as tnftp.
    return own > 0 ? own + shared : 0;
  },
  parse(text, warnings) {
    const lines = splitLines(text);
    const builder = new MessageBuilder(warnings);
    const windows = WINDOWS_PROMPT.test(text);
    /** Windows ftp.exe: the greeting has been read and no command printed since (the probe is due). */
    let probeDue = false;
    let greetingSeen = false;
    /** Whether the line just read completed the session's first message, a reply: the greeting. */
    const greeted = () => {
      if (!windows || greetingSeen || builder.replyOpen || builder.messages.length !== 1) return false;
      greetingSeen = true;
      return builder.messages[0]?.dir === 's';
    };
    for (const [i, line] of lines.entries()) {
      const n = i + 1;
      if (line.startsWith('---> ')) {
        probeDue = false;
        builder.client(line.slice(5), n);
        continue;
      }
      if (builder.replyOpen) {
        builder.server(line, n);
        probeDue ||= greeted();
        continue;
      }
      if (line.startsWith('Connected to ')) {
        builder.connection(n);
        continue;
      }
      if (probeDue && isReplyLine(line)) {
        probeDue = false;
        warnings.add(
          'unlogged-command',
          `line ${n}: Windows ftp.exe sends ${WINDOWS_PROBE} after the greeting without printing it; this reply answers it.`,
        );
        builder.client(WINDOWS_PROBE, n);
      }
      // The client's own errors: "ftp: connect: Connection timed out" after a 227 it could not reach.
      if (line.startsWith('ftp: ')) {
        builder.clientError(line.slice(5), n);
        continue;
      }
      if (line.endsWith(' aborted. Waiting for remote to finish abort.')) {
        warnings.add(
          'unlogged-abort',
          `line ${n}: tnftp sent ABOR here without logging it; the replies that follow answer the transfer and the ABOR.`,
        );
        builder.abortNoted();
        continue;
      }
      if (line === LOST_PEER) {
        warnings.add(
          'client-message',
          `line ${n}: "${LOST_PEER}" was printed by the ftp client because the server closed the connection; the server did not send it.`,
        );
        continue;
      }
      if ((isReplyLine(line) || /^\d{3}$/.test(line)) && !isClientMessage(line)) {
        const last = builder.messages[builder.messages.length - 1];
        const before = builder.messages[builder.messages.length - 2];
        if (
          last?.dir === 's' &&
          !last.multiline &&
          last.lines[0] === line &&
          before?.dir === 'c' &&
          ECHOED.has(commandVerb(before.lines[0]))
        ) {
          // With -d, tnftp prints the reply to EPSV/EPRT (LPSV/LPRT) a second time.
          continue;
        }
        builder.server(line, n);
        probeDue ||= greeted();
      }
    }
    return builder.finish();
  },
});
