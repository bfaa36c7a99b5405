/** An RFC the site cites (content/rfcs.yaml); its unchanged text is content/rfc/rfcNNNN.txt. */
import { z } from 'zod';

export const RFC_STATUSES = [
  'Internet Standard',
  'Proposed Standard',
  'Standards Track',
  'Experimental',
  'Informational',
  'Unknown',
] as const;

export const rfc = z
  .object({
    /** The RFC number as a string ("959"): the id other facts cite. */
    id: z.string().regex(/^\d+$/),
    number: z.number().int().positive(),
    title: z.string().min(1),
    date: z.string().regex(/^\d{4}-\d{2}$/),
    status: z.enum(RFC_STATUSES),
    obsoletes: z.array(z.number().int()).default([]),
    obsoletedBy: z.array(z.number().int()).default([]),
    updates: z.array(z.number().int()).default([]),
    historic: z.boolean().default(false),
    /** What it contributes to FTP replies, in our words. */
    role: z.string().min(1),
  })
  .refine((r) => r.id === String(r.number), { error: "an RFC entry's id is its number" });

export type Rfc = z.output<typeof rfc>;
