#!/usr/bin/env python3
"""Receiving throughput of Doorstep against a loopback Postfix, side by side.

For each message size and number of concurrent clients, each server in turn (interleaved,
each restarted with an empty spool before its turn, repeated --repeat times) receives N
messages over SMTP with PIPELINING and delivers them into Maildirs, with the same
durability (both fsync the queue file before the 250 and the Maildir file before it counts
as delivered). Reported per run:

  accepted/s    messages that got their 250, per second of wall time
  delivered/s   messages in a Maildir new/ directory, per second, until the last one lands
  p50/p99 ms    latency of the reply to the end of DATA (".") as the client sees it
  cpu/1000      CPU seconds of the whole machine per 1000 messages, minus the load
                generator's own (so Postfix's many processes are all counted)
  peak RSS      the server's high-water mark during the load (Doorstep: doorstepd; Postfix:
                not comparable across its processes, left out)

The machine is noisy: read min..max over the repeats, and run it on a quiet machine.

  tests/bench/smtp_throughput.py --build build [--messages 2000] [--clients 1,8,32]
      [--sizes 1024,102400] [--repeat 3] [--auth-mix] [--only doorstep|postfix]
"""

import argparse
import asyncio
import base64
import json
import os
import re
import shutil
import signal
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(SOURCE, "tests", "e2e"))
from postfix_fixture import PostfixPeer  # noqa: E402  (the one Postfix recipe)
DOMAIN = "bench.test"
USER = "bench@" + DOMAIN
PASSWORD = "bench-password-1"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def machine_cpu_seconds():
    with open("/proc/stat") as f:
        fields = f.readline().split()[1:]
    user, nice, system = int(fields[0]), int(fields[1]), int(fields[2])
    irq, softirq = int(fields[5]), int(fields[6])
    return (user + nice + system + irq + softirq) / os.sysconf("SC_CLK_TCK")


def count_maildir(base):
    total = 0
    for root, dirs, files in os.walk(base):
        if os.path.basename(root) == "new":
            total += len(files)
    return total


class Doorstep:
    name = "doorstep"

    def __init__(self, build):
        self.build = build
        self.tmp = None

    def start(self):
        self.tmp = tempfile.mkdtemp(prefix="bench-doorstep-")
        self.bus = subprocess.Popen(
            ["dbus-daemon", "--config-file=" + os.path.join(SOURCE, "tests/data/dbus-session.conf"),
             "--print-address=1", "--nofork"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        address = self.bus.stdout.readline().strip()
        self.env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address, XDG_RUNTIME_DIR=self.tmp, LANG="C.UTF-8")
        self.mta, self.submission = free_port(), free_port()
        self.log = open(os.path.join(self.tmp, "engine.log"), "w")
        self.engine = subprocess.Popen(
            [os.path.join(self.build, "app/doorstepd"), "--session", "--data-dir", os.path.join(self.tmp, "data"),
             "--listen", "mta=127.0.0.1:%d" % self.mta, "--listen", "submission=127.0.0.1:%d" % self.submission,
             "--listen", "smtps="], stdout=self.log, stderr=self.log, env=self.env)
        for _ in range(200):
            if self.ctl("status").returncode == 0:
                break
            time.sleep(0.05)
        else:
            raise RuntimeError("doorstepd did not start: " + open(self.log.name).read())
        self.ctl("domain", "add", DOMAIN)
        self.ctl("user", "add", USER, input=PASSWORD + "\n")
        # The load generator is a trusted machine (like the seed's LAN): no DNS lookups of its
        # made-up sender domain, the same as Postfix's mynetworks.
        self.ctl("relay", "add", "127.0.0.1", "OK", "benchmark client")
        self.ctl("settings", "set", "limits.max_connections_per_ip", "200")
        self.ctl("settings", "set", "limits.max_message_size", "0")
        self.ctl("settings", "set", "greylist.enabled", "false")
        self.maildir = os.path.join(self.tmp, "data", "mail")

    def ctl(self, *args, input=None):
        return subprocess.run([os.path.join(self.build, "app/doorstepctl"), "--session", *args], env=self.env,
                              input=input, capture_output=True, text=True, timeout=60)

    def reset_peak_rss(self):
        # Linux 4.0+: "5" resets VmHWM, so the peak is the load's, not the set-up's (adding the
        # benchmark user hashes a password once: 16 MiB for a moment).
        with open("/proc/%d/clear_refs" % self.engine.pid, "w") as f:
            f.write("5")

    def peak_rss_kib(self):
        with open("/proc/%d/status" % self.engine.pid) as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return 0

    def stop(self):
        self.engine.send_signal(signal.SIGTERM)
        self.engine.wait(timeout=30)
        self.bus.terminate()
        self.bus.wait(timeout=10)
        shutil.rmtree(self.tmp, ignore_errors=True)


class Postfix:
    """The anchor: a private Postfix (tests/e2e/postfix_fixture.py, the project's one recipe)
    taking the same load into Maildirs, with the limits that would throttle a benchmark off."""

    name = "postfix"

    def start(self):
        self.tmp = tempfile.mkdtemp(prefix="bench-postfix-")
        self.peer = PostfixPeer(self.tmp, "127.0.0.1", free_port(), "bench-postfix.local", mailboxes=[USER], relay_for="networks",
                                params={"message_size_limit": "0", "smtpd_client_connection_count_limit": "0",
                                        "smtpd_client_connection_rate_limit": "0", "default_process_limit": "200"}).start()
        self.mta = self.peer.port
        self.maildir = self.peer.mail_base

    def reset_peak_rss(self):
        pass

    def peak_rss_kib(self):
        return None

    def stop(self):
        self.peer.stop()
        shutil.rmtree(self.tmp, ignore_errors=True)


def make_message(size, index):
    header = ("From: load@client.test\r\nTo: %s\r\nSubject: bench %d\r\nMessage-ID: <%d.%f@client.test>\r\n"
              "Date: Thu, 26 Nov 2026 07:00:00 +0000\r\n\r\n" % (USER, index, index, time.time()))
    line = ("x" * 76 + "\r\n")
    body = (line * (max(0, size - len(header)) // len(line) + 1))[: max(0, size - len(header))]
    if not body.endswith("\r\n"):
        body = body[:-2] + "\r\n" if len(body) >= 2 else "\r\n"
    return (header + body).encode()


async def read_reply(reader):
    lines = []
    while True:
        line = await reader.readline()
        if not line:
            raise ConnectionError("connection closed")
        lines.append(line)
        if line[3:4] != b"-":
            return int(line[:3]), b"".join(lines)


async def client(port, count, size, latencies, auth, sslctx):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    await read_reply(reader)
    writer.write(b"EHLO client.test\r\n")
    await read_reply(reader)
    sender = "load@client.test"
    if auth:
        writer.write(b"STARTTLS\r\n")
        await read_reply(reader)
        await writer.start_tls(sslctx)
        writer.write(b"EHLO client.test\r\n")
        await read_reply(reader)
        token = base64.b64encode(b"\0" + USER.encode() + b"\0" + PASSWORD.encode())
        writer.write(b"AUTH PLAIN " + token + b"\r\n")
        code, text = await read_reply(reader)
        if code != 235:
            raise RuntimeError("AUTH failed: %r" % text)
        sender = USER
    accepted = 0
    for i in range(count):
        message = make_message(size, i)
        # PIPELINING: envelope and DATA in one write, the text and the dot in one more.
        writer.write(("MAIL FROM:<%s>\r\nRCPT TO:<%s>\r\nDATA\r\n" % (sender, USER)).encode())
        for expected in (250, 250, 354):
            code, text = await read_reply(reader)
            if code != expected:
                raise RuntimeError("got %r, want %d" % (text, expected))
        writer.write(message + b".\r\n")
        started = time.perf_counter()
        code, text = await read_reply(reader)
        latencies.append(time.perf_counter() - started)
        if code != 250:
            raise RuntimeError("DATA refused: %r" % text)
        accepted += 1
    writer.write(b"QUIT\r\n")
    await read_reply(reader)
    writer.close()
    return accepted


async def load(server, messages, clients, size, auth_mix):
    latencies = []
    sslctx = ssl.create_default_context()
    sslctx.check_hostname = False
    sslctx.verify_mode = ssl.CERT_NONE
    per_client = [messages // clients + (1 if i < messages % clients else 0) for i in range(clients)]
    tasks = []
    for i, n in enumerate(per_client):
        auth = auth_mix and i % 2 == 1 and server.name == "doorstep"
        port = server.submission if auth else server.mta
        tasks.append(client(port, n, size, latencies, auth, sslctx))
    results = await asyncio.gather(*tasks)
    return sum(results), latencies


def run_one(server, messages, clients, size, auth_mix):
    server.start()
    try:
        server.reset_peak_rss()
        cpu_before = machine_cpu_seconds()
        self_before = os.times()
        started = time.perf_counter()
        accepted, latencies = asyncio.run(load(server, messages, clients, size, auth_mix))
        accepted_at = time.perf_counter()
        deadline = accepted_at + 300
        while count_maildir(server.maildir) < accepted and time.perf_counter() < deadline:
            time.sleep(0.02)
        delivered_at = time.perf_counter()
        delivered = count_maildir(server.maildir)
        self_after = os.times()
        cpu = machine_cpu_seconds() - cpu_before - ((self_after.user + self_after.system) - (self_before.user + self_before.system))
        latencies.sort()
        return {
            "server": server.name, "size": size, "clients": clients, "accepted": accepted, "delivered": delivered,
            "accepted_per_s": accepted / (accepted_at - started),
            "delivered_per_s": delivered / (delivered_at - started),
            "p50_ms": 1000 * latencies[len(latencies) // 2],
            "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
            "cpu_s_per_1000": 1000 * cpu / max(1, accepted),
            "peak_rss_mib": (server.peak_rss_kib() or 0) / 1024 or None,
        }
    finally:
        server.stop()


def span(values, fmt):
    values = [v for v in values if v is not None]
    if not values:
        return "-"
    lo, hi = min(values), max(values)
    return (fmt % lo) if abs(hi - lo) < 1e-9 else (fmt % lo) + ".." + (fmt % hi)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(SOURCE, "build"))
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--clients", default="1,8,32")
    parser.add_argument("--sizes", default="1024,102400")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--auth-mix", action="store_true", help="half of Doorstep's clients use STARTTLS + AUTH on submission")
    parser.add_argument("--only", choices=["doorstep", "postfix"])
    parser.add_argument("--json", help="also write every run to this file")
    args = parser.parse_args()

    servers = [s for s in (Doorstep(args.build), Postfix()) if not args.only or s.name == args.only]
    if os.geteuid() != 0 and any(s.name == "postfix" for s in servers):
        sys.exit("the Postfix instance needs root (its mail_owner is 'postfix'); use --only doorstep")
    runs = []
    for size in [int(s) for s in args.sizes.split(",")]:
        for clients in [int(c) for c in args.clients.split(",")]:
            for r in range(args.repeat):
                for server in servers:  # interleaved, each restarted before its turn
                    result = run_one(server, args.messages, clients, size, args.auth_mix)
                    runs.append(result)
                    print("  %-8s %6d B %3d clients  %7.0f acc/s %7.0f dlv/s  p50 %6.1f ms  p99 %6.1f ms  %5.2f cpu-s/1000  %s"
                          % (result["server"], size, clients, result["accepted_per_s"], result["delivered_per_s"],
                             result["p50_ms"], result["p99_ms"], result["cpu_s_per_1000"],
                             "%.1f MiB" % result["peak_rss_mib"] if result["peak_rss_mib"] else ""), flush=True)
    print()
    print("%-8s %8s %7s  %-15s %-15s %-13s %-13s %-11s %-10s" % ("server", "size", "clients", "accepted/s", "delivered/s",
                                                                 "p50 ms", "p99 ms", "cpu/1000", "peak RSS"))
    keys = sorted({(r["size"], r["clients"]) for r in runs})
    for size, clients in keys:
        by = {}
        for r in runs:
            if (r["size"], r["clients"]) == (size, clients):
                by.setdefault(r["server"], []).append(r)
        for name, rs in by.items():
            print("%-8s %8d %7d  %-15s %-15s %-13s %-13s %-11s %-10s" % (
                name, size, clients, span([r["accepted_per_s"] for r in rs], "%.0f"),
                span([r["delivered_per_s"] for r in rs], "%.0f"), span([r["p50_ms"] for r in rs], "%.1f"),
                span([r["p99_ms"] for r in rs], "%.1f"), span([r["cpu_s_per_1000"] for r in rs], "%.2f"),
                span([r["peak_rss_mib"] for r in rs], "%.1f")))
        if "doorstep" in by and "postfix" in by:
            d = statistics.median(r["delivered_per_s"] for r in by["doorstep"])
            p = statistics.median(r["delivered_per_s"] for r in by["postfix"])
            dp99 = statistics.median(r["p99_ms"] for r in by["doorstep"])
            pp99 = statistics.median(r["p99_ms"] for r in by["postfix"])
            print("%-8s %8d %7d  delivered/s ratio %.2fx (median), p99 ratio %.2fx" % ("ratio", size, clients, d / p, dp99 / pp99))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(runs, f, indent=1)


if __name__ == "__main__":
    main()
