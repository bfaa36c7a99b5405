/** Building blocks for the small, hand-made catalogues of the decoder's unit tests (the real one comes from content/). */
import type { DigitRow } from '../../src/lib/classify.ts';
import type { DecoderCode } from '../../src/lib/decoder/advice.ts';

export const row = (id: string, digit: number, name: string): DigitRow => ({ id, digit, name, summary: `${name}.` });

export const entry = (code: number, title: string, action = `Do what ${code} asks.`): DecoderCode => ({
  code,
  title,
  action,
});
