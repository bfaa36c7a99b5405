/**
 * A command of the FTP protocol (content/commands/NAME.yaml, one per command): what it is, where it is defined, the
 * replies the RFCs allow for it by stage, and the facts the decoder reads to pair it with its replies and to explain
 * a failure. The decoder holds no list of commands of its own: every set it needs is derived from these fields.
 */
import { z } from 'zod';
import { commandName, otherSource, rfcSource, status } from './common.ts';

/** RFC 959 §4.1's three groups, plus the security commands of RFC 2228. Labels: src/i18n/en.ts. */
export const COMMAND_GROUPS = ['access-control', 'transfer-parameters', 'service', 'security'] as const;
export const commandGroup = z.enum(COMMAND_GROUPS);

/**
 * What the command is for in a session, as the decoder reads it:
 * - login: identifies the user (USER, PASS, ACCT);
 * - setup: prepares a later transfer or the session (PORT, PASV, TYPE, MODE, STRU, REST, PROT, PBSZ, AUTH, …);
 * - probe: asks the server about itself or a file, and a client can do without the answer (FEAT, SIZE, MDTM, SYST, …);
 * - transfer: opens a data connection and moves data (RETR, STOR, STOU, APPE, LIST, NLST, MLSD);
 * - file: acts on the server's file system over the control connection (CWD, MKD, DELE, RNFR, RNTO, SITE, …);
 * - session: ends, resets, interrupts or keeps alive the session (QUIT, REIN, ABOR, NOOP).
 */
export const COMMAND_ROLES = ['login', 'setup', 'probe', 'transfer', 'file', 'session'] as const;
export const commandRole = z.enum(COMMAND_ROLES);

/** The stage a reply puts the command in (RFC 959 §4.2, §6): 1yz preliminary, 3yz intermediate, 2yz completion, 4yz/5yz error. */
export const REPLY_STAGES = ['preliminary', 'intermediate', 'completion', 'error'] as const;
export const replyStage = z.enum(REPLY_STAGES);

/** Replies the RFC lists for this command at one stage, with the section that lists them. */
export const commandReplies = z.object({
  stage: replyStage,
  codes: z.array(z.number().int().min(100).max(699)).min(1),
  source: rfcSource,
  /** For a preliminary reply: the replies that may follow it (RFC 959 §5.4 indents them under it). */
  then: z.array(z.number().int().min(100).max(699)).default([]),
});

export const command = z
  .object({
    name: commandName,
    /** A short name in our words: "Retrieve a file". */
    title: z.string().min(1).max(80),
    /** One or two sentences in our words: what it does. */
    summary: z.string().min(1),
    status,
    group: commandGroup,
    role: commandRole,
    /**
     * A command clients send to find out what the server supports, or to get something they can do without
     * (EPSV before PASV, AUTH TLS before a plain login, SIZE before RETR): its refusal is no failure when the
     * session goes on to succeed.
     */
    probe: z.boolean().default(false),
    /** Data-connection setup: "passive" (the client connects: PASV, EPSV, …) or "active" (the server connects: PORT, EPRT, …). */
    data: z.enum(['passive', 'active']).optional(),
    /** What a 4yz/5yz file refusal of this command is about: a directory to enter, a file to read, a listing, a write. */
    touches: z.enum(['directory', 'read', 'list', 'write']).optional(),
    /** The syntax, as the defining RFC writes it (RFC 959 §5.3.1 for its commands): "RETR <SP> <pathname> <CRLF>". */
    syntax: z.string().min(1),
    /** Where the command is defined. */
    defined: rfcSource.optional(),
    /** For a command no RFC defines: who implements it. */
    origins: z.array(otherSource).default([]),
    /** Another name for the same command (XMKD is MKD in RFC 775's spelling). */
    alias: commandName.optional(),
    /** The sequence this command opens: after a 3yz reply to it the server expects one of `next`; `between` may come first. */
    sequence: z
      .object({ next: z.array(commandName).min(1), between: z.array(commandName).default([]), source: rfcSource.optional() })
      .optional(),
    /** The replies the RFCs allow, by stage. Empty for commands no RFC defines. */
    replies: z.array(commandReplies).default([]),
    /**
     * Replies this command may get as preliminary (1yz) in practice beyond what its RFC lists (SITE, ABOR on some
     * servers); the decoder pairs them as preliminary rather than as a final reply.
     */
    alsoPreliminary: z.boolean().default(false),
    /** The FEAT line that announces support (RFC 2389), e.g. "MDTM", "REST STREAM", "MLST type*;size*;modify*;". */
    feat: z.string().optional(),
    related: z.array(commandName).default([]),
    keywords: z.array(z.string()).default([]),
  })
  .refine((c) => c.status === 'nonstandard' || c.defined !== undefined, {
    error: 'a command an RFC defines needs `defined` (its RFC section)',
  })
  .refine((c) => c.status !== 'nonstandard' || c.origins.length > 0, {
    error: 'a command no RFC defines needs at least one origin',
  });

export type Command = z.output<typeof command>;
export type CommandRole = z.output<typeof commandRole>;
export type ReplyStage = z.output<typeof replyStage>;
