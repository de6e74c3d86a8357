"""Spam scoring end to end (issue 6, part 3): a real doorstepd scoring mail over real SMTP.

- SpamdBackend: Debian's real spamd (SpamAssassin 4), started once for the class on a
  loopback port with its own home directory, local tests only (-L), no user configs (-x).
  GTUBE scores over the threshold and lands in the user's spamtrap folder with X-Spam headers
  and a tagged subject; a normal message lands in the inbox; a reject threshold refuses with
  550 5.7.1; authenticated submissions are not scored; doorstepctl filters score.
- SpamdDown: spam.address points at a closed port, then at a server that accepts and never
  answers (spam.timeout 1 s): mail is accepted with X-Spam-Status: unscanned, Manager.State
  turns degraded with a filter_degraded event; the state clears once spamd answers again.
- BuiltinDnsbl: the built-in scorer with DNSBL answers from a real dnsmasq (listed 127.0.0.2,
  not listed, 127.255.255.254 refused = unknown), clients on other loopback addresses.

rspamd, the other spam.backend, has a file of its own: test_filters_rspamd.py.
"""

import json
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import unittest

import doorstep_fixture as fx

GTUBE = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"
SPAMD = "/usr/sbin/spamd"


def free_port(host="127.0.0.1"):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


class Spamd:
    """A private spamd on 127.0.0.1:PORT, stopped by its pid."""

    def __init__(self, directory):
        self.directory = os.path.join(directory, "spamd")
        os.makedirs(self.directory, exist_ok=True)
        self.log_path = os.path.join(self.directory, "spamd.log")
        self.pid_path = os.path.join(self.directory, "spamd.pid")
        self.process = None
        self.port = None

    def start(self, timeout=60.0):
        if not os.access(SPAMD, os.X_OK):
            raise unittest.SkipTest(f"{SPAMD} is missing (package spamd)")
        self.port = free_port()
        env = dict(os.environ, HOME=self.directory)
        with open(self.log_path, "w") as out:
            self.process = fx._spawn(
                [SPAMD, "--listen", f"127.0.0.1:{self.port}", "--allowed-ips", "127.0.0.1", "--local", "--nouser-config",
                 "--max-children", "2", "--min-children", "1", "--pidfile", self.pid_path, "--syslog", "stderr",
                 "--helper-home-dir", self.directory],
                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, env=env)
        fx.register_stopper(self.stop)
        # spamd compiles its rules first: wait until it accepts connections.
        try:
            fx.wait_until(self._accepting, timeout, interval=0.2, what="spamd to listen")
        except TimeoutError:
            raise RuntimeError(f"spamd did not start: {self.log()}")
        return self

    def _accepting(self):
        if self.process.poll() is not None:
            raise RuntimeError(f"spamd exited with {self.process.returncode}: {self.log()}")
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                return True
        except OSError:
            return False

    @property
    def address(self):
        return f"127.0.0.1:{self.port}"

    def log(self):
        try:
            with open(self.log_path, errors="replace") as f:
                return f.read()[-4000:]
        except OSError:
            return ""

    def stop(self):
        fx.stop_process(self.process, 10)


class SilentServer:
    """Accepts TCP connections and never answers: a hung backend."""

    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.accepted = []
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.accepted.append(conn)

    def close(self):
        self.sock.close()
        for c in self.accepted:
            c.close()


def score_and_tests(headers):
    """("Yes, score=5.9 required=5.0", "A,B,C") of X-Spam-Status, its folding undone."""
    status = headers["x-spam-status"][0]
    verdict, _, tests = status.partition(" tests=")
    return verdict, "".join(tests.split())


class SpamTestCase(fx.EngineTestCase):
    """Helpers for reading where a message went and what it carries."""

    def spam_files(self, address):
        return self.engine.maildir_files(address, os.path.join(".spamtrap", "new"))

    def wait_in(self, address, folder, count, timeout=15.0):
        try:
            return fx.wait_until(lambda: (f := self.engine.maildir_files(address, folder)) and len(f) >= count and f, timeout,
                                 what=f"{count} message(s) in {folder} of {address}")
        except TimeoutError:
            self.fail(f"{folder} of {address}: got {len(self.engine.maildir_files(address, folder))} message(s), want {count}")

    def deliver_one(self, client, to, data, folder):
        """Sends data to `to` and returns (headers, raw) of the new file in folder."""
        before = set(self.engine.maildir_files(to, folder))
        self.send_ok(client, "someone@sender.test", [to], data)
        files = self.wait_in(to, folder, len(before) + 1)
        new = [f for f in files if f not in before]
        raw = fx.read_maildir_message(new[0])
        return fx.headers_of(raw), raw

    def score_stdin(self, text):
        return json.loads(self.engine.ctl("--json", "filters", "score", "-", input=text).stdout)

    def state(self):
        return self.engine.ctl_json("status")["state"]

    def events_of(self, kind):
        return [e for e in self.engine.events() if e["kind"] == kind]

    def assert_gtube_refused(self, reject_threshold, source=None):
        """GTUBE over spam.reject_threshold: 550 5.7.1 at the end of DATA, counted and logged."""
        self.engine.set("spam.reject_threshold", reject_threshold)
        self.addCleanup(self.engine.set, "spam.reject_threshold", "0")
        rejected_before = self.engine.counter("rejected")
        client = self.smtp(source=source)
        client.ehlo("mx.sender.test")
        self.assertReply(client.mail("someone@sender.test"), 250, "2.1.0")
        self.assertReply(client.rcpt("alice@example.test"), 250, "2.1.5")
        code, text = client.data(fx.message("Refuse me", body=GTUBE))
        self.assertReply((code, text), 550, "5.7.1", "end of DATA with GTUBE over the reject threshold")
        self.assertEqual(self.engine.counter("rejected"), rejected_before + 1)
        self.assertTrue(any(e["details"].get("action") == "refused" for e in self.events_of("spam")))


@unittest.skipUnless(os.access(SPAMD, os.X_OK), "spamd is not installed")
class SpamdBackend(SpamTestCase):
    spamd = None

    @classmethod
    def setUpClass(cls):
        cls.spamd_dir = tempfile.mkdtemp(prefix="doorstep-e2e-spamd-")
        cls.addClassCleanup(shutil.rmtree, cls.spamd_dir, True)
        cls.spamd = Spamd(cls.spamd_dir).start()
        cls.addClassCleanup(cls.spamd.stop)
        cls.SETTINGS = {"spam.backend": "spamd", "spam.address": cls.spamd.address}
        super().setUpClass()

    def failure_logs(self):
        return super().failure_logs() + [("spamd", self.spamd.log())]

    def test_gtube_into_the_spam_folder(self):
        spam_before = self.engine.counter("spam")
        headers, raw = self.deliver_one(self.smtp(), "alice@example.test", fx.message("Buy now", body=f"Test {GTUBE}"),
                                        os.path.join(".spamtrap", "new"))
        self.assertEqual(headers.get("x-spam-flag"), ["YES"], f"X-Spam-Flag: got {headers.get('x-spam-flag')}")
        status = headers.get("x-spam-status", [""])[0]
        self.assertTrue(status.startswith("Yes, score=") and "GTUBE" in status and "required=5.0" in status,
                        f"X-Spam-Status: got {status!r}, want 'Yes, score=... required=5.0 tests=...GTUBE...'")
        self.assertGreaterEqual(float(headers["x-spam-score"][0]), 1000.0)
        self.assertEqual(headers.get("subject"), ["[SPAM] Buy now"])
        # On top, right after Return-Path and Delivered-To (local delivery's own lines).
        names = [line.split(":", 1)[0] for line in raw.decode(errors="replace").split("\n")[:4]]
        self.assertEqual(names, ["Return-Path", "Delivered-To", "X-Spam-Flag", "X-Spam-Score"], f"first header lines: got {names}")
        self.assertEqual(self.engine.maildir_files("alice@example.test"), [], "got a copy in the inbox too")
        subscriptions = os.path.join(os.path.dirname(self.engine.maildir("alice@example.test")), "subscriptions")
        with open(subscriptions) as f:
            self.assertIn("spamtrap", f.read().split("\n"))
        self.assertEqual(self.engine.counter("spam"), spam_before + 1, "statistics counter spam")
        spam_events = self.events_of("spam")
        self.assertTrue(spam_events and spam_events[-1]["details"]["action"] == "filed",
                        f"spam events: got {spam_events}, want one with action filed")

    def test_normal_message_into_the_inbox(self):
        headers, _ = self.deliver_one(self.smtp(), "bob@example.test", fx.message("Lunch on Friday?",
                                      body="Hi Bob,\r\n\r\nshall we have lunch on Friday at noon?\r\n\r\nAlice"), "new")
        status = headers.get("x-spam-status", [""])[0]
        self.assertTrue(status.startswith("No, score="), f"X-Spam-Status: got {status!r}, want 'No, score=...'")
        self.assertNotIn("x-spam-flag", headers)
        self.assertEqual(headers.get("subject"), ["Lunch on Friday?"])
        self.assertEqual(self.spam_files("bob@example.test"), [])

    def test_reject_threshold_refuses(self):
        self.assert_gtube_refused("20")

    def test_authenticated_submission_not_scored(self):
        before = set(self.engine.maildir_files("bob@example.test"))
        self.send_ok(self.submission("alice@example.test"), "alice@example.test", ["bob@example.test"],
                     fx.message("From a user", body=GTUBE, sender="alice@example.test", to="bob@example.test"))
        files = self.wait_in("bob@example.test", "new", len(before) + 1)
        headers = fx.headers_of(fx.read_maildir_message([f for f in files if f not in before][0]))
        self.assertFalse([h for h in headers if h.startswith("x-spam")], f"got {headers}, want no X-Spam headers")

    def test_filters_score(self):
        path = os.path.join(self.tmp, "gtube.eml")
        with open(path, "wb") as f:
            f.write(fx.message("GTUBE", body=GTUBE).replace(b"\r\n", b"\n"))
        result = self.engine.ctl_json("filters", "score", path)
        self.assertEqual(result["verdict"], "spam", f"got {result}")
        self.assertIn("GTUBE", result["rules"])
        self.assertEqual(result["backend"], "spamd")
        self.assertEqual(result["required"], 5.0)
        text = self.engine.ctl("filters", "score", path).stdout
        self.assertIn("GTUBE", text)
        ham = self.score_stdin(fx.message("Hello", body="See you tomorrow.").decode())
        self.assertEqual(ham["verdict"], "ham", f"got {ham}")
        empty = self.engine.ctl("filters", "score", "-", input="", check=False)
        self.assertEqual(empty.returncode, 1, f"empty message: got exit {empty.returncode} ({empty.stderr!r}), want 1")
        missing = self.engine.ctl("filters", "score", os.path.join(self.tmp, "missing.eml"), check=False)
        self.assertEqual(missing.returncode, 2, f"missing file: got exit {missing.returncode}, want 2")

    def test_try_backend(self):
        # With the built-in scorer in effect, spamd is tried where it listens: reachable, and
        # it scores GTUBE as SpamAssassin does; nothing is saved.
        self.engine.set("spam.backend", "builtin")
        self.addCleanup(self.engine.set, "spam.backend", "spamd")
        gtube = fx.message("GTUBE", body=GTUBE).decode()
        result = json.loads(self.engine.ctl("--json", "filters", "try-backend", "spamd", self.spamd.address, "-", input=gtube).stdout)
        self.assertTrue(result["reachable"], f"got {result}")
        self.assertEqual((result["backend"], result["verdict"]), ("spamd", "spam"), f"got {result}")
        self.assertGreaterEqual(result["score"], 5.0)
        self.assertIn("GTUBE", result["rules"])
        ham = json.loads(self.engine.ctl("--json", "filters", "try-backend", "spamd", self.spamd.address, "-",
                                         input=fx.message("Hello", body="See you tomorrow.").decode()).stdout)
        self.assertEqual((ham["reachable"], ham["verdict"]), (True, "ham"), f"got {ham}")
        self.assertEqual(self.engine.ctl_json("settings", "get", "spam.backend")["value"], "builtin", "nothing saved")


class SpamdDown(SpamTestCase):
    USERS = ["alice@example.test"]

    @classmethod
    def configure(cls):
        cls.SETTINGS = {"spam.backend": "spamd", "spam.address": f"127.0.0.1:{free_port()}", "spam.timeout": "1"}
        super().configure()

    def test_down_then_slow(self):
        started = time.monotonic()
        headers, _ = self.deliver_one(self.smtp(), "alice@example.test", fx.message("Nobody scores this", body=GTUBE), "new")
        self.assertEqual(headers.get("x-spam-status"), ["unscanned, unavailable"])
        self.assertEqual(headers.get("subject"), ["Nobody scores this"])
        state = fx.wait_until(lambda: (s := self.state()).startswith("degraded") and s, 5, what="a degraded state")
        self.assertIn("spam filter: spamd at 127.0.0.1:", state)
        degraded = self.events_of("filter_degraded")
        self.assertEqual(len(degraded), 1, f"filter_degraded events: got {degraded}")
        self.assertEqual(degraded[0]["details"]["filter"], "spam")

        silent = SilentServer()
        self.addCleanup(silent.close)
        self.engine.set("spam.address", f"127.0.0.1:{silent.port}")
        started = time.monotonic()
        headers, _ = self.deliver_one(self.smtp(), "alice@example.test", fx.message("Slow backend"), "new")
        self.assertEqual(headers.get("x-spam-status"), ["unscanned, timeout"])
        self.assertLess(time.monotonic() - started, 10, "the timeout is spam.timeout (1 s), not more")
        self.assertEqual(len(self.events_of("filter_degraded")), 1, "one event while it stays degraded, not one per message")
        self.assertTrue(self.state().startswith("degraded: spam filter: spamd at 127.0.0.1:"))
        self.assertEqual(self.engine.counter("spam"), 0)


@unittest.skipUnless(os.access(SPAMD, os.X_OK), "spamd is not installed")
class SpamdBackAgain(SpamTestCase):
    """Degraded while spamd is down; running again once it answers."""
    USERS = ["alice@example.test"]

    def test_state_clears_when_spamd_answers(self):
        self.engine.set("spam.backend", "spamd")
        self.engine.set("spam.address", f"127.0.0.1:{free_port()}")
        self.deliver_one(self.smtp(), "alice@example.test", fx.message("While down"), "new")
        fx.wait_until(lambda: self.state().startswith("degraded"), 5, what="a degraded state")
        spamd = Spamd(self.tmp).start()
        self.addCleanup(spamd.stop)
        self.engine.set("spam.address", spamd.address)
        self.assertTrue(self.state().startswith("degraded"), "still degraded until spamd has answered")
        headers, _ = self.deliver_one(self.smtp(), "alice@example.test", fx.message("Up again"), "new")
        self.assertTrue(headers.get("x-spam-status", [""])[0].startswith("No, score="), f"got {headers.get('x-spam-status')}")
        fx.wait_until(lambda: self.state() == "running", 5, what="the state running again")


class BuiltinDnsbl(SpamTestCase):
    """The default backend: header checks, GTUBE and DNSBL answers from dnsmasq."""
    USERS = ["alice@example.test"]
    DNS = fx.STANDARD_DNS + [
        ("a", "9.0.0.127.listed.test", "127.0.0.2"),
        ("a", "9.0.0.127.refused.test", "127.255.255.254"),
        ("a", "10.0.0.127.refused.test", "127.255.255.254"),
    ]
    SETTINGS = {"spam.dnsbl_zones": ["listed.test", "refused.test", "clean.test"]}

    def test_listed_refused_and_clean(self):
        headers, _ = self.deliver_one(self.smtp(source="127.0.0.9"), "alice@example.test", fx.message("Hello"), "new")
        self.assertEqual(score_and_tests(headers), ("No, score=3.0 required=5.0", "RCVD_IN_LISTED_TEST,RCVD_IN_REFUSED_TEST_BLOCKED"),
                         "listed.test lists 127.0.0.9; refused.test refuses (unknown, no score); clean.test has no record")
        headers, _ = self.deliver_one(self.smtp(source="127.0.0.10"), "alice@example.test", fx.message("Hello"), "new")
        self.assertEqual(score_and_tests(headers), ("No, score=0.0 required=5.0", "RCVD_IN_REFUSED_TEST_BLOCKED"))

    def test_listed_client_with_bad_headers_is_spam(self):
        bare = b"From: someone@sender.test\r\nTo: alice@example.test\r\n\r\nNo date, no id, no subject.\r\n"
        headers, _ = self.deliver_one(self.smtp(source="127.0.0.9"), "alice@example.test", bare, os.path.join(".spamtrap", "new"))
        self.assertEqual(score_and_tests(headers),
                         ("Yes, score=5.9 required=5.0",
                          "MISSING_DATE,MISSING_MID,MISSING_SUBJECT,RCVD_IN_LISTED_TEST,RCVD_IN_REFUSED_TEST_BLOCKED"))
        self.assertEqual(headers["subject"], ["[SPAM]"], "a message without Subject gets 'Subject: [SPAM]'")
        # The same message from a client no list knows is not spam.
        headers, _ = self.deliver_one(self.smtp(source="127.0.0.11"), "alice@example.test", bare, "new")
        self.assertEqual(score_and_tests(headers), ("No, score=2.9 required=5.0", "MISSING_DATE,MISSING_MID,MISSING_SUBJECT"))

    def test_gtube(self):
        headers, _ = self.deliver_one(self.smtp(source="127.0.0.11"), "alice@example.test", fx.message("Test", body=GTUBE),
                                      os.path.join(".spamtrap", "new"))
        self.assertEqual(headers["x-spam-status"][0], "Yes, score=1000.0 required=5.0 tests=GTUBE")
        self.assertEqual(headers["subject"], ["[SPAM] Test"])
        result = self.score_stdin(fx.message("Test", body=GTUBE).decode())
        self.assertEqual((result["verdict"], result["rules"], result["backend"]), ("spam", ["GTUBE"], "builtin"))

    def test_size_limit(self):
        self.engine.set("spam.max_size", "1000")
        self.addCleanup(self.engine.set, "spam.max_size", "512000")
        headers, _ = self.deliver_one(self.smtp(source="127.0.0.11"), "alice@example.test",
                                      fx.message("Big", body=GTUBE + "\r\n" + ("x" * 70 + "\r\n") * 30), "new")
        self.assertEqual(headers["x-spam-status"], ["unscanned, size"])
        self.assertEqual(self.state(), "running", "a message over the size limit does not degrade anything")


if __name__ == "__main__":
    fx.main()
