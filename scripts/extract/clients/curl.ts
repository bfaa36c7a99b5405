/**
 * curl and libcurl: lib/ftp.c turns a reply into a CURLcode (include/curl/curl.h), which the curl tool prints as
 * "curl: (N) message" and returns as its exit status. Each rule cites the line that prints the message (failf) or
 * returns the code; `expect` holds the reply tests around it.
 */
import { curlCodes, ExtractError, type Extracted } from './parse.ts';
import { applyRule, type ClientSpec, type Rule } from './spec.ts';

const FILE = 'lib/ftp.c';
const CURLE = /\b(CURLE_[A-Z0-9_]+)\b/;

const rule = (r: Omit<Rule, 'file' | 'kind' | 'capture' | 'message'> & { message?: boolean }): Rule => ({
  file: FILE,
  kind: 'constant',
  capture: CURLE,
  message: true,
  ...r,
});

export const RULES: readonly Rule[] = [
  rule({ id: 'any-421', anchor: 'We got a 421 - timeout', codes: [421], expect: ['code == 421'] }),
  rule({
    id: 'greeting-not-220',
    anchor: 'ftp-server response when 220 was expected',
    codes: [500, 530],
    expect: ['ftpcode != 220'],
  }),
  rule({
    id: 'user-pass-530',
    anchor: 'failf(data, "Access denied: %03d", ftpcode);',
    codes: [530, 500, 501],
    commands: ['USER', 'PASS'],
    expect: ['530 User ... access denied'],
  }),
  rule({
    id: 'acct-332',
    anchor: 'ACCT requested but none available',
    codes: [332],
    commands: ['USER', 'PASS'],
    expect: ['ftpcode == 332'],
  }),
  rule({ id: 'acct-rejected', anchor: 'ACCT rejected by server', codes: [530], commands: ['ACCT'] }),
  rule({
    id: 'cwd-550',
    anchor: 'Server denied you to change to the given directory',
    codes: [550, 530, 553],
    commands: ['CWD'],
    expect: ['ftpcode / 100 != 2'],
  }),
  rule({ id: 'mkd-550', anchor: 'Failed to MKD dir', codes: [550, 553], commands: ['MKD'] }),
  rule({
    id: 'size-550',
    anchor: 'failf(data, "The file does not exist");',
    codes: [550],
    commands: ['SIZE'],
    expect: ['ftpcode == 550'],
  }),
  rule({
    id: 'retr-550',
    anchor: 'failf(data, "RETR response: %03d", ftpcode);',
    codes: [550],
    commands: ['RETR'],
    expect: ['instate == FTP_RETR && ftpcode == 550'],
  }),
  {
    ...rule({
      id: 'retr-other',
      anchor: 'failf(data, "RETR response: %03d", ftpcode);',
      codes: [425, 426, 450, 451, 530],
      commands: ['RETR', 'LIST', 'NLST'],
    }),
    capture: /\b(CURLE_FTP_COULDNT_RETR_FILE)\b/,
  },
  rule({ id: 'stor-failed', anchor: 'Failed FTP upload: %0d', codes: [452, 550, 553], commands: ['STOR', 'APPE'] }),
  rule({ id: 'done-552', anchor: 'Exceeded storage allocation', codes: [552], commands: ['STOR'] }),
  rule({
    id: 'done-not-226',
    anchor: 'server did not report OK, got %d',
    codes: [426, 451],
    commands: ['RETR', 'STOR'],
    expect: ['case 226:'],
  }),
  rule({ id: 'pasv-227-format', anchor: 'Could not interpret the 227-response', codes: [227], commands: ['PASV'] }),
  rule({ id: 'epsv-229-format', anchor: 'Weirdly formatted EPSV reply', codes: [229], commands: ['EPSV'] }),
  rule({
    id: 'pasv-refused',
    anchor: 'Bad PASV/EPSV response: %03d',
    codes: [500, 502, 501],
    commands: ['PASV', 'EPSV'],
  }),
  rule({ id: 'port-refused', anchor: 'failf(data, "Failed to do PORT");', codes: [500, 501, 502], commands: ['PORT'] }),
  {
    ...rule({
      id: 'accept-425',
      anchor: 'if(ftpcode / 100 > 3)',
      codes: [425, 426],
      commands: ['RETR', 'STOR', 'LIST'],
      expect: ['FTP code: %03d'],
    }),
    message: false,
  },
  rule({ id: 'type-refused', anchor: 'Could not set desired mode', codes: [500, 501, 504], commands: ['TYPE'] }),
  rule({
    id: 'rest-refused',
    anchor: 'failf(data, "Could not use REST");',
    codes: [500, 502, 501],
    commands: ['REST'],
  }),
  rule({ id: 'quote-failed', anchor: 'QUOT command failed with %03d', classes: ['4yz', '5yz'] }),
  rule({ id: 'pret-refused', anchor: 'PRET command not accepted', codes: [500, 502], commands: ['PRET'] }),
  {
    ...rule({
      id: 'auth-refused',
      anchor: '/* we failed and CURLUSESSL_CONTROL or CURLUSESSL_ALL is set */',
      codes: [500, 502, 504, 534],
      commands: ['AUTH'],
    }),
    message: false,
  },
];

export function extractCurl(ftpC: string, curlH: string): Extracted[] {
  const numbers = curlCodes(curlH);
  return RULES.map((r) => {
    const m = applyRule(ftpC, r);
    const exit = numbers.get(m.report);
    if (exit === undefined) throw new ExtractError(`${r.id}: ${m.report} is not in curl.h`);
    return { ...m, exit };
  });
}

export const curl: ClientSpec = {
  id: 'curl',
  name: 'curl and libcurl',
  kind: 'tool',
  language: 'C',
  homepage: 'https://curl.se/',
  source: { kind: 'git', repo: 'curl/curl', tag: 'curl-8_21_0' },
  extract: (read) => extractCurl(read(FILE), read('include/curl/curl.h')),
};
