/**
 * Pieces every schema shares: citations and the enums of the reference. Pure zod: no Astro, no file system, so the
 * content collections (src/content.config.ts), the Node loader (CLI, scripts) and the tests validate with the same code.
 * Cross-references (an RFC number, a related code, a command) are checked once, when the read model is built.
 */
import { z } from 'zod';

/** "4.2.1", "Appendix II" or "page 12" (the page printed as 12, in an RFC without numbered sections). */
export const sectionRef = z
  .string()
  .regex(/^(\d+(\.\d+)*|Appendix [A-Z0-9]+(\.\d+)*|page \d+)$/, 'a section like "4.2.1", "Appendix II" or "page 12"');

/** An RFC number as written in content ("959"): the id of an entry of content/rfcs.yaml. */
export const rfcId = z.union([z.string().regex(/^\d+$/), z.number().int().positive()]).transform(String);

/** A citation of an RFC section. */
export const rfcSource = z.object({ rfc: rfcId, section: sectionRef });
export type RfcSource = z.output<typeof rfcSource>;

/** A citation of something other than an RFC: a server's or a library's source file at a commit, a captured transcript. */
export const SOURCE_KINDS = ['server', 'library', 'client', 'transcript', 'document'] as const;

export const otherSource = z.object({
  kind: z.enum(SOURCE_KINDS),
  name: z.string().min(1),
  /** What it is: "vsftpd 3.0.3, postlogin.c", "Python ftplib.py at v3.12.0". */
  ref: z.string().min(1),
  url: z.url().optional(),
});
export type OtherSource = z.output<typeof otherSource>;

/** Whether an RFC in force defines a code or a command. Labels: `statusLabel` in src/i18n/en.ts. */
export const STATUSES = ['standard', 'extension', 'historic', 'nonstandard'] as const;
export const status = z.enum(STATUSES);
export type Status = z.output<typeof status>;

/**
 * An FTP command verb as sent on the wire, upper case: three or four letters ("RETR", "XMKD"), or a vendor's letters
 * and digits ("XSHA256").
 */
export const commandName = z
  .string()
  .regex(/^[A-Z]{3,4}([0-9]{1,3})?$/, 'a command verb: 3 or 4 upper-case letters, maybe digits');

/** A reply code as written in content: three digits, 100–699. */
export const replyCode = z.number().int().min(100).max(699);

/** RFC 959 §4.1's three groups, plus the security commands of RFC 2228. Labels: src/i18n/en.ts. */
export const COMMAND_GROUPS = ['access-control', 'transfer-parameters', 'service', 'security'] as const;
export const commandGroup = z.enum(COMMAND_GROUPS);
export type CommandGroup = z.output<typeof commandGroup>;

/**
 * What a command is for in a session, as the decoder reads it:
 * - login: identifies the user (USER, PASS, ACCT);
 * - setup: prepares a later transfer or the session (PORT, PASV, TYPE, MODE, STRU, REST, PROT, PBSZ, AUTH, …);
 * - probe: asks the server about itself or a file (FEAT, SIZE, MDTM, SYST, …);
 * - transfer: opens a data connection and moves data (RETR, STOR, STOU, APPE, LIST, NLST, MLSD);
 * - file: acts on the server's file system over the control connection (CWD, MKD, DELE, RNFR, RNTO, SITE, …);
 * - session: ends, resets, interrupts or keeps alive the session (QUIT, REIN, ABOR, NOOP): sent after a failure, it is
 *   not the client's next attempt.
 */
export const COMMAND_ROLES = ['login', 'setup', 'probe', 'transfer', 'file', 'session'] as const;
export const commandRole = z.enum(COMMAND_ROLES);
export type CommandRole = z.output<typeof commandRole>;

/** Data-connection setup: "passive" (the client connects: PASV, EPSV, …) or "active" (the server connects: PORT, EPRT, …). */
export const DATA_MODES = ['passive', 'active'] as const;
export const dataMode = z.enum(DATA_MODES);
export type DataMode = z.output<typeof dataMode>;

/** What a 4yz/5yz file refusal of a command is about: a directory to enter, a file to read, a listing, a write. */
export const TOUCHES = ['directory', 'read', 'list', 'write'] as const;
export const touches = z.enum(TOUCHES);
export type Touches = z.output<typeof touches>;
