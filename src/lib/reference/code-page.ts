/**
 * The layout of a code page, answer first (DESIGN.md, STYLE.md §3): the title with the summary and a plain verdict,
 * then what to do, then the rest. The page renders these; tests/site/codes.test.ts walks the built pages.
 */
import { retryLabel, sideLabel } from '../../i18n/en.ts';
import type { CodeEntry } from './model.ts';

/**
 * The sections under the verdict, in order. `optional` ones appear only when they have something to show: "What
 * servers send" and "How your client reports it" have their places reserved on the page, right after "What to do".
 */
export const CODE_PAGE_SECTIONS = [
  { id: 'action', title: 'What to do' },
  { id: 'servers', title: 'What servers send', optional: true },
  { id: 'clients', title: 'How your client reports it', optional: true },
  { id: 'meaning', title: 'Meaning per RFC' },
  { id: 'details', title: 'Details and format of the text' },
  { id: 'related', title: 'Related codes' },
  { id: 'sources', title: 'Sources' },
] as const;

export type CodePageSection = (typeof CODE_PAGE_SECTIONS)[number]['id'];

export function sectionTitle(id: CodePageSection): string {
  return CODE_PAGE_SECTIONS.find((s) => s.id === id)?.title ?? id;
}

/** The plain verdict under the title: may the same command be retried, and where the cause likely lies. */
export function verdict(code: CodeEntry): { retry?: string; side?: string } {
  return {
    ...(code.class ? { retry: retryLabel[code.class.retry] } : {}),
    ...(code.side.length ? { side: code.side.map((s) => sideLabel[s]).join('; or ') } : {}),
  };
}

/** Pages with this many RFC meanings and notes or more get a contents list of the sections below the answer. */
export const LONG_PAGE = 4;

/** Jump links to the sections below "What to do", on long pages only (empty otherwise). */
export function contents(code: CodeEntry): { id: string; title: string }[] {
  if (code.meanings.length + code.notes.length < LONG_PAGE) return [];
  return [
    { id: 'meaning', title: sectionTitle('meaning') },
    ...(code.notes.length ? [{ id: 'differ', title: 'Where the RFCs differ' }] : []),
    { id: 'details', title: 'Details' },
    { id: 'related', title: sectionTitle('related') },
    { id: 'sources', title: sectionTitle('sources') },
  ];
}
