/** Python tracebacks ending in ftplib's exception (formats/traceback.ts), on lines from tests/fixtures/real-logs/. */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../scripts/load-catalog.ts';
import { decode } from '../../../src/lib/decoder/decode.ts';

const { catalog } = loadCatalog();

describe('Python traceback', () => {
  it('takes the command from the source line and the reply from the exception (dltool#1)', () => {
    const r = decode(
      [
        'Traceback (most recent call last):',
        '  File "/opt/homebrew/lib/python3.11/ftplib.py", line 414, in login',
        "    resp = self.sendcmd('PASS ' + passwd)",
        '           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
        '  File "/opt/homebrew/lib/python3.11/ftplib.py", line 254, in getresp',
        '    raise error_perm(resp)',
        'ftplib.error_perm: 530 Login incorrect.',
      ].join('\n'),
      catalog,
    );
    expect(r.input).toBe('traceback');
    expect(r.messages.map((m) => m.lines[0])).toEqual(['PASS', '530 Login incorrect.']);
    expect(r.firstFailure).toMatchObject({ index: 1, code: 530 });
  });

  it('names the command after the ftplib function when no source line spells it (bagit-python#65)', () => {
    const r = decode(
      '  File "/usr/lib/python2.7/ftplib.py", line 562, in cwd\n    return self.voidcmd(cmd)\n  File "/usr/lib/python2.7/ftplib.py", line 224, in getresp\n    raise error_perm, resp\nftplib.error_perm: 550 /photo_gallery/: No such file or directory',
      catalog,
    );
    expect(r.messages.map((m) => m.lines[0])).toEqual(['CWD', '550 /photo_gallery/: No such file or directory']);
  });

  it('reads a traceback collapsed onto one line and a bundled module (zakupki#2, FTPSync#249)', () => {
    const one = decode(
      '`File "/usr/lib/python2.7/ftplib.py", line 562, in cwd return self.voidcmd(cmd) ftplib.error_perm: 550 Failed to change directory.`',
      catalog,
    );
    expect(one.messages.map((m) => m.lines[0])).toEqual(['CWD', '550 Failed to change directory.']);
    const bundled = decode('FTPSync.lib3.ftplib.error_perm: 530 Login incorrect.', catalog);
    expect(bundled.input).toBe('traceback');
    // No command in sight: the reply is no greeting.
    expect(bundled.firstFailure?.advice).not.toContain('greeted');
  });

  it("reads urllib's wrapping of the exception", () => {
    const r = decode("urllib.error.URLError: <urlopen error ftp error: error_perm('530 Login incorrect.')>", catalog);
    expect(r.messages.map((m) => m.lines[0])).toEqual(['530 Login incorrect.']);
  });

  it("leaves ftplib's debug output with a traceback to the ftplib format", () => {
    const r = decode(
      "*resp* '421 Too many users'\nTraceback (most recent call last):\nftplib.error_temp: 421 Too many users",
      catalog,
    );
    expect(r.input).toBe('ftplib');
  });
});
