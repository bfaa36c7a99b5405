/** The matcher finds a known message in a pasted line despite the paths, addresses and counts in it. */
import { describe, expect, it } from 'vitest';
import { compileTemplate, matchGroups, matchMessages, normalise, parsePasted } from '../../../src/lib/server-match.ts';

const messages = [
  { id: 'a', code: 530, text: 'Login incorrect.' },
  { id: 'b', code: 550, text: '{path}: {error}' },
  { id: 'c', code: 550, text: 'Failed to open file.' },
  { id: 'g', code: 550, text: '{path}: Permission denied' },
  { id: 'd', code: 421, text: "I can't accept more than {count} connections as the same user" },
  { id: 'e', code: 227, text: 'Entering Passive Mode ({address},{port},{port}).' },
  { id: 'f', code: 500, text: 'OOPS: vsftpd: refusing to run with writable root inside chroot()' },
];

describe('parsePasted', () => {
  it.each([
    ['530 Login incorrect.', 530, 'Login incorrect.'],
    ['Response:\t550 Failed to open file.', 550, 'Failed to open file.'],
    ['ftplib.error_perm: 550 /x: Permission denied', 550, '/x: Permission denied'],
    ['< 227 Entering Passive Mode (10,0,0,1,4,1)', 227, 'Entering Passive Mode (10,0,0,1,4,1)'],
    ['Login incorrect', null, 'Login incorrect'],
  ])('%s', (input, code, text) => {
    expect(parsePasted(input)).toEqual({ code, text });
  });
});

describe('matchMessages', () => {
  it('matches values in place of placeholders', () => {
    expect(matchMessages('550 /home/ann/a.txt: No such file or directory', messages)[0]?.message.id).toBe('b');
    expect(matchMessages("421 I can't accept more than 5 connections as the same user", messages)[0]?.message.id).toBe(
      'd',
    );
    expect(matchMessages('227 Entering Passive Mode (192,168,1,20,195,80).', messages)[0]?.message.id).toBe('e');
  });
  it('ranks the more literal template first when several match', () => {
    const m = matchMessages('550 /srv/a: Permission denied', messages);
    expect(m.map((x) => x.message.id)).toEqual(['g', 'b']);
    expect(m[0]?.exact).toBe(true);
  });
  it('keeps the parentheses at the end of a line', () => {
    const line = '500 OOPS: vsftpd: refusing to run with writable root inside chroot()';
    expect(matchMessages(line, messages)[0]?.message.id).toBe('f');
  });
  it('falls back to shared words for a fragment, and finds nothing for an unrelated line', () => {
    const m = matchMessages('refusing to run with writable root', messages);
    expect(m[0]?.message.id).toBe('f');
    expect(m[0]?.exact).toBe(false);
    expect(matchMessages('230 Welcome aboard', messages)).toEqual([]);
  });
  it('uses the code to rule out other codes', () => {
    expect(matchMessages('530 Failed to open file.', messages).map((x) => x.message.id)).not.toContain('c');
  });
});

describe('matching what people paste around a message', () => {
  const more = [
    ...messages,
    { id: 'h', code: 421, text: 'Too many connections ({count}) from this IP' },
    { id: 'i', code: 451, text: '{path}: Too many transfers' },
    { id: 'j', code: 421, text: 'There are too many connections from your internet address.' },
    { id: 'k', code: 425, text: 'Unable to build data connection: {error}' },
    { id: 'l', code: 550, text: '{path}: {error}' },
    { id: 'm', code: 530, text: 'Please login with USER and PASS.' },
    { id: 'n', code: 530, text: 'Sorry, Authentication failed.' },
  ];
  it('a fragment finds the messages holding all its words, the closest first', () => {
    const ids = matchMessages('too many connections', more).map((m) => m.message.id);
    expect(ids[0]).toBe('h');
    expect(ids).toContain('j');
  });
  it('a line that starts with the message and goes on, or holds it after a label, still matches', () => {
    expect(matchMessages('530 Sorry, Authentication failed. I tried twice', more)[0]?.message.id).toBe('n');
    const ftp4j = 'FTPException [code=425, message= Unable to build data connection: TLS session not resumed.]';
    expect(matchMessages(ftp4j, more)[0]?.message.id).toBe('k');
    expect(matchMessages(ftp4j, more, 5, 425)[0]?.message.id).toBe('k');
  });
  it('a template of placeholders only ranks below any template with words', () => {
    const m = matchMessages('550 /a/b: Permission denied', more);
    expect(m[0]?.message.id).toBe('g');
    expect(m.at(-1)?.message.id).toMatch(/^[bl]$/);
    expect(m.find((x) => x.message.id === 'l')?.exact).toBe(false);
  });
  it('groups one wording sent by several servers, the wording more servers send first among equals', () => {
    const servers = [
      { server: 'vsftpd', code: 500, text: 'Illegal PORT command.' },
      { server: 'filezilla', code: 500, text: 'Illegal PORT command.' },
      { server: 'proftpd', code: 500, text: 'Illegal PORT command' },
      { server: 'proftpd', code: 501, text: 'Illegal PORT command' },
    ];
    const [first, second] = matchGroups('500 Illegal PORT command.', servers);
    expect(first?.messages.map((m) => m.server)).toEqual(['vsftpd', 'filezilla', 'proftpd']);
    expect(second).toBeUndefined();
    expect(matchGroups('Illegal PORT command', servers).map((g) => g.code)).toEqual([500, 501]);
  });
});

describe('compileTemplate and normalise', () => {
  it('counts literal characters and escapes regex syntax', () => {
    const c = compileTemplate('a.b {x} (c)');
    expect(c.literal).toBe(6);
    expect(c.regex.test('a.b anything (c)')).toBe(true);
    expect(c.regex.test('axb anything (c)')).toBe(false);
  });
  it('folds case, quotes, spaces and trailing dots', () => {
    expect(normalise('  Can’t   OPEN file... ')).toBe("can't open file");
  });
});
