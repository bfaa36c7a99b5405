/**
 * The decoder's warnings, each kind once: a warning that repeats with other line or message numbers, codes or verbs
 * ("message 2: the server greets with 550 …", "message 3: … 250 …") is shown once, with where else it applies. A cap
 * keeps hostile input from producing a million of them; the last entry says how many kinds were left out.
 */

const MAX_WARNINGS = 200;
/** How many other places a repeated warning lists before "…". */
const MAX_PLACES = 8;

/** Where a warning says it applies: "line 12" or "message 3". */
const PLACE = /^(line|message) (\d+): /;

/** The kind of a warning: its text without numbers, quoted parts and upper-case words (codes, verbs). */
function kindOf(message: string): string {
  return message
    .replace(/"[^"]*"/g, '"')
    .replace(/\d+/g, '#')
    .replace(/\b[A-Z][A-Z0-9]{2,}\b/g, 'X');
}

interface Entry {
  text: string;
  /** The places of its repeats ("12" for line 12), and how many repeats in all. */
  places: string[];
  repeats: number;
  unit: string;
}

export class WarningList {
  readonly #entries: Entry[] = [];
  readonly #byKind = new Map<string, Entry>();
  readonly #seen = new Set<string>();
  #dropped = 0;

  add(message: string): void {
    if (this.#seen.has(message)) return;
    this.#seen.add(message);
    const kind = kindOf(message);
    const entry = this.#byKind.get(kind);
    const place = PLACE.exec(message);
    if (entry) {
      entry.repeats++;
      if (place?.[2] && entry.places.length < MAX_PLACES) entry.places.push(place[2]);
      return;
    }
    if (this.#entries.length >= MAX_WARNINGS) {
      this.#dropped++;
      return;
    }
    const created: Entry = { text: message, places: [], repeats: 0, unit: place?.[1] ?? '' };
    this.#entries.push(created);
    this.#byKind.set(kind, created);
  }

  get size(): number {
    return this.#entries.length + this.#dropped;
  }

  list(): string[] {
    const items = this.#entries.map((e) => {
      if (e.repeats === 0) return e.text;
      const more = e.repeats > e.places.length ? ` and ${e.repeats - e.places.length} more` : '';
      if (e.places.length === 0) return `${e.text} (and ${e.repeats} more like it)`;
      const unit = e.places.length === 1 ? e.unit : `${e.unit}s`;
      return `${e.text} (also ${unit} ${e.places.join(', ')}${more})`;
    });
    if (this.#dropped > 0)
      items.push(`… and ${this.#dropped} more warning${this.#dropped === 1 ? '' : 's'} not shown.`);
    return items;
  }
}
