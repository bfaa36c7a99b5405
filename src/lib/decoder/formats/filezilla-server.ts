/**
 * FileZilla Server 1.x's log: `<12/3/2025 11:23:10 AM> FTP Session 87 1.2.3.4 user [Command] PASS ****`, with
 * [Response] for what the server sent and [Error] for what failed. Only the first session's lines are read, since a log
 * interleaves sessions; the number of lines of other sessions is a warning. (FileZilla Server 0.9's log, with ">" both
 * ways, is read by formats/prefixed.ts.)
 */
import { splitLines } from '../reply.ts';
import { defineFormat, MessageBuilder } from './common.ts';

const LINE = /\bFTP Session (\d+) .*?\[(Command|Response|Error)\] (.*)$/;

export const filezillaServer = defineFormat({
  name: 'fzserver',
  label: 'FileZilla Server 1.x log',
  hint: 'FileZilla Server 1.x: <date> FTP Session N address [Command] … / [Response] … lines.',
  score(sample) {
    let n = 0;
    for (const line of sample) if (LINE.test(line)) n += 3;
    return n;
  },
  parse(text, warnings) {
    const builder = new MessageBuilder(warnings);
    let session: string | undefined;
    let other = 0;
    for (const [i, line] of splitLines(text).entries()) {
      const m = LINE.exec(line);
      if (!m) continue;
      const [, id, kind, body = ''] = m;
      session ??= id;
      if (id !== session) other++;
      else if (kind === 'Command') builder.client(body, i + 1);
      else if (kind === 'Response') builder.server(body, i + 1);
      else builder.clientError(body, i + 1);
    }
    if (other > 0)
      warnings.add('other-sessions', `${other} lines of other sessions than session ${String(session)} were left out.`);
    return builder.finish();
  },
});
