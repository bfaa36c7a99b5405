/**
 * What a client extractor declares: where its source is, and how to read mappings out of it. Most mappings are
 * anchored rules: a line of the source found by its exact text (the message the client prints, or the line that
 * raises the error), the constant captured near it, and the reply codes and commands the surrounding code handles,
 * which `expect` checks are still there, so a re-run against a newer tag fails loudly when the code moved on.
 */
import type { ClientMapping, ReportKind } from '../../../src/schemas/client.ts';
import { captureNear, ExtractError, lineOf, quoted, type Extracted } from './parse.ts';

/** Reads a file of the source tree at the spec's tag. */
export type Read = (path: string) => string;

export type SourceSpec =
  | { kind: 'git'; repo: string; tag: string }
  | { kind: 'tree'; tag: string; commit: string; browse: string; obtained: string };

export interface ClientSpec {
  id: string;
  name: string;
  kind: 'library' | 'client' | 'tool';
  language?: string;
  homepage: string;
  source: SourceSpec;
  extract(read: Read): Extracted[];
}

export interface Rule {
  id: string;
  file: string;
  /** Exact text of the line to cite. */
  anchor: string;
  /** Search for the anchor from the first line containing this text (a function name, a `case`). */
  after?: string;
  kind: ReportKind;
  /** The report: captured near the anchor (group 1), or given. */
  capture?: RegExp;
  report?: string;
  /** Take the first string literal of the anchor line as the message. */
  message?: boolean;
  codes?: number[];
  classes?: ClientMapping['classes'];
  commands?: string[];
  /** Texts that must occur within `window` (24) lines around the anchor (the code tests the rule relies on). */
  expect?: string[];
  window?: number;
}

export function applyRule(text: string, rule: Rule): Extracted {
  const line = lineOf(text, rule.anchor, rule.after);
  const lines = text.split('\n');
  const window = rule.window ?? 24;
  const around = lines.slice(Math.max(0, line - 1 - window), line + window).join('\n');
  for (const e of rule.expect ?? [])
    if (!around.includes(e)) throw new ExtractError(`${rule.id}: ${JSON.stringify(e)} not near line ${String(line)}`);
  const captured = rule.capture ? captureNear(text, line, rule.capture) : undefined;
  const report = captured?.value ?? rule.report;
  if (report === undefined) throw new ExtractError(`${rule.id}: no report`);
  const message = rule.message ? quoted(lines[line - 1] ?? '') : undefined;
  return {
    id: rule.id,
    codes: rule.codes ?? [],
    classes: rule.classes ?? [],
    commands: rule.commands ?? [],
    kind: rule.kind,
    report,
    ...(message !== undefined ? { message } : {}),
    file: rule.file,
    line,
  };
}
