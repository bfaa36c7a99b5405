#!/usr/bin/env bash
# Record real FTP sessions (client output + control-connection wire) against
# vsftpd, pure-ftpd and proftpd on loopback, for the decoder's test fixtures.
#
#   sudo bash scripts/capture/capture.sh                 # recreate every capture
#   sudo bash scripts/capture/capture.sh --server vsftpd --client curl --scenario tls
#                                                        # recreate a subset only
#
# Everything listens on 127.0.0.1 only. Output: tests/fixtures/captures/<server>/<client>-<scenario>/
# See scripts/capture/README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$REPO/tests/fixtures/captures"
WORK="${CAPTURE_WORK:-/tmp/ftp-capture}"
PKGS="$WORK/pkgs"          # downloaded .deb files (kept between runs)
ROOTFS="$WORK/root"        # dpkg -x target for vsftpd / pure-ftpd / libwrap0
PY=/usr/bin/python3        # Debian's python3: runs the recorder and the Python clients

FTP_USER=ftptest
FTP_PASS='s3cret-pw'
# Control ports of the servers (the recorder for a server listens on its port + 1000).
# BASE=2220 gives 2221/2222/2223 (+ 2231/2232/2233 for the "limits" instances that allow
# one client and time out idle sessions quickly), recorders on 3221..3233.
BASE=${CAPTURE_PORT_BASE:-2220}
VSFTPD_PORT=$((BASE+1))  PUREFTPD_PORT=$((BASE+2))  PROFTPD_PORT=$((BASE+3))
VSFTPD_LPORT=$((BASE+11)) PUREFTPD_LPORT=$((BASE+12)) PROFTPD_LPORT=$((BASE+13))
IDLE_SECONDS=3

[[ $WORK == /?* && $WORK != *..* ]] || { echo "CAPTURE_WORK must be an absolute path" >&2; exit 1; }

log() { printf '[capture] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

[[ $(id -u) -eq 0 ]] || die "must run as root (installs packages, creates users, runs FTP daemons)"

# ---------------------------------------------------------------- packages
APT_UPDATED=0
apt_update_once() {
  if [[ $APT_UPDATED -eq 0 ]]; then
    log "apt-get update"
    apt-get update -qq
    APT_UPDATED=1
  fi
}

apt_install() {   # install only what is missing
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  apt_update_once
  log "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
}

install_proftpd() {
  dpkg-query -W -f='${Status}' proftpd-basic 2>/dev/null | grep -q 'install ok installed' && return 0
  # Keep the package's init script from starting a daemon on port 21.
  local prc=/usr/sbin/policy-rc.d backup=""
  if [[ -e $prc ]]; then backup="$WORK/policy-rc.d.orig"; cp -p "$prc" "$backup"; fi
  printf '#!/bin/sh\nexit 101\n' > "$prc"; chmod 755 "$prc"
  local rc=0
  apt_install proftpd-basic || rc=$?
  if [[ -n $backup ]]; then cp -p "$backup" "$prc"; rm -f "$backup"; else rm -f "$prc"; fi
  return $rc
}

unpack_debs() {   # apt-get download + dpkg -x, no maintainer scripts, no services
  mkdir -p "$PKGS"
  local p
  for p in vsftpd pure-ftpd libwrap0; do
    if ! compgen -G "$PKGS/${p}_*.deb" >/dev/null; then
      ( cd "$PKGS" && apt-get -q -o APT::Sandbox::User=root download "$p" >/dev/null 2>&1 ) || {
        apt_update_once
        ( cd "$PKGS" && apt-get -q -o APT::Sandbox::User=root download "$p" >/dev/null )
      }
    fi
  done
  rm -rf "$ROOTFS"; mkdir -p "$ROOTFS"
  for p in "$PKGS"/*.deb; do dpkg -x "$p" "$ROOTFS"; done
}

deb_version() { dpkg-deb -f "$(compgen -G "$PKGS/${1}_*.deb" | head -n1)" Version; }

# ---------------------------------------------------------------- processes
PIDS=()
stop_previous() {   # servers left over from an interrupted earlier run (our own pid files only)
  local f pid
  for f in "$WORK"/run/*.spid; do
    [[ -e $f ]] || continue
    pid=$(cat "$f")
    if kill -0 "$pid" 2>/dev/null; then kill -TERM -- "-$pid" 2>/dev/null || true; fi
    rm -f "$f"
  done
}

cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -f "$WORK"/run/*.spid 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_server() {   # name, command...  (own process group so children die with it)
  local name=$1; shift
  setsid "$@" >"$WORK/log/$name.out" 2>&1 < /dev/null &
  local pid=$!
  PIDS+=("$pid")
  echo "$pid" > "$WORK/run/$name.spid"
}

listeners() { ss -Hltnp "sport = :$1" 2>/dev/null || true; }

require_free_port() {
  local port=$1
  [[ -z $(listeners "$port") ]] || die "port $port is already in use (set CAPTURE_PORT_BASE): $(listeners "$port")"
}

wait_port() {   # port, pid of the server we started for it
  local port=$1 pid=$2 i
  for i in $(seq 1 100); do
    if [[ -n $(listeners "$port") ]]; then
      # accept only our own process (or a child in its process group) as the listener
      local p
      for p in $(listeners "$port" | grep -o 'pid=[0-9]*' | cut -d= -f2); do
        [[ $(ps -o pgid= -p "$p" | tr -d ' ') == "$pid" ]] && return 0
      done
      die "port $port is held by a process we did not start: $(listeners "$port")"
    fi
    kill -0 "$pid" 2>/dev/null || die "server for port $port exited (see $WORK/log/)"
    sleep 0.1
  done
  die "nothing listening on 127.0.0.1:$port (see $WORK/log/)"
}

# ---------------------------------------------------------------- setup
render() {   # template, output, name, port, pasv_min, pasv_max, max_clients, idle
  sed -e "s|@WORK@|$WORK|g" -e "s|@NAME@|$3|g" -e "s|@PORT@|$4|g" \
      -e "s|@PASV_MIN@|$5|g" -e "s|@PASV_MAX@|$6|g" -e "s|@MAX_CLIENTS@|$7|g" \
      -e "s|@IDLE@|$8|g" -e "s|@IDLE_MIN@|$(( ($8 + 59) / 60 ))|g" \
      -e "s|@CERT@|$WORK/tls/server.crt|g" -e "s|@KEY@|$WORK/tls/server.key|g" \
      "$1" > "$2"
}

make_tree() {   # dir owner : readable file, unreadable file, directories, large sparse file
  local d=$1 owner=$2
  mkdir -p "$d/pub" "$d/private"
  printf 'This is readme.txt on the %s capture server.\nIt exists so that RETR, SIZE and MDTM succeed.\n' "$owner" > "$d/readme.txt"
  printf 'notes in pub/\n' > "$d/pub/notes.txt"
  printf 'you should not be able to read this\n' > "$d/secret.txt"
  truncate -s 64M "$d/data.bin"          # sparse: large enough for ABOR / REST, no disk use
  chown root:root "$d/secret.txt" "$d/pub" "$d/pub/notes.txt" "$d/private"
  chmod 600 "$d/secret.txt"; chmod 755 "$d/pub"; chmod 700 "$d/private"
  chmod 644 "$d/readme.txt" "$d/data.bin" "$d/pub/notes.txt"
  touch -d '2024-01-02 03:04:05 UTC' "$d/readme.txt" "$d/data.bin" "$d/secret.txt" "$d/pub/notes.txt"
}

setup() {
  mkdir -p "$WORK"
  stop_previous
  log "installing clients and proftpd (apt), unpacking vsftpd + pure-ftpd (dpkg -x)"
  apt_install curl lftp tnftp openssl python3 iproute2
  install_proftpd

  find "$WORK" -mindepth 1 -maxdepth 1 ! -name pkgs -exec rm -rf {} +
  mkdir -p "$ROOTFS" "$WORK"/{etc,run,log,tls,scratch,empty,home}
  unpack_debs
  chmod 755 "$WORK" "$WORK/home"

  # Test user (password login) and the anonymous area (home of the system user "ftp").
  if ! id "$FTP_USER" >/dev/null 2>&1; then
    useradd --no-create-home --home-dir "$WORK/home/$FTP_USER" --shell /bin/bash "$FTP_USER"
  fi
  usermod --home "$WORK/home/$FTP_USER" "$FTP_USER" >/dev/null 2>&1 || true
  echo "$FTP_USER:$FTP_PASS" | chpasswd
  if ! id ftp >/dev/null 2>&1; then
    useradd --system --no-create-home --home-dir "$WORK/anon" --gid nogroup --shell /usr/sbin/nologin ftp
  fi
  usermod --home "$WORK/anon" ftp >/dev/null 2>&1 || true
  mkdir -p "$WORK/home/$FTP_USER" "$WORK/anon"
  make_tree "$WORK/home/$FTP_USER" "$FTP_USER"
  chown "$FTP_USER:" "$WORK/home/$FTP_USER" "$WORK/home/$FTP_USER/readme.txt" "$WORK/home/$FTP_USER/data.bin"
  chmod 755 "$WORK/home/$FTP_USER"
  make_tree "$WORK/anon" anonymous
  chown root:root "$WORK/anon"; chmod 555 "$WORK/anon"

  log "self-signed certificate"
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj '/CN=127.0.0.1' \
    -addext 'subjectAltName=IP:127.0.0.1' \
    -keyout "$WORK/tls/server.key" -out "$WORK/tls/server.crt" >/dev/null 2>&1
  chmod 600 "$WORK/tls/server.key"

  local c=$HERE/conf
  render "$c/vsftpd.conf.in"    "$WORK/etc/vsftpd-main.conf"      main   $VSFTPD_PORT    40000 40049 0     300
  render "$c/vsftpd.conf.in"    "$WORK/etc/vsftpd-limits.conf"    limits $VSFTPD_LPORT   40050 40099 1     $IDLE_SECONDS
  render "$c/pure-ftpd.args.in" "$WORK/etc/pure-ftpd-main.args"   main   $PUREFTPD_PORT  40100 40149 50    300
  render "$c/pure-ftpd.args.in" "$WORK/etc/pure-ftpd-limits.args" limits $PUREFTPD_LPORT 40150 40199 1     60
  render "$c/proftpd.conf.in"   "$WORK/etc/proftpd-main.conf"     main   $PROFTPD_PORT   40200 40249 none  300
  render "$c/proftpd.conf.in"   "$WORK/etc/proftpd-limits.conf"   limits $PROFTPD_LPORT  40250 40299 1     $IDLE_SECONDS
}

start_servers() {
  local libdir="$ROOTFS/usr/lib/x86_64-linux-gnu" n args p
  for p in $VSFTPD_PORT $PUREFTPD_PORT $PROFTPD_PORT $VSFTPD_LPORT $PUREFTPD_LPORT $PROFTPD_LPORT; do
    require_free_port "$p"; require_free_port $((p + 1000))
  done
  for n in main limits; do
    start_server "vsftpd-$n" env LD_LIBRARY_PATH="$libdir" "$ROOTFS/usr/sbin/vsftpd" "$WORK/etc/vsftpd-$n.conf"
    mapfile -t args < <(grep -v -e '^#' -e '^[[:space:]]*$' "$WORK/etc/pure-ftpd-$n.args")
    start_server "pure-ftpd-$n" env LD_LIBRARY_PATH="$libdir" "$ROOTFS/usr/sbin/pure-ftpd" "${args[@]}"
    start_server "proftpd-$n" /usr/sbin/proftpd --nodaemon --config "$WORK/etc/proftpd-$n.conf"
  done
  wait_port $VSFTPD_PORT    "$(cat "$WORK/run/vsftpd-main.spid")"
  wait_port $VSFTPD_LPORT   "$(cat "$WORK/run/vsftpd-limits.spid")"
  wait_port $PUREFTPD_PORT  "$(cat "$WORK/run/pure-ftpd-main.spid")"
  wait_port $PUREFTPD_LPORT "$(cat "$WORK/run/pure-ftpd-limits.spid")"
  wait_port $PROFTPD_PORT   "$(cat "$WORK/run/proftpd-main.spid")"
  wait_port $PROFTPD_LPORT  "$(cat "$WORK/run/proftpd-limits.spid")"
  log "servers up: vsftpd :$VSFTPD_PORT/:$VSFTPD_LPORT  pure-ftpd :$PUREFTPD_PORT/:$PUREFTPD_LPORT  proftpd :$PROFTPD_PORT/:$PROFTPD_LPORT"
}

# ---------------------------------------------------------------- main
setup
start_servers
cat > "$WORK/env.json" <<EOF
{
  "work": "$WORK",
  "out": "$OUT",
  "here": "$HERE",
  "python": "$PY",
  "user": "$FTP_USER",
  "password": "$FTP_PASS",
  "idleSeconds": $IDLE_SECONDS,
  "servers": {
    "vsftpd":    {"port": $VSFTPD_PORT,   "limitsPort": $VSFTPD_LPORT,   "package": "vsftpd",        "version": "$(deb_version vsftpd)",    "source": "apt-get download + dpkg -x"},
    "pure-ftpd": {"port": $PUREFTPD_PORT, "limitsPort": $PUREFTPD_LPORT, "package": "pure-ftpd",     "version": "$(deb_version pure-ftpd)", "source": "apt-get download + dpkg -x"},
    "proftpd":   {"port": $PROFTPD_PORT,  "limitsPort": $PROFTPD_LPORT,  "package": "proftpd-basic", "version": "$(dpkg-query -W -f='${Version}' proftpd-basic)", "source": "apt-get install (policy-rc.d blocked start)"}
  }
}
EOF

if [[ ${CAPTURE_SETUP_ONLY:-0} == 1 ]]; then
  log "CAPTURE_SETUP_ONLY=1: servers running; run $PY $HERE/run_scenarios.py --env $WORK/env.json [...]; Ctrl-C stops"
  wait
fi

"$PY" "$HERE/run_scenarios.py" --env "$WORK/env.json" "$@"
