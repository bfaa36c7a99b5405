/** The fixed section order of a code page (STYLE.md §3); the page renders it and a test walks the built pages. */
export const CODE_PAGE_SECTIONS = [
  { id: 'summary', title: 'Summary' },
  { id: 'meaning', title: 'Meaning per RFC' },
  { id: 'details', title: 'Details and format of the text' },
  { id: 'action', title: 'What to do' },
  { id: 'related', title: 'Related codes' },
  { id: 'sources', title: 'Sources' },
] as const;

export type CodePageSection = (typeof CODE_PAGE_SECTIONS)[number]['id'];

export function sectionTitle(id: CodePageSection): string {
  return CODE_PAGE_SECTIONS.find((s) => s.id === id)?.title ?? id;
}
