/**
 * Reads content/ the way the build does (YAML and front matter), for tests that check the facts themselves.
 * The schemas are enforced by `astro build`; these tests check what schemas cannot: sources against RFC texts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';

const root = new URL('../../content/', import.meta.url);

export interface CodeFile {
  file: string;
  data: {
    code: number;
    title: string;
    status: string;
    family?: string;
    meanings?: { rfc: string; section: string; text: string; quote?: string; commands?: string[] }[];
    notes?: { text: string; sources: { rfc: string; section: string }[] }[];
    related?: { code: number; why: string }[];
    origins?: unknown[];
  };
}

export function rfcText(rfc: string | number): string {
  return readFileSync(new URL(`rfc/rfc${rfc}.txt`, root), 'utf8');
}

export function yamlFile<T>(name: string): T {
  return parse(readFileSync(new URL(name, root), 'utf8')) as T;
}

export function codeFiles(): CodeFile[] {
  return readdirSync(new URL('codes/', root))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const src = readFileSync(new URL(`codes/${file}`, root), 'utf8');
      const fm = /^---\n([\s\S]*?)\n---/.exec(src)?.[1] ?? '';
      return { file, data: parse(fm) as CodeFile['data'] };
    });
}
