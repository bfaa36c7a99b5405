#!/usr/bin/env python3
"""Loopback TCP proxy that records an FTP control connection.

    recorder.py --listen 127.0.0.1:3221 --target 127.0.0.1:2221 --out wire.jsonl

Every chunk read from either side is forwarded unchanged and appended, in the
order it was read, to the output file as one JSON object per line:

    {"dir": "c", "data": "USER ftptest\\r\\n", "conn": 1}

dir  "c" = client to server, "s" = server to client
data the exact bytes, decoded as latin-1 (so every byte maps to one character)
conn 1-based number of the control connection (clients such as lftp reconnect)
urg  true only on a chunk that carried TCP urgent data (Telnet Synch before ABOR);
     the urgent byte is forwarded to the server as urgent data again

Data connections are not proxied: PASV/EPSV replies carry the server's own port.

Once the server answers AUTH TLS / AUTH SSL with 234 the rest of that
connection is TLS; it is still forwarded but no longer written (the recorder
cannot decrypt it). The 234 reply itself is recorded. --status receives a JSON
summary (connections, which ones switched to TLS and after which line).
"""
import argparse
import fcntl
import json
import os
import select
import signal
import socket
import struct
import sys
import threading

SIOCATMARK = 0x8905  # Linux: is the read pointer at the urgent mark?


def hostport(s):
    host, _, port = s.rpartition(":")
    return host or "127.0.0.1", int(port)


class Recorder:
    def __init__(self, out_path, status_path):
        self.out = open(out_path, "w", encoding="utf-8", newline="\n")
        self.status_path = status_path
        self.lock = threading.Lock()
        self.lines = 0
        self.conns = []  # per connection: {"conn", "tlsAfterLine", "closedBy"}

    def new_conn(self):
        with self.lock:
            info = {"conn": len(self.conns) + 1, "tlsAfterLine": None, "closedBy": None}
            self.conns.append(info)
            self._status()
            return info

    def write(self, info, direction, data, urgent=False):
        with self.lock:
            if info["tlsAfterLine"] is not None:
                return
            obj = {"dir": direction, "data": data.decode("latin-1"), "conn": info["conn"]}
            if urgent:
                obj["urg"] = True
            self.out.write(json.dumps(obj, ensure_ascii=False) + "\n")
            self.out.flush()
            self.lines += 1

    def mark_tls(self, info):
        with self.lock:
            info["tlsAfterLine"] = self.lines
            self._status()

    def closed(self, info, by):
        with self.lock:
            if info["closedBy"] is None:
                info["closedBy"] = by
            self._status()

    def _status(self):
        if not self.status_path:
            return
        tmp = self.status_path + ".tmp"
        with open(tmp, "w") as f:
            json.dump({"connections": self.conns, "lines": self.lines}, f, indent=1)
        os.replace(tmp, self.status_path)


def at_mark(sock):
    try:
        buf = fcntl.ioctl(sock.fileno(), SIOCATMARK, struct.pack("i", 0))
        return struct.unpack("i", buf)[0] != 0
    except OSError:
        return False


def pump(rec, info, src, dst, direction, state):
    """Copy src -> dst until EOF, recording each chunk."""
    pending = b""  # server side: partial reply line, to spot "234 " at a line start
    try:
        while True:
            urgent = False
            if direction == "c":
                # wait for data first so that the mark check sees what has arrived
                select.select([src], [], [src])
            if direction == "c" and at_mark(src):
                data = src.recv(1)  # the urgent byte (SO_OOBINLINE keeps it in-band)
                urgent = True
            else:
                data = src.recv(65536)
            if not data:
                break
            rec.write(info, direction, data, urgent)
            if urgent:
                try:
                    dst.send(data, socket.MSG_OOB)
                except OSError:
                    dst.sendall(data)
            else:
                dst.sendall(data)
            if direction == "s" and info["tlsAfterLine"] is None:
                pending += data
                *complete, pending = pending.split(b"\n")
                if any(line.startswith(b"234 ") for line in complete) and state["auth_sent"]:
                    rec.mark_tls(info)
            if direction == "c" and info["tlsAfterLine"] is None:
                if data.upper().lstrip(b"\xff\xf4\xf2").startswith(b"AUTH "):
                    state["auth_sent"] = True
    except OSError:
        pass
    finally:
        rec.closed(info, "client" if direction == "c" else "server")
        try:
            dst.shutdown(socket.SHUT_WR)
        except OSError:
            pass


def handle(rec, client, target):
    info = rec.new_conn()
    try:
        server = socket.create_connection(target, timeout=10)
    except OSError as e:
        print(f"recorder: cannot connect to {target}: {e}", file=sys.stderr)
        client.close()
        rec.closed(info, "connect-failed")
        return
    server.settimeout(None)
    for s in (client, server):
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_OOBINLINE, 1)
    state = {"auth_sent": False}
    t1 = threading.Thread(target=pump, args=(rec, info, client, server, "c", state), daemon=True)
    t2 = threading.Thread(target=pump, args=(rec, info, server, client, "s", state), daemon=True)
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    client.close()
    server.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--listen", required=True, help="127.0.0.1:PORT")
    ap.add_argument("--target", required=True, help="127.0.0.1:PORT of the FTP server")
    ap.add_argument("--out", required=True, help="wire.jsonl to write")
    ap.add_argument("--status", help="JSON summary file, rewritten on every change")
    ap.add_argument("--ready", help="file created once the listening socket is bound")
    args = ap.parse_args()

    lhost, lport = hostport(args.listen)
    target = hostport(args.target)
    if lhost != "127.0.0.1" or target[0] != "127.0.0.1":
        sys.exit("recorder: loopback (127.0.0.1) only")

    rec = Recorder(args.out, args.status)
    rec._status()
    lsock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    lsock.bind((lhost, lport))
    lsock.listen(16)
    signal.signal(signal.SIGTERM, lambda *_: (rec.out.flush(), os._exit(0)))
    if args.ready:
        with open(args.ready, "w") as f:
            f.write(str(os.getpid()))
    while True:
        client, _ = lsock.accept()
        threading.Thread(target=handle, args=(rec, client, target), daemon=True).start()


if __name__ == "__main__":
    main()
