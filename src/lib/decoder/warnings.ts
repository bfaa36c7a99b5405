/**
 * The decoder's warnings (DESIGN.md contract: `{ kind, count, text }`), each kind once. The kind is a stable id given
 * where the warning is raised, never guessed from its words (a guess took GET or FTP for a command and split or merged
 * kinds by accident). A kind that repeats ("message 2: PASV got no reply …", "message 5: …") keeps the text of its
 * first occurrence, says where else it applies, and counts every occurrence. There are few kinds, so the list is
 * bounded whatever the input.
 */

/** Every kind of warning, as stable ids: scripts can rely on them (README, "Decode a session"). */
export const WARNING_KINDS = [
  // The input as a whole
  'not-text',
  'too-large',
  'empty',
  'binary',
  'control-characters',
  'not-utf8',
  'indented',
  'unknown-format',
  'nothing-found',
  'several-messages',
  'other-sessions',
  // Codes
  'not-a-code',
  'pattern',
  'unknown-code',
  'invalid-code',
  // Lines and replies
  'not-a-reply',
  'lines-skipped',
  'reply-no-text',
  'reply-no-space',
  'multiline-bare-end',
  'multiline-truncated',
  'command-inside-multiline',
  'unparsable-value',
  'client-output',
  'unlogged-abort',
  'unlogged-command',
  'client-message',
  // Pairing (RFC 959 §4.2, §5.4)
  'no-reply',
  'no-final-reply',
  'sequence-unfinished',
  'sequence-broken',
  'sequence-missing',
  'unusual-preliminary',
  'unusual-intermediate',
  'unusual-greeting',
  'unsolicited',
  'late-preliminary',
  'late-after-abort',
  'late-reply',
] as const;

export type WarningKind = (typeof WARNING_KINDS)[number];

export interface Warning {
  kind: WarningKind;
  /** How many times it occurred (at least 1). */
  count: number;
  /** The first occurrence, in words, and where else it applies. */
  text: string;
}

/** How many other places a repeated warning lists before "…". */
const MAX_PLACES = 8;

/** Where a warning says it applies: "line 12" or "message 3". */
const PLACE = /^(line|message) (\d+): /;

interface Entry {
  kind: WarningKind;
  text: string;
  /** The places of its repeats ("12" for line 12), and how many repeats in all. */
  places: string[];
  repeats: number;
  unit: string;
}

export class WarningList {
  readonly #entries = new Map<WarningKind, Entry>();
  /** Texts already added: the same warning raised twice for the same place is one occurrence. */
  readonly #seen = new Set<string>();

  add(kind: WarningKind, message: string): void {
    const place = PLACE.exec(message);
    // Keyed by kind and place when the text names one (a short key: a 10 MB log raises tens of thousands).
    const key = place ? `${kind} ${place[1] ?? ''} ${place[2] ?? ''} ${message.length}` : message;
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    const entry = this.#entries.get(kind);
    if (entry) {
      entry.repeats++;
      if (place?.[2] && entry.places.length < MAX_PLACES) entry.places.push(place[2]);
      return;
    }
    this.#entries.set(kind, { kind, text: message, places: [], repeats: 0, unit: place?.[1] ?? '' });
  }

  get size(): number {
    return this.#entries.size;
  }

  list(): Warning[] {
    return [...this.#entries.values()].map((e) => ({ kind: e.kind, count: e.repeats + 1, text: describe(e) }));
  }
}

function describe(e: Entry): string {
  if (e.repeats === 0) return e.text;
  const more = e.repeats > e.places.length ? ` and ${e.repeats - e.places.length} more` : '';
  if (e.places.length === 0) return `${e.text} (and ${e.repeats} more like it)`;
  const unit = e.places.length === 1 ? e.unit : `${e.unit}s`;
  return `${e.text} (also ${unit} ${e.places.join(', ')}${more})`;
}
