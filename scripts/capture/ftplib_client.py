#!/usr/bin/env python3
"""Python ftplib sessions with set_debuglevel(1) or (2).

    ftplib_client.py --debug 1 --port 3221 --scenario passive

What ftplib's debug mode prints (*cmd*, *resp*, *put*, *get*, *welcome*) goes to
stdout. Expected failures are caught and printed as
"ftplib.error_perm: 550 ..." (the last line of a traceback); a failed login is
left uncaught, so that capture ends with a real traceback. File contents are
never printed (they go to /dev/null or are counted).
"""
import argparse
import ftplib
import io
import socket
import sys
import time

HOST = "127.0.0.1"


def report(e):
    cls = type(e)
    name = cls.__qualname__ if cls.__module__ == "builtins" else "%s.%s" % (cls.__module__, cls.__qualname__)
    print("%s: %s" % (name, e), flush=True)


def attempt(fn, *args):
    try:
        return fn(*args)
    except ftplib.all_errors as e:
        report(e)
        return None


def sink(_data):
    pass


def epsv_makepasv(ftp):
    """Force EPSV on IPv4 (ftplib only uses it on IPv6 by itself)."""
    def makepasv():
        host, port = ftplib.parse229(ftp.sendcmd("EPSV"), ftp.sock.getpeername())
        return host, port
    return makepasv


def run(ftp, name, a):
    u, p = a.user, a.password
    if name == "login-ok":
        ftp.login(u, p)
        ftp.sendcmd("SYST")
        ftp.pwd()
        ftp.voidcmd("NOOP")
        ftp.quit()
    elif name == "login-fail":
        ftp.login(u, "wrong-password")  # raises ftplib.error_perm, uncaught on purpose
    elif name == "anonymous":
        ftp.login()  # anonymous / anonymous@
        ftp.pwd()
        ftp.retrlines("LIST")
        attempt(ftp.retrbinary, "RETR secret.txt", sink)
        ftp.quit()
    elif name == "passive":
        ftp.login(u, p)
        ftp.set_pasv(True)
        ftp.retrbinary("RETR readme.txt", sink)
        ftp.retrlines("LIST")
        ftp.quit()
    elif name == "active":
        ftp.login(u, p)
        ftp.set_pasv(False)
        ftp.retrlines("LIST")
        ftp.retrbinary("RETR readme.txt", sink)
        ftp.quit()
    elif name == "epsv":
        ftp.login(u, p)
        ftp.makepasv = epsv_makepasv(ftp)
        ftp.nlst()
        ftp.retrlines("LIST")
        ftp.quit()
    elif name == "missing-file":
        ftp.login(u, p)
        attempt(ftp.retrbinary, "RETR nofile.txt", sink)
        attempt(ftp.size, "nofile.txt")
        attempt(ftp.cwd, "nodir")
        attempt(ftp.delete, "nofile.txt")
        ftp.quit()
    elif name == "perm-denied":
        ftp.login(u, p)
        attempt(ftp.retrbinary, "RETR secret.txt", sink)
        attempt(ftp.cwd, "private")
        attempt(ftp.storbinary, "STOR pub/upload.txt", io.BytesIO(b"hello\n"))
        attempt(ftp.delete, "pub/notes.txt")
        attempt(ftp.mkd, "pub/newdir")
        ftp.quit()
    elif name == "mkd-rmd-rename":
        ftp.login(u, p)
        ftp.mkd("newdir")
        ftp.cwd("newdir")
        ftp.pwd()
        ftp.cwd("..")
        ftp.rename("newdir", "renamed")
        ftp.rmd("renamed")
        attempt(ftp.rmd, "renamed")
        attempt(ftp.rename, "nofile.txt", "other.txt")
        ftp.quit()
    elif name == "stor-dele":
        ftp.login(u, p)
        ftp.storbinary("STOR upload.txt", io.BytesIO(b"uploaded by ftplib\n" * 4))
        ftp.size("upload.txt")
        attempt(ftp.storlines, "APPE upload.txt", io.BytesIO(b"appended line\n"))
        attempt(ftp.size, "upload.txt")  # storlines() left the session in TYPE A
        ftp.delete("upload.txt")
        ftp.quit()
    elif name == "rest-retr":
        ftp.login(u, p)
        ftp.voidcmd("TYPE I")
        size = ftp.size("data.bin")
        ftp.retrbinary("RETR data.bin", sink, rest=size - 4096)
        ftp.retrbinary("RETR readme.txt", sink, rest=10)
        ftp.quit()
    elif name == "size-mdtm":
        ftp.login(u, p)
        ftp.voidcmd("TYPE I")
        ftp.size("readme.txt")
        ftp.sendcmd("MDTM readme.txt")
        ftp.size("data.bin")
        attempt(ftp.size, "nofile.txt")
        attempt(ftp.sendcmd, "MDTM nofile.txt")
        ftp.voidcmd("TYPE A")
        attempt(ftp.size, "readme.txt")
        ftp.quit()
    elif name == "feat-stat-help-site":
        attempt(ftp.sendcmd, "FEAT")
        ftp.login(u, p)
        for c in ("SYST", "STAT", "HELP", "SITE HELP", "SITE CHMOD 644 readme.txt", "OPTS UTF8 ON", "NOOP"):
            attempt(ftp.sendcmd, c)
        ftp.quit()
    elif name == "abor":
        ftp.login(u, p)
        ftp.voidcmd("TYPE I")
        conn = ftp.transfercmd("RETR data.bin")
        got = 0
        while got < 256 * 1024:
            chunk = conn.recv(65536)
            if not chunk:
                break
            got += len(chunk)
        conn.close()  # stop reading first: the server is blocked writing to the data connection
        resp = attempt(ftp.abort)  # ABOR sent as TCP urgent data
        if resp and resp.startswith("426"):
            # the 226/225 that should follow the 426; some servers never send it because
            # ftplib sends the whole "ABOR\r\n" as urgent data and they lose the final byte
            ftp.sock.settimeout(5)
            if attempt(ftp.voidresp) is None:
                ftp.close()
                return
        ftp.voidcmd("NOOP")
        ftp.quit()
    elif name == "unknown-cmd":
        ftp.login(u, p)
        for c in ("FOOBAR", "XYZZY plugh", "SITE FOOBAR", "TYPE X"):
            attempt(ftp.sendcmd, c)
        ftp.quit()
    elif name == "conn-limit":
        # connect() already read the greeting (or failed); try to log in
        ftp.login(u, p)
        ftp.quit()
    elif name == "idle-timeout":
        ftp.login(u, p)
        if a.site_idle:
            ftp.sendcmd("SITE IDLE %d" % a.site_idle)
        ftp.pwd()
        time.sleep(a.wait)
        ftp.voidcmd("NOOP")  # the server has timed us out by now: raises
        ftp.quit()
    elif name == "tls":
        ftp.login(u, p)  # FTP_TLS.login() sends AUTH TLS first
        ftp.prot_p()
        ftp.pwd()
        ftp.retrlines("LIST")
        ftp.quit()
    else:
        raise SystemExit("unknown scenario " + name)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--debug", type=int, choices=(1, 2), required=True)
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--scenario", required=True)
    ap.add_argument("--user", default="ftptest")
    ap.add_argument("--password", default="s3cret-pw")
    ap.add_argument("--site-idle", type=int, default=0)
    ap.add_argument("--wait", type=float, default=6)
    a = ap.parse_args()

    if a.scenario == "tls":
        import ssl
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        ftp = ftplib.FTP_TLS(context=ctx, timeout=30)
    else:
        ftp = ftplib.FTP(timeout=30)
    ftp.set_debuglevel(a.debug)
    ftp.connect(HOST, a.port)
    run(ftp, a.scenario, a)
    return 0


if __name__ == "__main__":
    sys.exit(main())
