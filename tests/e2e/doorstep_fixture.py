"""Shared fixture of the end-to-end tests: a real doorstepd with real clients on loopback.

Per test class (EngineTestCase): a private dbus-daemon, a dnsmasq on a random 127.53.x.y
address and free port that answers authoritatively for the test domains (so NXDOMAIN and
NoData are real), and `doorstepd --session` with every listener on 127.0.0.1:0. The class
describes what it needs (DOMAINS, USERS, ALIASES, RELAY, SETTINGS, DNS); the fixture creates
it through doorstepctl, the way a script would.

Paths come from CTest's environment (tests/e2e/CMakeLists.txt):
  DOORSTEPD, DOORSTEPCTL   the programs under test
  DOORSTEP_SOURCE_DIR      the source tree (tests/data/dbus-session.conf)
  DOORSTEP_E2E_KEEP=1      keep the temporary directories (their path is printed)

Everything is bounded by a timeout and stopped by its pid. On a failing test the engine's
log (its stderr) and dnsmasq's query log are printed.

Stdlib only. Run one class by hand:  python3 test_receive_protocol.py PlainSmtp -v
"""

import atexit
import json
import os
import random
import re
import shutil
import signal
import smtplib
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import unittest

DOORSTEPD = os.environ.get("DOORSTEPD", "doorstepd")
DOORSTEPCTL = os.environ.get("DOORSTEPCTL", "doorstepctl")
SOURCE_DIR = os.environ.get("DOORSTEP_SOURCE_DIR", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
KEEP = os.environ.get("DOORSTEP_E2E_KEEP") == "1"

START_TIMEOUT = 20.0  # engine start (a first start makes an RSA key)
CTL_TIMEOUT = 30.0
SMTP_TIMEOUT = 15.0

PASSWORD = "correct horse battery"  # every test user's password

# The records most classes need: a sender domain with an MX, one with only an address, and
# everything else under .test is NXDOMAIN (dnsmasq is authoritative for it).
STANDARD_DNS = [
    ("mx", "sender.test", "mx.sender.test", 10),
    ("a", "mx.sender.test", "127.0.0.20"),
    ("a", "a-only.test", "127.0.0.21"),
    ("mx", "foreign.test", "mx.foreign.test", 10),
    ("a", "mx.foreign.test", "127.0.0.22"),
]


# Every process a fixture started, so that they are stopped by pid even when the test run is
# interrupted (CTest's timeout sends SIGTERM; unittest's cleanups would not run then).
_processes = []


def _spawn(*args, **kwargs):
    process = subprocess.Popen(*args, **kwargs)
    _processes.append(process)
    return process


# Stoppers of peers that are not our children (a Postfix master daemonizes): called with the
# processes, on exit and on SIGTERM alike.
_stoppers = []


def register_stopper(stop):
    """Registers stop() to be called when the test program ends, however it ends."""
    _stoppers.append(stop)


def _stop_all():
    for stop in reversed(_stoppers):
        try:
            stop()
        except Exception as error:  # stopping the rest matters more
            log(f"stopping a peer failed: {error}")
    _stoppers.clear()
    for process in reversed(_processes):
        if process.poll() is None:
            try:
                os.kill(process.pid, signal.SIGKILL)
                process.wait(timeout=5)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                pass


_directories = []


def _terminated(signum, frame):
    _stop_all()
    if not KEEP:
        for directory in _directories:
            shutil.rmtree(directory, ignore_errors=True)
    log(f"terminated by signal {signum}; stopped every peer this test had started")
    os._exit(128 + signum)


atexit.register(_stop_all)
signal.signal(signal.SIGTERM, _terminated)


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


def wait_until(predicate, timeout, interval=0.05, what="condition"):
    """Polls predicate() until it returns a true value; returns it, or raises after timeout."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise TimeoutError(f"timed out after {timeout:.1f} s waiting for {what}")
        time.sleep(interval)


def stop_process(process, timeout=10.0, sig=signal.SIGTERM):
    """Stops a subprocess.Popen by its pid: sig, then SIGKILL after timeout."""
    if process is None or process.poll() is not None:
        return
    try:
        os.kill(process.pid, sig)
        process.wait(timeout=timeout)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        try:
            os.kill(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass


def random_loopback():
    return f"127.53.{random.randint(1, 254)}.{random.randint(1, 254)}"


def bind_free(host):
    """Binds UDP and TCP on host with one free port; returns (udp, tcp, port) or None."""
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        udp.bind((host, 0))
        port = udp.getsockname()[1]
        tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        tcp.bind((host, port))
        return udp, tcp, port
    except OSError:
        udp.close()
        tcp.close()
        return None


# ---- DNS ---------------------------------------------------------------------------------


class DnsServer:
    """dnsmasq answering only from its records (tests/support/dnsserver.cpp's recipe).

    Names under the local domains (test, in-addr.arpa, ip6.arpa) are answered here only: a
    name with records gives them, or NoData for another type; a name without records is
    NXDOMAIN. silent() instead binds a socket that never answers (a TempFail for the engine).
    """

    DNSMASQ = "/usr/sbin/dnsmasq"

    def __init__(self, directory, records=(), local_domains=("test", "in-addr.arpa", "ip6.arpa")):
        self.directory = directory
        self.records = list(records)
        self.local_domains = list(local_domains)
        self.process = None
        self.host = None
        self.port = None
        self._silent = []
        self.log_path = os.path.join(directory, "dnsmasq.log")

    @property
    def spec(self):
        return f"{self.host}:{self.port}"

    def _config(self):
        lines = [f"local=/{d}/" for d in self.local_domains]
        hosts = {}
        for record in self.records:
            kind = record[0]
            if kind == "a":
                hosts.setdefault(record[1], []).append(record[2])
            elif kind == "mx":
                lines.append(f"mx-host={record[1]},{record[2]},{record[3]}")
            elif kind == "txt":
                # A list or tuple is several character-strings (each at most 255 octets).
                strings = record[2] if isinstance(record[2], (list, tuple)) else [record[2]]
                lines.append(f"txt-record={record[1]}," + ",".join(f'"{part}"' for part in strings))
            elif kind == "ptr":
                lines.append(f"ptr-record={record[1]},{record[2]}")
            elif kind == "raw":
                lines.append(f"dns-rr={record[1]},{record[2]},{record[3]}")
            else:
                raise ValueError(f"unknown DNS record kind {kind!r}")
        for name, addresses in hosts.items():
            lines.append(f"host-record={name},{','.join(addresses)}")
        path = os.path.join(self.directory, "dnsmasq.conf")
        with open(path, "w") as f:
            f.write("\n".join(lines) + "\n")
        return path

    def start(self):
        if not os.access(self.DNSMASQ, os.X_OK):
            raise unittest.SkipTest(f"{self.DNSMASQ} is missing (package dnsmasq-base)")
        config = self._config()
        last_log = ""
        for _ in range(5):
            self.host = random_loopback()
            bound = bind_free(self.host)
            if bound is None:
                continue
            udp, tcp, self.port = bound
            udp.close()
            tcp.close()
            with open(self.log_path, "w") as out:
                # --keep-in-foreground, not --no-daemon: in its debug mode dnsmasq answers TCP
                # in its one process, so a client that opens a TCP connection and sends nothing
                # (rspamd does at start) stalls every query for many seconds. No pid file; as
                # root it stays root, as before, instead of changing to the dnsmasq user.
                self.process = _spawn(
                    [self.DNSMASQ, "--keep-in-foreground", "--pid-file=", f"--conf-file={config}", "--no-resolv", "--no-hosts",
                     "--bind-interfaces", f"--listen-address={self.host}", f"--port={self.port}",
                     "--log-facility=-", "--log-queries"] + (["--user=root"] if os.geteuid() == 0 else []),
                    stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
            if self._wait_answering(5.0):
                return self
            stop_process(self.process, 3)
            last_log = self.log()
            if "Address already in use" not in last_log:
                break
        raise RuntimeError(f"dnsmasq did not start on {self.spec}: {last_log}")

    def silent(self):
        """A name server that receives queries and never answers."""
        for _ in range(5):
            self.host = random_loopback()
            bound = bind_free(self.host)
            if bound is not None:
                udp, tcp, self.port = bound
                tcp.listen(16)
                self._silent = [udp, tcp]
                return self
        raise RuntimeError("no free loopback address for a silent DNS server")

    @staticmethod
    def _probe():
        # A query for "ready.probe" A: outside the local domains, so dnsmasq answers REFUSED.
        return (bytes.fromhex("445401000001000000000000") + b"\x05ready\x05probe\x00" + bytes.fromhex("00010001"))

    def _wait_answering(self, timeout):
        deadline = time.monotonic() + timeout
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.settimeout(0.1)
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    return False
                try:
                    s.sendto(self._probe(), (self.host, self.port))
                    data = s.recv(512)
                    if len(data) >= 12:
                        return True
                except OSError:
                    time.sleep(0.02)
        return False

    def log(self):
        try:
            with open(self.log_path, errors="replace") as f:
                return f.read()
        except OSError:
            return ""

    def stop(self):
        stop_process(self.process, 3)
        for s in self._silent:
            s.close()
        self._silent = []


# ---- the engine --------------------------------------------------------------------------


class CtlError(AssertionError):
    pass


class Engine:
    """A private dbus-daemon and doorstepd --session on it, with doorstepctl helpers."""

    # Every listener on a free port, the managed Dovecot's too, so engines run side by side.
    LISTEN_ARGS = [arg for name in ("mta", "submission", "smtps", "imap", "imaps", "pop3s", "sieve")
                   for arg in ("--listen", f"{name}=127.0.0.1:0")]

    def __init__(self, directory):
        self.directory = directory
        self.data_dir = os.path.join(directory, "data")
        self.runtime_dir = os.path.join(directory, "runtime")
        os.makedirs(self.data_dir, exist_ok=True)
        os.makedirs(self.runtime_dir, mode=0o700, exist_ok=True)
        # Dovecot (unprivileged when the tests run as root) submits vacation replies through
        # doorstep-sendmail into runtime/doorstep/submit.sock: it must reach that folder.
        os.chmod(self.runtime_dir, 0o711)
        self.log_path = os.path.join(directory, "doorstepd.log")
        self.bus = None
        self.bus_address = None
        self.process = None
        self.pid = None  # doorstepd's own pid (differs from process.pid under a wrapper)
        self.ports = {}
        self.starts = 0

    def __repr__(self):
        return f"doorstepd in {self.directory}"

    # -- processes --

    def env(self):
        env = dict(os.environ)
        env["DBUS_SESSION_BUS_ADDRESS"] = self.bus_address
        env["XDG_RUNTIME_DIR"] = self.runtime_dir
        env["LANG"] = "C.UTF-8"
        for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
            env.pop(name, None)
        return env

    def start_bus(self):
        if self.bus is not None:
            return
        config = os.path.join(SOURCE_DIR, "tests", "data", "dbus-session.conf")
        self.bus_log = open(os.path.join(self.directory, "dbus-daemon.log"), "w")
        self.bus = _spawn(["dbus-daemon", f"--config-file={config}", "--print-address=1", "--nofork"],
                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=self.bus_log)
        line = b""
        deadline = time.monotonic() + 10
        os.set_blocking(self.bus.stdout.fileno(), False)
        while not line.endswith(b"\n") and time.monotonic() < deadline:
            try:
                chunk = self.bus.stdout.read()
            except (BlockingIOError, TypeError):
                chunk = None
            if chunk:
                line += chunk
            elif self.bus.poll() is not None:
                break
            else:
                time.sleep(0.01)
        self.bus_address = line.decode().strip().splitlines()[0] if line.strip() else ""
        if not self.bus_address:
            raise RuntimeError("dbus-daemon printed no address (see dbus-daemon.log)")

    def start(self, wrapper=(), extra_args=(), timeout=START_TIMEOUT):
        """Starts doorstepd on the data directory (again) and waits until it answers."""
        self.start_bus()
        self.starts += 1
        with open(self.log_path, "a") as out:
            out.write(f"==== start {self.starts}: {' '.join(wrapper)} doorstepd ====\n")
            out.flush()
            self.process = _spawn(
                list(wrapper) + [DOORSTEPD, "--session", "--data-dir", self.data_dir] + self.LISTEN_ARGS + list(extra_args),
                env=self.env(), stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"doorstepd exited with {self.process.returncode}:\n{self.log_tail()}")
            last = self.ctl("--json", "status", check=False, timeout=5)
            if last.returncode == 0:
                status = json.loads(last.stdout)
                # Ready once the managed Dovecot has settled too (running, off, absent or failed).
                settled = status.get("imap", {}).get("state") != "starting"
                if status.get("state", "").startswith(("running", "degraded")) and status.get("listeners", {}).get("mta") and settled:
                    self.pid = int(status["pid"])
                    self.ports = {name: int(addresses[0].rsplit(":", 1)[1])
                                  for name, addresses in status["listeners"].items() if addresses}
                    return status
            time.sleep(0.05)
        raise RuntimeError(f"doorstepd did not answer `status` within {timeout} s (last: {last and last.stderr}):\n{self.log_tail()}")

    def kill9(self):
        """kill -9 of doorstepd itself, then waits for it to be gone."""
        os.kill(self.pid, signal.SIGKILL)
        if self.process.pid == self.pid:
            self.process.wait(timeout=10)
        else:
            wait_until(lambda: not os.path.exists(f"/proc/{self.pid}") or _is_zombie(self.pid), 10, what="doorstepd to die")
        self.pid = None

    def stop(self):
        """An orderly stop (SIGTERM to doorstepd); SIGKILL when it hangs. Returns the exit code."""
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else None
        if self.pid and self.pid != self.process.pid:
            try:
                os.kill(self.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                stop_process(self.process, 1, signal.SIGKILL)
        else:
            stop_process(self.process, 15)
        return self.process.returncode

    def close(self):
        self.stop()
        stop_process(self.bus, 5)
        if self.bus is not None:
            self.bus.stdout.close()
            self.bus_log.close()
        self.bus = None
        self.check_sanitizers()

    def check_sanitizers(self):
        """Under the debug-asan-ubsan preset: a sanitizer's report in doorstepd's log fails the test."""
        text = self.log_text()
        for marker in ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:"):
            at = text.find(marker)
            if at >= 0:
                raise AssertionError(f"doorstepd's log has a sanitizer report ({marker}):\n{text[max(0, at - 2000):at + 6000]}")

    def log_text(self):
        try:
            with open(self.log_path, errors="replace") as f:
                return f.read()
        except OSError:
            return ""

    def log_tail(self, lines=200):
        return "\n".join(self.log_text().splitlines()[-lines:])

    # -- doorstepctl --

    def ctl(self, *args, input=None, check=True, timeout=CTL_TIMEOUT):
        """doorstepctl --session ARGS; raises CtlError when check and the exit code is not 0."""
        try:
            result = subprocess.run([DOORSTEPCTL, "--session"] + [str(a) for a in args], env=self.env(),
                                    input=input, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise CtlError(f"doorstepctl {' '.join(map(str, args))} timed out after {timeout} s")
        if check and result.returncode != 0:
            raise CtlError(f"doorstepctl {' '.join(map(str, args))}: exit {result.returncode}, want 0: {result.stderr.strip()}")
        return result

    def ctl_json(self, *args):
        return json.loads(self.ctl("--json", *args).stdout)

    def set(self, key, value):
        if isinstance(value, (list, tuple)):
            value = ",".join(map(str, value))
        elif isinstance(value, bool):
            value = "true" if value else "false"
        self.ctl("settings", "set", key, value)

    def add_domain(self, domain):
        self.ctl("domain", "add", domain)

    def add_user(self, address, password=PASSWORD):
        self.ctl("user", "add", address, input=password + "\n")

    def set_alias(self, address, targets):
        if isinstance(targets, (list, tuple)):
            targets = ",".join(targets)
        self.ctl("alias", "set", address, targets)

    def add_relay(self, pattern, action="RELAY", comment="e2e"):
        self.ctl("relay", "add", pattern, action, comment)

    def stats(self, days=1):
        return self.ctl_json("stats", days)

    def counter(self, name):
        return self.stats(1)[name][-1]

    def events(self):
        return [json.loads(line) for line in self.ctl("--json", "events").stdout.splitlines() if line.strip()]

    def queue(self):
        return self.ctl_json("queue", "list")

    def imap_status(self):
        return self.ctl_json("status").get("imap", {})

    def wait_imap(self, timeout=30):
        """Waits until the managed Dovecot runs; its listeners' ports by name (imap, imaps, sieve, ...)."""
        status = {}

        def running():
            nonlocal status
            status = self.imap_status()
            return status.get("state") == "running"

        wait_until(running, timeout, interval=0.1, what=f"the managed Dovecot to run (last: {status})")
        return {name: int(addresses[0].rsplit(":", 1)[1]) for name, addresses in status["listeners"].items() if addresses}

    def dovecot_pid(self):
        with open(os.path.join(self.data_dir, "dovecot", "run", "master.pid")) as f:
            return int(f.read().strip())

    # -- the data directory --

    def maildir(self, address, folder="new"):
        local, domain = address.rsplit("@", 1)
        return os.path.join(self.data_dir, "mail", domain, local, folder)

    def maildir_files(self, address, folder="new"):
        path = self.maildir(address, folder)
        try:
            return sorted(os.path.join(path, n) for n in os.listdir(path))
        except FileNotFoundError:
            return []

    def spool_path(self, queue_id):
        return os.path.join(self.data_dir, "spool", "queue", queue_id)


def _is_zombie(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ", 1)[1].startswith("Z")
    except OSError:
        return True


# ---- SMTP helpers ------------------------------------------------------------------------


def unverified_context():
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


QUEUED_RE = re.compile(r"^2\.0\.0 Ok: queued as ([0-9A-Z]+)$")


def queue_id_of(reply_text):
    """The queue id of a '250 2.0.0 Ok: queued as ID' reply text (bytes or str), or None."""
    if isinstance(reply_text, bytes):
        reply_text = reply_text.decode(errors="replace")
    m = QUEUED_RE.match(reply_text.strip())
    return m.group(1) if m else None


def message(subject, body="Hello from the end-to-end tests.", sender="someone@sender.test", to="alice@example.test",
            message_id=None, extra_headers=()):
    """A small RFC 5322 message with CRLF line ends."""
    message_id = message_id or f"<{random.getrandbits(64):016x}@e2e.test>"
    lines = [f"From: {sender}", f"To: {to}", f"Subject: {subject}", f"Message-ID: {message_id}",
             "Date: Thu, 01 Jan 2026 00:00:00 +0000"] + list(extra_headers) + ["", body, ""]
    return "\r\n".join(lines).encode()


class RawSmtp:
    """A byte-level SMTP client for what smtplib will not send (bare LF, pipelining, trickling)."""

    def __init__(self, host, port, source=None, timeout=SMTP_TIMEOUT, tls=False):
        self.sock = socket.create_connection((host, port), timeout=timeout,
                                             source_address=(source, 0) if source else None)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if tls:
            self.sock = unverified_context().wrap_socket(self.sock)
        self.buffer = b""
        self.timeout = timeout

    def send(self, data):
        if isinstance(data, str):
            data = data.encode()
        self.sock.sendall(data)

    def line(self, timeout=None):
        """One line without its CRLF; None when the server closed the connection."""
        self.sock.settimeout(timeout or self.timeout)
        while b"\n" not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                return None
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.rstrip(b"\r").decode(errors="replace")

    def reply(self, timeout=None):
        """(code, [text lines]) of one reply; (None, []) when the connection closed first."""
        texts = []
        while True:
            line = self.line(timeout)
            if line is None:
                return (None, texts)
            if len(line) < 4 or not line[:3].isdigit():
                raise AssertionError(f"not an SMTP reply line: {line!r}")
            texts.append(line[4:])
            if line[3] != "-":
                return (int(line[:3]), texts)

    def command(self, text, timeout=None):
        self.send(text + "\r\n")
        return self.reply(timeout)

    def closed(self, timeout=5.0):
        """True when the server closes the connection within timeout (reading what is left)."""
        self.sock.settimeout(timeout)
        try:
            while True:
                chunk = self.sock.recv(65536)
                if not chunk:
                    return True
                self.buffer += chunk
        except socket.timeout:
            return False
        except (ConnectionResetError, BrokenPipeError):
            return True

    def starttls(self):
        self.sock = unverified_context().wrap_socket(self.sock)

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


def reply_text(code, texts):
    return f"{code} {' / '.join(texts)}"


# ---- the test case -----------------------------------------------------------------------


class EngineTestCase(unittest.TestCase):
    """One engine (with its bus and DNS) per test class. Subclasses declare what they need."""

    DOMAINS = ["example.test"]
    USERS = ["alice@example.test", "bob@example.test"]
    DISABLED_USERS = []
    ALIASES = {}
    RELAY = []  # (pattern, action)
    SETTINGS = {}
    DNS = STANDARD_DNS
    SILENT_DNS = False  # True: dns.servers points at a server that never answers
    HOST = "127.0.0.1"

    engine = None
    dns = None

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tmp = tempfile.mkdtemp(prefix=f"doorstep-e2e-{cls.__name__}-")
        # Run as root, the engine hands Dovecot to an unprivileged user, who must reach the data.
        os.chmod(cls.tmp, 0o711)
        if KEEP:
            log(f"keeping {cls.tmp}")
        else:
            _directories.append(cls.tmp)
            cls.addClassCleanup(shutil.rmtree, cls.tmp, True)
        cls.dns = DnsServer(cls.tmp, cls.DNS)
        cls.addClassCleanup(cls.dns.stop)
        if cls.SILENT_DNS:
            cls.dns.silent()
        else:
            cls.dns.start()
        cls.engine = Engine(cls.tmp)
        cls.addClassCleanup(cls.engine.close)
        try:
            cls.engine.start(**cls.engine_start_arguments())
            cls.configure()
        except Exception:
            log(f"---- {cls.__name__}: set-up failed; engine log ----\n{cls.engine.log_tail()}")
            raise

    @classmethod
    def engine_start_arguments(cls):
        return {}

    @classmethod
    def configure(cls):
        e = cls.engine
        e.set("dns.servers", cls.dns.spec)
        # Greylisting is on by default (DESIGN.md); tests of other things turn it off unless
        # they ask for it in SETTINGS (test_greylist.py does).
        # The health monitor looks at the public address (ddns.ip_url) by itself after a
        # minute: keep that on loopback (port 9 is closed), never the Internet.
        for key, value in {"greylist.enabled": "false", "ddns.ip_url": "http://127.0.0.1:9/", **cls.SETTINGS}.items():
            e.set(key, value)
        for domain in cls.DOMAINS:
            e.add_domain(domain)
        for user in cls.USERS + cls.DISABLED_USERS:
            e.add_user(user)
        for user in cls.DISABLED_USERS:
            e.ctl("user", "disable", user)
        for address, targets in cls.ALIASES.items():
            e.set_alias(address, targets)
        for pattern, action in cls.RELAY:
            e.add_relay(pattern, action)

    def run(self, result=None):
        # Print the engine's log once for every failing test, so CTest's output explains it.
        before = len(result.failures) + len(result.errors) if result is not None else 0
        outcome = super().run(result)
        if result is not None and len(result.failures) + len(result.errors) > before and self.engine is not None:
            log(f"\n---- {self.id()} failed; last lines of the engine log ({self.engine.log_path}) ----")
            log(self.engine.log_tail(120))
            for title, text in self.failure_logs():
                log(f"---- {title} ----")
                log(text)
        return outcome

    def failure_logs(self):
        """(title, text) of the peers' logs to show for a failing test; subclasses add theirs."""
        if self.dns is not None and self.dns.process is not None:
            return [("dnsmasq (last lines)", "\n".join(self.dns.log().splitlines()[-30:]))]
        return []

    # -- clients --

    def port(self, listener="mta"):
        return self.engine.ports[listener]

    def smtp(self, listener="mta", source=None, timeout=SMTP_TIMEOUT):
        """smtplib.SMTP on a plain listener (mta or submission), closed at the end of the test."""
        client = smtplib.SMTP(self.HOST, self.port(listener), timeout=timeout,
                              source_address=(source, 0) if source else None)
        self.addCleanup(_close_smtp, client)
        return client

    def smtps(self, source=None, timeout=SMTP_TIMEOUT):
        """smtplib.SMTP_SSL on the smtps listener, closed at the end of the test."""
        client = smtplib.SMTP_SSL(self.HOST, self.port("smtps"), timeout=timeout, context=unverified_context(),
                                  source_address=(source, 0) if source else None)
        self.addCleanup(_close_smtp, client)
        return client

    def submission(self, user="alice@example.test", password=PASSWORD, mechanism=None, source=None):
        """An authenticated session on submission after STARTTLS."""
        client = self.smtp("submission", source=source)
        client.starttls(context=unverified_context())
        if mechanism:
            client.ehlo()
            client.user, client.password = user, password
            self.assertReply(client.auth(mechanism, getattr(client, "auth_" + mechanism.lower())), 235, "2.7.0", f"AUTH {mechanism}")
        else:
            self.assertReply(client.login(user, password), 235, "2.7.0", "AUTH")
        return client

    def raw(self, listener="mta", source=None, greet=True, tls=False, timeout=SMTP_TIMEOUT):
        client = RawSmtp(self.HOST, self.port(listener), source=source, timeout=timeout, tls=tls)
        self.addCleanup(client.close)
        if greet:
            code, texts = client.reply()
            self.assertEqual(code, 220, f"greeting: got {reply_text(code, texts)}, want 220")
        return client

    # -- assertions --

    def assertReply(self, got, code, status=None, what="reply"):
        """got is smtplib's (code, bytes) or RawSmtp's (code, [lines]); status the enhanced code."""
        got_code, text = got
        if isinstance(text, bytes):
            text = text.decode(errors="replace")
        elif isinstance(text, list):
            text = " / ".join(text)
        want = f"{code}" + (f" {status}" if status else "")
        ok = got_code == code and (status is None or text.startswith(status + " ") or text == status)
        self.assertTrue(ok, f"{what}: got {got_code} {text!r}, want {want}")
        return text

    def assertRefused(self, exception_context_or_error, code, status, what):
        error = exception_context_or_error
        got_code = getattr(error, "smtp_code", None)
        text = getattr(error, "smtp_error", b"")
        if isinstance(text, bytes):
            text = text.decode(errors="replace")
        self.assertTrue(got_code == code and text.startswith(status),
                        f"{what}: got {got_code} {text!r}, want {code} {status}")

    def send_ok(self, client, sender, recipients, data):
        """MAIL/RCPT/DATA through smtplib; asserts every step and returns the queue id."""
        client.ehlo_or_helo_if_needed()
        code, text = client.mail(sender)
        self.assertReply((code, text), 250, "2.1.0", f"MAIL FROM:<{sender}>")
        for r in recipients if isinstance(recipients, (list, tuple)) else [recipients]:
            self.assertReply(client.rcpt(r), 250, "2.1.5", f"RCPT TO:<{r}>")
        code, text = client.data(data)
        text = self.assertReply((code, text), 250, "2.0.0", "end of DATA")
        queue_id = queue_id_of(text)
        self.assertIsNotNone(queue_id, f"end of DATA: got {text!r}, want 'Ok: queued as ID'")
        return queue_id

    def wait_delivered(self, address, count, timeout=10.0):
        """Waits until address's Maildir new/ holds count files; returns their paths."""
        try:
            return wait_until(lambda: (files := self.engine.maildir_files(address)) and len(files) >= count and files,
                              timeout, what=f"{count} message(s) in the Maildir of {address}")
        except TimeoutError:
            got = len(self.engine.maildir_files(address))
            self.fail(f"Maildir of {address}: got {got} message(s) after {timeout} s, want {count}")

    def wait_queue_empty(self, timeout=15.0):
        try:
            wait_until(lambda: self.engine.queue() == [], timeout, interval=0.2, what="an empty queue")
        except TimeoutError:
            self.fail(f"queue: got {self.engine.queue()!r} after {timeout} s, want it empty")


def _close_smtp(client):
    try:
        client.close()
    except Exception:
        pass


def read_maildir_message(path):
    with open(path, "rb") as f:
        return f.read()


def headers_of(raw):
    """Header name (lower case) -> list of unfolded values, from raw bytes of any line ending."""
    text = raw.decode(errors="replace").replace("\r\n", "\n")
    head = text.split("\n\n", 1)[0]
    headers = {}
    current = None
    for line in head.split("\n"):
        if line[:1] in (" ", "\t") and current:
            headers[current][-1] += " " + line.strip()
            continue
        name, _, value = line.partition(":")
        current = name.strip().lower()
        headers.setdefault(current, []).append(value.strip())
    return headers


def main():
    """Runs the classes or tests named on the command line (CTest passes one class)."""
    unittest.main(module="__main__", verbosity=2)
