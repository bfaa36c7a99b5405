/**
 * Masks passwords in pasted text before it is shared or copied: every "PASS <secret>" command, whatever log prefix
 * stands before it ("> ", "---> ", "*cmd* '", "Command: ", a WinSCP timestamp). Reply texts are left alone: the verb
 * must be upper-case and not part of a longer word. Linear: one pass, no backtracking.
 */
const PASS = /(^|[^A-Za-z0-9_])(PASS[ \t]+)[^'"\r\n]+/gm;

export function maskSecrets(text: string): string {
  return text.replace(PASS, (_m, lead: string, verb: string) => `${lead}${verb}****`);
}
