/**
 * Turns what a person typed into the small decoder into a view model: a heading and a few labelled lines.
 * The server renders it into the page (pre-filled decoders, no JS), the island renders the same object
 * as text nodes, so the two can never disagree.
 */
import { classify } from './classify.ts';
import type { IslandCatalog, CodeStatus } from './catalog.ts';
import { maskSecrets } from './decoder/mask.ts';

export interface ExplainLine {
  label: string;
  text: string;
  /** Site-relative path (without base), e.g. "codes/550/". */
  path?: string;
}

export interface Explanation {
  ok: boolean;
  heading: string;
  lines: ExplainLine[];
  /** Set for a complete code: whether any RFC defines it. */
  status?: CodeStatus | 'undefined';
}

export interface ExplainStrings {
  decoderClass: string;
  decoderCategory: string;
  decoderThird: string;
  decoderNotDefined: string;
  decoderOpenPage: string;
}

const STATUS_WORD: Record<CodeStatus, string> = {
  standard: 'standard (RFC 959 / RFC 1123)',
  extension: 'extension (a later FTP RFC)',
  historic: 'historic (pre-1985 RFCs or never adopted)',
  nonstandard: 'non-standard: no RFC defines it',
};

/** "550 Failed to change directory." → the code and the server's text; anything else → null. */
function replyLine(input: string): { code: string; text: string } | null {
  const m = /^\s*(\d{3})[ -](.*)$/.exec(input.split('\n', 1)[0] ?? '');
  return m ? { code: m[1] ?? '', text: (m[2] ?? '').trim() } : null;
}

export function explain(input: string, catalog: IslandCatalog, t: ExplainStrings): Explanation {
  const reply = replyLine(input);
  if (reply) {
    const view = explain(reply.code, catalog, t);
    const lines: ExplainLine[] = [...view.lines, { label: 'Server text', text: reply.text === '' ? '(none)' : reply.text }];
    if (input.includes('\n')) lines.push({ label: 'More lines', text: 'Decode the whole reply or log', path: `decode/?q=${encodeURIComponent(maskSecrets(input))}` });
    return { ...view, lines };
  }
  const trimmed = input.trim();
  if (/^\d{4,5}$/.test(trimmed)) {
    const winsock = catalog.codes.find(([code]) => code === Number(trimmed));
    if (winsock) {
      return {
        ok: true,
        heading: `${trimmed}: ${winsock[1]}`,
        status: winsock[2],
        lines: [{ label: 'Status', text: STATUS_WORD[winsock[2]], path: `codes/${trimmed}/` }],
      };
    }
  }
  const result = classify(input, catalog);
  if (!result.ok) {
    // A well-formed three-digit code whose second digit has no group (590): explain what can be read, and say so.
    const compact = input.replace(/\s+/g, '');
    const first = result.digits[0];
    if (/^\d{3}$/.test(compact) && result.position === 2 && first) {
      return {
        ok: true,
        heading: `${compact}: ${t.decoderNotDefined}`,
        status: 'undefined',
        lines: [
          digitLine(t.decoderClass, first.text, first.row ? `classes/${first.row.id}/` : undefined),
          { label: t.decoderCategory, text: result.error },
        ],
      };
    }
    return { ok: false, heading: result.error, lines: [] };
  }

  const lines: ExplainLine[] = [];
  const [first, second, third] = result.digits;
  if (first) lines.push(digitLine(t.decoderClass, first.text, first.row ? `classes/${first.row.id}/` : undefined));
  if (second) lines.push(digitLine(t.decoderCategory, second.text, second.row ? `categories/${second.row.id}/` : undefined));
  if (third) lines.push({ label: t.decoderThird, text: third.text });

  if (result.code === null) {
    return { ok: true, heading: `${result.pattern}: ${result.class?.name ?? 'any outcome'}, ${result.category?.name.toLowerCase() ?? 'any group'}`, lines };
  }
  const entry = catalog.codes.find(([code]) => code === result.code);
  if (!entry) {
    return { ok: true, heading: `${result.code}: ${t.decoderNotDefined}`, status: 'undefined', lines };
  }
  lines.unshift({ label: 'Status', text: STATUS_WORD[entry[2]] });
  lines.push({ label: t.decoderOpenPage, text: String(result.code), path: `codes/${result.code}/` });
  return { ok: true, heading: `${result.code}: ${entry[1]}`, status: entry[2], lines };
}

function digitLine(label: string, text: string, path: string | undefined): ExplainLine {
  return path ? { label, text, path } : { label, text };
}
