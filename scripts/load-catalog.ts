/**
 * Loads the catalogue for the CLI straight from the content files, the way Astro's loaders would:
 * content/classes.yaml and content/categories.yaml (YAML arrays with `id`), and the front matter of
 * content/codes/*.md. Schema defaults the CLI relies on are applied here; validation stays with
 * `astro build` (src/content.config.ts). Missing or broken files are reported, not fatal: the
 * decoder still works without meanings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { buildCatalog, type Catalog } from '../src/lib/catalog.ts';
import { decoderCommands, type DecoderCommands } from '../src/lib/decoder/commands.ts';
import { adviceRules, type AdviceRule } from '../src/schemas/advice.ts';
import { command, type Command } from '../src/schemas/command.ts';

type Loaded = Parameters<typeof buildCatalog>[0];
type DigitEntry = Loaded['classes'][number];
type CodeEntry = Loaded['codes'][number];

export interface LoadedCatalog {
  /** The catalogue, with what the decoder knows of commands (content/commands/, content/advice.yaml). */
  catalog: Catalog & { commands: DecoderCommands };
  /** One line per file that could not be read or parsed. */
  problems: string[];
}

const DEFAULT_CONTENT = fileURLToPath(new URL('../content/', import.meta.url));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A YAML scalar as text ("" for a missing value, a list or a mapping). */
function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

function readDigits(file: string, problems: string[]): DigitEntry[] {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`${file}: ${(error as Error).message.split('\n')[0]}`);
    return [];
  }
  if (!Array.isArray(data)) {
    problems.push(`${file}: expected a YAML list`);
    return [];
  }
  const rows: DigitEntry[] = [];
  for (const item of data) {
    if (!isRecord(item) || typeof item['id'] !== 'string' || typeof item['digit'] !== 'number') continue;
    rows.push({
      id: item['id'],
      data: { digit: item['digit'], name: text(item['name']), summary: text(item['summary']) },
    });
  }
  return rows;
}

/** The YAML between the opening "---" line and the next "---" line. */
export function frontMatter(text: string): string | null {
  const src = text.replace(/^\uFEFF/, '');
  const open = /^---\r?\n/.exec(src);
  if (!open) return null;
  const rest = src.slice(open[0].length);
  const close = /^---[ \t]*$/m.exec(rest);
  return close ? rest.slice(0, close.index) : null;
}

function readCode(file: string, id: string, problems: string[]): CodeEntry | null {
  let data: unknown;
  try {
    const yaml = frontMatter(readFileSync(file, 'utf8'));
    if (yaml === null) {
      problems.push(`${file}: no front matter`);
      return null;
    }
    data = parse(yaml);
  } catch (error) {
    problems.push(`${file}: ${(error as Error).message.split('\n')[0]}`);
    return null;
  }
  if (!isRecord(data) || typeof data['code'] !== 'number') {
    problems.push(`${file}: front matter has no numeric code`);
    return null;
  }
  const meanings = Array.isArray(data['meanings']) ? data['meanings'].filter(isRecord) : [];
  const related = Array.isArray(data['related']) ? data['related'].filter(isRecord) : [];
  const status = data['status'];
  return {
    id,
    data: {
      code: data['code'],
      title: text(data['title']),
      summary: text(data['summary']),
      status: status === 'extension' || status === 'historic' || status === 'nonstandard' ? status : 'standard',
      family: data['family'] === 'winsock' ? 'winsock' : 'ftp',
      meanings: meanings.map((m) => ({
        rfc: { id: text(m['rfc']) },
        section: text(m['section']),
        text: text(m['text']),
        ...(typeof m['quote'] === 'string' ? { quote: m['quote'] } : {}),
        commands: Array.isArray(m['commands']) ? m['commands'].map(String) : [],
      })),
      action: text(data['action']),
      related: related.filter((r) => typeof r['code'] === 'number').map((r) => ({ code: r['code'] as number })),
    },
  };
}

/** Reads the catalogue from a content directory (default: the repository's content/). */
export function loadCatalog(contentDir: string = DEFAULT_CONTENT): LoadedCatalog {
  const problems: string[] = [];
  const digits = (name: string): DigitEntry[] => {
    const file = join(contentDir, name);
    try {
      readFileSync(file);
    } catch {
      problems.push(`${file} is missing; digit names are not available`);
      return [];
    }
    return readDigits(file, problems);
  };
  const classes = digits('classes.yaml');
  const categories = digits('categories.yaml');
  const codes: CodeEntry[] = [];
  const dir = join(contentDir, 'codes');
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  } catch {
    problems.push(`${dir} is missing; code meanings are not available`);
  }
  for (const f of files) {
    const entry = readCode(join(dir, f), f.replace(/\.md$/, ''), problems);
    if (entry) codes.push(entry);
  }
  const loaded = loadCommands(contentDir);
  problems.push(...loaded.problems);
  return { catalog: { ...buildCatalog({ classes, categories, codes }), commands: decoderCommands(loaded.commands, loaded.advice) }, problems };
}

export interface LoadedCommands {
  /** content/commands/*.yaml, validated, by name. */
  commands: Command[];
  /** content/advice.yaml, validated. */
  advice: AdviceRule[];
  /** One line per file that could not be read or does not fit its schema. */
  problems: string[];
}

/** The first problem zod (or the YAML parser) found, on one line. */
function firstProblem(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'issues' in error && Array.isArray(error.issues)) {
    const issue: unknown = error.issues[0];
    if (typeof issue === 'object' && issue !== null && 'message' in issue && 'path' in issue && Array.isArray(issue.path)) {
      return `${issue.path.join('.') || '(top)'}: ${String(issue.message)}`;
    }
  }
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/**
 * Reads the commands (content/commands/*.yaml) and the shared advice rules (content/advice.yaml), each validated with
 * its zod schema. A file that does not fit is left out and reported.
 */
export function loadCommands(contentDir: string = DEFAULT_CONTENT): LoadedCommands {
  const problems: string[] = [];
  const commands: Command[] = [];
  const dir = join(contentDir, 'commands');
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  } catch {
    problems.push(`${dir} is missing; the decoder knows no commands`);
  }
  for (const f of files) {
    const file = join(dir, f);
    try {
      const entry = command.parse(parse(readFileSync(file, 'utf8')));
      if (`${entry.name}.yaml` !== f) problems.push(`${file}: the file name does not match the command ${entry.name}`);
      else commands.push(entry);
    } catch (error) {
      problems.push(`${file}: ${firstProblem(error)}`);
    }
  }
  let advice: AdviceRule[] = [];
  const file = join(contentDir, 'advice.yaml');
  try {
    advice = adviceRules.parse(parse(readFileSync(file, 'utf8')));
  } catch (error) {
    problems.push(`${file}: ${firstProblem(error)}`);
  }
  return { commands, advice, problems };
}
