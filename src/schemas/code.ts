/**
 * A reply code (content/codes/NNN.yaml, one per code). Texts are in our own words; `quote` fields hold short,
 * attributed RFC wording.
 */
import { z } from 'zod';
import { commandName, otherSource, rfcSource, sectionRef, rfcId, status } from './common.ts';

/** Winsock error numbers are not FTP replies but some clients print them like reply codes. */
export const FAMILIES = ['ftp', 'winsock'] as const;

/**
 * Where the cause of a failure usually lies, for the plain verdict at the top of a code page: what the person typed or
 * chose (a name, a password, a path), the client program (the command it sent), the server (its state or
 * configuration), the network between them (firewall, NAT). Labels: `sideLabel` in src/i18n/en.ts.
 */
export const SIDES = ['user', 'client', 'server', 'network'] as const;

export const meaning = z.object({
  rfc: rfcId,
  section: sectionRef,
  /** Our own words. */
  text: z.string().min(1),
  /** A short, exact RFC wording where it matters (kept verbatim, shown attributed). */
  quote: z.string().max(300).optional(),
  /** Commands this meaning applies to, where the RFC ties it to some. */
  commands: z.array(commandName).default([]),
});

/** A server message a cause points at: "vsftpd-3.0#500-oops-vsftpd-refusing-to-run-with-writable-root". */
export const SERVER_MESSAGE_REF = /^([a-z0-9]+(?:-[a-z0-9.]+)*)#([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * Why servers send a code. Written as a plain string (a cause in our words, from experience) or, when servers or a
 * document say so, as an object: its fix, the server messages that show it (their condition, fix and source are
 * shown per server), and an RFC section or a URL. Both read as the object form.
 */
export const cause = z
  .union([
    z.string().min(1),
    z.object({
      text: z.string().min(1),
      /** What to do about it, in our words; per-server fixes come from the messages in `servers`. */
      fix: z.string().min(1).optional(),
      /** Server messages sent for this cause, "server-id#message-id" (content/servers/). */
      servers: z.array(z.string().regex(SERVER_MESSAGE_REF, 'server-id#message-id')).default([]),
      /** A document that states it: an RFC section or a public page. */
      source: z.union([rfcSource, z.object({ url: z.url() })]).optional(),
    }),
  ])
  .transform((c) => (typeof c === 'string' ? { text: c, servers: [] } : c));

export const code = z
  .object({
    code: z.number().int().min(100).max(99999),
    /** A short name in our words, e.g. "File unavailable". */
    title: z.string().min(1).max(80),
    /** One or two sentences: what it means for the reader, in our words. */
    summary: z.string().min(1),
    status,
    /** For a failure: where its cause usually lies, most likely first (our judgement, from the causes below). */
    side: z.array(z.enum(SIDES)).default([]),
    family: z.enum(FAMILIES).default('ftp'),
    meanings: z.array(meaning).default([]),
    /** What the text after the code looks like (format rules, machine-read parts). */
    format: z.string().optional(),
    /** Why servers send it: typical causes, each in our words, with fixes and the server messages that show them. */
    causes: z.array(cause).default([]),
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
    error: 'an RFC code needs at least one meaning with its RFC section',
  })
  .refine((c) => c.status !== 'nonstandard' || c.origins.length > 0, {
    error: 'a non-standard code needs at least one origin (server, library or client that sends or names it)',
  })
  .refine((c) => c.family === 'winsock' || (c.code >= 100 && c.code <= 699), {
    error: 'an FTP reply code has three digits',
  });

export type Code = z.output<typeof code>;
export type Meaning = z.output<typeof meaning>;
export type Cause = z.output<typeof cause>;
