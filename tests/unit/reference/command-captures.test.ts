/** content/command-captures.yaml is what scripts/extract/command-captures.ts reads from the captures, unchanged. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exchangesOf, extract, render } from '../../../scripts/extract/command-captures.ts';

describe('command captures', () => {
  it('the file is up to date with tests/fixtures/captures/', () => {
    const file = readFileSync(new URL('../../../content/command-captures.yaml', import.meta.url), 'utf8');
    expect(render(extract())).toBe(file);
  });

  it('pairs a command with the first line of each reply until the next command', () => {
    const lines = [
      { conn: 1, dir: 's', text: '220 hi' },
      { conn: 1, dir: 'c', text: 'PASS secret' },
      { conn: 1, dir: 's', text: '230-Welcome' },
      { conn: 1, dir: 's', text: ' banner' },
      { conn: 1, dir: 's', text: '230 OK' },
      { conn: 1, dir: 'c', text: 'LIST nodir' },
      { conn: 1, dir: 's', text: '150 Opening' },
      { conn: 1, dir: 's', text: '450 nodir: No such file' },
    ] as const;
    expect(exchangesOf(lines)).toEqual([
      { conn: 1, line: 'PASS ****', replies: ['230-Welcome'] },
      { conn: 1, line: 'LIST nodir', replies: ['150 Opening', '450 nodir: No such file'] },
    ]);
  });
});
