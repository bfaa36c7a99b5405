/**
 * Writes the `replies` of the commands in content/commands/ from the RFCs' own command-reply listings: RFC 959 §5.4
 * ("Command-Reply Sequences") and RFC 2228 §8.2, which copies its layout. Only the entries citing that section are
 * replaced; entries citing other sections, and every other field with its comments, stay as they are.
 *
 *   npx node scripts/extract/rfc959-replies.ts [--check]
 *
 * --check writes nothing and exits 1 when a file differs from what the RFCs list.
 *
 * How the listing reads (RFC 959 §5.4): each command is followed by its replies, one group per line; preliminary
 * replies come first, with the replies that may follow them indented under them ("(110)" is a restart marker), then
 * completion and error replies, and last the intermediate ones. Page breaks (footer, form feed, header) may fall
 * anywhere in it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';

export type Stage = 'preliminary' | 'intermediate' | 'completion' | 'error';

export interface ExtractedReplies {
  stage: Stage;
  codes: number[];
  /** For a preliminary reply: the replies indented under it. */
  then: number[];
}

/** A listing in an RFC: where it starts and ends, and the section to cite. */
export interface Listing {
  rfc: number;
  section: string;
  /** A line that starts the listing (matched after trimming). */
  start: RegExp;
  /** A line that ends it. */
  end: RegExp;
  /**
   * A sentence after the listing that adds codes to every command listed before a line (RFC 2228 §8.2: "any security
   * command can return 500, 501, 502, 533, or 421", the security commands being those before the login commands).
   */
  every?: { sentence: RegExp; before: RegExp };
}

export const LISTINGS: readonly Listing[] = [
  { rfc: 959, section: '5.4', start: /^Command-Reply Sequences$/, end: /^6\.\s+STATE DIAGRAMS$/ },
  {
    rfc: 2228,
    section: '8.2',
    start: /^8\.2\.\s+Command-Reply sequences$/,
    end: /^9\.\s+State Diagrams$/,
    every: {
      sentence: /any\s+security\s+command\s+can\s+return\s+([\d,\sor]+)\./,
      before: /^Security-Enhanced login commands/,
    },
  },
];

const COMMAND = /^[A-Z]{3,4}$/;
/** "125, 150", "(110)", "500 421" (RFC 959 drops the comma once). */
const CODES = /^\(?\d{3}\)?(,?\s+\(?\d{3}\)?)*$/;

function stageOf(code: number): Stage {
  const first = Math.floor(code / 100);
  return first === 1 ? 'preliminary' : first === 2 ? 'completion' : first === 3 ? 'intermediate' : 'error';
}

function codesOf(line: string): number[] {
  return (line.match(/\d{3}/g) ?? []).map(Number);
}

/** Adds codes to the entry of their stage (created in order of first appearance), without repeats. */
function add(entries: ExtractedReplies[], stage: Stage, codes: readonly number[]): void {
  let entry = entries.find((e) => e.stage === stage);
  if (!entry) entries.push((entry = { stage, codes: [], then: [] }));
  for (const code of codes) if (!entry.codes.includes(code)) entry.codes.push(code);
}

/**
 * Parses a command-reply listing: command → its replies by stage, in the RFC's order. Pure: the RFC's text in, the
 * listing out (the tests run it on content/rfc/).
 */
export function parseReplyListing(text: string, listing: Listing): Map<string, ExtractedReplies[]> {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/\f/g, ''));
  const from = lines.findIndex((l) => listing.start.test(l.trim()));
  if (from < 0) throw new Error(`RFC ${listing.rfc}: the listing of §${listing.section} was not found`);
  const to = lines.findIndex((l, i) => i > from && listing.end.test(l.trim()));
  const result = new Map<string, ExtractedReplies[]>();
  let command: string | null = null;
  let entries: ExtractedReplies[] = [];
  /** Indentation of the command's reply lines; deeper lines follow the last preliminary reply. */
  let replyIndent = -1;
  let preliminary: ExtractedReplies | null = null;
  for (const line of lines.slice(from + 1, to < 0 ? undefined : to)) {
    const trimmed = line.trim();
    const indent = line.length - line.trimStart().length;
    if (COMMAND.test(trimmed)) {
      command = trimmed;
      entries = result.get(command) ?? [];
      result.set(command, entries);
      replyIndent = -1;
      preliminary = null;
      continue;
    }
    if (!command || !CODES.test(trimmed)) {
      // Prose, group titles ("Login", "File action commands") and page breaks; a title ends the command's replies.
      if (trimmed !== '' && !/^(RFC \d+|Postel|Horowitz|File Transfer Protocol$)/.test(trimmed)) command = null;
      continue;
    }
    const codes = codesOf(trimmed);
    if (replyIndent < 0) replyIndent = indent;
    if (indent > replyIndent && preliminary) {
      for (const code of codes) if (!preliminary.then.includes(code)) preliminary.then.push(code);
      continue;
    }
    for (const code of codes) add(entries, stageOf(code), [code]);
    preliminary =
      stageOf(codes[0] ?? 0) === 'preliminary' ? (entries.find((e) => e.stage === 'preliminary') ?? null) : null;
  }
  if (listing.every) {
    const { sentence, before } = listing.every;
    const body = lines.slice(from + 1, to < 0 ? undefined : to);
    const codes = codesOf(sentence.exec(body.join(' ').replace(/\s+/g, ' '))?.[1] ?? '');
    if (!codes.length)
      throw new Error(`RFC ${listing.rfc}: the sentence adding replies to every command was not found`);
    const stop = body.findIndex((l) => before.test(l.trim()));
    const named = body
      .slice(0, stop < 0 ? undefined : stop)
      .map((l) => l.trim())
      .filter((l) => COMMAND.test(l));
    for (const name of named) {
      const entries = result.get(name);
      if (entries) for (const code of codes) add(entries, stageOf(code), [code]);
    }
  }
  return result;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every listing of the RFCs in content/rfc/, with its citation. */
export function extractAll(root: string = ROOT): { listing: Listing; replies: Map<string, ExtractedReplies[]> }[] {
  return LISTINGS.map((listing) => ({
    listing,
    replies: parseReplyListing(readFileSync(join(root, 'content', 'rfc', `rfc${listing.rfc}.txt`), 'utf8'), listing),
  }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a `replies` entry cites the listing's section. */
function cites(entry: Record<string, unknown>, listing: Listing): boolean {
  const source = entry['source'];
  return isRecord(source) && Number(source['rfc']) === listing.rfc && source['section'] === listing.section;
}

/** Replaces the entries of `replies` that cite the listing's section; returns whether the document changed. */
function update(doc: Document, listing: Listing, extracted: readonly ExtractedReplies[]): boolean {
  const root = doc.contents;
  if (!isMap(root)) throw new Error('a command file holds a YAML mapping');
  const before = JSON.stringify(doc.get('replies') ?? null);
  const js: unknown = doc.toJS();
  const current = isRecord(js) ? js['replies'] : undefined;
  const old = Array.isArray(current) ? current.filter(isRecord) : [];
  const at = old.findIndex((r) => cites(r, listing));
  const kept = old.filter((r) => !cites(r, listing));
  const fresh = extracted.map((e) => ({
    stage: e.stage,
    codes: e.codes,
    source: { rfc: listing.rfc, section: listing.section },
    ...(e.then.length ? { then: e.then } : {}),
  }));
  const list = [...kept];
  list.splice(at < 0 ? kept.length : at, 0, ...fresh);
  const node = doc.createNode(list);
  for (const item of node.items) {
    if (!isMap(item)) continue;
    for (const pair of item.items) if (isSeq(pair.value) || isMap(pair.value)) pair.value.flow = true;
  }
  if (root.has('replies')) root.set('replies', node);
  else {
    // Before the hand-written tail (related, keywords, advice), so `advice:` stays the last field.
    const tail = root.items.findIndex(
      (p) => isScalar(p.key) && ['related', 'keywords', 'advice'].includes(String(p.key.value)),
    );
    root.items.splice(tail < 0 ? root.items.length : tail, 0, doc.createPair('replies', node));
  }
  return JSON.stringify(doc.get('replies') ?? null) !== before;
}

function main(): void {
  const check = process.argv.includes('--check');
  const dir = join(ROOT, 'content', 'commands');
  const files = new Set(readdirSync(dir).filter((f) => f.endsWith('.yaml')));
  let differ = 0;
  for (const { listing, replies } of extractAll()) {
    for (const [name, extracted] of replies) {
      const file = `${name}.yaml`;
      if (!files.has(file)) {
        console.error(`RFC ${listing.rfc} §${listing.section} lists ${name}, which has no content/commands/${file}`);
        differ++;
        continue;
      }
      const path = join(dir, file);
      const text = readFileSync(path, 'utf8');
      const doc = parseDocument(text);
      update(doc, listing, extracted);
      const out = doc.toString({ lineWidth: 0 });
      if (out === text) continue;
      differ++;
      if (check) console.error(`${file}: replies differ from RFC ${listing.rfc} §${listing.section}`);
      else writeFileSync(path, out);
    }
  }
  if (check && differ > 0) process.exit(1);
  if (!check) console.log(`${differ} file${differ === 1 ? '' : 's'} updated`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
