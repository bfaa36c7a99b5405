/**
 * The closing line a client prints when it gives up (content/client-errors.yaml): curl's "curl: (78) …" with its exit
 * code, Python ftplib's "ftplib.error_perm: 550 …". The decoder explains that line in plain words. Names and numbers
 * are read from the client's source at a tag (scripts/extract/curl-exit-codes.ts); `plain` is in our own words.
 * Small on purpose: content/clients/ holds the full mappings, and this file can fold into it later.
 */
import { z } from 'zod';

export const CLIENT_ERROR_TOOLS = ['curl', 'ftplib'] as const;

export const clientError = z.object({
  /** "curl-78", "ftplib-error_perm". */
  id: z.string().regex(/^[a-z]+-[a-z0-9_]+$/),
  client: z.enum(CLIENT_ERROR_TOOLS),
  /** What the line carries: curl's exit code ("78") or ftplib's exception ("error_perm"). */
  report: z.string().regex(/^[a-z0-9_]+$/),
  /** The constant or class in the source: CURLE_REMOTE_FILE_NOT_FOUND, ftplib.error_perm. */
  name: z.string().min(1),
  /** One sentence in our words for a person who is not an expert. */
  plain: z.string().min(1),
  /** Where the name is defined: repository, tag, file and 1-based line. */
  source: z.object({ repo: z.string(), tag: z.string(), file: z.string(), line: z.number().int().positive() }),
});
export type ClientError = z.output<typeof clientError>;
