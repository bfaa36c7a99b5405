/** Why a text's brackets or quotes do not balance, or undefined when they do. */
const PAIRS: Record<string, string> = { ')': '(', ']': '[', '}': '{', '”': '“' };
const OPENERS = new Set(Object.values(PAIRS));

/**
 * Characters written as themselves are not openers: a quoted single character ("(" or '|'), a double quote standing
 * alone in a list of characters (\ / " < >), or one inside a word (MKD foo"bar).
 */
const literal = (text: string) =>
  text
    .replace(/(["'])[^\s"']\1/g, '')
    .replace(/(?<=[^\w\s] )"(?= [^\w\s])/g, '')
    .replace(/(?<=\w)"(?=\w)/g, '');

export function unbalanced(text: string): string | undefined {
  const stack: string[] = [];
  for (const ch of literal(text)) {
    if (OPENERS.has(ch)) stack.push(ch);
    else if (ch in PAIRS) {
      const open = stack.pop();
      if (open === undefined) return `"${ch}" closes nothing`;
      if (open !== PAIRS[ch]) return `"${ch}" closes "${open}"`;
    }
  }
  const left = stack.pop();
  if (left !== undefined) return `"${left}" is never closed`;
  if ((literal(text).match(/"/g) ?? []).length % 2) return 'an odd number of "';
  return undefined;
}
