/** Every UI string in one place (STYLE.md §6): pages and islands read from here, never inline literals. */
import type { CLIENT_KINDS, REPORT_KINDS } from '../schemas/client.ts';
import type { SIDES } from '../schemas/code.ts';
import type { NotFoundReason } from '../lib/reference/not-found.ts';
import type { SOURCE_KINDS, Status } from '../schemas/common.ts';
import type { ServerTopic } from '../schemas/server.ts';
import type { RETRY } from '../schemas/digits.ts';
import type { COMMAND_GROUPS, CommandRole, ReplyStage } from '../schemas/command.ts';

type CommandGroup = (typeof COMMAND_GROUPS)[number];
export const ui = {
  siteName: 'FTP reply codes',
  siteTagline: 'Every FTP reply code, what it means, which RFC says so, and what to do about it.',
  skipLink: 'Skip to content',
  navHome: 'How codes work',
  navCodes: 'All codes',
  navDecode: 'Decoder',
  navRfcs: 'RFCs',
  navData: 'Data',
  navServers: 'Servers',
  navClients: 'Clients',
  navGuides: 'Guides',
  /** Before the links to a code's troubleshooting guides, under "What to do". */
  codeGuides: 'Step by step:',
  navCommands: 'Commands',
  navLabel: 'Main',
  menu: 'Menu',
  searchLabel: 'Search codes',
  searchPlaceholder: '550, passive mode…',
  searchButton: 'Search',
  searchNoResults: 'No results for',
  searchResults: 'Search results',
  searchFix: 'Fix:',
  searchHelpPaste: 'A reply line or a log?',
  searchHelpDecoder: 'Paste it into the decoder',
  searchHelpOr: 'or browse',
  searchHelpCodes: 'all codes',
  searchNeedsJs: 'Full-text search needs JavaScript. Without it, browse the code list or the tables below.',
  themeSystem: 'Theme: system',
  themeLight: 'Theme: light',
  themeDark: 'Theme: dark',
  footerSources: 'Every fact cites its RFC section;',
  footerRfcs: 'the RFC texts',
  footerLicence: 'are served here unchanged. Code: MIT; texts and data: CC BY 4.0.',
  footerData: 'Dataset and licences',
  decoderLabel: 'Reply code',
  decoderHint:
    'Type one to three digits, a pattern such as 5yz or x3z, or a reply line such as "550 Permission denied".',
  decoderButton: 'Explain',
  decoderNeedsJs:
    'The explanation appears here, in your browser, and needs JavaScript; nothing you type is sent. Without it, see the list of all codes.',
  decoderResult: 'Result',
  decoderNotDefined: 'Not defined by any RFC',
  decoderClass: 'First digit',
  decoderCategory: 'Second digit',
  decoderThird: 'Third digit',
  decoderMeaning: 'What it means',
  decoderWhatToDo: 'What to do',
  decoderReadMore: (code: string) => `Read more about ${code} →`,
  statusStandard: 'Standard',
  statusExtension: 'Extension',
  statusHistoric: 'Historic',
  statusNonstandard: 'Non-standard',
  notFoundTitle: 'Page not found',
  notFoundLede: 'There is no page at this address. Each reply code has its own page, such as /codes/550/.',
  notFoundNear: 'Codes near it that have a page:',
  notFoundSearch: 'Search for',
} as const;

export type UiKey = keyof typeof ui;

/** The search's count line: "1 result for", "12 results for", "The best 8 of 23 results for" (then the words). */
export function searchCount(total: number, shown: number): string {
  const results = total === 1 ? 'result' : 'results';
  return shown < total ? `The best ${shown} of ${total} ${results} for` : `${total} ${results} for`;
}

/** Why a code-shaped address has no page (src/lib/reference/not-found.ts); {code} is what the address holds. */
export const notFoundReason = {
  pattern: '{code} is a pattern, not a reply code: a code is three digits, and x, y or z stand for any digit.',
  short: '{code} is not a reply code: a reply code has three digits.',
  long: '{code} is not an FTP reply code: a reply code has three digits.',
  'first-digit': '{code} is not a reply code: the first digit of a reply code is 1 to 6.',
  'second-digit': '{code} is not a reply code: the second digit of a reply code is 0 to 5.',
  'no-page': '{code} is shaped like a reply code, but no RFC or server we know of uses it, so it has no page yet.',
} as const satisfies Record<NotFoundReason, string>;

/** Labels of the enums the schemas define once (src/schemas/): a new value without a label fails type-checking. */
export const statusLabel = {
  standard: ui.statusStandard,
  extension: ui.statusExtension,
  historic: ui.statusHistoric,
  nonstandard: ui.statusNonstandard,
} as const satisfies Record<Status, string>;

/** What an origin or source that is not an RFC is (src/schemas/common.ts `otherSource`). */
export const sourceKindLabel = {
  server: 'server source',
  library: 'library source',
  client: 'client',
  transcript: 'captured transcript',
  document: 'document',
} as const satisfies Record<(typeof SOURCE_KINDS)[number], string>;

/** Whether repeating the same command can succeed, per class (src/schemas/digits.ts). */
export const retryLabel = {
  'not-applicable': 'Not a failure: nothing to retry.',
  yes: 'Yes.',
  later: 'Yes, later, from the start of the command sequence.',
  no: 'No, not until the cause is fixed.',
} as const satisfies Record<(typeof RETRY)[number], string>;

/** Where a failure's cause usually lies (src/schemas/code.ts `side`): the verdict at the top of a code page. */
export const sideLabel = {
  user: 'you: a name, password or path you gave',
  client: 'your FTP program: a command or setting it uses',
  server: 'the server: its state or configuration',
  network: 'the network: a firewall or NAT in between',
} as const satisfies Record<(typeof SIDES)[number], string>;

export const commandGroupLabel = {
  'access-control': 'Access control',
  'transfer-parameters': 'Transfer parameters',
  service: 'FTP service',
  security: 'Security',
} as const satisfies Record<CommandGroup, string>;

export const commandRoleLabel = {
  login: 'Login',
  setup: 'Setup',
  probe: 'Probe',
  transfer: 'Transfer',
  file: 'File action',
  session: 'Session',
} as const satisfies Record<CommandRole, string>;

export const replyStageLabel = {
  preliminary: 'Preliminary (1yz)',
  intermediate: 'Intermediate (3yz)',
  completion: 'Completion (2yz)',
  error: 'Error (4yz, 5yz)',
} as const satisfies Record<ReplyStage, string>;

/** What a client shows for a reply (src/schemas/client.ts `reportKind`). */
export const reportKindLabel = {
  constant: 'constant',
  exception: 'exception',
  'exit-code': 'exit code',
  predicate: 'predicate',
  message: 'message',
} as const satisfies Record<(typeof REPORT_KINDS)[number], string>;

/** What a product in content/clients/ is. */
export const clientKindLabel = {
  library: 'library',
  client: 'desktop client',
  tool: 'command-line tool',
} as const satisfies Record<(typeof CLIENT_KINDS)[number], string>;
/** What a server directive is about (src/schemas/server.ts `SERVER_TOPICS`). */
export const serverTopicLabel = {
  passive: 'Passive mode: ports and address',
  active: 'Active mode',
  chroot: 'Chroot',
  tls: 'TLS (FTPS)',
  login: 'Logins, user lists and PAM',
  anonymous: 'Anonymous access',
  permissions: 'Permissions and umask',
  limits: 'Limits',
  timeouts: 'Timeouts',
  banner: 'Greeting and banner',
  other: 'Other',
} as const satisfies Record<ServerTopic, string>;
