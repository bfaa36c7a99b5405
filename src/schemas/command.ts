/**
 * A command of the FTP protocol (content/commands/NAME.yaml, one per command): what it is, where it is defined, the
 * replies the RFCs allow for it by stage, and the facts the decoder reads to pair it with its replies and to explain
 * a failure. The decoder holds no list of commands of its own: every set it needs is derived from these fields
 * (src/lib/decoder/commands.ts).
 */
import { z } from 'zod';
import { commandAdvice } from './advice.ts';
import {
  COMMAND_GROUPS,
  COMMAND_ROLES,
  commandGroup,
  commandName,
  commandRole,
  dataMode,
  otherSource,
  replyCode,
  rfcSource,
  status,
  touches,
} from './common.ts';

export { COMMAND_GROUPS, COMMAND_ROLES, commandGroup, commandRole };
export type { CommandGroup, CommandRole } from './common.ts';

/** The stage a reply puts the command in (RFC 959 §4.2, §6): 1yz preliminary, 3yz intermediate, 2yz completion, 4yz/5yz error. */
export const REPLY_STAGES = ['preliminary', 'intermediate', 'completion', 'error'] as const;
export const replyStage = z.enum(REPLY_STAGES);

/**
 * Replies an RFC lists for this command at one stage, in the RFC's order, with the section that lists them. For RFC 959
 * commands the entries citing §5.4 are written by scripts/extract/rfc959-replies.ts; entries citing other sections
 * (an extension's own replies, an older RFC's) are written by hand and kept by the script.
 */
export const commandReplies = z.object({
  stage: replyStage,
  codes: z.array(replyCode).min(1),
  source: rfcSource,
  /** For a preliminary reply: the replies that may follow it (RFC 959 §5.4 indents them under it; 110 is a restart marker). */
  then: z.array(replyCode).default([]),
});

/** After a 3yz reply to this command the server expects one of `next`; commands in `between` may come first. */
export const commandSequence = z.object({
  next: z.array(commandName).min(1),
  between: z.array(commandName).default([]),
  /** The section that says so. */
  source: rfcSource,
});

/**
 * A form of the command that is a feature of its own, with its own status: REST STREAM (RFC 3659), MODE Z (a draft
 * that servers implement). Listed with the commands and given its own part of the command's page (#variant-…).
 */
export const commandVariant = z.object({
  /** As sent: "MODE Z", "REST STREAM". */
  name: z.string().regex(/^[A-Z]{3,4} [A-Z0-9]+$/),
  title: z.string().min(1).max(80),
  summary: z.string().min(1),
  status,
  syntax: z.string().min(1).optional(),
  defined: rfcSource.optional(),
  origins: z.array(otherSource).default([]),
  feat: z.string().optional(),
  keywords: z.array(z.string()).default([]),
});

export const command = z
  .object({
    name: commandName,
    /** A short name in our words: "Retrieve a file". */
    title: z.string().min(1).max(80),
    /**
     * What a person was doing when this command failed, in everyday words, for the decoder's plain sentence: "the
     * download of {argument|the file}" (placeholders as in advice texts).
     */
    doing: z.string().min(1).optional(),
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
    /**
     * What a client falls back to when this command is refused (PORT → PASV, MLSD → LIST): the refusal is no failure
     * once one of these succeeds later in the session.
     */
    alternatives: z.array(commandName).default([]),
    /** Subcommands (the argument's first word, upper case) that make the command a probe: SITE UTIME. */
    probeArguments: z.array(z.string().regex(/^[A-Z0-9]+$/)).default([]),
    /** Data-connection setup: "passive" (the client connects) or "active" (the server connects). */
    data: dataMode.optional(),
    /** What a 4yz/5yz file refusal of this command is about: a directory to enter, a file to read, a listing, a write. */
    touches: touches.optional(),
    /** The syntax, as the defining document writes it (RFC 959 §5.3.1 for its commands): "RETR <SP> <pathname> <CRLF>". */
    syntax: z.string().min(1),
    /** Where an RFC defines the command. */
    defined: rfcSource.optional(),
    /** For a command no RFC defines: the document or source that does (an Internet-Draft, a server's code or manual). */
    origins: z.array(otherSource).default([]),
    /** The command this one is another name for (XMKD is MKD in RFC 775's spelling). */
    alias: commandName.optional(),
    /** The sequence this command opens (USER → PASS, RNFR → RNTO, REST → RETR, …). */
    sequence: commandSequence.optional(),
    /** The command whose 3yz reply must come just before this one (PASS after USER, RNTO after RNFR). */
    precededBy: commandName.optional(),
    /** Ends or resets the session or the transfer (ABOR, QUIT, REIN): sent while a sequence waits, it breaks no rule. */
    interrupts: z.boolean().default(false),
    /** Aborts the transfer in progress (ABOR): the transfer's 426/451 is then expected, and replies after it are late. */
    aborts: z.boolean().default(false),
    /** The argument is the command that follows (PRET RETR x): advice for a failure reads it as that command. */
    announcesCommand: z.boolean().default(false),
    /** The replies the RFCs allow, by stage. Empty for commands no RFC defines. */
    replies: z.array(commandReplies).default([]),
    /**
     * The RFC lists every reply the command may get (RFC 959 §5.4: "These must be strictly adhered to"), so a positive
     * reply outside `replies` is worth a warning. Not for SITE (its replies are site-defined) nor CDUP (servers answer
     * 250 as for CWD, of which RFC 959 §4.1.1 calls it a special case).
     */
    repliesComplete: z.boolean().default(false),
    /**
     * Replies this command may get as preliminary (1yz) in practice beyond what its RFC lists (SITE, ABOR on some
     * servers); the decoder pairs them as preliminary rather than as a final reply.
     */
    alsoPreliminary: z.boolean().default(false),
    /** The FEAT line that announces support (RFC 2389), e.g. "MDTM", "REST STREAM", "MLST type*;size*;modify*;". */
    feat: z.string().optional(),
    /** Forms of the command with a status of their own (MODE Z, REST STREAM). */
    variants: z.array(commandVariant).default([]),
    related: z.array(commandName).default([]),
    keywords: z.array(z.string()).default([]),
    /** Advice for a failure of this command (see src/schemas/advice.ts); tried before the shared rules. */
    advice: z.array(commandAdvice).default([]),
  })
  .refine((c) => c.status === 'nonstandard' || c.defined !== undefined, {
    error: 'a command an RFC defines needs `defined` (its RFC section)',
  })
  .refine((c) => c.status !== 'nonstandard' || c.origins.length > 0, {
    error: 'a command no RFC defines needs at least one origin',
  })
  .refine((c) => !c.repliesComplete || c.replies.length > 0, { error: '`repliesComplete` needs `replies`' });

export type Command = z.output<typeof command>;
export type CommandVariant = z.output<typeof commandVariant>;
export type CommandReplies = z.output<typeof commandReplies>;
export type ReplyStage = z.output<typeof replyStage>;
