/**
 * Real questions (tests/fixtures/questions.json: the exact text people pasted or typed in public threads, the thread,
 * the pages that answer it and the fix that worked) searched as a person would: open /search/?q=<text>, read the
 * results list, take the first three links.
 *
 * A question is answered when
 *   1. one of the top three links is one of its expected pages that the build has (a guide counts only once it is
 *      built; until then the code page named beside it is the answer, and a question whose expected pages are all
 *      missing from the build is a miss: the site cannot answer it yet), and
 *   2. that page shows the message (the entry's `fragment`) or the fix (any of its `fixTerms`), compared
 *      case-insensitively on the page's visible text.
 * The share of answered questions must reach 0.9. Every miss is printed with its reason, and the whole table is
 * written to questions-report.json in the test's output folder, for whoever works on search or on the pages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './helpers.ts';

interface Question {
  id: string;
  kind: 'server-message' | 'client-error' | 'log-fragment' | 'question';
  text: string;
  source: string;
  expect: string[];
  fix: string;
  fixTerms: string[];
  fragment?: string;
  confirmed: boolean;
}

function isQuestion(x: unknown): x is Question {
  if (typeof x !== 'object' || x === null) return false;
  const q = x as Record<string, unknown>;
  return (
    typeof q.id === 'string' &&
    typeof q.text === 'string' &&
    typeof q.source === 'string' &&
    Array.isArray(q.expect) &&
    Array.isArray(q.fixTerms) &&
    (q.fragment === undefined || typeof q.fragment === 'string')
  );
}

const raw: unknown = JSON.parse(readFileSync('tests/fixtures/questions.json', 'utf8'));
const questions: Question[] =
  typeof raw === 'object' && raw !== null && 'questions' in raw && Array.isArray(raw.questions)
    ? raw.questions.filter(isQuestion)
    : [];

/** The share of questions that must be answered. */
const THRESHOLD = 0.9;
/** How many results a person reads. */
const TOP = 3;

const built = new Set(sitemapPaths());

/** Case-insensitive, whitespace and typographic quotes folded: a page may print ’ where a server sent '. */
const fold = (s: string) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .toLowerCase();

interface Outcome {
  id: string;
  kind: string;
  text: string;
  top: string[];
  accepted: string[];
  /** The search page's status line ("No results for …", "3 results for …"), to tell no result from a wrong one. */
  status: string;
  hit: string | null;
  showsMessage: boolean;
  showsFix: boolean;
  answered: boolean;
  why: string;
}

/** The first links of the results list, as paths ("/codes/530/"), once the search has rendered for this text. */
async function topResults(page: Page, text: string): Promise<{ top: string[]; status: string } | null> {
  await page.goto(`/search/?q=${encodeURIComponent(text)}`);
  const list = page.getByRole('list', { name: 'Search results' }).or(page.locator('main ol.search-results')).first();
  const status = page.locator('main [role="status"]').first();
  // The island writes the status line after it has rendered the results of this very query (or found none).
  try {
    await expect(status).not.toHaveText('', { timeout: 15_000 });
  } catch {
    return null;
  }
  const hrefs = await list
    .locator('a')
    .evaluateAll((as) => as.map((a) => (a instanceof HTMLAnchorElement ? a.href : '')).filter((h) => h !== ''));
  const top = hrefs.slice(0, TOP).map((h) => {
    const path = new URL(h).pathname;
    return path.endsWith('/') ? path : `${path}/`;
  });
  return { top, status: (await status.innerText()).replace(/\s+/g, ' ').slice(0, 80) };
}

async function visibleText(page: Page, path: string): Promise<string> {
  await page.goto(path);
  return fold(await page.locator('main').innerText());
}

test('real questions find their answer in the top three results', async ({ page }, testInfo) => {
  test.setTimeout(questions.length * 20_000);
  expect(questions.length).toBeGreaterThanOrEqual(60);

  const outcomes: Outcome[] = [];
  for (const q of questions) {
    const accepted = q.expect.filter((p) => built.has(p));
    const base = { id: q.id, kind: q.kind, text: q.text, accepted };
    if (accepted.length === 0) {
      outcomes.push({
        ...base,
        top: [],
        status: '',
        hit: null,
        showsMessage: false,
        showsFix: false,
        answered: false,
        why: `none of ${q.expect.join(', ')} is built`,
      });
      continue;
    }
    const found = await topResults(page, q.text);
    if (found === null) {
      outcomes.push({
        ...base,
        top: [],
        status: '',
        hit: null,
        showsMessage: false,
        showsFix: false,
        answered: false,
        why: 'the search page rendered no results',
      });
      continue;
    }
    const { top, status } = found;
    const hits = top.filter((p) => accepted.includes(p));
    if (hits.length === 0) {
      outcomes.push({
        ...base,
        top,
        status,
        hit: null,
        showsMessage: false,
        showsFix: false,
        answered: false,
        why: `not in top ${TOP} (want ${accepted.join(' or ')})`,
      });
      continue;
    }
    // Any expected page among the three may be the one that shows the answer.
    let best: Omit<Outcome, keyof typeof base | 'top' | 'status'> | undefined;
    for (const hit of hits) {
      const body = await visibleText(page, hit);
      const showsMessage = q.fragment !== undefined && body.includes(fold(q.fragment));
      const showsFix = q.fixTerms.some((t) => body.includes(fold(t)));
      const answered = showsMessage || showsFix;
      const why = answered ? '' : `${hit} shows neither "${q.fragment ?? ''}" nor any of ${q.fixTerms.join(', ')}`;
      if (!best || (answered && !best.answered) || (showsMessage && showsFix))
        best = { hit, showsMessage, showsFix, answered, why };
      if (showsMessage && showsFix) break;
    }
    if (best) outcomes.push({ ...base, top, status, ...best });
  }

  const answered = outcomes.filter((o) => o.answered).length;
  const share = answered / outcomes.length;
  const misses = outcomes.filter((o) => !o.answered);
  const both = outcomes.filter((o) => o.showsMessage && o.showsFix).length;
  writeFileSync(testInfo.outputPath('questions-report.json'), JSON.stringify({ share, outcomes }, null, 2));
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  console.log(
    [
      `questions: ${answered}/${outcomes.length} answered (${(share * 100).toFixed(1)}%, need ${THRESHOLD * 100}%); ` +
        `${both} of them show both the message and the fix`,
      ...misses.map(
        (o) =>
          `  MISS ${cut(o.id, 34).padEnd(34)} ${cut(o.text, 60).padEnd(60)} top: ${o.top.join(' ') || '—'}  · ${o.top.length ? o.why : o.status || o.why}`,
      ),
    ].join('\n'),
  );
  expect(share, `${misses.length} misses: ${misses.map((o) => o.id).join(', ')}`).toBeGreaterThanOrEqual(THRESHOLD);
});
