/**
 * Schemas for every fact the site states. A fact that does not fit fails `astro build`,
 * not a reader. Texts are in our own words; `quote` fields hold short, attributed RFC wording.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** "4.2.1", "Appendix II" or "page 12" (a form-feed page of an RFC without numbered sections). */
const sectionRef = z
  .string()
  .regex(/^(\d+(\.\d+)*|Appendix [A-Z0-9]+(\.\d+)*|page \d+)$/, 'a section like "4.2.1", "Appendix II" or "page 12"');

/** A citation of an RFC section; `rfc` is a reference into the `rfcs` collection. */
export const rfcSource = z.object({
  rfc: reference('rfcs'),
  section: sectionRef,
});

/** A citation of something other than an RFC: a server's or a library's source file at a commit, a captured transcript. */
export const otherSource = z.object({
  kind: z.enum(['server', 'library', 'client', 'transcript', 'document']),
  name: z.string().min(1),
  /** What it is: "vsftpd 3.0.3, postlogin.c", "Python ftplib.py at v3.12.0". */
  ref: z.string().min(1),
  url: z.url().optional(),
});

const rfcs = defineCollection({
  loader: file('./content/rfcs.yaml'),
  schema: z.object({
    number: z.number().int().positive(),
    title: z.string().min(1),
    date: z.string().regex(/^\d{4}-\d{2}$/),
    status: z.enum(['Internet Standard', 'Proposed Standard', 'Standards Track', 'Experimental', 'Informational', 'Unknown']),
    obsoletes: z.array(z.number().int()).default([]),
    obsoletedBy: z.array(z.number().int()).default([]),
    updates: z.array(z.number().int()).default([]),
    historic: z.boolean().default(false),
    role: z.string().min(1),
  }),
});

const digitFact = {
  digit: z.number().int().min(0).max(9),
  name: z.string().min(1),
  summary: z.string().min(1),
  meaning: z.string().min(1),
  sources: z.array(rfcSource).min(1),
};

const classes = defineCollection({
  loader: file('./content/classes.yaml'),
  schema: z.object({
    ...digitFact,
    /** What a client does next when it receives a reply of this class. */
    clientAction: z.string().min(1),
    /** Whether repeating the same command can succeed. */
    retry: z.enum(['not-applicable', 'yes', 'later', 'no']),
    /** Whether the reply ends the command (completion) or more is expected. */
    completes: z.boolean(),
    quote: z.object({ text: z.string().min(1), source: rfcSource }).optional(),
  }),
});

const categories = defineCollection({
  loader: file('./content/categories.yaml'),
  schema: z.object({
    ...digitFact,
    examples: z.array(z.number().int().min(100).max(699)).min(1),
  }),
});

const meaning = z.object({
  rfc: reference('rfcs'),
  section: sectionRef,
  /** Our own words. */
  text: z.string().min(1),
  /** A short, exact RFC wording where it matters (kept verbatim, shown attributed). */
  quote: z.string().max(300).optional(),
  /** Commands this meaning applies to, where the RFC ties it to some. */
  commands: z.array(z.string().regex(/^[A-Z]{3,4}$/)).default([]),
});

const codes = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/codes' }),
  schema: z
    .object({
      code: z.number().int().min(100).max(99999),
      /** A short name in our words, e.g. "File unavailable". */
      title: z.string().min(1).max(80),
      /** One or two sentences: what it means for the reader, in our words. */
      summary: z.string().min(1),
      status: z.enum(['standard', 'extension', 'historic', 'nonstandard']),
      /** Winsock error numbers are not FTP replies but are printed like them by some clients. */
      family: z.enum(['ftp', 'winsock']).default('ftp'),
      meanings: z.array(meaning).default([]),
      /** What the text after the code looks like (format rules, machine-read parts). */
      format: z.string().optional(),
      /** Why servers send it: typical causes, each in our words. */
      causes: z.array(z.string().min(1)).default([]),
      /** What a client or user should do. */
      action: z.string().min(1),
      related: z.array(z.object({ code: z.number().int(), why: z.string().min(1) })).default([]),
      /** Where RFCs disagree, corrected or reused the number. */
      notes: z.array(z.object({ text: z.string().min(1), sources: z.array(rfcSource).min(1) })).default([]),
      /** For non-standard codes: who sends or names it. */
      origins: z.array(otherSource).default([]),
      keywords: z.array(z.string()).default([]),
    })
    .refine((c) => c.status === 'nonstandard' || c.meanings.length > 0, {
      message: 'an RFC code needs at least one meaning with its RFC section',
    })
    .refine((c) => c.status !== 'nonstandard' || c.origins.length > 0, {
      message: 'a non-standard code needs at least one origin (server, library or client that sends or names it)',
    })
    .refine((c) => c.family === 'winsock' || (c.code >= 100 && c.code <= 699), {
      message: 'an FTP reply code has three digits',
    }),
});

export const collections = { rfcs, classes, categories, codes };
