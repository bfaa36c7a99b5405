import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskSecrets } from '../../src/lib/decoder/mask.ts';

describe('maskSecrets', () => {
  it.each([
    ['PASS s3cret-pw', 'PASS ****'],
    ['> PASS s3cret-pw', '> PASS ****'],
    ['---> PASS s3cret pw with spaces', '---> PASS ****'],
    ["*cmd* 'PASS s3cret-pw'", "*cmd* 'PASS ****'"],
    ["*put* 'PASS s3cret-pw\\r\\n'", "*put* 'PASS ****'"],
    ['Command:\tPASS s3cret-pw', 'Command:\tPASS ****'],
    ['> 2026-01-01 12:00:00.123 PASS s3cret-pw', '> 2026-01-01 12:00:00.123 PASS ****'],
    ['C: PASS s3cret-pw\r\nS: 230 ok', 'C: PASS ****\r\nS: 230 ok'],
  ])('%j → %j', (input, expected) => {
    expect(maskSecrets(input)).toBe(expected);
  });

  it('leaves reply texts and other words alone', () => {
    for (const text of ['331 Please specify the password.', '230 Password ok', 'BYPASS x', 'pass the salt', '530 Login incorrect.']) {
      expect(maskSecrets(text)).toBe(text);
    }
  });

  it('no password survives, whatever it is', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^Q[A-Za-z0-9!#$%&()*+,.\/:;<=>?@\[\]^_{|}~-]{4,30}$/), fc.constantFrom('', '> ', '---> ', 'C: ', "*cmd* '"), (secret, prefix) => {
        expect(maskSecrets(`USER anna\n${prefix}PASS ${secret}\n230 ok`)).not.toContain(secret);
      }),
    );
  });
});
