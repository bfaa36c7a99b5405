/**
 * A troubleshooting guide (content/guides/SLUG.mdx): front matter here, prose in MDX. A guide states no fact of its
 * own: it cites server messages, directives and client messages through components that read content/ (see
 * src/components/guide/), so what it quotes is what the server pages show. Its example logs live in the front matter,
 * where a test decodes each one and checks the first failure it names (tests/unit/reference/guides.test.ts).
 */
import { z } from 'zod';
import { replyCode, rfcSource } from './common.ts';

/** A slug or an example id: lower-case words joined by hyphens. */
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens');

/** A password the log would show in clear: PASS/ACCT with anything but ****, or user:password@ in a URL. */
export function unmaskedSecret(log: string): string | undefined {
  for (const line of log.split('\n')) {
    // "PASS ****", or as Python's ftplib prints it: "*put* 'PASS ****\r\n'".
    if (/\b(PASS|ACCT)\s+(?!\*+(\\r\\n)?['"]?\s*$)\S/i.test(line)) return line;
    if (/\w+:\/\/[^/\s:@]+:(?!\*{4}@)[^@\s]+@/.test(line)) return line;
  }
  return undefined;
}

export const guideExample = z.object({
  /** Unique across all guides: `<DecoderExample id="…"/>` names it. */
  id: slug,
  /** What the log shows, in a few words ("FileZilla: a private address in 227, then a timeout"). */
  label: z.string().min(1),
  /** The session as a client prints it, built from real server texts (content/servers/); passwords as ****. */
  log: z
    .string()
    .min(1)
    .refine((log) => unmaskedSecret(log) === undefined, { error: 'mask every password as ****' }),
  /** The decoder's format name, when detection should be skipped. */
  format: z.string().optional(),
  /**
   * The first failure the decoder must find in the log: a reply code, or "line" when a line that is no reply states it
   * (a client's own error line such as FileZilla's "Error: Connection timed out"), as in tests/fixtures/real-logs/.
   */
  failure: z.union([replyCode, z.literal('line')]),
  /**
   * Show the decoder's plain sentence next to the log. false where the decoder still misreads this failure (say why
   * in a YAML comment); the code and the link are shown either way.
   */
  plain: z.boolean().default(true),
  /** The server entry (content/servers/ id) whose texts the log uses: each failing reply must be one of them. */
  server: z.string().min(1).optional(),
});
export type GuideExample = z.output<typeof guideExample>;

/** A vendor's documentation page (a client's manual, a server's directive reference). */
export const linkSource = z.object({ title: z.string().min(1), url: z.url() });

export const guideSource = z.union([rfcSource, linkSource]);
export type GuideSource = z.output<typeof guideSource>;

/** "2026-11-28": YAML reads an unquoted date as a Date, so both are accepted and written back as the string. */
const day = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
);

export const guide = z.object({
  title: z.string().min(1),
  /** One or two sentences: the page's description and the search result's text. */
  summary: z.string().min(1).max(300),
  /** The codes it explains, most important first: each code's page links the guide. */
  codes: z.array(replyCode).min(1),
  /**
   * What people paste or type when they have this problem, in their words: client error lines ("GnuTLS error -15",
   * "Timeout detected. (control connection)"), socket errors ("No route to host"). Indexed weighted like the summary,
   * so a pasted line that names no reply code still finds the guide that explains it.
   */
  symptoms: z.array(z.string().min(1)).default([]),
  updated: day,
  /** At least one log that shows the failure, opened in the decoder by `<DecoderExample id="…"/>`. */
  examples: z.array(guideExample).min(1),
  /** RFC sections and vendor pages the guide cites beyond the facts of content/ (listed under "Sources"). */
  sources: z.array(guideSource).default([]),
});
export type Guide = z.output<typeof guide>;

/** A guide as the read model takes it: the front matter, the file's slug and its MDX body (for checks and search). */
export type GuideFile = Guide & { slug: string; body: string };

export { slug as guideSlug };
