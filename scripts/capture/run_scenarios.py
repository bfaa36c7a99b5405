#!/usr/bin/env python3
"""Run every client x scenario against every server through recorder.py.

Called by capture.sh (which installs and starts the servers and writes env.json):

    run_scenarios.py --env /tmp/ftp-capture/env.json [--server vsftpd,proftpd]
                     [--client curl,lftp] [--scenario tls,abor] [--list]

For each capture it starts the recorder on <server port + 1000> (or the limits
instance's port + 1000), runs the client with the recorder as its server,
and writes tests/fixtures/captures/<server>/<client>-<scenario>/{client.txt,
wire.jsonl,meta.json}. The three servers run in parallel threads; scenarios
that change files in the test user's home are serialised with a lock.
"""
import argparse
import datetime as dt
import json
import os
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time

HOST = "127.0.0.1"
SERVERS = ["vsftpd", "pure-ftpd", "proftpd"]
CLIENTS = ["raw", "ftplib1", "ftplib2", "curl", "lftp", "tnftp"]
SCENARIOS = [
    ("login-ok", "USER/PASS accepted; a few harmless commands; QUIT"),
    ("login-fail", "wrong password: 530"),
    ("anonymous", "anonymous login, listing"),
    ("passive", "PASV data connections (RETR/LIST)"),
    ("active", "active mode: PORT and/or EPRT data connections"),
    ("epsv", "EPSV data connections"),
    ("missing-file", "RETR/SIZE/CWD/DELE on names that do not exist: 550"),
    ("perm-denied", "unreadable file, private directory, read-only pub/: 550/553"),
    ("mkd-rmd-rename", "MKD, RNFR/RNTO, RMD (the second RMD fails)"),
    ("stor-dele", "upload (STOR/APPE) then DELE"),
    ("rest-retr", "resumed download: REST + RETR"),
    ("size-mdtm", "SIZE and MDTM, including missing files and ASCII mode"),
    ("feat-stat-help-site", "FEAT, STAT, HELP, SITE HELP / SITE CHMOD"),
    ("abor", "ABOR during a RETR of a 64 MiB file"),
    ("unknown-cmd", "commands the server does not know: 500/502/504"),
    ("conn-limit", "server allows 1 client; another connection is held open: 421 (proftpd: 530 at PASS)"),
    ("idle-timeout", "server idle timeout of 3 s: unsolicited 421 then close"),
    ("tls", "explicit TLS: AUTH TLS, PBSZ 0, PROT P; the wire is readable only up to the 234 reply"),
]
SCENARIO_NOTES = dict(SCENARIOS)
MUTATING = {"mkd-rmd-rename", "stor-dele", "perm-denied"}
LIMITS = {"conn-limit", "idle-timeout"}
HOME_RESIDUE = ["newdir", "renamed", "upload.txt", "other.txt", "pub/upload.txt", "pub/newdir"]


class Skip(Exception):
    pass


def q(args):
    return " ".join(shlex.quote(a) for a in args)


def dpkg_version(pkg):
    try:
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg], capture_output=True,
                              text=True, check=True).stdout.strip()
    except subprocess.CalledProcessError:
        return "unknown"


# --------------------------------------------------------------------------- specs
class Ctx:
    def __init__(self, env, server, scenario):
        self.env = env
        self.server = server
        self.scenario = scenario
        srv = env["servers"][server]
        self.server_port = srv["limitsPort"] if scenario in LIMITS else srv["port"]
        self.rport = self.server_port + 1000
        self.user = env["user"]
        self.pw = env["password"]
        self.idle = env["idleSeconds"]
        # pure-ftpd's idle timeout is configured in minutes; the client lowers it with SITE IDLE.
        self.site_idle = self.idle if server == "pure-ftpd" and scenario == "idle-timeout" else 0


def spec_python(ctx, client):
    here = ctx.env["here"]
    if client == "raw":
        script, extra = "raw_client.py", []
    else:
        script, extra = "ftplib_client.py", ["--debug", client[-1]]
    args = ["python3", script] + extra + ["--port", str(ctx.rport), "--scenario", ctx.scenario]
    if ctx.site_idle:
        args += ["--site-idle", str(ctx.site_idle)]
    if ctx.scenario == "idle-timeout":
        args += ["--wait", str(ctx.idle + 3)]
    run = [ctx.env["python"], os.path.join(here, script)] + args[2:]
    notes = []
    if client == "raw":
        notes.append("raw_client.py prints each command it sends and each reply line as received "
                     "(telnet-style transcript); data-connection contents are not printed")
    else:
        notes.append("ftplib set_debuglevel(%s); ftplib masks the PASS argument itself" % client[-1])
        if ctx.scenario == "epsv":
            notes.append("ftplib only uses EPSV on IPv6, so the script replaces makepasv() with an EPSV version")
        if ctx.scenario == "abor":
            notes.append("the script closes the data connection, then calls ftplib.FTP.abort(), which sends "
                         "'ABOR\\r\\n' with MSG_OOB (only the last byte is urgent; a server that reads it out of "
                         "band sees an incomplete ABOR line). abort() reads the first reply without a *resp* "
                         "debug line; the script waits up to 5 s for a second reply after a 426")
        if ctx.scenario == "login-fail":
            notes.append("the error_perm exception is deliberately not caught: output ends in a traceback")
        if ctx.scenario == "conn-limit" and ctx.server != "proftpd":
            notes.append("ftplib raises error_temp on the 421 greeting (uncaught traceback)")
    if client == "raw" and ctx.scenario == "abor":
        notes.append("raw client aborts RFC 959 style: IAC IP, IAC DM as TCP urgent data (Synch), then ABOR")
    return dict(argv=run, display=q(args), notes=notes)


def spec_curl(ctx):
    s, rp = ctx.scenario, ctx.rport
    base = "ftp://%s:%s@%s:%d" % (ctx.user, ctx.pw, HOST, rp)
    notes, files = [], {}
    if s == "login-ok":
        a = ["-v", base + "/"]
    elif s == "login-fail":
        a = ["-v", "ftp://%s:wrong-password@%s:%d/" % (ctx.user, HOST, rp)]
    elif s == "anonymous":
        a = ["-v", "ftp://%s:%d/pub/" % (HOST, rp)]
        notes.append("no credentials in the URL: curl logs in as anonymous / ftp@example.com")
    elif s == "passive":
        a = ["-v", "--ftp-pasv", "--disable-epsv", "-o", "/dev/null", base + "/readme.txt"]
    elif s == "active":
        a = ["-v", "--ftp-port", HOST, base + "/", "--next",
             "-v", "--ftp-port", HOST, "--disable-eprt", "-o", "/dev/null",
             "ftp://%s:%d/readme.txt" % (HOST, rp)]
        notes.append("first URL (test user) uses EPRT, curl's default for --ftp-port; the second URL is "
                     "anonymous so curl opens a new connection, where --disable-eprt makes it use PORT "
                     "(curl ignores --disable-eprt on a reused connection)")
    elif s == "epsv":
        a = ["-v", "--ftp-pasv", base + "/pub/"]
    elif s == "missing-file":
        a = ["-v", "-o", "/dev/null", base + "/nofile.txt"]
    elif s == "perm-denied":
        a = ["-v", "-o", "/dev/null", base + "/secret.txt"]
    elif s == "mkd-rmd-rename":
        a = ["-v", "-Q", "MKD newdir", "-Q", "RNFR newdir", "-Q", "RNTO renamed", "-Q", "RMD renamed",
             "-Q", "RMD renamed", base + "/"]
        notes.append("the second RMD fails, so curl stops with 'QUOT command failed' before listing")
    elif s == "stor-dele":
        files["upload.txt"] = b"uploaded by curl\n" * 4
        a = ["-v", "-T", "upload.txt", "-Q", "-DELE upload.txt", base + "/"]
    elif s == "rest-retr":
        files["readme.txt"] = b"x" * 40
        a = ["-v", "-C", "-", "-o", "readme.txt", base + "/readme.txt"]
        notes.append("a 40-byte partial readme.txt exists locally, so -C - resumes with REST 40")
    elif s == "size-mdtm":
        a = ["-v", "-I", base + "/readme.txt"]
        notes.append("-I on an FTP file: curl sends SIZE and MDTM and prints header-like lines")
    elif s == "feat-stat-help-site":
        a = ["-v", "-Q", "FEAT", "-Q", "STAT", "-Q", "HELP", "-Q", "*SITE HELP",
             "-Q", "*SITE CHMOD 644 readme.txt", base + "/pub/"]
        notes.append("'*' prefix: curl continues even if that quote command fails")
    elif s == "abor":
        a = ["-v", "-r", "0-99", "-o", "/dev/null", base + "/data.bin"]
        notes.append("a range request: curl stops after 100 bytes and sends ABOR")
    elif s == "unknown-cmd":
        a = ["-v", "-Q", "FOOBAR", base + "/"]
    elif s == "conn-limit":
        a = ["-v", base + "/"]
    elif s == "idle-timeout":
        a = ["-v", "--rate", "12/m"]
        if ctx.site_idle:
            a += ["-Q", "SITE IDLE %d" % ctx.site_idle]
        a += ["-o", "/dev/null", base + "/readme.txt", "-o", "/dev/null", base + "/pub/notes.txt"]
        notes.append("--rate 12/m makes curl wait 5 s before reusing the connection for the second URL; "
                     "the server has timed it out by then")
    elif s == "tls":
        a = ["-v", "--ssl-reqd", "-k", base + "/"]
        notes.append("curl tries AUTH SSL before AUTH TLS")
    else:
        raise Skip("not implemented")
    if ctx.site_idle:
        notes.append("pure-ftpd's idle timeout is set in minutes, so the client lowers it with SITE IDLE %d" % ctx.site_idle)
    args = ["curl"] + a
    return dict(argv=args, display=q(args), notes=notes, files=files)


LFTP_BASE = ["set ftp:ssl-allow no", "set net:max-retries 2", "set net:reconnect-interval-base 1",
             "set xfer:clobber on"]


def spec_lftp(ctx):
    s, rp = ctx.scenario, ctx.rport
    settings = list(LFTP_BASE)
    open_ = "open -u %s,%s -p %d %s" % (ctx.user, ctx.pw, rp, HOST)
    notes, files = ["ftp:ssl-allow is off (lftp would otherwise switch to TLS by itself and hide the wire)"], {}
    if s == "login-ok":
        cmds = [open_, "ls"]
    elif s == "login-fail":
        cmds = ["open -u %s,wrong-password -p %d %s" % (ctx.user, rp, HOST), "ls"]
    elif s == "anonymous":
        cmds = ["open -p %d %s" % (rp, HOST), "ls", "get readme.txt"]
    elif s == "passive":
        settings += ["set ftp:passive-mode on", "set ftp:prefer-epsv no"]
        cmds = [open_, "get readme.txt", "ls"]
    elif s == "active":
        settings += ["set ftp:passive-mode off", "set ftp:port-ipv4 127.0.0.1"]
        cmds = [open_, "ls", "get readme.txt"]
    elif s == "epsv":
        settings += ["set ftp:passive-mode on", "set ftp:prefer-epsv yes"]
        cmds = [open_, "ls", "get readme.txt"]
    elif s == "missing-file":
        cmds = [open_, "get nofile.txt", "cd nodir"]
    elif s == "perm-denied":
        files["upload.txt"] = b"hello\n"
        cmds = [open_, "get secret.txt", "cd private", "put upload.txt -o pub/upload.txt"]
    elif s == "mkd-rmd-rename":
        cmds = [open_, "mkdir newdir", "mv newdir renamed", "rmdir renamed", "rmdir renamed"]
    elif s == "stor-dele":
        files["upload.txt"] = b"uploaded by lftp\n" * 4
        cmds = [open_, "put upload.txt", "ls", "rm upload.txt"]
    elif s == "rest-retr":
        files["readme.txt"] = b"x" * 40
        cmds = [open_, "get -c readme.txt"]
        notes.append("a 40-byte partial readme.txt exists locally, so get -c resumes with REST 40")
    elif s == "size-mdtm":
        cmds = [open_, "quote SIZE readme.txt", "quote MDTM readme.txt", "quote SIZE nofile.txt",
                "quote MDTM nofile.txt", "get readme.txt"]
    elif s == "feat-stat-help-site":
        cmds = [open_, "quote FEAT", "quote STAT", "quote HELP", "site HELP", "site CHMOD 644 readme.txt"]
    elif s == "abor":
        cmds = [open_, "cat data.bin | head -c 100 >/dev/null"]
        notes.append("the pipe closes after 100 bytes; lftp aborts the transfer with ABOR")
    elif s == "unknown-cmd":
        cmds = [open_, "quote FOOBAR", "quote XYZZY plugh", "site FOOBAR"]
    elif s == "conn-limit":
        cmds = [open_, "ls"]
        notes.append("net:max-retries 2 / reconnect-interval-base 1 keep lftp's retries short")
    elif s == "idle-timeout":
        cmds = [open_]
        if ctx.site_idle:
            cmds.append("site IDLE %d" % ctx.site_idle)
        cmds += ["ls", "sleep %d" % (ctx.idle + 3), "ls"]
    elif s == "tls":
        settings = [x for x in settings if not x.startswith("set ftp:ssl-allow")]
        settings += ["set ftp:ssl-force true", "set ftp:ssl-protect-data true", "set ssl:verify-certificate no"]
        cmds = [open_, "ls"]
        notes = []
    else:
        raise Skip("not implemented")
    if ctx.site_idle:
        notes.append("pure-ftpd's idle timeout is set in minutes, so the client lowers it with SITE IDLE %d" % ctx.site_idle)
    script = "; ".join(settings + cmds)
    args = ["lftp", "-d", "-c", script]
    return dict(argv=args, display=q(args), notes=notes, files=files, timeout=40)


def spec_tnftp(ctx):
    s, rp = ctx.scenario, ctx.rport
    login = ["open %s %d" % (HOST, rp), "user %s %s" % (ctx.user, ctx.pw)]
    notes, files, after_sleep, sigint = [], {}, None, None
    if s == "login-ok":
        lines = login + ["pwd", "ls"]
    elif s == "login-fail":
        lines = ["open %s %d" % (HOST, rp), "user %s wrong-password" % ctx.user, "pwd"]
    elif s == "anonymous":
        lines = ["open %s %d" % (HOST, rp), "user anonymous guest@example.com", "pwd", "ls",
                 "get readme.txt /dev/null"]
    elif s == "passive":
        lines = login + ["passive on", "epsv4 off", "get readme.txt /dev/null", "ls"]
    elif s == "active":
        lines = login + ["passive off", "ls", "epsv4 off", "get readme.txt /dev/null"]
        notes.append("first transfer uses EPRT, then 'epsv4 off' makes tnftp use PORT")
    elif s == "epsv":
        lines = login + ["passive on", "ls", "get readme.txt /dev/null"]
    elif s == "missing-file":
        lines = login + ["get nofile.txt /dev/null", "size nofile.txt", "cd nodir", "delete nofile.txt"]
    elif s == "perm-denied":
        files["upload.txt"] = b"hello\n"
        lines = login + ["get secret.txt /dev/null", "cd private", "put upload.txt pub/upload.txt",
                         "delete pub/notes.txt", "mkdir pub/newdir"]
    elif s == "mkd-rmd-rename":
        lines = login + ["mkdir newdir", "cd newdir", "pwd", "cdup", "rename newdir renamed", "rmdir renamed",
                         "rmdir renamed"]
    elif s == "stor-dele":
        files["upload.txt"] = b"uploaded by tnftp\n" * 4
        lines = login + ["put upload.txt", "size upload.txt", "delete upload.txt"]
    elif s == "rest-retr":
        files["readme.txt"] = b"x" * 40
        lines = login + ["reget readme.txt"]
        notes.append("a 40-byte partial readme.txt exists locally, so reget resumes with REST 40")
    elif s == "size-mdtm":
        lines = login + ["size readme.txt", "modtime readme.txt", "size nofile.txt", "modtime nofile.txt"]
    elif s == "feat-stat-help-site":
        lines = login + ["features", "rstatus", "rhelp", "site help", "chmod 644 readme.txt", "system"]
    elif s == "abor":
        lines = login + ["rate get 65536", "get data.bin /dev/null", "pwd"]
        sigint = 2.0
        notes.append("downloads throttled to 64 KiB/s; SIGINT (Ctrl-C) after 2 s makes tnftp abort "
                     "(IAC IP + IAC DM as urgent data, then ABOR)")
    elif s == "unknown-cmd":
        lines = login + ["quote FOOBAR", "quote XYZZY plugh", "site FOOBAR"]
    elif s == "conn-limit":
        lines = login + ["pwd"]
    elif s == "idle-timeout":
        lines = login + (["idle %d" % ctx.site_idle] if ctx.site_idle else []) + ["pwd"]
        after_sleep = (ctx.idle + 3, ["pwd", "ls"])
    elif s == "tls":
        raise Skip("tnftp has no FTPS (AUTH TLS) support")
    else:
        raise Skip("not implemented")
    if ctx.site_idle:
        notes.append("pure-ftpd's idle timeout is set in minutes, so the client lowers it with SITE IDLE "
                     "(tnftp's 'idle' command)")
    notes.append("tnftp reads commands from a here-doc; -v is needed because verbose is off when stdin is not a tty")
    argv = ["ftp", "-d", "-v", "-n"]
    tail = ["quit"]
    if after_sleep:
        secs, more = after_sleep
        first = "\\n".join(lines)
        second = "\\n".join(more + tail)
        display = "(printf '%s\\n'; sleep %d; printf '%s\\n') | %s" % (first, secs, second, q(argv))
        stdin = [("\n".join(lines) + "\n").encode(), secs, ("\n".join(more + tail) + "\n").encode()]
    else:
        body = "\n".join(lines + tail)
        display = "%s <<'EOF'\n%s\nEOF" % (q(argv), body)
        stdin = [(body + "\n").encode()]
    return dict(argv=argv, display=display, notes=notes, files=files, stdin=stdin, sigint=sigint, timeout=40)


def build_spec(ctx, client):
    if client in ("raw", "ftplib1", "ftplib2"):
        sp = spec_python(ctx, client)
    elif client == "curl":
        sp = spec_curl(ctx)
    elif client == "lftp":
        sp = spec_lftp(ctx)
    elif client == "tnftp":
        sp = spec_tnftp(ctx)
    else:
        raise Skip("unknown client")
    sp.setdefault("files", {})
    sp.setdefault("stdin", None)
    sp.setdefault("sigint", None)
    sp.setdefault("timeout", 30)
    return sp


# --------------------------------------------------------------------------- running
class Holder(threading.Thread):
    """Occupies the only slot of a limits instance: logs in and sends NOOP every second."""

    def __init__(self, port, user, pw):
        super().__init__(daemon=True)
        self.sock = socket.create_connection((HOST, port), timeout=10)
        self.user, self.pw = user, pw
        self.stop = threading.Event()
        self.ok = threading.Event()

    def _reply(self, f):
        first = f.readline()
        if first[3:4] == b"-":
            code = first[:3]
            while True:
                line = f.readline()
                if not line or (line[:3] == code and line[3:4] == b" "):
                    break
        return first

    def run(self):
        try:
            f = self.sock.makefile("rb")
            self._reply(f)
            self.sock.sendall(b"USER %s\r\n" % self.user.encode())
            self._reply(f)
            self.sock.sendall(b"PASS %s\r\n" % self.pw.encode())
            self._reply(f)
            self.ok.set()
            while not self.stop.wait(1.0):
                self.sock.sendall(b"NOOP\r\n")
                self._reply(f)
        except OSError:
            pass
        finally:
            self.ok.set()

    def close(self):
        self.stop.set()
        try:
            self.sock.sendall(b"QUIT\r\n")
        except OSError:
            pass
        self.sock.close()


def start_recorder(env, listen_port, target_port, wire, status):
    ready = status + ".ready"
    for f in (ready,):
        if os.path.exists(f):
            os.unlink(f)
    p = subprocess.Popen([env["python"], os.path.join(env["here"], "recorder.py"),
                          "--listen", "%s:%d" % (HOST, listen_port), "--target", "%s:%d" % (HOST, target_port),
                          "--out", wire, "--status", status, "--ready", ready],
                         stdout=subprocess.DEVNULL, stderr=open(status + ".err", "w"))
    for _ in range(100):
        if os.path.exists(ready):
            return p
        if p.poll() is not None:
            break
        time.sleep(0.05)
    p.kill()
    raise RuntimeError("recorder did not start on port %d: %s" % (listen_port, open(status + ".err").read()))


def stop_recorder(p, status):
    # give the proxy a moment to see both sides close, then stop it
    deadline = time.time() + 3
    while time.time() < deadline:
        try:
            st = json.load(open(status))
            if all(c["closedBy"] for c in st["connections"]):
                break
        except (OSError, ValueError):
            pass
        time.sleep(0.05)
    time.sleep(0.1)
    p.send_signal(signal.SIGTERM)
    try:
        p.wait(5)
    except subprocess.TimeoutExpired:
        p.kill()
        p.wait()
    try:
        return json.load(open(status))
    except (OSError, ValueError):
        return {"connections": [], "lines": 0}


def run_client(sp, cwd, out_path):
    env = {"PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HOME": cwd,
           "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PYTHONUNBUFFERED": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    with open(out_path, "wb") as out:
        p = subprocess.Popen(sp["argv"], cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT,
                             stdin=subprocess.PIPE if sp["stdin"] else subprocess.DEVNULL,
                             start_new_session=True)
        t0 = time.time()
        try:
            if sp["stdin"]:
                for part in sp["stdin"]:
                    if isinstance(part, (int, float)):
                        time.sleep(part)
                    else:
                        p.stdin.write(part)
                        p.stdin.flush()
                if not sp["sigint"]:
                    p.stdin.close()
            if sp["sigint"]:
                time.sleep(sp["sigint"])
                p.send_signal(signal.SIGINT)
                p.stdin.close()
            rc = p.wait(sp["timeout"])
            timed_out = False
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            rc = p.wait()
            timed_out = True
        except BrokenPipeError:
            rc = p.wait(sp["timeout"])
            timed_out = False
    return rc, timed_out, time.time() - t0


def clean_home(env):
    home = os.path.join(env["work"], "home", env["user"])
    for name in HOME_RESIDUE:
        path = os.path.join(home, name)
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        elif os.path.lexists(path):
            os.unlink(path)


CLIENT_INFO = {}


def client_info(client):
    if client in CLIENT_INFO:
        return CLIENT_INFO[client]
    if client in ("raw", "ftplib1", "ftplib2"):
        pyver = subprocess.run(["/usr/bin/python3", "-c", "import platform; print(platform.python_version())"],
                               capture_output=True, text=True).stdout.strip()
        info = {"name": {"raw": "raw socket client (scripts/capture/raw_client.py)",
                         "ftplib1": "Python ftplib, set_debuglevel(1)",
                         "ftplib2": "Python ftplib, set_debuglevel(2)"}[client],
                "version": "Python %s (Debian python3.11 %s)" % (pyver, dpkg_version("python3.11"))}
    else:
        full = dpkg_version(client)  # Debian package names: curl, lftp, tnftp
        upstream = full.split(":")[-1].split("-")[0]
        info = {"name": {"curl": "curl -v", "lftp": "lftp -d", "tnftp": "tnftp (ftp -d -v)"}[client],
                "version": "%s %s (Debian package %s)" % (client, upstream, full)}
    CLIENT_INFO[client] = info
    return info


def capture_one(env, server, client, scenario, lock, log):
    ctx = Ctx(env, server, scenario)
    sp = build_spec(ctx, client)   # may raise Skip
    outdir = os.path.join(env["out"], server, "%s-%s" % (client, scenario))
    if os.path.isdir(outdir):
        shutil.rmtree(outdir)
    os.makedirs(outdir)
    scratch = os.path.join(env["work"], "scratch", server, "%s-%s" % (client, scenario))
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    for name, data in sp["files"].items():
        with open(os.path.join(scratch, name), "wb") as f:
            f.write(data)
    status = os.path.join(env["work"], "run", "recorder-%s.json" % server)
    wire = os.path.join(outdir, "wire.jsonl")

    mutating = scenario in MUTATING
    if mutating:
        lock.acquire()
    holder = None
    try:
        if mutating:
            clean_home(env)
        rec = start_recorder(env, ctx.rport, ctx.server_port, wire, status)
        try:
            if scenario == "conn-limit":
                holder = Holder(ctx.server_port, env["user"], env["password"])
                holder.start()
                holder.ok.wait(5)
            rc, timed_out, secs = run_client(sp, scratch, os.path.join(outdir, "client.txt"))
        finally:
            st = stop_recorder(rec, status)
            if holder:
                holder.close()
        if mutating:
            clean_home(env)
    finally:
        if mutating:
            lock.release()
    if scenario in LIMITS:
        time.sleep(0.5)  # let the server reap the session before the next max-clients=1 test

    tls_conns = [c for c in st["connections"] if c["tlsAfterLine"] is not None]
    notes = [SCENARIO_NOTES[scenario]] + sp["notes"]
    if tls_conns:
        notes.append("wire.jsonl stops at the 234 reply to AUTH: the rest of the control connection is "
                     "TLS-encrypted and was forwarded but not recorded")
    if timed_out:
        notes.append("client was killed after %ds timeout" % sp["timeout"])
    if len(st["connections"]) > 1:
        notes.append("%d control connections (see the conn field in wire.jsonl)" % len(st["connections"]))
    ci = client_info(client)
    srv = env["servers"][server]
    meta = {
        "server": server,
        "serverPackage": srv["package"],
        "serverVersion": srv["version"],
        "client": client,
        "clientDescription": ci["name"],
        "clientVersion": ci["version"],
        "scenario": scenario,
        "command": sp["display"],
        "tls": scenario == "tls",
        "wireEncryptedAfterAuth": bool(tls_conns),
        "controlConnections": len(st["connections"]),
        "exitCode": rc,
        "capturedAt": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "notes": "; ".join(notes),
    }
    with open(os.path.join(outdir, "meta.json"), "w") as f:
        json.dump(meta, f, indent=2)
        f.write("\n")
    shutil.rmtree(scratch, ignore_errors=True)
    log("%-9s %-8s %-20s rc=%-3s conns=%d lines=%-3d %.1fs%s" % (
        server, client, scenario, rc, len(st["connections"]), st["lines"], secs, " TIMEOUT" if timed_out else ""))
    return meta


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--env", required=True)
    ap.add_argument("--server", default=",".join(SERVERS))
    ap.add_argument("--client", default=",".join(CLIENTS))
    ap.add_argument("--scenario", default=",".join(s for s, _ in SCENARIOS))
    a = ap.parse_args()
    env = json.load(open(a.env))
    servers = [s for s in a.server.split(",") if s]
    clients = [c for c in a.client.split(",") if c]
    scenarios = [s for s in a.scenario.split(",") if s]
    for name, allowed in (("server", SERVERS), ("client", CLIENTS), ("scenario", SCENARIO_NOTES)):
        bad = [x for x in {"server": servers, "client": clients, "scenario": scenarios}[name] if x not in allowed]
        if bad:
            sys.exit("unknown %s: %s" % (name, ", ".join(bad)))
    full = (servers == SERVERS and clients == CLIENTS and len(scenarios) == len(SCENARIOS))

    os.makedirs(env["out"], exist_ok=True)
    if full:
        for s in SERVERS:
            shutil.rmtree(os.path.join(env["out"], s), ignore_errors=True)

    print_lock = threading.Lock()

    def log(msg):
        with print_lock:
            print(msg, flush=True)

    lock = threading.Lock()
    results, skipped, failed = [], [], []

    def worker(server):
        for client in clients:
            for scenario in scenarios:
                try:
                    results.append(capture_one(env, server, client, scenario, lock, log))
                except Skip as e:
                    skipped.append({"server": server, "client": client, "scenario": scenario, "reason": str(e)})
                except Exception as e:  # keep going; report at the end
                    failed.append({"server": server, "client": client, "scenario": scenario, "error": repr(e)})
                    log("FAILED %s %s %s: %r" % (server, client, scenario, e))

    threads = [threading.Thread(target=worker, args=(s,)) for s in servers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    # index of everything on disk (not only this run)
    index = []
    for server in SERVERS:
        d = os.path.join(env["out"], server)
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            mp = os.path.join(d, name, "meta.json")
            if os.path.exists(mp):
                m = json.load(open(mp))
                index.append({"path": "%s/%s" % (server, name), "server": m["server"], "client": m["client"],
                              "scenario": m["scenario"], "tls": m["tls"], "exitCode": m["exitCode"]})
    skip_file = os.path.join(env["out"], "index.json")
    prev_skipped = []
    if not full and os.path.exists(skip_file):
        prev_skipped = [s for s in json.load(open(skip_file)).get("skipped", [])
                        if not (s["server"] in servers and s["client"] in clients and s["scenario"] in scenarios)]
    with open(skip_file, "w") as f:
        json.dump({
            "generatedBy": "scripts/capture/capture.sh",
            "servers": {k: {"package": v["package"], "version": v["version"], "source": v["source"]}
                        for k, v in env["servers"].items()},
            "clients": {c: client_info(c) for c in CLIENTS},
            "captures": index,
            "skipped": sorted(prev_skipped + skipped, key=lambda s: (s["server"], s["client"], s["scenario"])),
        }, f, indent=1)
        f.write("\n")
    log("captures written: %d, skipped: %d, failed: %d" % (len(results), len(skipped), len(failed)))
    for s in skipped:
        log("  skipped %(server)s %(client)s %(scenario)s: %(reason)s" % s)
    for s in failed:
        log("  FAILED  %(server)s %(client)s %(scenario)s: %(error)s" % s)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
