/**
 * Reads content/ in Node (CLI, scripts, tests) exactly as the content collections do in Astro: the same files, the
 * same YAML parser (js-yaml, which Astro's loaders use), the same zod schemas from src/schemas/, the same defaults. YAML lists (rfcs, classes, categories) and one YAML file
 * per entry (codes/NNN.yaml, commands/NAME.yaml, id from the file name). Any file that does not fit is an error that
 * names the file and the field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import type { z } from 'zod';
import { adviceRule } from '../schemas/advice.ts';
import { clientError } from '../schemas/client-error.ts';
import { client } from '../schemas/client.ts';
import { code } from '../schemas/code.ts';
import { command } from '../schemas/command.ts';
import { commandCapture } from '../schemas/command-capture.ts';
import { replyCategory, replyClass } from '../schemas/digits.ts';
import { rfc } from '../schemas/rfc.ts';
import { server, type Server } from '../schemas/server.ts';
import { guide, type GuideFile } from '../schemas/guide.ts';
import { stateDiagram } from '../schemas/state-diagram.ts';
import type { Content } from '../lib/reference/model.ts';

export const CONTENT_DIR = fileURLToPath(new URL('../../content/', import.meta.url));

export class ContentError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`content/ does not fit its schemas:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

function check<S extends z.ZodType>(
  schema: S,
  data: unknown,
  where: string,
  problems: string[],
): z.output<S> | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues)
    problems.push(`${where}: ${issue.path.join('.') || '(entry)'}: ${issue.message}`);
  return undefined;
}

function readYaml(file: string, problems: string[]): unknown {
  try {
    // A byte-order mark is not YAML; editors on Windows may add one.
    return load(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    problems.push(`${file}: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`);
    return undefined;
  }
}

/** A YAML file holding a list of entries, each with an `id` (Astro's `file()` loader). */
function readList<S extends z.ZodType>(dir: string, name: string, schema: S, problems: string[]): z.output<S>[] {
  const file = join(dir, name);
  const data = readYaml(file, problems);
  if (!Array.isArray(data)) {
    problems.push(`${file}: expected a YAML list`);
    return [];
  }
  return data.flatMap((item: unknown, i) => check(schema, item, `${file} [${String(i)}]`, problems) ?? []);
}

/**
 * A folder with one YAML file per entry (Astro's `glob()` loader); the id is the file name, and `named` says which
 * field of the entry must equal it ("550.yaml" holds code 550).
 */
function readFolder<S extends z.ZodType>(
  dir: string,
  name: string,
  schema: S,
  named: (entry: z.output<S>) => string,
  problems: string[],
): z.output<S>[] {
  const folder = join(dir, name);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => {
      const file = join(folder, f);
      const entry = check(schema, readYaml(file, problems), file, problems);
      if (entry === undefined) return [];
      if (`${named(entry)}.yaml` !== f)
        problems.push(`${file}: the file name does not match the entry ${named(entry)}`);
      return [entry];
    });
}

/** content/guides/*.mdx: the YAML front matter validated by the guide schema, the slug from the file name, the body. */
function readGuides(dir: string, problems: string[]): GuideFile[] {
  const folder = join(dir, 'guides');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .flatMap((f) => {
      const file = join(folder, f);
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
      if (!m) {
        problems.push(`${file}: no front matter between --- lines`);
        return [];
      }
      let data: unknown;
      try {
        data = load(m[1] ?? '');
      } catch (error) {
        problems.push(`${file}: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`);
        return [];
      }
      const entry = check(guide, data, file, problems);
      return entry ? [{ ...entry, slug: f.slice(0, -'.mdx'.length), body: m[2] ?? '' }] : [];
    });
}

/** content/servers/ alone, validated: the CLI reads it only when a log has replies, to name its server. */
export function loadServers(dir: string = CONTENT_DIR): Server[] {
  const problems: string[] = [];
  const servers = readFolder(dir, 'servers', server, (s) => s.id, problems);
  if (problems.length) throw new ContentError(problems);
  return servers;
}

/**
 * Every collection of content/, validated. Throws a ContentError listing every problem found. `servers: false` skips
 * content/servers/ (about a thousand messages), which the decoder's catalog does not read: the CLI starts faster.
 */
export function loadContent(
  dir: string = CONTENT_DIR,
  options: { servers?: boolean; clients?: boolean; guides?: boolean } = {},
): Content {
  const problems: string[] = [];
  const content: Content = {
    rfcs: readList(dir, 'rfcs.yaml', rfc, problems),
    classes: readList(dir, 'classes.yaml', replyClass, problems),
    categories: readList(dir, 'categories.yaml', replyCategory, problems),
    codes: readFolder(dir, 'codes', code, (c) => String(c.code), problems),
    commands: readFolder(dir, 'commands', command, (c) => c.name, problems),
    advice: readList(dir, 'advice.yaml', adviceRule, problems),
    clients: options.clients === false ? [] : readFolder(dir, 'clients', client, (c) => c.id, problems),
    servers: options.servers === false ? [] : readFolder(dir, 'servers', server, (s) => s.id, problems),
    // Optional, like clients/: content written before it decodes without the clients' closing lines.
    clientErrors: existsSync(join(dir, 'client-errors.yaml'))
      ? readList(dir, 'client-errors.yaml', clientError, problems)
      : [],
    // Guides cite servers and clients: without them (the CLI's catalog) they could not be checked, so they are skipped.
    guides:
      (options.guides ?? (options.servers !== false && options.clients !== false)) ? readGuides(dir, problems) : [],
    stateDiagrams: existsSync(join(dir, 'state-diagrams.yaml'))
      ? readList(dir, 'state-diagrams.yaml', stateDiagram, problems)
      : [],
    commandCaptures: existsSync(join(dir, 'command-captures.yaml'))
      ? readList(dir, 'command-captures.yaml', commandCapture, problems)
      : [],
  };
  if (problems.length) throw new ContentError(problems);
  return content;
}
