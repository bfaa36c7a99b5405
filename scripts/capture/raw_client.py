#!/usr/bin/env python3
"""Scripted raw FTP client: sends fixed commands over a plain socket.

    raw_client.py --port 3221 --scenario login-ok [--user U --password P]

It prints the session the way it looks in a telnet/netcat window: each command
line it sends, then the server's reply lines exactly as received (CR removed).
Data connections (PASV/EPSV/PORT/EPRT) are opened to 127.0.0.1 only; their
contents are read and discarded, never printed.
"""
import argparse
import re
import socket
import ssl
import sys
import time

HOST = "127.0.0.1"


class Closed(Exception):
    pass


class Raw:
    def __init__(self, port, timeout=20):
        self.sock = socket.create_connection((HOST, port), timeout=timeout)
        self.buf = b""
        self.tls_session = None
        self.prot_p = False
        self.ctx = None

    # -- printing / control connection
    def show(self, line):
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    def _readline(self):
        while b"\n" not in self.buf:
            try:
                chunk = self.sock.recv(4096)
            except (ConnectionError, ssl.SSLError):
                chunk = b""
            if not chunk:
                if self.buf:
                    line, self.buf = self.buf, b""
                    return line
                raise Closed()
            self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        return line + b"\n"

    def reply(self, timeout=None):
        """Read one (possibly multi-line) reply, printing every line."""
        if timeout is not None:
            self.sock.settimeout(timeout)
        try:
            first = self._readline()
            self.show(first.decode("latin-1").rstrip("\r\n"))
            code = first[:3].decode("latin-1")
            lines = [first]
            if first[3:4] == b"-":
                while True:
                    line = self._readline()
                    self.show(line.decode("latin-1").rstrip("\r\n"))
                    lines.append(line)
                    if line[:3].decode("latin-1") == code and line[3:4] == b" ":
                        break
            return code, b"".join(lines).decode("latin-1")
        except Closed:
            self.show("Connection closed by foreign host.")
            raise
        finally:
            if timeout is not None:
                self.sock.settimeout(20)

    def send(self, line, shown=None):
        self.show(line if shown is None else shown)
        try:
            self.sock.sendall(line.encode("latin-1") + b"\r\n")
        except (ConnectionError, ssl.SSLError):
            self.show("Connection closed by foreign host.")
            raise Closed()

    def cmd(self, line):
        self.send(line)
        return self.reply()

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass

    # -- TLS
    def start_tls(self):
        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        self.ctx.check_hostname = False
        self.ctx.verify_mode = ssl.CERT_NONE
        self.sock = self.ctx.wrap_socket(self.sock, server_hostname=HOST)
        self.tls_session = self.sock.session

    def _wrap_data(self, s):
        if self.prot_p and self.ctx is not None:
            return self.ctx.wrap_socket(s, server_hostname=HOST, session=self.sock.session)
        return s

    # -- data connections
    def pasv(self):
        code, text = self.cmd("PASV")
        if code != "227":
            return None
        m = re.search(r"(\d+),(\d+),(\d+),(\d+),(\d+),(\d+)", text)
        port = int(m.group(5)) * 256 + int(m.group(6))
        return ("connect", socket.create_connection((HOST, port), timeout=20))

    def epsv(self):
        code, text = self.cmd("EPSV")
        if code != "229":
            return None
        m = re.search(r"\((.)\1\1(\d+)\1\)", text)
        return ("connect", socket.create_connection((HOST, int(m.group(2))), timeout=20))

    def _listener(self):
        ls = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        ls.bind((HOST, 0))
        ls.listen(1)
        ls.settimeout(20)
        return ls

    def port(self):
        ls = self._listener()
        p = ls.getsockname()[1]
        code, _ = self.cmd("PORT 127,0,0,1,%d,%d" % (p // 256, p % 256))
        if code != "200":
            ls.close()
            return None
        return ("accept", ls)

    def eprt(self):
        ls = self._listener()
        code, _ = self.cmd("EPRT |1|127.0.0.1|%d|" % ls.getsockname()[1])
        if code != "200":
            ls.close()
            return None
        return ("accept", ls)

    def transfer(self, mode, command, upload=None, read_limit=None):
        """mode: a bound method (pasv/epsv/port/eprt). Returns the data socket when read_limit is set."""
        dc = mode()
        if dc is None:
            return None
        kind, s = dc
        code, _ = self.cmd(command)
        if not code.startswith("1"):
            s.close()
            return None
        if kind == "accept":
            conn, _ = s.accept()
            s.close()
            s = conn
        s = self._wrap_data(s)
        if upload is not None:
            s.sendall(upload)
            if isinstance(s, ssl.SSLSocket):
                s = s.unwrap()
            s.close()
        else:
            got = 0
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                got += len(chunk)
                if read_limit and got >= read_limit:
                    return s
            s.close()
        self.reply()
        return None


def login(c, user, password):
    c.reply()
    c.cmd("USER " + user)
    return c.cmd("PASS " + password)


def quit_(c):
    try:
        c.cmd("QUIT")
        c.reply(timeout=3)  # expect EOF
    except (Closed, socket.timeout, OSError):
        pass


def scenario(c, name, a):
    u, p = a.user, a.password
    if name == "login-ok":
        login(c, u, p)
        c.cmd("SYST")
        c.cmd("PWD")
        c.cmd("NOOP")
        quit_(c)
    elif name == "login-fail":
        c.reply()
        c.cmd("USER " + u)
        c.cmd("PASS wrong-password")
        c.cmd("PWD")
        quit_(c)
    elif name == "anonymous":
        c.reply()
        c.cmd("USER anonymous")
        c.cmd("PASS guest@example.com")
        c.cmd("PWD")
        c.cmd("TYPE A")
        c.transfer(c.pasv, "LIST")
        c.cmd("TYPE I")
        c.transfer(c.pasv, "RETR secret.txt")
        quit_(c)
    elif name == "passive":
        login(c, u, p)
        c.cmd("TYPE I")
        c.transfer(c.pasv, "RETR readme.txt")
        c.cmd("TYPE A")
        c.transfer(c.pasv, "LIST")
        quit_(c)
    elif name == "active":
        login(c, u, p)
        c.cmd("TYPE A")
        c.transfer(c.port, "LIST")
        c.cmd("TYPE I")
        c.transfer(c.eprt, "RETR readme.txt")
        quit_(c)
    elif name == "epsv":
        login(c, u, p)
        c.cmd("TYPE A")
        c.transfer(c.epsv, "NLST")
        c.cmd("EPSV ALL")
        c.transfer(c.epsv, "LIST")
        c.cmd("PASV")
        quit_(c)
    elif name == "missing-file":
        login(c, u, p)
        c.cmd("TYPE I")
        c.transfer(c.pasv, "RETR nofile.txt")
        c.cmd("SIZE nofile.txt")
        c.cmd("CWD nodir")
        c.cmd("DELE nofile.txt")
        quit_(c)
    elif name == "perm-denied":
        login(c, u, p)
        c.cmd("TYPE I")
        c.transfer(c.pasv, "RETR secret.txt")
        c.cmd("CWD private")
        c.transfer(c.pasv, "STOR pub/upload.txt", upload=b"hello\n")
        c.cmd("DELE pub/notes.txt")
        c.cmd("MKD pub/newdir")
        quit_(c)
    elif name == "mkd-rmd-rename":
        login(c, u, p)
        c.cmd("MKD newdir")
        c.cmd("CWD newdir")
        c.cmd("PWD")
        c.cmd("CDUP")
        c.cmd("RNFR newdir")
        c.cmd("RNTO renamed")
        c.cmd("RMD renamed")
        c.cmd("RMD renamed")
        c.cmd("RNFR nofile.txt")
        quit_(c)
    elif name == "stor-dele":
        login(c, u, p)
        c.cmd("TYPE I")
        c.transfer(c.pasv, "STOR upload.txt", upload=b"uploaded by raw_client.py\n" * 4)
        c.cmd("SIZE upload.txt")
        c.transfer(c.pasv, "APPE upload.txt", upload=b"appended line\n")
        c.cmd("SIZE upload.txt")
        c.cmd("DELE upload.txt")
        quit_(c)
    elif name == "rest-retr":
        login(c, u, p)
        c.cmd("TYPE I")
        code, text = c.cmd("SIZE data.bin")
        size = int(text.split()[1]) if code == "213" else 67108864
        c.cmd("REST %d" % (size - 4096))
        c.transfer(c.pasv, "RETR data.bin")
        c.cmd("REST 10")
        c.transfer(c.pasv, "RETR readme.txt")
        quit_(c)
    elif name == "size-mdtm":
        login(c, u, p)
        c.cmd("TYPE I")
        c.cmd("SIZE readme.txt")
        c.cmd("MDTM readme.txt")
        c.cmd("SIZE data.bin")
        c.cmd("SIZE nofile.txt")
        c.cmd("MDTM nofile.txt")
        c.cmd("SIZE pub")
        c.cmd("TYPE A")
        c.cmd("SIZE readme.txt")
        quit_(c)
    elif name == "feat-stat-help-site":
        c.reply()
        c.cmd("FEAT")
        c.cmd("USER " + u)
        c.cmd("PASS " + p)
        c.cmd("SYST")
        c.cmd("STAT")
        c.cmd("STAT readme.txt")
        c.cmd("HELP")
        c.cmd("HELP RETR")
        c.cmd("SITE HELP")
        c.cmd("SITE CHMOD 644 readme.txt")
        c.cmd("OPTS UTF8 ON")
        c.cmd("MODE S")
        c.cmd("STRU F")
        c.cmd("NOOP")
        quit_(c)
    elif name == "abor":
        login(c, u, p)
        c.cmd("TYPE I")
        ds = c.transfer(c.pasv, "RETR data.bin", read_limit=256 * 1024)
        # RFC 959 abort: Telnet IP, then Synch (IAC DM sent as TCP urgent data), then ABOR.
        c.show("ABOR")
        c.sock.send(b"\xff\xf4\xff", socket.MSG_OOB)
        c.sock.sendall(b"\xf2ABOR\r\n")
        if ds is not None:
            ds.close()
        code, _ = c.reply()
        if code == "426":
            c.reply()
        c.cmd("NOOP")
        quit_(c)
    elif name == "unknown-cmd":
        login(c, u, p)
        c.cmd("FOOBAR")
        c.cmd("XYZZY plugh")
        c.cmd("SITE FOOBAR")
        c.cmd("RETR")
        c.cmd("TYPE X")
        c.cmd("MODE Z")
        quit_(c)
    elif name == "conn-limit":
        try:
            code, _ = c.reply()
            if code == "220":
                c.cmd("USER " + u)
                code, _ = c.cmd("PASS " + p)
                if code == "230":
                    c.cmd("PWD")
                    quit_(c)
                else:
                    c.reply(timeout=3)
            else:
                c.reply(timeout=3)
        except (Closed, socket.timeout, OSError):
            pass
    elif name == "idle-timeout":
        login(c, u, p)
        if a.site_idle:
            c.cmd("SITE IDLE %d" % a.site_idle)
        c.cmd("PWD")
        try:
            c.reply(timeout=a.wait)  # unsolicited 421, then EOF
            c.reply(timeout=5)
        except (Closed, socket.timeout, OSError):
            pass
    elif name == "tls":
        c.reply()
        code, _ = c.cmd("AUTH TLS")
        if code != "234":
            quit_(c)
            return
        c.start_tls()
        c.cmd("PBSZ 0")
        code, _ = c.cmd("PROT P")
        c.prot_p = code == "200"
        c.cmd("USER " + u)
        c.cmd("PASS " + p)
        c.cmd("PWD")
        c.cmd("TYPE A")
        c.transfer(c.pasv, "LIST")
        quit_(c)
    else:
        raise SystemExit("unknown scenario " + name)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--scenario", required=True)
    ap.add_argument("--user", default="ftptest")
    ap.add_argument("--password", default="s3cret-pw")
    ap.add_argument("--site-idle", type=int, default=0, help="send SITE IDLE n first (pure-ftpd)")
    ap.add_argument("--wait", type=float, default=10, help="idle-timeout: seconds to wait for the 421")
    a = ap.parse_args()
    try:
        c = Raw(a.port)
    except OSError as e:
        print("connect to %s port %d failed: %s" % (HOST, a.port, e.strerror or e))
        return 1
    try:
        scenario(c, a.scenario, a)
    except Closed:
        return 1
    finally:
        c.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
