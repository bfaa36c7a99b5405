/**
 * Every text in content/ closes what it opens: brackets, parentheses and double quotes. A stray "(" once reached a
 * page as `227 Entering Passive Mode (;` (issue 12, finding 7). Checked on the parsed content, every string field of
 * every entry, so a new collection is covered without changing this test.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/node/content.ts';
import { unbalanced } from './balance.ts';

const content = loadContent();

/** Every string in a value, with its path ("codes[42].causes[1]"). */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${String(i)}]`);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* strings(v, `${path}.${k}`);
}

describe('brackets and quotes in content', () => {
  it('the check finds what it should', () => {
    expect(unbalanced('227 Entering Passive Mode (')).toBe('"(" is never closed');
    expect(unbalanced('a) first, b) second')).toBe('")" closes nothing');
    expect(unbalanced('one (two [three)]')).toBe('")" closes "["');
    expect(unbalanced('he said “no')).toBe('"“" is never closed');
    expect(unbalanced('an "odd quote')).toBe('an odd number of "');
    expect(unbalanced('fine (with [nested] brackets) and “quotes” and "these"')).toBeUndefined();
    // Characters written as themselves.
    expect(unbalanced('"(|||port|)": the character after "(" is the delimiter')).toBeUndefined();
    expect(unbalanced('forbidden: \\ / : * ? " < > | on Windows')).toBeUndefined();
    expect(unbalanced('MKD foo"bar gives 257 "/usr/dm/foo""bar"')).toBeUndefined();
  });

  it('every text field of every collection is balanced', () => {
    const bad: string[] = [];
    let n = 0;
    for (const [name, entries] of Object.entries(content)) {
      for (const [path, text] of strings(entries, name)) {
        n++;
        const why = unbalanced(text);
        if (why) bad.push(`${path}: ${why} in ${JSON.stringify(text.slice(0, 80))}`);
      }
    }
    expect(n).toBeGreaterThan(1000);
    expect(bad).toEqual([]);
  });
});
