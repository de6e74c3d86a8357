"""A real rspamd for the end-to-end tests (package rspamd, 3.4 on Debian 12; TESTING.md).

Rspamd runs the way Debian ships it: /etc/rspamd/rspamd.conf with every module and rule, and
only what a test needs changed through its own LOCAL_CONFDIR (local.d/ merges, override.d/
replaces), in a directory of the test's:

  override.d/worker-normal.inc      the scanner (worker "normal") on 127.0.0.1:PORT, one process
  override.d/worker-controller.inc  off (its periodic jobs then run in the normal worker)
  override.d/worker-proxy.inc       off (the milter proxy)
  local.d/options.inc               DNS only from the test's dnsmasq; no fuzzy_check; the
                                    Hyperscan cache (below)

and DBDIR, RUNDIR and LOGDIR (rspamd.log) beside them. No Redis: the modules that need one
(Bayes, greylist, ratelimit, reputation, ...) switch themselves off when no server is set.

Nothing leaves the machine. Rspamd's own resolver asks only the dnsmasq of the test, which
answers for the test domains and refuses the rest, so RBL/SURBL look-ups and the HTTP maps
from maps.rspamd.com fail at once (symbols like RCVD_IN_DNSWL_FAIL from clients outside
127/8). fuzzy_check is left out of `filters`: it resolves rspamd.com's fuzzy servers with the
system resolver at start-up and would send hashes of the test's messages there.

Start-up time: rspamd compiles its URL and regexp tables with Hyperscan when they are not in
its cache: 10 s on a quiet 2-core machine, 35-65 s while it also builds; under a second with a
warm cache.
The cache goes to DOORSTEP_E2E_CACHE/rspamd-hyperscan (CTest sets it to a directory of the
build tree, shared by every test run) or, without it, into the peer's own directory.

Root: rspamd refuses to run its workers as root unless told so (-i, --insecure); a test run
by a normal user runs rspamd as that user.

Stdlib only.
"""

import os
import shutil
import socket
import subprocess
import time
import unittest
import urllib.request

import doorstep_fixture as fx

RSPAMD = "/usr/bin/rspamd"
STOCK_CONFIG = "/etc/rspamd/rspamd.conf"

# A cold Hyperscan cache on a busy 2-core machine takes about a minute; give it room.
START_TIMEOUT = 240.0


def missing():
    """Why rspamd cannot run here ("" when it can): a reason to skip."""
    if not os.access(RSPAMD, os.X_OK):
        return f"{RSPAMD} is missing (package rspamd: scripts/bootstrap --test-peers)"
    if not os.path.exists(STOCK_CONFIG):
        return f"{STOCK_CONFIG} is missing (package rspamd)"
    return ""


def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Rspamd:
    """A private rspamd whose normal worker answers /checkv2 on 127.0.0.1:PORT."""

    def __init__(self, directory, nameserver):
        """nameserver: "HOST:PORT" of the test's dnsmasq (fx.DnsServer.spec)."""
        self.directory = os.path.join(directory, "rspamd")
        self.nameserver = nameserver
        self.conf_dir = os.path.join(self.directory, "conf")
        self.db_dir = os.path.join(self.directory, "db")
        self.run_dir = os.path.join(self.directory, "run")
        self.log_dir = os.path.join(self.directory, "log")
        self.log_path = os.path.join(self.log_dir, "rspamd.log")
        self.stdout_path = os.path.join(self.directory, "stdout.log")
        cache = os.environ.get("DOORSTEP_E2E_CACHE")
        self.hs_cache_dir = os.path.join(cache, "rspamd-hyperscan") if cache else os.path.join(self.directory, "hyperscan")
        self.process = None
        self.port = None
        self.started_in = None  # seconds from the start to the first "pong"

    @property
    def address(self):
        return f"127.0.0.1:{self.port}"

    def _write(self, relative, text):
        path = os.path.join(self.conf_dir, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)

    def _configure(self):
        for d in (self.conf_dir, self.db_dir, self.run_dir, self.log_dir, self.hs_cache_dir):
            os.makedirs(d, exist_ok=True)
        self._write("override.d/worker-normal.inc", f'bind_socket = "127.0.0.1:{self.port}";\ncount = 1;\n')
        self._write("override.d/worker-controller.inc", "enabled = false;\n")
        self._write("override.d/worker-proxy.inc", "enabled = false;\n")
        self._write("local.d/options.inc",
                    f'dns {{\n  nameserver = ["{self.nameserver}"];\n  timeout = 1s;\n  retransmits = 1;\n}}\n'
                    '# the stock list without fuzzy_check (it talks to rspamd.com)\n'
                    'filters = "chartable,dkim,regexp";\n'
                    f'hs_cache_dir = "{self.hs_cache_dir}";\n')

    def command(self):
        args = [RSPAMD, "-f", "-c", STOCK_CONFIG,
                f"--var=LOCAL_CONFDIR={self.conf_dir}", f"--var=DBDIR={self.db_dir}",
                f"--var=RUNDIR={self.run_dir}", f"--var=LOGDIR={self.log_dir}"]
        if os.geteuid() == 0:
            args.insert(2, "-i")
        return args

    def start(self, timeout=START_TIMEOUT):
        reason = missing()
        if reason:
            raise unittest.SkipTest(reason)
        self.port = _free_port()
        self._configure()
        started = time.monotonic()
        with open(self.stdout_path, "w") as out:
            # Its own process group: the workers are children of the main process.
            self.process = fx._spawn(self.command(), stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        fx.register_stopper(self.stop)
        try:
            fx.wait_until(self._pong, timeout, interval=0.2, what="rspamd to answer /ping")
        except TimeoutError:
            self.stop()
            raise RuntimeError(f"rspamd did not answer /ping within {timeout:.0f} s:\n{self.log()}")
        self.started_in = time.monotonic() - started
        fx.log(f"rspamd answers on {self.address} after {self.started_in:.1f} s (Hyperscan cache {self.hs_cache_dir})")
        return self

    def _pong(self):
        if self.process.poll() is not None:
            raise RuntimeError(f"rspamd exited with {self.process.returncode}:\n{self.log()}")
        try:
            with urllib.request.urlopen(f"http://{self.address}/ping", timeout=1) as reply:
                return reply.status == 200 and reply.read().strip() == b"pong"
        except OSError:
            return False

    def worker_pids(self):
        """The pids of the normal worker(s): children of the main process named after it."""
        pids = []
        for name in os.listdir("/proc"):
            if not name.isdigit():
                continue
            try:
                with open(f"/proc/{name}/stat") as f:
                    ppid = int(f.read().rsplit(") ", 1)[1].split()[1])
                with open(f"/proc/{name}/cmdline", "rb") as f:
                    title = f.read()
            except (OSError, IndexError, ValueError):
                continue
            if ppid == self.process.pid and title.startswith(b"rspamd: normal process"):
                pids.append(int(name))
        return pids

    def task_lines(self):
        """rspamd's one log line per scanned message (rspamd_task_write_log)."""
        return [line for line in self.log().splitlines() if "rspamd_task_write_log" in line]

    def log(self, tail=6000):
        text = ""
        for path in (self.stdout_path, self.log_path):
            try:
                with open(path, errors="replace") as f:
                    text += f.read()
            except OSError:
                pass
        return text[-tail:] if tail else text

    def stop(self):
        # SIGTERM to the main process ends its workers; the group catches a straggler.
        fx.stop_process(self.process, 10)
        if self.process is not None:
            try:
                os.killpg(self.process.pid, 9)
            except (ProcessLookupError, PermissionError):
                pass

    def remove(self):
        shutil.rmtree(self.directory, ignore_errors=True)
