/**
 * lftp debug output (`lftp -d`, `debug 9`): "---> " what lftp sent, "<--- " what it received,
 * "---- " notes, "**** " errors, "<--+ " proxy (HTTP CONNECT) lines. `debug -t`/`-p` put a
 * timestamp and a "[pid]" in front; both are accepted. Other lines (file contents, job messages
 * such as "cd: Access failed: 550 …") are not protocol.
 *
 * `quote CMD` and `site CMD` print the reply on standard output instead of the log: bare lines right
 * after "---> CMD". They are read as the reply, but lftp has removed one leading space from every
 * line (so " EPSV" inside a FEAT reply shows as "EPSV").
 *
 * Limit: lftp logs data lines of a STAT listing at level 10, above what `-d` shows, so the middle
 * of such a multi-line reply is missing from the log (its first and last lines are there).
 */
import { replyStart, splitLines } from '../reply.ts';
import { countLines, defineFormat, MessageBuilder } from './common.ts';

/** Length of an optional "[pid] " and "YYYY-MM-DD HH:MM:SS " in front of the tag. */
function prefixLength(line: string): number {
  const m = /^(?:\[\d{1,10}\] ?)?(?:\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})? )?/.exec(line.slice(0, 64));
  return m ? m[0].length : 0;
}

type Tag = 'recv' | 'send' | 'note' | 'error' | 'proxy';

function tagAt(line: string, at: number): Tag | null {
  const t = line.slice(at, at + 5);
  if (t === '<--- ' || (t === '<---' && line.length === at + 4)) return 'recv';
  if (t === '---> ') return 'send';
  if (t === '---- ') return 'note';
  if (t === '**** ') return 'error';
  if (t === '<--+ ') return 'proxy';
  return null;
}

export const lftp = defineFormat({
  name: 'lftp',
  label: 'lftp debug output',
  hint: 'lftp -d (or debug 9): "---> " sent, "<--- " received, "---- " notes.',
  score(sample) {
    let n = 0;
    for (const line of sample) {
      const tag = tagAt(line, prefixLength(line));
      if (tag === 'recv') n += 3;
      else if (tag === 'note') n += 2;
      else if (tag === 'send' || tag === 'error' || tag === 'proxy') n += 1;
    }
    return n + countLines(sample, (l) => /^(?:cd|ls|get|put|mirror|cat|open): /.test(l));
  },
  parse(text, warnings) {
    const lines = splitLines(text);
    const builder = new MessageBuilder(warnings);
    // After "---> CMD" with no "<--- " line yet, the reply may be printed bare (see header).
    let quotedPossible = false;
    let quoted = false;
    let warnedQuoted = false;
    for (const [i, line] of lines.entries()) {
      const at = prefixLength(line);
      const tag = tagAt(line, at);
      if (tag === 'note' && line.startsWith('Connecting to ', at + 5)) {
        builder.connection(i + 1);
        quotedPossible = false;
        continue;
      }
      if (tag === 'send') {
        builder.client(line.slice(at + 5), i + 1);
        quotedPossible = true;
        quoted = false;
      } else if (tag === 'recv') {
        quotedPossible = false;
        quoted = false;
        if (builder.server(line.slice(at + 5), i + 1) === 'other') {
          warnings.add(
            'not-a-reply',
            `line ${i + 1}: lftp received a line that is no reply: a reply starts with a three-digit code.`,
          );
        }
      } else if (
        tag === null &&
        ((quoted && builder.replyOpen) || (quotedPossible && !builder.replyOpen && replyStart(line)))
      ) {
        if (!quoted && !warnedQuoted) {
          warnedQuoted = true;
          warnings.add(
            'client-output',
            `line ${i + 1}: lftp printed this reply (and any like it) as command output of quote/site, not in its log; inside a multi-line reply it drops one leading space of each line.`,
          );
        }
        quoted = true;
        builder.server(line, i + 1);
        if (!builder.replyOpen) quotedPossible = false;
      }
    }
    return builder.finish();
  },
});
