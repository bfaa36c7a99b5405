/** The first digit (content/classes.yaml, "5yz") and the second digit (content/categories.yaml, "x5z") of a reply code. */
import { z } from 'zod';
import { rfcSource } from './common.ts';

const digitFact = {
  /** "5yz" for a class, "x5z" for a category. */
  id: z.string().regex(/^(\dyz|x\dz)$/),
  digit: z.number().int().min(0).max(9),
  name: z.string().min(1),
  summary: z.string().min(1),
  meaning: z.string().min(1),
  sources: z.array(rfcSource).min(1),
};

/** Whether repeating the same command can succeed. Labels: src/i18n/en.ts. */
export const RETRY = ['not-applicable', 'yes', 'later', 'no'] as const;

export const replyClass = z
  .object({
    ...digitFact,
    /** What a client does next when it receives a reply of this class. */
    clientAction: z.string().min(1),
    retry: z.enum(RETRY),
    /** Whether the reply ends the command (completion) or more is expected. */
    completes: z.boolean(),
    quote: z.object({ text: z.string().min(1), source: rfcSource }).optional(),
  })
  .refine((c) => c.id === `${c.digit}yz`, { error: 'a class id is its digit followed by "yz"' });

export const replyCategory = z
  .object({
    ...digitFact,
    examples: z.array(z.number().int().min(100).max(699)).min(1),
  })
  .refine((c) => c.id === `x${c.digit}z`, { error: 'a category id is "x", its digit, "z"' });

export type ReplyClass = z.output<typeof replyClass>;
export type ReplyCategory = z.output<typeof replyCategory>;
