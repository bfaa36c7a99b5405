/** How a citation reads and where it links: "RFC 959 §4.2.1" → rfcs/959/#section-4.2.1. */
import { anchorFor } from './rfctext.ts';

/** Page numbers and appendices are named in words; numbered sections get "§". */
const named = (section: string) => /^page /.test(section) || /^Appendix /.test(section);

export function citeLabel(rfc: number | string, section: string): string {
  return named(section) ? `RFC ${rfc}, ${section}` : `RFC ${rfc} ${sectionLabel(section)}`;
}

/** The section alone, for a list under its RFC: "§4.2.1", "page 8", "Appendix II". */
export function sectionLabel(section: string): string {
  return named(section) ? section : `§${section}`;
}

/** Site-relative path (no base) of the cited section on the RFC's page. */
export function citePath(rfc: number | string, section: string): string {
  return `rfcs/${rfc}/#${anchorFor(section)}`;
}
