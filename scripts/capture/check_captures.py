#!/usr/bin/env python3
"""Sanity-check the captures: wire.jsonl parses, meta.json has the required
fields, and the server replies a client printed match the recorder's ground truth.

    python3 scripts/capture/check_captures.py [tests/fixtures/captures]

For every capture the final reply lines ("ddd text") are taken from wire.jsonl
(server side, all connections, in order) and from client.txt using the client's
own log syntax (curl "< ", lftp "<--- ", ftplib "*resp*", tnftp/raw bare lines).
The check reports how many wire replies are missing from the client output;
clients legitimately hide some (tnftp/lftp swallow replies of some internal
commands, curl stops printing after an error), so it prints a table rather than
failing, and exits 1 only for structural problems.
"""
import json
import os
import re
import sys

REQUIRED = ["server", "serverVersion", "client", "clientVersion", "scenario", "command", "tls",
            "capturedAt", "notes"]
FINAL = re.compile(r"^(\d{3}) ")


def wire_replies(path):
    replies, buf = [], {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            obj = json.loads(line)
            assert obj["dir"] in ("c", "s"), "bad dir on line %d" % n
            assert isinstance(obj["data"], str)
            if obj["dir"] != "s":
                continue
            conn = obj.get("conn", 1)
            text = buf.get(conn, "") + obj["data"]
            *lines, buf[conn] = text.split("\n")
            for l in lines:
                l = l.rstrip("\r")
                if FINAL.match(l):
                    replies.append(l)
    return replies


def client_replies(client, text):
    out = []
    for raw in text.splitlines():
        l = raw
        if client == "curl":
            m = re.search(r"< (\d{3} .*)$", l)
            l = m.group(1) if m else ""
        elif client == "lftp":
            if l.startswith("<--- "):
                l = l[5:]
        elif client.startswith("ftplib"):
            m = re.match(r"\*resp\* '(.*)'$", l) or re.match(r'\*resp\* "(.*)"$', l)
            if not m:
                continue
            l = m.group(1).split("\\n")[-1]
        if FINAL.match(l):
            out.append(l.rstrip())
    return out


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../tests/fixtures/captures")
    problems, rows = 0, []
    for server in sorted(os.listdir(root)):
        sdir = os.path.join(root, server)
        if not os.path.isdir(sdir):
            continue
        for name in sorted(os.listdir(sdir)):
            d = os.path.join(sdir, name)
            try:
                meta = json.load(open(os.path.join(d, "meta.json")))
                missing = [k for k in REQUIRED if k not in meta]
                assert not missing, "meta.json lacks %s" % missing
                wire = wire_replies(os.path.join(d, "wire.jsonl"))
                text = open(os.path.join(d, "client.txt"), encoding="latin-1").read()
            except Exception as e:  # noqa: BLE001
                problems += 1
                print("PROBLEM %s/%s: %s" % (server, name, e))
                continue
            seen = client_replies(meta["client"], text)
            pool = list(seen)
            absent = []
            for r in wire:
                if r in pool:
                    pool.remove(r)
                else:
                    absent.append(r)
            rows.append((server, name, len(wire), len(seen), absent))
    full = sum(1 for r in rows if not r[4])
    print("%d captures, %d with every wire reply visible in client.txt, %d structural problems"
          % (len(rows), full, problems))
    for server, name, nw, ns, absent in rows:
        if absent:
            print("  %-9s %-32s wire=%-3d client=%-3d not in client.txt: %s"
                  % (server, name, nw, ns, " | ".join(a[:50] for a in absent[:3])))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
