/**
 * What real servers answered to each command in the captured sessions (content/command-captures.yaml, one entry per
 * command), written by scripts/extract/command-captures.ts from tests/fixtures/captures/: never typed by hand. The
 * command pages show them as real examples and as the places where servers answer otherwise than the RFCs list.
 */
import { z } from 'zod';
import { commandName } from './common.ts';

export const capturedExchange = z.object({
  /** The server product, as tests/fixtures/captures/index.json names it: "proftpd". */
  server: z.string().min(1),
  /** Its version as captured ("1.3.8+dfsg-4+deb12u5", the Debian package). */
  version: z.string().min(1),
  /** The capture folder under tests/fixtures/captures/: "proftpd/raw-missing-file". */
  capture: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
  /** The command line as the client sent it (a password masked). */
  line: z.string().min(1),
  /** The first line of each reply the server sent to it, in order. */
  replies: z.array(z.string().regex(/^\d{3}[ -]/)).min(1),
});

export const commandCapture = z.object({
  id: commandName,
  exchanges: z.array(capturedExchange).min(1),
});

export type CommandCapture = z.output<typeof commandCapture>;
export type CapturedExchange = z.output<typeof capturedExchange>;
