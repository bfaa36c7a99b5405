import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadReference } from '../../../scripts/load-catalog.ts';
import { matchClientLine } from '../../../src/lib/reference/client-match.ts';

interface Report {
  text: string;
  url: string;
  client: string;
  code: number;
  report: string;
}
const fixture: unknown = JSON.parse(
  readFileSync(new URL('../../fixtures/real-client-reports.json', import.meta.url), 'utf8'),
);
const isReports = (x: unknown): x is { reports: Report[] } =>
  typeof x === 'object' && x !== null && 'reports' in x && Array.isArray(x.reports);
if (!isReports(fixture)) throw new Error('bad fixture');
const { clients } = loadReference();

describe('real client reports pasted in public issue trackers', () => {
  it('has at least 20 lines, each with a public source', () => {
    expect(fixture.reports.length).toBeGreaterThanOrEqual(20);
    for (const r of fixture.reports) expect(r.url).toMatch(/^https:\/\//);
  });

  for (const r of fixture.reports)
    it(`${r.client} ${String(r.code)}: ${r.text.split('\n').at(-1)?.slice(0, 60) ?? ''}`, () => {
      expect(matchClientLine(r.text, clients)).toEqual({ client: r.client, code: r.code, report: r.report });
    });

  it('a line without a client report is not matched, and a code alone is not enough', () => {
    expect(matchClientLine('550 Permission denied.', clients)).toBeUndefined();
    expect(matchClientLine('The remote server returned an error', clients)).toBeUndefined();
  });

  it('curl without a code in the message takes it from the mapping of that exit status', () => {
    expect(matchClientLine('curl: (9) Server denied you to change to the given directory', clients)).toEqual({
      client: 'curl',
      code: 550,
      report: 'CURLE_REMOTE_ACCESS_DENIED',
    });
  });
});
