/**
 * Pieces every schema shares: citations and the enums of the reference. Pure zod: no Astro, no file system, so the
 * content collections (src/content.config.ts), the Node loader (CLI, scripts) and the tests validate with the same code.
 * Cross-references (an RFC number, a related code, a command) are checked once, when the read model is built.
 */
import { z } from 'zod';

/** "4.2.1", "Appendix II" or "page 12" (a form-feed page of an RFC without numbered sections). */
export const sectionRef = z
  .string()
  .regex(/^(\d+(\.\d+)*|Appendix [A-Z0-9]+(\.\d+)*|page \d+)$/, 'a section like "4.2.1", "Appendix II" or "page 12"');

/** An RFC number as written in content ("959"): the id of an entry of content/rfcs.yaml. */
export const rfcId = z.union([z.string().regex(/^\d+$/), z.number().int().positive()]).transform(String);

/** A citation of an RFC section. */
export const rfcSource = z.object({ rfc: rfcId, section: sectionRef });
export type RfcSource = z.output<typeof rfcSource>;

/** A citation of something other than an RFC: a server's or a library's source file at a commit, a captured transcript. */
export const otherSource = z.object({
  kind: z.enum(['server', 'library', 'client', 'transcript', 'document']),
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

/** An FTP command verb as sent on the wire: three or four letters, upper case ("RETR", "XMKD"). */
export const commandName = z.string().regex(/^[A-Z]{3,4}$/, 'a command verb: 3 or 4 upper-case letters');
