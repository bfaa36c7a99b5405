/** Which positive replies the catalogue expects for an RFC 959 command (moved unchanged out of decode.ts). */
import type { NormalCatalog } from './advice.ts';

/** RFC 959 commands: §5.4 lists their replies completely, so an unlisted positive reply is worth a warning. */
const RFC959_COMMANDS = new Set([
  'USER', 'PASS', 'ACCT', 'CWD', 'CDUP', 'SMNT', 'REIN', 'QUIT', 'PORT', 'PASV', 'MODE', 'TYPE', 'STRU', 'ALLO', 'REST',
  'STOR', 'STOU', 'RETR', 'LIST', 'NLST', 'APPE', 'RNFR', 'RNTO', 'DELE', 'RMD', 'MKD', 'PWD', 'ABOR', 'SYST', 'STAT',
  'HELP', 'SITE', 'NOOP',
]);

/**
 * Whether the catalogue lists a positive reply for an RFC 959 command (from its meanings'
 * `commands`). Unknown when the catalogue ties no code to that command.
 */
export function expectedReplies(catalog: NormalCatalog): (code: number, command: string) => boolean | undefined {
  const byCode = new Map<number, Set<string>>();
  const commands = new Set<string>();
  for (const c of catalog.codes) {
    for (const m of c.meanings ?? []) {
      for (const cmd of m.commands) {
        commands.add(cmd);
        let set = byCode.get(c.code);
        if (!set) byCode.set(c.code, (set = new Set()));
        set.add(cmd);
      }
    }
  }
  return (code, command) => {
    // SITE replies are site-defined; CDUP is "a special case of CWD" (RFC 959 §4.1.1), so servers answer 250.
    if (command === 'SITE' || command === 'CDUP') return undefined;
    if (!RFC959_COMMANDS.has(command) || !commands.has(command)) return undefined;
    const set = byCode.get(code);
    return set ? set.has(command) : undefined;
  };
}
