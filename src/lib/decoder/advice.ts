/**
 * The first failure of a session and what to check. The meaning and the general action come from
 * the catalogue entry of the code; this module only adds hints that depend on the pairing of a
 * command with a code (425 after PASV → passive ports; 530 after PASS → credentials; 550 after
 * RETR → path and permissions) and on what else the session shows (the address in a 227 reply).
 */
import type { DigitTables } from '../classify.ts';
import type { LogMessage } from './formats/common.ts';
import { pad3 } from './reply.ts';
import { abortedTransfer, type Exchange, type ExchangeReply } from './session.ts';

/** What the decoder needs of a catalogue code; a full `CatalogCode` fits. */
export interface DecoderCode {
  code: number;
  title: string;
  action?: string;
  meanings?: readonly { commands: readonly string[] }[];
}

/**
 * What the decoder needs of the catalogue. Both the `Catalog` from catalog.ts and the browser's
 * `IslandCatalog` (codes as [code, title, status] tuples, no action texts) fit.
 */
export interface DecoderCatalog extends DigitTables {
  codes: readonly (DecoderCode | readonly [code: number, title: string, ...rest: unknown[]])[];
}

/** The catalogue with every code as an object. */
export interface NormalCatalog extends DigitTables {
  codes: readonly DecoderCode[];
}

export function normalizeCatalog(catalog: DecoderCatalog): NormalCatalog {
  const codes = catalog.codes.map((c): DecoderCode => (Array.isArray(c) ? { code: c[0], title: c[1] } : (c as DecoderCode)));
  return { classes: catalog.classes, categories: catalog.categories, codes };
}

export interface FirstFailure {
  /** Index of the failing reply in `messages`. */
  index: number;
  code: number;
  advice: string;
}

/**
 * Commands clients send to probe the server; a refusal is normal when the session goes on to
 * succeed (EPSV refused → PASV; FEAT unknown; AUTH TLS refused → plain login; SIZE refused → RETR).
 * SITE UTIME (set a file's time after an upload, lftp and others) counts too.
 */
const PROBES = new Set([
  'FEAT', 'OPTS', 'EPSV', 'EPRT', 'LPSV', 'LPRT', 'SPSV', 'SIZE', 'MDTM', 'MLST', 'CLNT', 'HOST', 'AUTH', 'PBSZ', 'PROT',
  'CCC', 'SYST', 'LANG', 'HELP', 'ALLO', 'MODE', 'NOOP', 'XCRC', 'XMD5', 'XSHA1', 'AVBL', 'CSID', 'PWD',
  'XPWD', 'MFMT', 'MFCT',
]);

/** Commands that follow a failure without being the client's next real attempt. */
const AFTERMATH = new Set(['QUIT', 'NOOP', 'ABOR', 'REIN']);

function isProbe(exchange: Exchange): boolean {
  const command = exchange.command ?? '';
  return PROBES.has(command) || (command === 'SITE' && /^UTIME\b/i.test(exchange.argument));
}

const PASSIVE = new Set(['PASV', 'EPSV', 'LPSV', 'SPSV']);
const ACTIVE = new Set(['PORT', 'EPRT', 'LPRT']);
const TRANSFER = new Set(['RETR', 'STOR', 'STOU', 'APPE', 'LIST', 'NLST', 'MLSD']);
const DIRECTORY = new Set(['CWD', 'XCWD', 'CDUP', 'XCUP']);
const READ_FILE = new Set(['RETR', 'SIZE', 'MDTM', 'MLST']);
const LISTING = new Set(['LIST', 'NLST', 'MLSD', 'STAT']);
const WRITE = new Set(['STOR', 'APPE', 'STOU', 'MKD', 'XMKD', 'RMD', 'XRMD', 'DELE', 'RNFR', 'RNTO', 'MFMT']);
const SECURITY = new Set(['AUTH', 'ADAT', 'PBSZ', 'PROT', 'CCC', 'MIC', 'CONF', 'ENC']);

function isFailure(code: number): boolean {
  const first = Math.floor(code / 100);
  return first === 4 || first === 5;
}

interface Candidate {
  exchange: number;
  reply: ExchangeReply;
}

/**
 * Finds the first failure that matters: the first 4yz/5yz reply, skipping refusals of probe
 * commands when the client went on with real work (EPSV refused, then PASV), and the expected
 * 426/451 of a transfer the client aborted itself. Returns null when nothing failed.
 */
export function firstFailure(
  messages: readonly LogMessage[],
  exchanges: readonly Exchange[],
  catalog: NormalCatalog,
): FirstFailure | null {
  // Indexed loops: this runs over every exchange of logs with 100 000 lines, often before the engine optimises it.
  const candidates: Candidate[] = [];
  let inOrder = true;
  let last = -1;
  // A probe's refusal matters only when the client stopped there: it does not count once a later
  // real command (not another probe, not QUIT/NOOP/ABOR) got a reply.
  let lastRealReply = -1;
  for (let e = 0; e < exchanges.length; e++) {
    const exchange = exchanges[e] as Exchange;
    const real = exchange.command !== null && !isProbe(exchange) && !AFTERMATH.has(exchange.command);
    const replies = exchange.replies;
    for (let r = 0; r < replies.length; r++) {
      const reply = replies[r] as ExchangeReply;
      if (real && reply.index > lastRealReply) lastRealReply = reply.index;
      if (!isFailure(reply.code)) continue;
      if (reply.index < last) inOrder = false;
      last = reply.index;
      candidates.push({ exchange: e, reply });
    }
  }
  if (!inOrder) candidates.sort((a, b) => a.reply.index - b.reply.index);
  const movedOn = (index: number): boolean => lastRealReply > index;

  for (const candidate of candidates) {
    const exchange = exchanges[candidate.exchange] as Exchange;
    if (isProbe(exchange) && movedOn(candidate.reply.index)) continue;
    if (abortedTransfer(exchanges, candidate.exchange)) continue;
    // The log says the client aborted the transfer even though it does not show the ABOR (tnftp).
    const message = messages[candidate.reply.index];
    if (message?.dir === 's' && message.clientAborted && exchange.command && TRANSFER.has(exchange.command)) continue;
    return {
      index: candidate.reply.index,
      code: candidate.reply.code,
      advice: adviceFor(candidate, messages, exchanges, catalog),
    };
  }
  return null;
}

function findCode(catalog: NormalCatalog, code: number): DecoderCode | undefined {
  return catalog.codes.find((c) => c.code === code);
}

function quoteArg(arg: string): string {
  const short = arg.length > 80 ? `${arg.slice(0, 80)}…` : arg;
  return `"${short}"`;
}

/** The data-connection command (PASV, EPSV, PORT, …) in effect before exchange `at`, if any. */
function dataSetup(exchanges: readonly Exchange[], at: number): Exchange | undefined {
  for (let j = at; j >= 0; j--) {
    const e = exchanges[j] as Exchange;
    if (e.command && (PASSIVE.has(e.command) || ACTIVE.has(e.command))) return e;
  }
  return undefined;
}

/** True when the last TYPE before exchange `at` chose ASCII (TYPE A, the default is not assumed). */
function asciiMode(exchanges: readonly Exchange[], at: number): boolean {
  for (let j = at - 1; j >= 0; j--) {
    const e = exchanges[j] as Exchange;
    if (e.command === 'TYPE') return /^A\b/i.test(e.argument.trim());
  }
  return false;
}

/** The address a 227 reply advertises, when it is one the client cannot usually reach from outside. */
function privatePassiveAddress(setup: Exchange, messages: readonly LogMessage[]): string | null {
  const reply = setup.replies.find((r) => r.code === 227);
  if (!reply) return null;
  const message = messages[reply.index];
  if (!message || message.dir !== 's') return null;
  const m = /(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3})/.exec(message.lines[0]?.slice(0, 200) ?? '');
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const address = `${m[1]}.${m[2]}.${m[3]}.${m[4]}`;
  const isPrivate = a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || a === 0 || (a === 100 && b >= 64 && b <= 127);
  return isPrivate ? address : null;
}

/** A hint for this command and code, or "" when the pairing says nothing beyond the catalogue. */
function hint(candidate: Candidate, messages: readonly LogMessage[], exchanges: readonly Exchange[]): string {
  const exchange = exchanges[candidate.exchange] as Exchange;
  const code = candidate.reply.code;
  let command = exchange.command ?? '';
  let arg = exchange.argument;
  if (command === 'PRET') {
    // PRET announces the transfer command that follows ("PRET RETR x"): hint as for that command.
    const space = arg.indexOf(' ');
    command = (space < 0 ? arg : arg.slice(0, space)).toUpperCase();
    arg = space < 0 ? '' : arg.slice(space + 1);
  }

  let epsvAll = false;
  for (let j = 0; j < candidate.exchange && !epsvAll; j++) {
    const e = exchanges[j] as Exchange;
    epsvAll = e.command === 'EPSV' && e.argument.trim().toUpperCase() === 'ALL';
  }
  if (epsvAll && (PASSIVE.has(command) || ACTIVE.has(command)) && command !== 'EPSV') {
    return `The client sent EPSV ALL earlier in the session; after that RFC 2428 lets the server refuse every data-connection command other than EPSV, so ${command} fails by design.`;
  }
  if (exchange.kind === 'greeting') {
    return 'The server refused the session before any command; connection limits (per address or in total) or a server shutting down are the usual reasons.';
  }
  if (code === 421) {
    return 'The server closed the control connection; after a long pause this is usually an idle timeout, otherwise a connection limit or a server shutting down.';
  }
  if ((code === 425 || code === 426) && (TRANSFER.has(command) || PASSIVE.has(command) || ACTIVE.has(command))) {
    const setup = PASSIVE.has(command) || ACTIVE.has(command) ? exchange : dataSetup(exchanges, candidate.exchange);
    if (setup?.command && PASSIVE.has(setup.command)) {
      const address = privatePassiveAddress(setup, messages);
      return (
        `The data connection failed in passive mode (${setup.command}): the client connects to the address and port the server announced, so a firewall or NAT between them, or a passive port range that is not opened, blocks it.` +
        (address ? ` The server announced ${address}, a private address: it needs its public address configured for passive mode (or the client should use the control connection's address).` : '') +
        ' Check the server\'s passive port range and public address settings and that the firewall lets that range through.'
      );
    }
    if (setup?.command && ACTIVE.has(setup.command)) {
      return `The data connection failed in active mode (${setup.command}): the server connects back to the client, which a firewall or NAT on the client side usually blocks. Switch the client to passive mode.`;
    }
    if (!setup && TRANSFER.has(command)) {
      return `No PASV, EPSV, PORT or EPRT came before ${command} in this log: unless the server's default (active, to the client's port 20 convention) applies, the client must set up the data connection first.`;
    }
    return 'The data connection could not be opened or broke off: check firewalls and NAT between client and server, and try passive mode.';
  }
  if (code === 530 || code === 532) {
    if (command === 'PASS') return 'The login was rejected after the password: check the user name and password (both are usually case-sensitive) and that the account may use FTP.';
    if (command === 'USER') return 'The server refused the user name before asking for a password: the account may be disabled or not allowed to use FTP, or anonymous logins may be off.';
    if (command === 'ACCT') return 'The server rejected the account given with ACCT.';
    if (SECURITY.has(command)) return `The server does not accept ${command} before login: it may not offer FTPS at all, or only on another port.`;
    return `${command || 'The command'} needs a logged-in session: the login did not complete, or the session was logged out.`;
  }
  if (code === 550 && command === 'SIZE' && asciiMode(exchanges, candidate.exchange)) {
    return 'The transfer type was ASCII (TYPE A) when SIZE was sent; many servers refuse SIZE then, because the size depends on line-end conversion. Send TYPE I first.';
  }
  if ((code === 550 || code === 450 || code === 553 || code === 551) && command) {
    const what = arg ? ` ${quoteArg(arg)}` : '';
    if (DIRECTORY.has(command)) return `The server would not change to the directory${what}: check that it exists relative to the current directory (PWD shows it) and that the account may enter it.`;
    if (READ_FILE.has(command)) return `The server would not give access to${what || ' the file'}: check that the file exists at that path (relative to the current directory) and that the account may read it.`;
    if (LISTING.has(command)) return `The server would not list${what || ' the directory'}: check the path and the account's permission to read the directory.`;
    if (WRITE.has(command)) return `The server refused to write, rename or remove${what || ' the file'}: check that the account has write permission in that directory and that the name is allowed there.`;
  }
  if ((code === 552 || code === 452) && (command === 'STOR' || command === 'APPE' || command === 'STOU')) {
    return 'The upload ran into a storage limit: the disk may be full or the account may have reached its quota.';
  }
  if ((code === 500 || code === 502) && command) {
    return `The server does not know or does not implement ${command}; a client should fall back (EPSV → PASV, MLSD → LIST) or the feature is unavailable on this server.`;
  }
  if (code === 501 || code === 504) {
    return `The server did not accept the arguments of ${command || 'the command'}: check the syntax, and quote or avoid unusual characters in names.`;
  }
  if (SECURITY.has(command)) {
    return `The TLS/security negotiation (${command}) failed: check whether the server offers explicit FTPS (AUTH TLS), implicit FTPS on port 990, or none.`;
  }
  if (code === 503) {
    return `The server expected a different command before ${command || 'this one'} (for example USER before PASS, RNFR before RNTO).`;
  }
  return '';
}

function adviceFor(
  candidate: Candidate,
  messages: readonly LogMessage[],
  exchanges: readonly Exchange[],
  catalog: NormalCatalog,
): string {
  const exchange = exchanges[candidate.exchange] as Exchange;
  const code = candidate.reply.code;
  const entry = findCode(catalog, code);
  const title = entry ? ` (${entry.title})` : '';
  const session = messages.some((m) => m.dir === 'c') || exchanges.some((e) => e.kind === 'greeting');
  const what = !session
    ? `${pad3(code)}${title}.`
    : exchange.kind === 'greeting'
      ? `The server greeted with ${pad3(code)}${title}.`
      : exchange.kind === 'unsolicited' || !exchange.command
        ? `The server sent ${pad3(code)}${title} without a command waiting for it.`
        : `${exchange.command}${exchange.argument ? ` ${quoteArg(exchange.argument)}` : ''} got ${pad3(code)}${title}.`;
  let action = entry?.action?.trim() ?? '';
  if (!action) {
    const row = catalog.classes.find((r) => r.digit === Math.floor(code / 100));
    action = row ? `${row.id}: ${row.name}. ${row.summary}` : '';
  }
  return [what, hint(candidate, messages, exchanges), action].filter((s) => s !== '').join(' ');
}
