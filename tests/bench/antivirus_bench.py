#!/usr/bin/env python3
"""Virus scanning: doorstep-scan against clamd on the same messages, and what antivirus costs
the engine in memory.

1. Throughput. One message set (MIME messages with base64 attachments: text, random bytes,
   a zip archive; sizes from --sizes) is scanned by
     doorstep-scan  over its Unix socket (SCAN <path>, doorstep's own protocol), and
     clamd          (clamav-daemon, started here with a private config on a private socket:
                    nSCAN <path>; mail and archive parsing on like doorstep-scan),
   both with the same database (the test's own .hdb unless --database DIR, e.g. a real
   /var/lib/clamav) and --clients concurrent connections. Printed: MB/s of message bytes and
   messages/s, min..max over --repeat runs, interleaved.
2. Memory. doorstepd --session on a private bus receives --rss-messages messages over SMTP,
   first with antivirus off, then on: the engine's peak RSS (VmHWM) each time and the
   scanner's, so "the engine stays small with antivirus on" is a number.

  tests/bench/antivirus_bench.py --build build [--messages 200] [--sizes 10240,204800,1048576]
      [--clients 1,4] [--repeat 3] [--database DIR] [--rss-messages 200]
"""

import argparse
import base64
import hashlib
import io
import json
import os
import random
import shutil
import signal
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
INFECTED = b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$DOORSTEP-ANTIVIRUS-TEST-FILE!$H+H*"


def mime(subject, name, payload):
    body = base64.encodebytes(payload).decode().replace("\n", "\r\n")
    return ("From: bench@sender.test\r\nTo: bench@bench.test\r\nSubject: %s\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/mixed; boundary=\"SEP\"\r\n\r\n--SEP\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n"
            "--SEP\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"%s\"\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\n%s--SEP--\r\n" % (subject, name, body)).encode()


def make_messages(directory, count, sizes):
    """count messages cycling through sizes and kinds; one in 20 carries the test virus."""
    rng = random.Random(6)
    paths = []
    for i in range(count):
        size = sizes[i % len(sizes)]
        kind = ("text", "binary", "zip")[i % 3]
        if kind == "text":
            words = [rng.choice(("mail", "server", "door", "step", "report", "figures", "quarter")) for _ in range(size // 6 + 1)]
            payload = " ".join(words).encode()[:size]
        elif kind == "binary":
            payload = rng.randbytes(size)
        else:
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr("data.bin", rng.randbytes(size // 2) + b"a" * (size // 2))
                if i % 20 == 2:
                    z.writestr("inner.com", INFECTED)
            payload = buffer.getvalue()
        if i % 20 == 0:
            payload = INFECTED
        path = os.path.join(directory, "m%05d.eml" % i)
        with open(path, "wb") as f:
            f.write(mime("message %d" % i, "file%d.%s" % (i, "zip" if kind == "zip" else "bin"), payload))
        paths.append(path)
    return paths


def read_line(sock, delimiter=b"\n"):
    data = b""
    while not data.endswith(delimiter):
        chunk = sock.recv(4096)
        if not chunk:
            raise ConnectionError("closed")
        data += chunk
    return data[:-len(delimiter)].decode(errors="replace")


def scan_all(socket_path, paths, clients, request):
    """Scans every path with `clients` connections (one request per connection, as doorstepd
    does); returns (seconds, infected count, errors)."""
    queue = list(paths)
    lock = threading.Lock()
    found, errors = [0], []

    def worker():
        while True:
            with lock:
                if not queue:
                    return
                path = queue.pop()
            with socket.socket(socket.AF_UNIX) as s:
                s.settimeout(120)
                s.connect(socket_path)
                s.sendall(request(path))
                reply = read_line(s)
            if "FOUND" in reply:
                with lock:
                    found[0] += 1
            elif not reply.endswith("OK"):
                errors.append(reply)
    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.monotonic() - started, found[0], errors


def wait_socket(path, process, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("exited with %s" % process.returncode)
        if os.path.exists(path):
            try:
                with socket.socket(socket.AF_UNIX) as s:
                    s.connect(path)
                    return
            except OSError:
                pass
        time.sleep(0.05)
    raise RuntimeError("no socket %s after %d s" % (path, timeout))


def rss_kib(pid, field="VmHWM"):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


class Scanner:
    name = "doorstep-scan"

    def __init__(self, build, database, tmp):
        self.socket = os.path.join(tmp, "scan.sock")
        self.log = open(os.path.join(tmp, "doorstep-scan.log"), "w")
        started = time.monotonic()
        self.process = subprocess.Popen([os.path.join(build, "app", "doorstep-scan"), "--database", database, "--socket", self.socket],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log, text=True)
        ready = self.process.stdout.readline()
        if not ready.startswith("READY"):
            raise RuntimeError("doorstep-scan: " + ready)
        self.load_seconds = time.monotonic() - started

    def request(self, path):
        return b"SCAN " + path.encode() + b"\n"

    def stop(self):
        self.process.stdin.close()
        self.process.wait(timeout=60)


class Clamd:
    name = "clamd"

    def __init__(self, database, tmp, threads):
        self.socket = os.path.join(tmp, "clamd.sock")
        config = os.path.join(tmp, "clamd.conf")
        with open(config, "w") as f:
            f.write("\n".join([
                "LocalSocket " + self.socket, "Foreground yes", "DatabaseDirectory " + database,
                "LogFile " + os.path.join(tmp, "clamd.log"), "PidFile " + os.path.join(tmp, "clamd.pid"),
                "TemporaryDirectory " + tmp, "MaxThreads %d" % max(threads, 2), "ScanMail yes", "ScanArchive yes",
                "HeuristicAlerts no", "MaxScanSize 100M", "MaxFileSize 100M", "SelfCheck 0", "User %s" % os.environ.get("USER", "root"),
            ]) + "\n")
        started = time.monotonic()
        self.process = subprocess.Popen(["clamd", "--config-file=" + config], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_socket(self.socket, self.process, 300)
        self.load_seconds = time.monotonic() - started

    def request(self, path):
        return b"nSCAN " + path.encode() + b"\n"

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def throughput(args, database, tmp, paths):
    total = sum(os.path.getsize(p) for p in paths)
    print("== scan throughput: %d messages, %.1f MB, database %s ==" % (len(paths), total / 1e6, database))
    for clients in args.clients:
        results = {"doorstep-scan": [], "clamd": []}
        for _ in range(args.repeat):
            for make in (lambda: Scanner(args.build, database, tmp), lambda: Clamd(database, tmp, clients)):
                server = make()
                try:
                    # One warm-up pass over a few messages, then the measured pass.
                    scan_all(server.socket, paths[:10], 1, server.request)
                    seconds, found, errors = scan_all(server.socket, paths, clients, server.request)
                    peak = rss_kib(server.process.pid)
                finally:
                    server.stop()
                if errors:
                    print("  %s: %d errors, e.g. %s" % (server.name, len(errors), errors[0]))
                results[server.name].append((total / 1e6 / seconds, len(paths) / seconds, found, peak, server.load_seconds))
        for name, runs in results.items():
            mbs = [r[0] for r in runs]
            print("  %-14s clients %-3d %7.1f..%-7.1f MB/s  %7.1f msg/s  found %d  peak RSS %d MiB  load %.1f s"
                  % (name, clients, min(mbs), max(mbs), statistics.median(r[1] for r in runs), runs[0][2],
                     max(r[3] for r in runs) // 1024, statistics.median(r[4] for r in runs)))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def engine_memory(args, database, tmp):
    print("== memory: doorstepd receiving %d messages, antivirus off, then on ==" % args.rss_messages)
    bus = subprocess.Popen(["dbus-daemon", "--config-file=" + os.path.join(SOURCE, "tests/data/dbus-session.conf"),
                            "--print-address=1", "--nofork"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=bus.stdout.readline().strip(), XDG_RUNTIME_DIR=tmp, LANG="C.UTF-8")
    port = free_port()
    log = open(os.path.join(tmp, "engine.log"), "w")
    engine = subprocess.Popen([os.path.join(args.build, "app", "doorstepd"), "--session", "--data-dir", os.path.join(tmp, "data"),
                               "--listen", "mta=127.0.0.1:%d" % port, "--listen", "submission=", "--listen", "smtps="],
                              stdout=log, stderr=log, env=env)

    def ctl(*a, input=None):
        return subprocess.run([os.path.join(args.build, "app", "doorstepctl"), "--session", *a], env=env, input=input,
                              capture_output=True, text=True, timeout=60)
    try:
        for _ in range(400):
            if ctl("status").returncode == 0:
                break
            time.sleep(0.05)
        ctl("domain", "add", "bench.test")
        ctl("user", "add", "bench@bench.test", input="bench-password-1\n")
        ctl("relay", "add", "127.0.0.1", "OK", "benchmark client")
        ctl("settings", "set", "greylist.enabled", "false")
        ctl("settings", "set", "antivirus.database_dir", database)
        os.makedirs(os.path.join(tmp, "rss"))
        paths = make_messages(os.path.join(tmp, "rss"), args.rss_messages, [102400])

        def load():
            with open("/proc/%d/clear_refs" % engine.pid, "w") as f:
                f.write("5")
            client = smtplib.SMTP("127.0.0.1", port, timeout=60)
            codes = {}
            for p in paths:
                with open(p, "rb") as f:
                    try:
                        client.sendmail("bench@sender.test", ["bench@bench.test"], f.read())
                        codes[250] = codes.get(250, 0) + 1
                    except smtplib.SMTPDataError as e:
                        codes[e.smtp_code] = codes.get(e.smtp_code, 0) + 1
            client.quit()
            return codes

        codes = load()
        print("  antivirus off: engine peak RSS %6.1f MiB, RSS now %6.1f MiB (replies %s)"
              % (rss_kib(engine.pid) / 1024, rss_kib(engine.pid, "VmRSS") / 1024, codes))
        ctl("settings", "set", "antivirus.enabled", "true")
        for _ in range(3000):
            status = json.loads(ctl("--json", "filters", "antivirus").stdout or "{}")
            if status.get("state") == "ready":
                break
            time.sleep(0.1)
        codes = load()
        scanner = status.get("scanner_pid", 0)
        print("  antivirus on:  engine peak RSS %6.1f MiB, RSS now %6.1f MiB; doorstep-scan peak RSS %6.1f MiB, %d signatures (replies %s)"
              % (rss_kib(engine.pid) / 1024, rss_kib(engine.pid, "VmRSS") / 1024, rss_kib(scanner) / 1024 if scanner else 0,
                 status.get("signatures", 0), codes))
    finally:
        engine.send_signal(signal.SIGTERM)
        engine.wait(timeout=30)
        bus.terminate()
        bus.wait(timeout=10)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", required=True)
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--sizes", default="10240,204800,1048576")
    parser.add_argument("--clients", default="1,4")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--database", help="a ClamAV database directory (default: the test's own .hdb)")
    parser.add_argument("--rss-messages", type=int, default=200)
    args = parser.parse_args()
    args.build = os.path.abspath(args.build)
    args.clients = [int(c) for c in args.clients.split(",")]
    if not shutil.which("clamd") and not os.path.exists("/usr/sbin/clamd"):
        print("clamd is missing (package clamav-daemon)")
        return 1
    os.environ["PATH"] += ":/usr/sbin"
    tmp = tempfile.mkdtemp(prefix="bench-antivirus-")
    try:
        database = args.database
        if not database:
            database = os.path.join(tmp, "db")
            os.makedirs(database)
            with open(os.path.join(database, "test.hdb"), "w") as f:
                f.write("%s:%d:Doorstep.Test.Virus\n" % (hashlib.md5(INFECTED).hexdigest(), len(INFECTED)))
        messages = os.path.join(tmp, "messages")
        os.makedirs(messages)
        paths = make_messages(messages, args.messages, [int(s) for s in args.sizes.split(",")])
        throughput(args, database, tmp, paths)
        engine_memory(args, database, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
