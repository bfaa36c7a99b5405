/**
 * Clients and libraries whose reports are messages and exception classes rather than a table of constants: Node's
 * basic-ftp, FluentFTP, the FileZilla client, WinSCP and lftp. Each rule cites the line that raises or prints it.
 */
import { applyRule, type ClientSpec, type Rule } from './spec.ts';

const rules = (read: (p: string) => string, list: readonly Rule[]) => list.map((r) => applyRule(read(r.file), r));

export const BASIC_FTP: readonly Rule[] = [
  {
    id: 'ftperror-4yz-5yz',
    file: 'src/FtpContext.ts',
    anchor: 'const err = code >= 400 ? new FTPError(response) : undefined',
    kind: 'exception',
    report: 'FTPError',
    classes: ['4yz', '5yz'],
  },
  {
    id: 'ftperror-120',
    file: 'src/Client.ts',
    anchor: 'Reject all other codes, including 120',
    kind: 'exception',
    report: 'FTPError',
    codes: [120],
    commands: [],
    expect: ['task.reject(new FTPError(res))'],
  },
  {
    id: 'pasv-227-parse',
    file: 'src/transfer.ts',
    anchor: 'throw new Error("Can\'t parse PASV response: " + res.message)',
    kind: 'message',
    report: 'Error',
    message: true,
    codes: [227],
    commands: ['PASV'],
  },
  {
    id: 'pasv-227-other-host',
    file: 'src/transfer.ts',
    anchor: 'PASV returned another host',
    kind: 'message',
    report: 'Error',
    codes: [227],
    commands: ['PASV'],
  },
  {
    id: 'epsv-229-parse',
    file: 'src/transfer.ts',
    anchor: 'throw new Error("Can\'t parse EPSV response: " + res.message)',
    kind: 'message',
    report: 'Error',
    message: true,
    codes: [229],
    commands: ['EPSV'],
  },
];

export const basicFtp: ClientSpec = {
  id: 'basic-ftp',
  name: 'basic-ftp (Node.js)',
  kind: 'library',
  language: 'TypeScript',
  homepage: 'https://github.com/patrickjuchli/basic-ftp',
  source: { kind: 'git', repo: 'patrickjuchli/basic-ftp', tag: 'v6.0.1' },
  extract: (read) => rules(read, BASIC_FTP),
};

const FL = 'FluentFTP/Client/SyncClient/';
export const FLUENT: readonly Rule[] = [
  {
    id: 'ftpcommandexception-4yz',
    file: 'FluentFTP/Exceptions/FtpCommandException.cs',
    anchor: 'return FtpResponseType.TransientNegativeCompletion;',
    kind: 'exception',
    report: 'FtpCommandException',
    classes: ['4yz'],
    expect: ["case '4':"],
  },
  {
    id: 'ftpcommandexception-5yz',
    file: 'FluentFTP/Exceptions/FtpCommandException.cs',
    anchor: 'return FtpResponseType.PermanentNegativeCompletion;',
    kind: 'exception',
    report: 'FtpCommandException',
    classes: ['5yz'],
    expect: ["case '5':"],
  },
  {
    id: 'auth-user',
    file: `${FL}Authenticate.cs`,
    anchor: 'throw new FtpAuthenticationException(reply);',
    kind: 'exception',
    report: 'FtpAuthenticationException',
    codes: [530, 421],
    commands: ['USER', 'PASS'],
    expect: ['Execute("USER " + userName)'],
  },
  {
    id: 'auth-tls',
    file: `${FL}Connect.cs`,
    anchor: 'throw new FtpSecurityNotAvailableException("AUTH TLS command failed.");',
    kind: 'exception',
    report: 'FtpSecurityNotAvailableException',
    message: true,
    codes: [500, 502, 504, 534],
    commands: ['AUTH'],
  },
  {
    id: 'missing-file',
    file: `${FL}DownloadFileInternal.cs`,
    anchor: 'throw new FtpMissingObjectException("Cannot download non-existant file: "',
    kind: 'exception',
    report: 'FtpMissingObjectException',
    message: true,
    codes: [550],
    commands: ['RETR'],
  },
];

export const fluentFtp: ClientSpec = {
  id: 'fluentftp',
  name: 'FluentFTP (.NET)',
  kind: 'library',
  language: 'C#',
  homepage: 'https://github.com/robinrodricks/FluentFTP',
  // The mirror's newest release tag is 20.0.0 (2019); the library has moved on, so the rules read the default branch.
  source: { kind: 'git', repo: 'robinrodricks/FluentFTP', tag: 'e6d1f4e1643257594facf4fb6559ad33c79f501e' },
  extract: (read) => rules(read, FLUENT),
};

const CS = 'src/engine/controlsocket.cpp';
export const FILEZILLA: readonly Rule[] = [
  {
    id: 'pasv-unroutable-fallback',
    file: 'src/engine/ftp/rawtransfer.cpp',
    anchor: '_("Server sent passive reply with unroutable address. Using server address instead.")',
    kind: 'message',
    report: 'Status',
    message: false,
    codes: [227],
    commands: ['PASV'],
    expect: ['is_routable_address(host_)'],
  },
  {
    id: 'pasv-unroutable-failed',
    file: 'src/engine/ftp/rawtransfer.cpp',
    anchor: '_("Server sent passive reply with unroutable address. Passive mode failed.")',
    kind: 'message',
    report: 'Status',
    codes: [227],
    commands: ['PASV'],
  },
  {
    id: 'login-failed',
    file: 'src/engine/ftp/logon.cpp',
    anchor: 'error |= FZ_REPLY_CRITICALERROR | FZ_REPLY_PASSWORDFAILED;',
    kind: 'message',
    report: 'Error',
    codes: [530],
    commands: ['PASS'],
    expect: ['cmd.type == loginCommandType::pass && code == 5'],
  },
  {
    id: 'could-not-connect',
    file: CS,
    anchor: 'log(logmsg::error, prefix + _("Could not connect to server"));',
    kind: 'message',
    report: 'Error',
    codes: [530, 421],
    commands: ['USER', 'PASS'],
    expect: ['case Command::connect:'],
  },
  {
    id: 'could-not-connect-socket',
    file: CS,
    anchor: '_("Could not connect to server: %s")',
    kind: 'message',
    report: 'Error',
    codes: [10061, 10060],
  },
  {
    id: 'timeout',
    file: CS,
    anchor: '"Connection timed out after %d second of inactivity"',
    kind: 'message',
    report: 'Error',
    codes: [10060],
    commands: ['LIST', 'RETR', 'STOR'],
  },
  {
    id: 'list-failed',
    file: CS,
    anchor: 'log(logmsg::error, prefix + _("Failed to retrieve directory listing"));',
    kind: 'message',
    report: 'Error',
    codes: [425, 450, 550],
    commands: ['LIST', 'MLSD', 'CWD'],
    expect: ['case Command::list:'],
  },
  {
    id: 'transfer-critical',
    file: CS,
    anchor: 'log(logmsg::error, _("Critical file transfer error"));',
    kind: 'message',
    report: 'Error',
    codes: [550, 553, 552],
    commands: ['RETR', 'STOR'],
    expect: ['FZ_REPLY_CRITICALERROR'],
  },
  {
    id: 'transfer-critical-after',
    file: CS,
    anchor: 'msg = _("Critical file transfer error after transferring %s in %s");',
    kind: 'message',
    report: 'Error',
    codes: [550, 552, 426],
    commands: ['RETR', 'STOR'],
  },
  {
    id: 'connection-closed',
    file: 'src/engine/ftp/ftpcontrolsocket.cpp',
    anchor: '_("Connection closed by server")',
    kind: 'message',
    report: 'Error',
    codes: [421, 10054],
  },
  {
    id: 'tls-resumption',
    file: 'src/engine/ftp/ftpcontrolsocket.cpp',
    anchor: '_("TLS session resumption on data connection failed. Closing control connection to start over.")',
    kind: 'message',
    report: 'Error',
    codes: [425, 450],
    commands: ['LIST', 'RETR', 'STOR'],
  },
  {
    id: 'data-connection',
    file: 'src/engine/ftp/transfersocket.cpp',
    anchor: '_("The data connection could not be established: %s")',
    kind: 'message',
    report: 'Error',
    codes: [10060, 10061, 425],
    commands: ['LIST', 'RETR', 'STOR'],
  },
];

/** Messages are written `_("…")`: the text inside is the message. */
const fzMessages = (read: (p: string) => string) =>
  rules(read, FILEZILLA).map((m) => {
    const text = read(m.file ?? '').split('\n')[(m.line ?? 1) - 1] ?? '';
    const said = /_\("((?:[^"\\]|\\.)*)"\)|fztranslate\("((?:[^"\\]|\\.)*)"/.exec(text);
    return said ? { ...m, message: said[1] ?? said[2] } : m;
  });

export const filezilla: ClientSpec = {
  id: 'filezilla',
  name: 'FileZilla (client)',
  kind: 'client',
  language: 'C++',
  homepage: 'https://filezilla-project.org/',
  source: {
    kind: 'tree',
    tag: '3.63.0',
    commit: 'sha256:0fbff6c9b25f50d77a1f5e4139fe0acae4603c78074bcfa9afe9e032989ca400',
    browse: 'https://sources.debian.org/src/filezilla/3.63.0-1+deb12u3/{file}/#L{line}',
    obtained:
      'release tarball filezilla_3.63.0.orig.tar.bz2 (apt-get source filezilla on Debian 12); the engine files cited carry no Debian patch',
  },
  extract: fzMessages,
};

const WS = 'source/core/FtpFileSystem.cpp';
const RC = 'source/resource/TextsCore1.rc';
/** WinSCP's texts are resource strings: cite the line that uses the id, and take the text from TextsCore1.rc. */
export const WINSCP: readonly Rule[] = [
  {
    id: 'authentication-failed',
    file: WS,
    anchor: 'MoreMessages->Add(LoadStr(AUTHENTICATION_FAILED));',
    kind: 'message',
    report: 'AUTHENTICATION_FAILED',
    codes: [530],
    expect: ['FLastCode == 530'],
  },
  {
    id: 'password-failed',
    file: WS,
    anchor: '(FLastCode == 501))',
    kind: 'message',
    report: 'FPasswordFailed',
    codes: [530, 501],
    commands: ['PASS'],
    expect: ['FLastCommand == PASS'],
  },
  {
    id: 'active-mode-425',
    file: WS,
    anchor: 'MoreMessages->Add(LoadStr(FTP_CANNOT_OPEN_ACTIVE_CONNECTION2));',
    kind: 'message',
    report: 'FTP_CANNOT_OPEN_ACTIVE_CONNECTION2',
    codes: [425, 426],
    commands: ['LIST', 'RETR', 'STOR'],
    expect: ['(FLastCode == 425) || (FLastCode == 426)'],
  },
  {
    id: 'connection-failed',
    file: WS,
    anchor: 'GotReply(WaitForCommandReply(false), REPLY_CONNECT, LoadStr(CONNECTION_FAILED));',
    kind: 'message',
    report: 'CONNECTION_FAILED',
    codes: [421, 10061, 10060],
  },
];

export const winscp: ClientSpec = {
  id: 'winscp',
  name: 'WinSCP',
  kind: 'client',
  language: 'C++',
  homepage: 'https://winscp.net/',
  source: { kind: 'git', repo: 'winscp/winscp', tag: '6.5.6' },
  extract: (read) => {
    const texts = new Map<string, string>();
    for (const l of read(RC).split('\n')) {
      const m = /^\s+([A-Z0-9_]+), "((?:[^"\\]|\\.)*)"$/.exec(l);
      if (m?.[1] && m[2] !== undefined) texts.set(m[1], m[2]);
    }
    return rules(read, WINSCP).map((m) => {
      const said = texts.get(m.report);
      return said ? { ...m, message: said } : m;
    });
  },
};

const LFTP = 'src/ftpclass.cc';
export const LFTP_RULES: readonly Rule[] = [
  {
    id: 'no-file',
    file: LFTP,
    anchor: 'SetError(NO_FILE,all_lines);',
    kind: 'message',
    report: 'NO_FILE',
    codes: [550, 553, 501],
    expect: ['is5XX(act) && !Transient5XX(act)'],
  },
  {
    id: 'login-failed',
    file: LFTP,
    anchor: 'SetError(LOGIN_FAILED,all_lines);',
    kind: 'message',
    report: 'LOGIN_FAILED',
    codes: [530],
    commands: ['USER', 'PASS'],
    expect: ['is5XX(act)'],
  },
  {
    id: 'access-failed-text',
    file: 'src/FileAccess.cc',
    anchor: 'return str.vset(_("Access failed: "),error.get(),NULL);',
    kind: 'message',
    report: 'Access failed',
    codes: [550, 553],
    message: false,
  },
  {
    id: 'login-failed-text',
    file: 'src/FileAccess.cc',
    anchor: 'return str.vset(_("Login failed"),": ",error.get(),NULL);',
    kind: 'message',
    report: 'Login failed',
    codes: [530],
    commands: ['USER', 'PASS'],
  },
];

export const lftp: ClientSpec = {
  id: 'lftp',
  name: 'lftp',
  kind: 'tool',
  language: 'C++',
  homepage: 'https://lftp.yar.ru/',
  source: { kind: 'git', repo: 'lavv17/lftp', tag: 'v4.9.3' },
  extract: (read) => rules(read, LFTP_RULES),
};
