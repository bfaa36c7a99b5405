/** One reply, single or multi-line, read as a transcript is read. */
import { defineFormat, isReplyLine } from './common.ts';
import { parseTranscript } from './raw.ts';

export const reply = defineFormat({
  name: 'reply',
  label: 'one reply',
  hint: 'One reply, single or multi-line: 530 Login incorrect.',
  score(sample) {
    const first = sample.find((l) => l !== '');
    return first !== undefined && isReplyLine(first) ? 1 : 0;
  },
  parse(text, warnings, known) {
    const parsed = parseTranscript(text, warnings, known);
    const n = parsed.messages.length;
    if (n > 1) warnings.add('several-messages', `The input holds ${n} messages, not one reply.`);
    return parsed;
  },
});
