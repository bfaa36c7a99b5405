/**
 * A client or library (content/clients/NAME.yaml, one per product): how it reports a reply code to its user — a
 * constant, an exception, an exit code or a message. Extracted fields (report, exit, message, file, line and the
 * source's tag and commit) are written by scripts/extract/clients/; `summary`, `when` and `note` are our own words and
 * survive a re-run (mappings are merged by id). Codes and commands are checked against content/ by the read model.
 */
import { z } from 'zod';
import { commandName } from './common.ts';

/** What the client shows: a named constant, an exception class, an exit code, a predicate or a line of text. */
export const REPORT_KINDS = ['constant', 'exception', 'exit-code', 'predicate', 'message'] as const;
export const reportKind = z.enum(REPORT_KINDS);
export type ReportKind = z.output<typeof reportKind>;

/** What the product is. Labels: src/i18n/en.ts. */
export const CLIENT_KINDS = ['library', 'client', 'tool'] as const;

/** A reply class a mapping covers as a whole ("any 5yz reply"). */
export const CLASS_IDS = ['1yz', '2yz', '3yz', '4yz', '5yz'] as const;

/** A git commit, or the SHA-256 of a release tarball when the product is published that way (FileZilla). */
export const revision = z
  .string()
  .regex(/^([0-9a-f]{40}|sha256:[0-9a-f]{64})$/, 'a 40-digit commit or sha256:<64 hex digits> of a release tarball');

export const clientSource = z.object({
  /** "curl/curl" for a GitHub repository; absent for a tarball. */
  repo: z.string().optional(),
  tag: z.string().min(1),
  commit: revision,
  /** A link to one line: "{file}" and "{line}" are replaced. */
  browse: z.string().regex(/^https:\/\/.*\{file\}.*\{line\}/, 'an https URL template with {file} and {line}'),
  /** How the tree was obtained when it is not a git clone ("Debian source package filezilla 3.63.0-1+deb12u3"). */
  obtained: z.string().optional(),
});
export type ClientSource = z.output<typeof clientSource>;

export const clientMapping = z
  .object({
    /** Unique within the client; the merge key of the extractor. */
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'lower-case letters, digits, dots and hyphens'),
    /** The reply codes (or Winsock numbers) it applies to. */
    codes: z.array(z.number().int().min(100).max(99999)).default([]),
    /** Whole classes it applies to ("5yz": any permanent negative reply). */
    classes: z.array(z.enum(CLASS_IDS)).default([]),
    /** The commands whose reply it concerns; empty: any command. */
    commands: z.array(commandName).default([]),
    kind: reportKind,
    /** What the user sees or catches: `CURLE_REMOTE_FILE_NOT_FOUND`, `ftplib.error_perm`, `FtpStatusCode.NotLoggedIn`. */
    report: z.string().min(1),
    /** The process exit status a command-line tool gives (curl: the CURLcode number). */
    exit: z.number().int().min(0).max(255).optional(),
    /** The text the client prints with it, as written in the source (format placeholders kept). */
    message: z.string().optional(),
    /** Where it is in the source: path and 1-based line at the client's tag and commit. */
    file: z.string().optional(),
    line: z.number().int().positive().optional(),
    /** For closed products: the vendor's documentation page. */
    url: z.url().optional(),
    /** When it happens, in our words. */
    when: z.string().optional(),
    note: z.string().optional(),
  })
  .refine((m) => m.codes.length > 0 || m.classes.length > 0, { error: 'a mapping needs codes or classes' })
  .refine((m) => (m.file !== undefined && m.line !== undefined) || m.url !== undefined, {
    error: 'a mapping needs a source: file and line, or a vendor url',
  });
export type ClientMapping = z.output<typeof clientMapping>;

export const client = z
  .object({
    /** The file name: "curl", "ftplib", "commons-net". */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    name: z.string().min(1),
    kind: z.enum(CLIENT_KINDS),
    language: z.string().optional(),
    /** Our words: what it is and how it reports failures. */
    summary: z.string().min(1),
    homepage: z.url(),
    /** The source tree the mappings were extracted from (open products). */
    source: clientSource.optional(),
    /** The script that writes the extracted fields ("scripts/extract/clients/curl.ts"); absent: typed by hand. */
    extractor: z.string().optional(),
    mappings: z.array(clientMapping).min(1),
  })
  .refine((c) => c.source !== undefined || c.mappings.every((m) => m.url !== undefined), {
    error: 'without a source tree, every mapping needs a vendor url',
  })
  .refine((c) => c.source === undefined || c.mappings.every((m) => m.file !== undefined || m.url !== undefined), {
    error: 'every mapping needs a file and line in the source tree',
  });

export type Client = z.output<typeof client>;
