/**
 * A server product at one version line (content/servers/NAME.yaml): where its texts were taken from, the
 * configuration directives behind its failures, and every message it sends. The extracted parts (code, text, source)
 * are written by scripts/extract/servers/; the hand-written parts (condition, directives, fix) sit next to them and
 * survive a re-run (merged by message id).
 */
import { z } from 'zod';
import { replyCode, rfcSource } from './common.ts';

/** A placeholder in a message text: "{path}", "{count}". */
export const PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/g;

/** Whether every brace of a text belongs to a well-formed placeholder ("{name}", lower case, digits, underscores). */
export function wellFormedPlaceholders(text: string): boolean {
  return !/[{}]/.test(text.replace(PLACEHOLDER, ''));
}

export const messageText = z
  .string()
  .min(1)
  .refine(wellFormedPlaceholders, { error: 'placeholders are written {name}: lower case, digits, underscores' });

/** A line of a file of the source tree at the entry's tag or commit. */
export const sourceLine = z.object({ file: z.string().min(1), line: z.number().int().positive() });
export type SourceLine = z.output<typeof sourceLine>;

/** A public page for closed products: the vendor's documentation, or a published transcript showing the text. */
export const vendorSource = z.object({ url: z.url() });

export const messageSource = z.union([sourceLine, vendorSource]);
export type MessageSource = z.output<typeof messageSource>;

/** Where the texts were taken from: a git repository at a tag and commit, a Debian source package, or vendor pages. */
export const upstream = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('git'),
    repository: z.url(),
    tag: z.string().min(1),
    commit: z.string().regex(/^[0-9a-f]{40}$/, 'a full commit hash'),
  }),
  z.object({ kind: z.literal('debian'), package: z.string().min(1), version: z.string().min(1) }),
  z.object({ kind: z.literal('vendor'), url: z.url() }),
]);
export type Upstream = z.output<typeof upstream>;

/** What a directive is about; the server pages group directives by it. Labels: `serverTopicLabel` in src/i18n/en.ts. */
export const SERVER_TOPICS = [
  'passive',
  'active',
  'chroot',
  'tls',
  'login',
  'anonymous',
  'permissions',
  'limits',
  'timeouts',
  'banner',
  'other',
] as const;
export const serverTopic = z.enum(SERVER_TOPICS);
export type ServerTopic = z.output<typeof serverTopic>;

export const directive = z.object({
  /** As written in the configuration: "allow_writeable_chroot", "PassivePorts", "-p". */
  name: z.string().min(1),
  topic: serverTopic,
  /** The documented default, as the documentation gives it ("NO", "none", "600"). */
  default: z.string().min(1),
  /** What it does, in our words. */
  about: z.string().min(1),
  /** Where the documentation states the default: a line of the server's docs or man page at the tag, or a vendor URL. */
  source: messageSource,
});
export type Directive = z.output<typeof directive>;

export const serverMessage = z.object({
  /** Unique within the server; the extractor derives it from the code and the text, and merges by it. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
  code: replyCode,
  /** IIS: the substatus code its log records next to the reply code (the entry's `substatuses` say what it means). */
  substatus: z.number().int().nonnegative().optional(),
  /** IIS: the Windows error its log records next to the reply code (sc-win32-status: 1326 logon failure, 5 access denied). */
  win32: z.number().int().nonnegative().optional(),
  /** The text after the code, exactly as the server sends it, with {placeholders} for what varies. */
  text: messageText,
  source: messageSource,
  /** Other places in the source that send the same text. */
  alsoAt: z.array(sourceLine).default([]),
  /** The code is not (yet) in content/codes/: shown, but not linked. */
  unlisted: z.boolean().default(false),
  /** When it is sent, in our words. */
  condition: z.string().min(1).optional(),
  /** Names of the entry's directives that decide it. */
  directives: z.array(z.string().min(1)).default([]),
  /** What to do, in our words. */
  fix: z.string().min(1).optional(),
});
export type ServerMessage = z.output<typeof serverMessage>;

export const server = z
  .object({
    /** The file name: "vsftpd-3.0", "proftpd-1.3.9". */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9.]+)*$/),
    /** Product and version line as people say it: "vsftpd 3.0". */
    name: z.string().min(1),
    product: z.string().min(1),
    versions: z.string().min(1),
    homepage: z.url(),
    license: z.string().min(1),
    open: z.boolean(),
    language: z.string().min(1),
    upstream,
    /** What this entry leaves out or is unsure of, in our words. */
    notes: z.array(z.string().min(1)).default([]),
    directives: z.array(directive).default([]),
    /** IIS: the substatus codes its log records, each in our words, with the vendor page that lists it. */
    substatuses: z
      .array(z.object({ code: z.number().int().nonnegative(), meaning: z.string().min(1), source: vendorSource }))
      .default([]),
    messages: z.array(serverMessage).min(1),
    /**
     * Replies seen in the real captures (tests/fixtures/captures/) that the RFCs do not list for their command; written
     * by scripts/extract/servers/deviations.ts.
     */
    deviations: z
      .array(
        z.object({
          command: z.string().min(1),
          code: replyCode,
          /** The text after the code, as captured. */
          text: z.string(),
          /** The replies the RFC lists for the command. */
          allowed: z.array(replyCode),
          rfc: rfcSource,
          /** The capture's folder under tests/fixtures/captures/. */
          capture: z.string().min(1),
        }),
      )
      .default([]),
  })
  .superRefine((s, ctx) => {
    const vendor = s.upstream.kind === 'vendor';
    if (vendor === s.open)
      ctx.addIssue({ code: 'custom', path: ['open'], message: 'open products cite source, closed ones a vendor URL' });
    const check = (src: MessageSource, path: (string | number)[]) => {
      if (vendor !== 'url' in src)
        ctx.addIssue({ code: 'custom', path, message: vendor ? 'cite the vendor URL' : 'cite a file and line' });
    };
    s.messages.forEach((m, i) => {
      check(m.source, ['messages', i, 'source']);
    });
    const seen = new Set<string>();
    s.messages.forEach((m, i) => {
      if (seen.has(m.id)) ctx.addIssue({ code: 'custom', path: ['messages', i, 'id'], message: `${m.id} repeats` });
      seen.add(m.id);
    });
  });
export type Server = z.output<typeof server>;
