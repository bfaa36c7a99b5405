/**
 * Writes content/clients/NAME.yaml from each client's real source: the extracted fields of every mapping (report,
 * exit, message, file, line) and the source's tag and commit. Hand-written fields (`summary`, `name`, `when`,
 * `note`) are kept: mappings are merged by id (parse.ts mergeMappings).
 *
 *   npx node scripts/extract/clients/run.ts [--check] [--src NAME=DIR]... [NAME...]
 *
 * A git source is read with `git --git-dir=DIR show TAG:path` from $MIRRORS/OWNER+NAME/repo (default
 * MIRRORS=/work/.mirror, a bare clone); a tarball source from $SOURCES/NAME (default /work/src), an unpacked release.
 * `--src curl=/path/to/curl.git` overrides either. --check writes nothing and exits 1 when a file differs (or a
 * source is missing). CI has no sources: the unit tests check the files, this script checks them against the source.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { load } from 'js-yaml';
import { Document, isScalar, isSeq, visit } from 'yaml';
import { client, type Client } from '../../../src/schemas/client.ts';
import { mergeMappings } from './parse.ts';
import type { ClientSpec, Read } from './spec.ts';
import { SPECS } from './specs.ts';

const CLIENTS_DIR = fileURLToPath(new URL('../../../content/clients/', import.meta.url));

interface Tree {
  read: Read;
  commit: string;
}

function openSource(spec: ClientSpec, dir: string | undefined): Tree {
  const s = spec.source;
  if (s.kind === 'git') {
    const gitDir = dir ?? join(process.env.MIRRORS ?? '/work/.mirror', s.repo.replace('/', '+'), 'repo');
    if (!existsSync(gitDir)) throw new Error(`${spec.id}: no clone of ${s.repo} at ${gitDir} (use --src)`);
    const git = (...args: string[]) =>
      execFileSync('git', [`--git-dir=${gitDir}`, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
    return { read: (path) => git('show', `${s.tag}:${path}`), commit: git('rev-parse', `${s.tag}^{commit}`).trim() };
  }
  const root = dir ?? join(process.env.SOURCES ?? '/work/src', spec.id);
  if (!existsSync(root)) throw new Error(`${spec.id}: no source tree at ${root} (use --src; ${s.obtained})`);
  return { read: (path) => readFileSync(join(root, path), 'utf8'), commit: s.commit };
}

/** Empty lists are the schema's defaults: leave them out of the file. */
const withoutEmptyLists = (m: object) =>
  Object.fromEntries(Object.entries(m).filter(([, v]) => !(Array.isArray(v) && v.length === 0)));

/** The YAML the extractor writes for one client, given the file already on disk (or none). */
export function render(spec: ClientSpec, tree: Tree, existing: Partial<Client> | undefined): string {
  const s = spec.source;
  const data = {
    id: spec.id,
    name: existing?.name ?? spec.name,
    kind: spec.kind,
    ...(spec.language ? { language: spec.language } : {}),
    summary: existing?.summary ?? 'TODO: our words',
    homepage: spec.homepage,
    source: {
      ...(s.kind === 'git' ? { repo: s.repo } : {}),
      tag: s.tag,
      commit: tree.commit,
      browse: s.kind === 'git' ? `https://github.com/${s.repo}/blob/${tree.commit}/{file}#L{line}` : s.browse,
      ...(s.kind === 'tree' ? { obtained: s.obtained } : {}),
    },
    extractor: `scripts/extract/clients/run.ts ${spec.id}`,
    mappings: mergeMappings(existing?.mappings ?? [], spec.extract(tree.read)).map(withoutEmptyLists),
  };
  const parsed = client.safeParse(data);
  if (!parsed.success) throw new Error(`${spec.id}: ${parsed.error.message}`);
  const doc = new Document(data);
  // Lists of codes and commands on one line: `codes: [550]`.
  visit(doc, { Seq: (_, node) => void (node.flow = isSeq(node) && node.items.every((i) => isScalar(i))) });
  return `# Extracted by scripts/extract/clients/run.ts from ${s.kind === 'git' ? s.repo : spec.id} ${s.tag}; edit only summary, name, when and note.\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}`;
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { check: { type: 'boolean', default: false }, src: { type: 'string', multiple: true, default: [] } },
  });
  const dirs = new Map(values.src.map((s) => [s.slice(0, s.indexOf('=')), s.slice(s.indexOf('=') + 1)]));
  const specs = positionals.length ? SPECS.filter((s) => positionals.includes(s.id)) : SPECS;
  let bad = 0;
  for (const spec of specs) {
    const file = join(CLIENTS_DIR, `${spec.id}.yaml`);
    const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    let out: string;
    try {
      const existing = before === undefined ? undefined : (load(before) as Partial<Client>);
      out = render(spec, openSource(spec, dirs.get(spec.id)), existing);
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      bad++;
      continue;
    }
    const count = (load(out) as Client).mappings.length;
    if (out === before) console.log(`${spec.id}: ${String(count)} mappings, unchanged`);
    else if (values.check) {
      console.error(`${spec.id}: content/clients/${spec.id}.yaml differs from its source (run without --check)`);
      bad++;
    } else {
      writeFileSync(file, out);
      console.log(`${spec.id}: ${String(count)} mappings written`);
    }
  }
  if (bad) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
