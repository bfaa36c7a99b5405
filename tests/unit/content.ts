/**
 * Reads content/ for tests that check the facts themselves, with the same loader and schemas as the site and the CLI
 * (src/node/content.ts). These tests check what schemas cannot: sources against the RFC texts.
 */
import { readFileSync } from 'node:fs';
import { loadContent } from '../../src/node/content.ts';
import type { Code } from '../../src/schemas/code.ts';

const root = new URL('../../content/', import.meta.url);
const content = loadContent();

export interface CodeFile {
  file: string;
  data: Code;
}

export function rfcText(rfc: string | number): string {
  return readFileSync(new URL(`rfc/rfc${rfc}.txt`, root), 'utf8');
}

export const rfcs = () => content.rfcs;
export const classes = () => content.classes;
export const categories = () => content.categories;

export function codeFiles(): CodeFile[] {
  return content.codes.map((data) => ({ file: `${data.code}.yaml`, data }));
}
