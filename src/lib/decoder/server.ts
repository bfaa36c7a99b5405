/**
 * Which server a log talks to, and which of its known messages a reply is (DESIGN.md contract: `server`,
 * `messages[].serverMessage`). The facts are the servers' messages in content/servers/ (the /data/servers.json
 * projection, `ServerTexts`); nothing here names a server. Loaded on demand: the /decode/ island imports this module
 * and fetches the texts only once there is something to decode.
 *
 * A server is named by what it says about itself: a server log's own format (its label starts with the product's
 * name: "ProFTPD syslog"), its product name in a greeting, the SYST answer or the FEAT list ("220 (vsFTPd 3.0.3)",
 * "220 ProFTPD 1.3.5 Server"), a greeting or SYST text that only one product sends word for word ("220 Microsoft FTP
 * Service", "215 UNIX emulated by FileZilla."), or failing those two greeting lines only one product sends ("220-Local
 * time is now 06:31. Server port: 21."). A text several products send ("215 UNIX Type: L8") tells nothing, and an
 * ordinary reply (227, 550) never names a server: many servers word them alike, and content/servers/ holds a few.
 * A reply gets a `serverMessage` only from the server so named, its version line first.
 */
import { compileTemplate, type CompiledTemplate, normalise } from '../server-match.ts';
import { formatByName } from './formats/index.ts';
import type { PayloadServerMessage, ServerTexts } from '../reference/payload.ts';
import type { DecodeResult, ServerIdentity, ServerMessageRef, ServerRecogniser } from './messages.ts';

interface Template {
  product: string;
  entry: string;
  message: PayloadServerMessage;
  compiled: CompiledTemplate;
  /** Only this product sends this text. */
  distinctive: boolean;
  /** No placeholder: the whole text is literal. */
  literal: boolean;
  /** Explained: it has a condition or a fix, so it can be shown on a reply. */
  explained: boolean;
}

interface Product {
  name: string;
  /** Entry ids with their version lines ("3.0.x"), in content order. */
  entries: { id: string; versions: string }[];
  /** The name as a banner says it ("Twisted"). */
  mark: string;
  /** The name in a line, and the version after it. */
  named: RegExp;
}

/** How a server was recognised, for the page's "(from the greeting)". */
export type ServerEvidenceKind = ServerIdentity['from'];

/** The least literal text (characters, spaces left out) a message needs to count as evidence. */
const MIN_LITERAL = 12;
/** Greetings (220) read for evidence: a log of many sessions repeats the same one. */
const GREETINGS_READ = 20;
/** The lines of a multi-line reply tried against the messages: its first lines and its last. */
const LINES_TRIED = 3;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Twisted (twisted.protocols.ftp)" → "Twisted": the name as a banner says it. */
const markOf = (product: string) => product.replace(/\s*\(.*\)\s*/g, ' ').trim();

function markRegex(name: string): RegExp {
  return new RegExp(
    `(?<![\\w-])${escape(name)}(?![\\w-])[\\s:]*(?:server\\s+)?(?:version\\s+|v)?(\\d+(?:\\.\\d+)+[a-z]?\\d*)?`,
    'i',
  );
}

/** Whether a version ("3.0.3") falls in an entry's version line ("3.0.x", "1.0.5x", "1.3.8", "2.x"). */
export function inVersionLine(version: string, line: string): boolean {
  const v = version.toLowerCase();
  const l = line.toLowerCase();
  if (l.endsWith('.x')) return v === l.slice(0, -2) || v.startsWith(l.slice(0, -1));
  if (l.endsWith('x')) return v.startsWith(l.slice(0, -1));
  return v === l || v.startsWith(`${l}.`) || new RegExp(`^${escape(l)}[a-z]`).test(v);
}

/** A reply line's text after its code ("220-", "220 "). */
const textOf = (line: string) => line.replace(/^\s*\d{3}[ -]?/, '');

class Recogniser implements ServerRecogniser {
  readonly #products = new Map<string, Product>();
  /** Templates by reply code. */
  readonly #byCode = new Map<number, Template[]>();

  constructor(texts: ServerTexts) {
    const sentBy = new Map<string, Set<string>>();
    for (const s of texts.servers) {
      let product = this.#products.get(s.product);
      if (!product) {
        product = { name: s.product, mark: markOf(s.product), entries: [], named: markRegex(markOf(s.product)) };
        this.#products.set(s.product, product);
      }
      product.entries.push({ id: s.id, versions: s.versions });
      for (const m of s.messages) {
        const key = `${String(m.code)} ${normalise(m.text)}`;
        const set = sentBy.get(key) ?? new Set<string>();
        set.add(s.product);
        sentBy.set(key, set);
      }
    }
    for (const s of texts.servers) {
      for (const message of s.messages) {
        const compiled = compileTemplate(message.text);
        if (compiled.literal < MIN_LITERAL && message.when === undefined && message.fix === undefined) continue;
        const template: Template = {
          product: s.product,
          entry: s.id,
          message,
          compiled,
          distinctive: (sentBy.get(`${String(message.code)} ${normalise(message.text)}`)?.size ?? 0) === 1,
          literal: !/\{[a-z]/.test(message.text),
          explained: message.when !== undefined || message.fix !== undefined,
        };
        const list = this.#byCode.get(message.code) ?? [];
        list.push(template);
        this.#byCode.set(message.code, list);
      }
    }
  }

  /** The templates a line of a reply with this code matches exactly, the most literal first. */
  #matches(code: number, line: string): Template[] {
    const text = normalise(textOf(line));
    const out = (this.#byCode.get(code) ?? []).filter((t) => t.compiled.literal > 0 && t.compiled.regex.test(text));
    return out.sort((a, b) => b.compiled.literal - a.compiled.literal);
  }

  /** A product named in a line, with the version after the name. */
  #named(line: string): { product: string; version: string | null } | null {
    const text = textOf(line);
    for (const p of this.#products.values()) {
      const m = p.named.exec(text);
      if (m) return { product: p.name, version: m[1] ?? null };
    }
    return null;
  }

  /** The product whose own log format this is ("ProFTPD syslog"), if any. */
  #fromFormat(result: DecodeResult): string | null {
    const label = formatByName(result.input).label.toLowerCase();
    for (const p of this.#products.values()) if (label.startsWith(`${p.mark.toLowerCase()} `)) return p.name;
    return null;
  }

  /** The lines a server says who it is in: greetings (220), and the answers to SYST and FEAT. */
  #telling(result: DecodeResult): { from: ServerEvidenceKind; code: number; line: string }[] {
    const { messages, exchanges } = result;
    const out: { from: ServerEvidenceKind; code: number; line: string }[] = [];
    let greetings = 0;
    for (const m of messages) {
      if (m.dir !== 's' || m.code !== 220) continue;
      for (const line of m.lines) out.push({ from: 'greeting', code: m.code, line });
      if (++greetings >= GREETINGS_READ) break;
    }
    for (const x of exchanges) {
      if (x.command !== 'SYST' && x.command !== 'FEAT') continue;
      for (const r of x.replies) {
        const m = messages[r.index];
        if (m?.dir === 's') for (const line of m.lines) out.push({ from: x.command, code: m.code, line });
      }
    }
    return out;
  }

  identify(result: DecodeResult): ServerIdentity | null {
    const format = this.#fromFormat(result);
    let found: ServerIdentity | null = format
      ? { name: format, version: null, evidence: [], from: 'log format' }
      : null;
    const telling = this.#telling(result);
    for (const { from, code, line } of telling) {
      const named = this.#named(line);
      const product =
        named?.product ?? this.#matches(code, line).find((t) => t.distinctive && t.literal)?.product ?? null;
      if (!product || (found && found.name !== product)) continue;
      found ??= { name: product, version: null, evidence: [], from };
      if (found.evidence.length < 3 && !found.evidence.includes(line)) found.evidence.push(line);
      if (!found.version && named?.version) found.version = named.version;
    }
    if (found) return found;

    // Failing those: two different greeting, SYST or FEAT lines that only one product sends.
    const seen = new Map<string, Map<string, string>>();
    for (const { code, line } of telling) {
      const t = this.#matches(code, line).find((x) => x.distinctive);
      if (!t) continue;
      const ids = seen.get(t.product) ?? new Map<string, string>();
      if (!ids.has(t.message.id)) ids.set(t.message.id, line);
      seen.set(t.product, ids);
    }
    const [only] = [...seen];
    if (seen.size !== 1 || !only || only[1].size < 2) return null;
    return { name: only[0], version: null, evidence: [...only[1].values()].slice(0, 3), from: 'greeting' };
  }

  /** The known message a reply is, of the identified server: its version line first, then its other entries. */
  #serverMessage(code: number, lines: readonly string[], server: ServerIdentity): ServerMessageRef | null {
    const product = this.#products.get(server.name);
    const order = new Map<string, number>();
    if (product) {
      const version = server.version;
      const ranked = [
        ...product.entries.filter((e) => version && inVersionLine(version, e.versions)),
        ...product.entries,
      ];
      ranked.forEach((e, i) => {
        if (!order.has(e.id)) order.set(e.id, i);
      });
    }
    const tried = lines.length > LINES_TRIED ? [...lines.slice(0, LINES_TRIED), lines[lines.length - 1] ?? ''] : lines;
    for (const line of tried) {
      const matches = this.#matches(code, line).filter((t) => t.explained && order.has(t.entry));
      const best = matches.sort((a, b) => (order.get(a.entry) ?? 0) - (order.get(b.entry) ?? 0))[0];
      if (best) {
        return {
          server: best.entry,
          id: best.message.id,
          when: best.message.when ?? null,
          fix: best.message.fix ?? null,
          href: `/servers/${best.entry}/#fx-${best.message.id}`,
        };
      }
    }
    return null;
  }

  recognise(result: DecodeResult): void {
    const server = this.identify(result);
    result.server = server;
    if (!server) return;
    const cache = new Map<string, ServerMessageRef | null>();
    for (const m of result.messages) {
      if (m.dir !== 's' || !this.#byCode.has(m.code)) continue;
      const key = `${String(m.code)}\n${m.lines.join('\n')}`;
      let ref = cache.get(key);
      if (ref === undefined) {
        ref = this.#serverMessage(m.code, m.lines, server);
        cache.set(key, ref);
      }
      if (ref) m.serverMessage = ref;
    }
  }
}

/** What decode() reads to name the server and explain known messages (`DecoderCatalog.servers`). */
export function serverRecogniser(texts: ServerTexts): ServerRecogniser {
  return new Recogniser(texts);
}
