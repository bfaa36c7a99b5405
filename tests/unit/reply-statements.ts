/**
 * Replies an RFC ties to a command in its prose rather than in a reply listing, for the sections that code pages cite
 * and the commands collection does not (yet) record. Each entry carries the RFC's own words (`evidence`, verbatim from
 * that section; tests/unit/command-tags.test.ts checks it), so the table cannot say more than the RFC.
 */
export interface ReplyStatement {
  rfc: number;
  section: string;
  commands: string[];
  codes: number[];
  evidence: string;
}

const DATA_COMMANDS = ['STOR', 'RETR', 'NLST', 'LIST', 'STOU', 'APPE'];

export const REPLY_STATEMENTS: readonly ReplyStatement[] = [
  {
    rfc: 1123,
    section: '4.1.3.4',
    commands: ['APPE'],
    codes: [555],
    evidence: 'A 555 reply may result from an APPE command',
  },
  {
    rfc: 1545,
    section: '4',
    commands: ['LPRT', 'LPSV'],
    codes: [500, 501],
    evidence: 'are appropriate for the LPRT and LPSV commands (500, 501)',
  },
  {
    rfc: 1545,
    section: '4',
    commands: ['LPRT', 'LPSV'],
    codes: [521],
    evidence:
      'distinguish the case where a host supports the LPRT or LPSV command, but does not support the address family specified.',
  },
  {
    // MIC, CONF and ENC share one description; the span runs from its 502 to its 533.
    rfc: 2228,
    section: '3',
    commands: ['MIC', 'CONF', 'ENC'],
    codes: [502, 501, 503, 537, 535, 533],
    evidence:
      'and not implement the protection commands at all.  In this case, the server should respond with a 502 reply code. ' +
      'If the server cannot base 64 decode the argument, it should respond with a 501 reply code. ' +
      'If the server has not completed a security data exchange with the client, it should respond with a 503 reply code. ' +
      'If the server has completed a security data exchange with the client using a mechanism which supports integrity, ' +
      'and requires a CCC command due to policy or implementation limitations, it should respond with a 503 reply code. ' +
      'If the server rejects the command because it is not supported by the current security mechanism, the server ' +
      'should respond with reply code 537. If the server rejects the command (if a checksum fails, for instance), it ' +
      'should respond with reply code 535. If the server is not willing to accept the command (if privacy is required ' +
      'by policy, for instance, or if a CONF command is received before a CCC command), it should respond with reply ' +
      'code 533.',
  },
  {
    rfc: 2577,
    section: '3',
    commands: ['PORT'],
    codes: [504],
    evidence:
      'If a server receives a PORT command containing a TCP port number less than 1024, the suggested response is 504',
  },
  {
    rfc: 4217,
    section: '5',
    commands: ['CCC'],
    codes: [500, 533, 534, 200],
    evidence: 'When a server receives the CCC command, it should behave as follows:',
  },
  {
    rfc: 4217,
    section: '10.2',
    commands: DATA_COMMANDS,
    codes: [521],
    evidence:
      "The reply to indicate that the PROT setting is incorrect is '521 data connection cannot be opened with this PROT setting'",
  },
  {
    rfc: 4217,
    section: '10.2',
    commands: DATA_COMMANDS,
    codes: [150, 522],
    evidence: "then it will close the data port immediately and follow the '150' command with a '522' reply",
  },
  {
    rfc: 4217,
    section: '11.4',
    commands: ['STOR', 'RETR', 'NLST'],
    codes: [522],
    evidence: "reply to the STOR/RETR/NLST/... command with a '522'",
  },
  {
    rfc: 6384,
    section: '6',
    commands: ['EPSV'],
    codes: [229, 425],
    evidence: 'ALG MAY send a 425 response to the client instead of the 229 response',
  },
  {
    rfc: 6384,
    section: '6',
    commands: ['EPSV'],
    codes: [504],
    evidence:
      'If the client issues EPSV ALL, the FTP ALG MUST NOT pass this command to the server, but respond with a 504 error',
  },
  {
    rfc: 6384,
    section: '6',
    commands: ['EPSV'],
    codes: [522],
    evidence:
      'If the client issues an EPSV command with a numeric argument other than 2, the ALG MUST NOT pass the command on to the server but rather respond with a 522 error',
  },
  {
    rfc: 6384,
    section: '11',
    commands: ['ALGS'],
    codes: [202],
    evidence: 'If FTP servers recognize the ALGS command, the best course of action would be to return a 202 response',
  },
  { rfc: 6384, section: '11', commands: ['ALGS'], codes: [216], evidence: 'the ALG MUST return a 216 response' },
  {
    rfc: 6384,
    section: '11',
    commands: ['ALGS'],
    codes: [502, 504],
    evidence: 'a 504 or 502 error SHOULD be returned',
  },
  { rfc: 7151, section: '3.2', commands: ['HOST'], codes: [220], evidence: 'The 220 reply code for the HOST command' },
  {
    rfc: 7151,
    section: '3.1',
    commands: ['HOST'],
    codes: [504],
    evidence:
      'the server MUST respond with a 504 reply to indicate that the IPv4 or IPv6 literal address is not valid.',
  },
  {
    rfc: 7151,
    section: '3.1',
    commands: ['HOST'],
    codes: [501],
    evidence: 'the server-PI MUST respond with a 501 reply if the client sends a HOST command with syntax like',
  },
  {
    rfc: 7151,
    section: '3.2',
    commands: ['HOST'],
    codes: [421],
    evidence: 'SHOULD respond to the HOST command with a 421 reply and close the connection',
  },
  {
    rfc: 7151,
    section: '3.2',
    commands: ['HOST'],
    codes: [504],
    evidence: 'the server SHOULD respond with a 504 reply',
  },
];
