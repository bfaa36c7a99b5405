/**
 * The server extractors' pure parsing, on small snippets written in each server's own style. (The extractors
 * themselves need the source mirrors and run by hand: scripts/extract/servers/run.ts --check.)
 */
import { describe, expect, it } from 'vitest';
import {
  defines,
  findCalls,
  formatTemplate,
  meaningful,
  messageId,
  pieces,
  placeholderName,
  splitArgs,
} from '../../../scripts/extract/servers/parse.ts';
import { vsftpdReplies } from '../../../scripts/extract/servers/vsftpd.ts';
import { proftpdReplies } from '../../../scripts/extract/servers/proftpd.ts';
import { pureftpdReplies } from '../../../scripts/extract/servers/pureftpd.ts';
import { pyftpdlibReplies, twistedReplies } from '../../../scripts/extract/servers/python.ts';
import { goReplies } from '../../../scripts/extract/servers/ftpserverlib.ts';
import { filezillaReplies } from '../../../scripts/extract/servers/filezilla.ts';
import { filezilla09Replies } from '../../../scripts/extract/servers/filezilla09.ts';
import { exchanges } from '../../../scripts/extract/servers/deviations.ts';
import { loadCatalog } from '../../../scripts/load-catalog.ts';
import { loadContent } from '../../../src/node/content.ts';
import { collect } from '../../../scripts/extract/servers/run.ts';

const texts = (xs: readonly { code: number; text: string; line: number }[]) =>
  xs.map((x) => `${String(x.code)}@${String(x.line)} ${x.text}`);

describe('parse helpers', () => {
  it('splits arguments outside strings and brackets', () => {
    expect(splitArgs(`a, "b, c", f(d, e), 'x,'`)).toEqual(['a', '"b, c"', 'f(d, e)', "'x,'"]);
  });
  it('finds multi-line calls and their first line', () => {
    const calls = findCalls('x;\nfoo(1,\n  "a(b");\nfoo (3); foo2(4);', /\bfoo/);
    expect(calls.map((c) => [c.line, c.args])).toEqual([
      [2, ['1', '"a(b"']],
      [4, ['3']],
    ]);
  });
  it('reads adjacent C literals, macros, gettext and concatenation', () => {
    expect(pieces('"(vsFTPd " VSF_VERSION ")"')).toEqual([{ lit: '(vsFTPd ' }, { expr: 'VSF_VERSION' }, { lit: ')' }]);
    expect(pieces('_("Login incorrect.")')).toEqual([{ lit: 'Login incorrect.' }]);
    expect(pieces('"550 " + msg')).toEqual([{ lit: '550 ' }, { expr: 'msg' }]);
    expect(pieces('f"550 {_strerror(err)}."')).toEqual([{ lit: '550 ' }, { expr: '_strerror(err)' }, { lit: '.' }]);
  });
  it('names placeholders from their arguments and inlines literal arguments', () => {
    expect(formatTemplate(pieces('"%s: %s"'), ['cmd->arg', 'strerror(xerrno)'])).toBe('{path}: {error}');
    expect(formatTemplate(pieces('"%s"'), ['_("Login incorrect.")'])).toBe('Login incorrect.');
    expect(formatTemplate(pieces('"100%% done after %d"'), ['42'])).toBe('100% done after {number}');
    expect(placeholderName('session.c->remote_addr')).toBe('address');
  });
  it('reads #defines with continuation lines', () => {
    const d = defines('#define MSG_A "one " \\\n  "two"\n#define R_550 "550" /* c */\n');
    expect(pieces(d.get('MSG_A') ?? '')).toEqual([{ lit: 'one ' }, { lit: 'two' }]);
    expect(d.get('R_550')).toBe('"550"');
  });
  it('keeps texts with words or two placeholders, and makes stable ids', () => {
    expect(meaningful('{path}: {error}')).toBe(true);
    expect(meaningful('{msg}')).toBe(false);
    expect(messageId(530, 'Login incorrect.')).toBe('530-login-incorrect');
    expect(messageId(550, '{path}: {error}')).toBe('550-path-error');
  });
  it('merges the same text sent from two places, and suffixes a clashing id', () => {
    const found = [
      { code: 530, text: 'Login incorrect.', file: 'a.c', line: 1 },
      { code: 530, text: 'Login  incorrect.', file: 'b.c', line: 2 },
      { code: 530, text: 'Login incorrect!', file: 'c.c', line: 3 },
    ];
    const out = collect(found, new Set([530]));
    expect(out.map((m) => [m.id, m.alsoAt.length, m.unlisted])).toEqual([
      ['530-login-incorrect', 1, false],
      ['530-login-incorrect-2', 0, false],
    ]);
    expect(collect(found.slice(0, 1), new Set())[0]?.unlisted).toBe(true);
  });
});

describe('per-server rules', () => {
  it('vsftpd: vsf_cmdio_write and die()', () => {
    const src = `static void f(void)\n{\n  vsf_cmdio_write(p_sess, FTP_LOGINERR, "Login incorrect.");\n  die("vsftpd: refusing to run with writable root inside chroot()");\n}\nvoid\ndie(const char* p_text)\n{\n}\n`;
    expect(texts(vsftpdReplies('x.c', src, new Map([['FTP_LOGINERR', '530']])))).toEqual([
      '530@3 Login incorrect.',
      '500@4 OOPS: vsftpd: refusing to run with writable root inside chroot()',
    ]);
  });
  it('ProFTPD: R_ codes, gettext and a format', () => {
    const src = `  pr_response_add_err(R_550, "%s: %s", cmd->arg,\n    strerror(xerrno));\n  pr_response_send(R_530, "%s", _("Login incorrect."));\n  pr_response_add(R_DUP, "x");`;
    const codes = new Map([
      ['R_550', '"550"'],
      ['R_530', '"530"'],
      ['R_DUP', 'NULL'],
    ]);
    expect(texts(proftpdReplies('m.c', src, codes))).toEqual(['550@1 {path}: {error}', '530@3 Login incorrect.']);
  });
  it('Pure-FTPd: MSG_ macros, noformat keeps percent signs, code 0 is a continuation', () => {
    const src = `addreply_noformat(530, MSG_AUTH_FAILED);\naddreply(421, MSG_MAX_USERS_IP, (unsigned long) maxip);\naddreply(0, "more");\naddreply_noformat(200, "100%");`;
    const macros = new Map([
      ['MSG_AUTH_FAILED', '"Login authentication failed"'],
      ['MSG_MAX_USERS_IP', '"Too many connections (%lu) from this IP"'],
    ]);
    expect(texts(pureftpdReplies('f.c', src, macros))).toEqual([
      '530@1 Login authentication failed',
      '421@2 Too many connections ({count}) from this IP',
      '200@4 100%',
    ]);
  });
  it('pyftpdlib: literal, f-string, % formatting and a local variable', () => {
    const src = `        self.respond("530 Authentication failed.")\n        self.respond(f"550 {why}.")\n        self.respond("501 %s" % line)\n        msg = "Too many connections. Service temporarily unavailable."\n        self.respond_w_warning("421 " + msg)\n        self.respond(resp)\n`;
    expect(texts(pyftpdlibReplies('h.py', src))).toEqual([
      '530@1 Authentication failed.',
      '550@2 {error}.',
      '501@3 {line}',
      '421@5 Too many connections. Service temporarily unavailable.',
    ]);
  });
  it('Twisted: the RESPONSE table', () => {
    const src = `x = 1\nRESPONSE = {\n    NOT_LOGGED_IN: "530 Please login with USER and PASS.",\n    FILE_NOT_FOUND: "550 %s: No such file or directory.",\n}\n`;
    expect(texts(twistedReplies('ftp.py', src))).toEqual([
      '530@3 Please login with USER and PASS.',
      '550@4 {value}: No such file or directory.',
    ]);
  });
  it('ftpserverlib: constants, Sprintf and errors.New', () => {
    const src = `\tc.writeMessage(StatusNotLoggedIn, "Please login with USER and PASS")\n\tc.writeMessage(StatusActionNotTaken, fmt.Sprintf("Could not access file %s: %v", path, err))\n\tc.writeMessage(StatusServiceNotAvailable, errTLSRequired.Error())\n`;
    const codes = new Map([
      ['StatusNotLoggedIn', 530],
      ['StatusActionNotTaken', 550],
      ['StatusServiceNotAvailable', 421],
    ]);
    const errs = new Map([['errTLSRequired', 'unable to open transfer: TLS is required']]);
    expect(texts(goReplies('c.go', src, codes, errs))).toEqual([
      '530@1 Please login with USER and PASS',
      '550@2 Could not access file {path}: {error}',
      '421@3 unable to open transfer: TLS is required',
    ]);
  });
  it('FileZilla Server: << inserts a space, a tuple prints its elements side by side', () => {
    const src = `\t\trespond<503>() << "Spurious data after" << current_cmd_->first << "command.";\n\t\trespond<227>() << "Entering Passive Mode" << std::tuple{'(',ip,',',port/256,',',port%256,')'};\n\t\trespond<425>() << [&] { return x; }();`;
    expect(texts(filezillaReplies('c.cpp', src))).toEqual([
      '503@1 Spurious data after {command} command.',
      '227@2 Entering Passive Mode ({address},{port},{port})',
    ]);
  });
});

describe('FileZilla Server 0.9', () => {
  it('reads Send(_T(…)), Format and assigned replies, and names the command argument', () => {
    const src = [
      'Send(_T("530 Login or password incorrect!"));',
      'Send(_T("331 Password required for ") + args);',
      'str.Format(_T("227 Entering Passive Mode (%s,%d,%d)"), pasvIP, port / 256, port % 256);',
      'CStdStringA str = "421 Server is locked, please try again later.\\r\\n";',
      'msg = _T("150 Opening data channel for ");',
      'SendStatus(_T("234 Using authentication type TLS"), 3);',
      'str.Format(_T("350 Rest supported. Restarting at %I64d"), m_transferstatus.rest);',
    ].join('\n');
    expect(texts(filezilla09Replies('ControlSocket.cpp', src))).toEqual([
      '530@1 Login or password incorrect!',
      '331@2 Password required for {user}',
      '227@3 Entering Passive Mode ({pasv_ip},{port},{port})',
      '350@7 Rest supported. Restarting at {rest}',
      '421@4 Server is locked, please try again later.',
      '150@5 Opening data channel for {rest}',
    ]);
  });
});

describe('deviations from the captures', () => {
  it('pairs each reply with its command through the decoder', () => {
    const log = [
      'S: 220 ready',
      'C: USER a',
      'S: 331 pw',
      'C: PASS x',
      'S: 530 no',
      'C: PWD',
      'S: 530 Please login',
    ].join('\n');
    expect(exchanges(log, loadCatalog().catalog).map((x) => `${x.command} ${String(x.code)} ${x.text}`)).toEqual([
      'USER 331 pw',
      'PASS 530 no',
      'PWD 530 Please login',
    ]);
  });
  it('each recorded deviation is outside what its RFC lists', () => {
    for (const s of loadContent().servers ?? [])
      for (const d of s.deviations) expect(d.allowed, `${s.id} ${d.command} ${String(d.code)}`).not.toContain(d.code);
  });
});
