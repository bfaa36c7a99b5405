/**
 * Advice for a failure, by command and code (content/advice.yaml for rules a family of commands shares; a command's
 * own rules sit under `advice:` in content/commands/NAME.yaml). The decoder adds the first rule that matches the failing
 * exchange to the catalogue's meaning and action of the code: a command's own rules first, then the shared ones in
 * file order. Pure zod, like every schema here.
 */
import { z } from 'zod';
import { commandGroup, commandName, commandRole, dataMode, replyCode, touches } from './common.ts';

/**
 * A fact about the session the decoder computes (src/lib/decoder/advice.ts), named here so a rule can ask for it:
 * - epsv-all: the client sent "EPSV ALL" earlier in the session (RFC 2428 §4);
 * - greeting: the failure is the server's greeting, before any command;
 * - passive / active: the data connection in effect (the failing command itself, or the last PASV, EPSV, PORT, … before
 *   it) is passive / active;
 * - no-data-setup: no data-connection command came before the failing one;
 * - ascii-type: the last TYPE before the failing command chose ASCII ("TYPE A");
 * - private-address: the passive reply (227) announced a private or unroutable address (RFC 1918, 100.64/10, 0/8);
 *   sets `{address}`;
 * - client-error: no reply failed: a log line (the client's error, a timeout, a server log's refusal) says what did.
 */
export const ADVICE_CONDITIONS = [
  'epsv-all',
  'greeting',
  'passive',
  'active',
  'no-data-setup',
  'ascii-type',
  'private-address',
  'client-error',
] as const;
export const adviceCondition = z.enum(ADVICE_CONDITIONS);
export type AdviceCondition = z.output<typeof adviceCondition>;

/**
 * Which commands a shared rule is for. It matches a command that has any of the listed facts (names, role, touches,
 * data, group) and is not in `except`; `any: true` matches every command (but not a reply without one, such as the
 * greeting). PRET's argument names the command it announces ("PRET RETR x"): rules see that command.
 */
export const adviceCommands = z
  .object({
    any: z.boolean().default(false),
    names: z.array(commandName).default([]),
    role: z.array(commandRole).default([]),
    touches: z.array(touches).default([]),
    data: z.array(dataMode).default([]),
    group: z.array(commandGroup).default([]),
    except: z.array(commandName).default([]),
  })
  .refine((s) => s.any || s.names.length + s.role.length + s.touches.length + s.data.length + s.group.length > 0, {
    error: 'name at least one selector (names, role, touches, data, group) or `any: true`',
  });
export type AdviceCommands = z.output<typeof adviceCommands>;

/**
 * The advice text, in our words. Placeholders: `{command}` (the verb), `{argument}` (the argument, quoted and cut to 80
 * characters), `{setup}` (the data-connection command in effect), `{address}` (see private-address). `{name|fallback}`
 * gives the fallback when the value is empty; a space right after `{` is written only when the value is not empty
 * (`the directory{ argument}`). A list joins its parts; a part `{ if, text }` is written only when the condition holds.
 */
export const adviceText = z.union([
  z.string().min(1),
  z.array(z.union([z.string().min(1), z.object({ if: adviceCondition, text: z.string().min(1) })])).min(1),
]);
export type AdviceText = z.output<typeof adviceText>;

const ruleFields = {
  /** A short name for the rule (tests and reviews refer to it). */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id'),
  /** The failure codes it is for; empty: any 4yz/5yz code. */
  codes: z.array(replyCode).default([]),
  /** Only when this holds. */
  when: adviceCondition.optional(),
  text: adviceText,
  /**
   * The same failure in one plain sentence for a person who is not an expert, shown before the details: what failed,
   * why in everyday words, and what to try. Placeholders as in `text`, plus `{doing}` (the command's `doing` phrase).
   * The first matching rule that has one gives it.
   */
  plain: z.string().min(1).optional(),
};

/** A rule of content/advice.yaml: for the commands `commands` selects, or for every exchange when it is left out. */
export const adviceRule = z.object({ ...ruleFields, commands: adviceCommands.optional() });
export type AdviceRule = z.output<typeof adviceRule>;

/** A rule under a command's `advice:`: for that command only. */
export const commandAdvice = z.object(ruleFields);
export type CommandAdvice = z.output<typeof commandAdvice>;

/** content/advice.yaml: the shared rules, in the order they are tried. */
export const adviceRules = z.array(adviceRule);
