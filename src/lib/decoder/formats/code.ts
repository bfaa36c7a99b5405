/** A bare reply code ("550"), a partial code or a pattern ("55x"): decode() explains it with classify(). */
import { splitLines, WarningList } from '../reply.ts';
import { defineFormat, MessageBuilder } from './common.ts';

/**
 * A bare code, a partial code or a pattern: up to three digits or x/y/z wildcards, at least one
 * digit. A lone longer number (10054) counts too, so it is explained rather than called "no reply".
 */
export function looksLikeCode(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  if (/^\d{4,6}$/.test(t)) return true;
  // A short token that starts with a digit ("55a", "5.5"): classify() explains what is wrong.
  if (/^\d\S{0,3}$/.test(text.trim())) return true;
  return t.length > 0 && t.length <= 3 && /^[0-9xyz?*_.]+$/i.test(t) && /\d/.test(t);
}

export const code = defineFormat({
  name: 'code',
  label: 'a reply code',
  hint: 'A bare reply code or a pattern: 550, 55x, 5yz.',
  score(sample) {
    const nonEmpty = sample.filter((l) => l.trim() !== '');
    const [only] = nonEmpty;
    return nonEmpty.length === 1 && only !== undefined && looksLikeCode(only) ? 100 : 0;
  },
  parse(input) {
    // A bare code has no text by definition: no "reply without text" warning here.
    const builder = new MessageBuilder(new WarningList());
    const text = input.replace(/\s+/g, '');
    // Only a complete code becomes a message; decode() explains partial codes and patterns.
    if (/^\d{3}$/.test(text)) builder.server(text, splitLines(input).findIndex((l) => l.trim() !== '') + 1);
    return builder.finish();
  },
});
