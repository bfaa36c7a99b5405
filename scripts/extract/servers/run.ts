/**
 * Extracts the replies of each server in RULES from its source tree at a tag and writes the `messages` (code, text,
 * source file and line) and `upstream` (repository, tag, commit) of content/servers/<id>.yaml. Hand-written fields
 * (condition, directives, fix) are kept, merged by message id; the rest of the file is left as it is.
 *
 *   npx node scripts/extract/servers/run.ts [--check] [id…]
 *
 * Sources are bare git mirrors at $MIRRORS/<owner>+<name>/repo (default /work/.mirror), e.g.
 *   git clone --bare https://github.com/proftpd/proftpd "$MIRRORS/proftpd+proftpd/repo"
 * --check writes nothing and exits 1 when a file differs from its source, or a directive's cited line does not name
 * it. CI has no mirrors, so this runs by hand; the unit tests check the files themselves.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, parseDocument } from 'yaml';
import { filezilla } from './filezilla.ts';
import { filezilla09 } from './filezilla09.ts';
import { ftpserverlib } from './ftpserverlib.ts';
import { meaningful, messageId, tidy } from './parse.ts';
import { proftpd138, proftpd139 } from './proftpd.ts';
import { pureftpd } from './pureftpd.ts';
import { pyftpdlib, twisted } from './python.ts';
import type { Extracted, ServerRule } from './types.ts';
import { vsftpd } from './vsftpd.ts';

export const RULES: readonly ServerRule[] = [
  vsftpd,
  proftpd138,
  proftpd139,
  pureftpd,
  filezilla,
  filezilla09,
  pyftpdlib,
  twisted,
  ftpserverlib,
];

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const HAND = ['condition', 'directives', 'fix'] as const;

export interface Message {
  id: string;
  code: number;
  text: string;
  source: { file: string; line: number };
  alsoAt: { file: string; line: number }[];
  unlisted: boolean;
}

/** One message per distinct (code, text), the first place as its source, ids unique (a numeric suffix on a clash). */
export function collect(found: readonly Extracted[], known: ReadonlySet<number>): Message[] {
  const byKey = new Map<string, Message>();
  const ids = new Set<string>();
  for (const e of found) {
    const text = tidy(e.text);
    if (!meaningful(text)) continue;
    const key = `${e.code} ${text}`;
    const seen = byKey.get(key);
    if (seen) {
      seen.alsoAt.push({ file: e.file, line: e.line });
      continue;
    }
    let id = messageId(e.code, text);
    for (let n = 2; ids.has(id); n++) id = `${messageId(e.code, text)}-${n}`;
    ids.add(id);
    byKey.set(key, {
      id,
      code: e.code,
      text,
      source: { file: e.file, line: e.line },
      alsoAt: [],
      unlisted: !known.has(e.code),
    });
  }
  return [...byKey.values()].sort((a, b) => a.code - b.code);
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', [`--git-dir=${dir}`, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function run(rule: ServerRule, check: boolean, known: ReadonlySet<number>, mirrors: string): string[] {
  const problems: string[] = [];
  const dir = join(mirrors, rule.mirror, 'repo');
  if (!existsSync(dir)) return [`${rule.id}: no mirror at ${dir}`];
  const commit = git(dir, 'rev-parse', `${rule.rev ?? rule.tag}^{commit}`).trim();
  const paths = rule.files(git(dir, 'ls-tree', '-r', '--name-only', commit).split('\n').filter(Boolean));
  const files = new Map(paths.map((p) => [p, git(dir, 'show', `${commit}:${p}`)]));
  const fresh = collect(rule.extract(files), known);

  const path = join(ROOT, 'content', 'servers', `${rule.id}.yaml`);
  if (!existsSync(path)) return [`${path}: write its header (name, product, …) first`];
  const text = readFileSync(path, 'utf8');
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) return [`${path}: expected a mapping`];
  const js: unknown = doc.toJS();
  const old = isRecord(js) && Array.isArray(js['messages']) ? js['messages'].filter(isRecord) : [];
  const hand = new Map(old.map((m) => [String(m['id']), m]));
  const freshIds = new Set(fresh.map((m) => m.id));
  for (const m of old)
    if (!freshIds.has(String(m['id'])) && HAND.some((k) => m[k] !== undefined))
      problems.push(`${rule.id}: ${String(m['id'])} has hand-written fields but is no longer in the source`);

  const messages = fresh.map((m) => {
    const kept = hand.get(m.id) ?? {};
    const out: Record<string, unknown> = { id: m.id, code: m.code, text: m.text, source: m.source };
    if (m.alsoAt.length) out['alsoAt'] = m.alsoAt;
    if (m.unlisted) out['unlisted'] = true;
    for (const k of HAND) if (kept[k] !== undefined) out[k] = kept[k];
    return out;
  });
  doc.set('upstream', doc.createNode({ kind: 'git', repository: rule.repository, tag: rule.tag, commit }));
  const node = doc.createNode(messages);
  for (const item of node.items)
    if (isMap(item)) for (const pair of item.items) if (isMap(pair.value)) pair.value.flow = true;
  for (const item of node.items)
    if (isMap(item)) {
      const also = item.get('alsoAt', true);
      if (also && typeof also === 'object' && 'flow' in also) also.flow = true;
    }
  doc.set('messages', node);

  // A directive's default must be stated on the line it cites.
  const directives = isRecord(js) && Array.isArray(js['directives']) ? js['directives'].filter(isRecord) : [];
  for (const d of directives) {
    const src = d['source'];
    if (!isRecord(src) || typeof src['file'] !== 'string') continue;
    let lines: string[];
    try {
      lines = git(dir, 'show', `${commit}:${src['file']}`).split('\n');
    } catch {
      problems.push(`${rule.id}: directive ${String(d['name'])} cites ${src['file']}, not in the tree at ${rule.tag}`);
      continue;
    }
    const line = lines[Number(src['line']) - 1] ?? '';
    const name = String(d['name']).replace(/^-+/, '');
    if (!line.toLowerCase().includes(name.toLowerCase()))
      problems.push(
        `${rule.id}: directive ${String(d['name'])}: ${src['file']}:${String(src['line'])} does not name it`,
      );
  }

  const out = doc.toString({ lineWidth: 0 });
  if (out !== text) {
    if (check) problems.push(`${rule.id}: content/servers/${rule.id}.yaml differs from the source at ${rule.tag}`);
    else writeFileSync(path, out);
  }
  console.log(`${rule.id}: ${String(fresh.length)} messages at ${rule.tag} (${commit.slice(0, 12)})`);
  return problems;
}

function main(): void {
  const argv = process.argv.slice(2);
  const check = argv.includes('--check');
  const only = argv.filter((a) => !a.startsWith('--'));
  const mirrors = process.env['MIRRORS'] ?? '/work/.mirror';
  const known = new Set(
    readdirSync(join(ROOT, 'content', 'codes'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => Number(f.replace(/\.yaml$/, ''))),
  );
  const problems = RULES.filter((r) => only.length === 0 || only.includes(r.id)).flatMap((r) =>
    run(r, check, known, mirrors),
  );
  for (const p of problems) console.error(p);
  if (problems.length) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
