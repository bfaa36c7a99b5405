/**
 * Python's ftplib (Lib/ftplib.py): getresp() raises one exception class per first digit, voidresp() and the
 * transfer commands raise error_reply for a reply of the wrong class, parse227/parse229 raise error_proto for a
 * passive reply they cannot read. Read from the CPython 3.11.2 release tarball (identical to the tag v3.11.2).
 */
import { applyRule, type ClientSpec, type Rule } from './spec.ts';

const FILE = 'Lib/ftplib.py';
const base = { file: FILE, kind: 'exception' } as const;

export const RULES: readonly Rule[] = [
  {
    ...base,
    id: 'error-temp',
    anchor: 'raise error_temp(resp)',
    report: 'ftplib.error_temp',
    classes: ['4yz'],
    expect: ["if c == '4':"],
  },
  {
    ...base,
    id: 'error-perm',
    anchor: 'raise error_perm(resp)',
    report: 'ftplib.error_perm',
    classes: ['5yz'],
    expect: ["if c == '5':"],
  },
  {
    ...base,
    id: 'error-reply-void',
    anchor: 'raise error_reply(resp)',
    after: 'def voidresp',
    report: 'ftplib.error_reply',
    classes: ['1yz', '3yz'],
  },
  {
    ...base,
    id: 'error-reply-login',
    anchor: 'raise error_reply(resp)',
    after: "resp = self.sendcmd('ACCT ' + acct)",
    report: 'ftplib.error_reply',
    codes: [332],
    commands: ['USER', 'PASS', 'ACCT'],
  },
  {
    ...base,
    id: 'error-reply-transfer',
    anchor: 'raise error_reply(resp)',
    after: '# be in violation of the protocol',
    report: 'ftplib.error_reply',
    classes: ['2yz', '3yz'],
    commands: ['RETR', 'STOR', 'LIST', 'NLST'],
  },
  {
    ...base,
    id: 'error-proto-227',
    anchor: 'raise error_proto(resp)',
    after: 'def parse227',
    report: 'ftplib.error_proto',
    codes: [227],
    commands: ['PASV'],
  },
  {
    ...base,
    id: 'error-proto-229',
    anchor: 'raise error_proto(resp)',
    after: 'def parse229',
    report: 'ftplib.error_proto',
    codes: [229],
    commands: ['EPSV'],
  },
  {
    ...base,
    id: 'all-errors',
    anchor: 'all_errors = (Error, OSError, EOFError)',
    report: 'ftplib.all_errors',
    classes: ['4yz', '5yz'],
  },
];

export const ftplib: ClientSpec = {
  id: 'ftplib',
  name: 'Python ftplib',
  kind: 'library',
  language: 'Python',
  homepage: 'https://docs.python.org/3/library/ftplib.html',
  source: {
    kind: 'tree',
    tag: 'v3.11.2',
    commit: 'sha256:2411c74bda5bbcfcddaf4531f66d1adc73f247f529aee981b029513aefdbf849',
    browse: 'https://github.com/python/cpython/blob/v3.11.2/{file}#L{line}',
    obtained: 'Python-3.11.2 release tarball (Debian: apt-get source python3.11, python3.11_3.11.2.orig.tar.gz)',
  },
  extract: (read) => RULES.map((r) => applyRule(read(FILE), r)),
};
