"""e2e.filters.rspamd*: spam.backend rspamd end to end, against a real rspamd where one can run.

- RspamdBackend: Debian's rspamd 3.4 with its stock rules (rspamd_fixture.py), started once
  for the class on a loopback port, its DNS the class's dnsmasq. GTUBE is flagged (rspamd's
  reject score, filed into the spam folder) or refused over spam.reject_threshold; a normal
  message is accepted with rspamd's score and symbols in X-Spam-*, and rspamd's own log shows
  the envelope doorstepd passed (IP, From, Rcpt, Queue-Id); doorstepctl filters score lists
  rspamd's rules; a stopped (SIGSTOP) rspamd is a timeout, and the state clears once it runs.
- RspamdBadReplies: what a real rspamd cannot be made to answer, from an HTTP server in this
  test: not HTTP, an HTTP error, not JSON, JSON without a score, a body that never ends. Each
  is "unscanned, unavailable" (or timeout) and a degraded State, never a refusal.
"""

import http.server
import json
import os
import re
import signal
import threading
import time
import unittest

import doorstep_fixture as fx
import rspamd_fixture
from test_filters_spam import GTUBE, SpamTestCase, score_and_tests


@unittest.skipIf(rspamd_fixture.missing(), rspamd_fixture.missing() or "rspamd is installed")
class RspamdBackend(SpamTestCase):
    rspamd = None

    @classmethod
    def configure(cls):
        # rspamd needs the class's dnsmasq, which exists by now.
        cls.rspamd = rspamd_fixture.Rspamd(cls.tmp, cls.dns.spec).start()
        cls.addClassCleanup(cls.rspamd.stop)
        cls.SETTINGS = {"spam.backend": "rspamd", "spam.address": cls.rspamd.address}
        super().configure()

    def failure_logs(self):
        return super().failure_logs() + [("rspamd (last lines)", self.rspamd.log(4000) if self.rspamd else "")]

    def task_line(self, queue_id):
        """rspamd's log line of the message with queue_id."""
        try:
            return fx.wait_until(lambda: next((l for l in self.rspamd.task_lines() if f"qid: <{queue_id}>" in l), None), 5,
                                 what=f"rspamd's log line of {queue_id}")
        except TimeoutError:
            self.fail(f"rspamd's log: got no line with qid <{queue_id}>, want one:\n" + "\n".join(self.rspamd.task_lines()[-5:]))

    def test_gtube_into_the_spam_folder(self):
        spam_before, received_before = self.engine.counter("spam"), self.engine.counter("received")
        headers, _ = self.deliver_one(self.smtp(source="127.0.0.12"), "alice@example.test", fx.message("Buy now", body=f"Test {GTUBE}"),
                                      os.path.join(".spamtrap", "new"))
        self.assertEqual(headers.get("x-spam-flag"), ["YES"], f"X-Spam-Flag: got {headers.get('x-spam-flag')}")
        # rspamd answers GTUBE with the action reject at its reject score (15 in Debian's actions.conf).
        self.assertGreaterEqual(float(headers["x-spam-score"][0]), 15.0, f"X-Spam-Score: got {headers['x-spam-score']}")
        verdict, tests = score_and_tests(headers)
        self.assertTrue(verdict.startswith("Yes, score=") and verdict.endswith(" required=5.0"), f"X-Spam-Status: got {verdict!r}")
        self.assertIn("GTUBE", tests.split(","), f"X-Spam-Status tests: got {tests!r}, want GTUBE among them")
        self.assertEqual(headers.get("subject"), ["[SPAM] Buy now"])
        self.assertEqual(self.engine.counter("spam"), spam_before + 1, "statistics counter spam")
        self.assertEqual(self.engine.counter("received"), received_before + 1, "mail filed as spam was received (250) all the same")
        events = self.events_of("spam")
        self.assertTrue(events and events[-1]["details"]["action"] == "filed" and "GTUBE" in events[-1]["details"]["rules"],
                        f"spam events: got {events[-1:]}, want action filed with rule GTUBE")

    def test_reject_threshold_refuses(self):
        self.assert_gtube_refused("10", source="127.0.0.12")

    def test_normal_message_scored_by_rspamd(self):
        client = self.smtp(source="127.0.0.12")
        client.ehlo("mx.sender.test")
        before = set(self.engine.maildir_files("bob@example.test"))
        queue_id = self.send_ok(client, "someone@sender.test", ["bob@example.test"], fx.message(
            "Lunch on Friday", sender="someone@sender.test", to="bob@example.test",
            body="Hi Bob,\r\n\r\nshall we have lunch on Friday at noon?\r\n\r\nAlice"))
        files = self.wait_in("bob@example.test", "new", len(before) + 1)
        headers = fx.headers_of(fx.read_maildir_message([f for f in files if f not in before][0]))
        self.assertNotIn("x-spam-flag", headers)
        self.assertEqual(headers.get("subject"), ["Lunch on Friday"])
        verdict, tests = score_and_tests(headers)
        self.assertTrue(verdict.startswith("No, score="), f"X-Spam-Status: got {verdict!r}, want 'No, score=...'")

        # What rspamd understood of the request: the envelope under the header names it reads,
        # and its own score and symbols, which doorstepd copied into the headers.
        line = self.task_line(queue_id)
        for want in ("ip: 127.0.0.12,", "from: <someone@sender.test>,", "rcpts: <bob@example.test>"):
            self.assertIn(want, line, f"rspamd's log line: got {line!r}, want {want!r} in it")
        match = re.search(r"\[(-?[0-9.]+)/[0-9.]+\] \[", line)
        self.assertIsNotNone(match, f"rspamd's log line: got {line!r}, want [score/required] [symbols]")
        self.assertAlmostEqual(float(headers["x-spam-score"][0]), float(match.group(1)), delta=0.051,
                               msg=f"X-Spam-Score {headers['x-spam-score']} against rspamd's log {line!r}")
        symbols = sorted(re.findall(r"([A-Z][A-Z0-9_]*)\(-?[0-9.]+\)\{", line[match.end():]))
        self.assertEqual(tests.split(","), symbols, "X-Spam-Status tests: rspamd's symbols, sorted")
        self.assertIn("MIME_GOOD", symbols, "rspamd's rules ran on the message (text/plain is MIME_GOOD)")
        self.assertIn("RCVD_COUNT_ONE", symbols, "the message went to rspamd as queued: with doorstepd's Received first")

    def test_filters_score(self):
        path = os.path.join(self.tmp, "gtube.eml")
        with open(path, "wb") as f:
            f.write(fx.message("GTUBE", body=GTUBE).replace(b"\r\n", b"\n"))
        result = self.engine.ctl_json("filters", "score", path)
        self.assertEqual((result["verdict"], result["backend"], result["required"]), ("spam", "rspamd", 5.0), f"got {result}")
        self.assertIn("GTUBE", result["rules"])
        self.assertGreaterEqual(result["score"], 15.0)
        self.assertIn("GTUBE", self.engine.ctl("filters", "score", path).stdout)
        ham = self.score_stdin(fx.message("Hello", body="See you tomorrow.").decode())
        self.assertEqual(ham["verdict"], "ham", f"got {ham}")
        self.assertIn("MIME_GOOD", ham["rules"], f"rules: got {ham['rules']}, want rspamd's symbols")
        # Nothing of it is delivered or counted.
        self.assertEqual(self.engine.queue(), [])

    def test_stopped_rspamd_is_a_timeout(self):
        self.engine.set("spam.timeout", "1")
        self.addCleanup(self.engine.set, "spam.timeout", "20")
        workers = self.rspamd.worker_pids()
        self.assertTrue(workers, "rspamd's normal worker: got no pid")
        for pid in workers:
            os.kill(pid, signal.SIGSTOP)
        try:
            started = time.monotonic()
            headers, _ = self.deliver_one(self.smtp(source="127.0.0.12"), "alice@example.test", fx.message("While stopped"), "new")
            self.assertEqual(headers.get("x-spam-status"), ["unscanned, timeout"])
            self.assertLess(time.monotonic() - started, 10, "the timeout is spam.timeout (1 s), not more")
            state = fx.wait_until(lambda: (s := self.state()).startswith("degraded") and s, 5, what="a degraded state")
            self.assertIn(f"spam filter: rspamd at {self.rspamd.address}", state)
        finally:
            for pid in workers:
                os.kill(pid, signal.SIGCONT)
        headers, _ = self.deliver_one(self.smtp(source="127.0.0.12"), "alice@example.test", fx.message("Running again"), "new")
        self.assertTrue(headers.get("x-spam-status", [""])[0].startswith("No, score="), f"got {headers.get('x-spam-status')}")
        fx.wait_until(lambda: self.state() == "running", 5, what="the state running again")


class BadRspamdHandler(http.server.BaseHTTPRequestHandler):
    """Answers /checkv2 the way the class says (mode), each time once."""
    mode = "good"
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        mode = BadRspamdHandler.mode
        if mode == "not http":
            self.wfile.write(b"SPAMD/1.1 0 EX_OK\r\n\r\n")
        elif mode == "never ends":
            self.send_response(200)
            self.send_header("Content-Length", "1000")
            self.end_headers()
            self.wfile.write(b'{"score": 1.0')
            self.wfile.flush()
            time.sleep(5)
        else:
            status, body = {
                "http error": (500, b'{"error":"Internal error"}'),
                "not json": (200, b"<html>rspamd</html>"),
                "no score": (200, b'{"action":"no action","symbols":{}}'),
                "good": (200, json.dumps({"score": 0.5, "required_score": 15.0, "action": "no action",
                                          "symbols": {"MIME_GOOD": {"name": "MIME_GOOD", "score": -0.1}}}).encode()),
            }[mode]
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        self.close_connection = True

    def log_message(self, *args):
        pass


class RspamdBadReplies(SpamTestCase):
    USERS = ["alice@example.test"]

    @classmethod
    def configure(cls):
        cls.http = http.server.ThreadingHTTPServer(("127.0.0.1", 0), BadRspamdHandler)
        cls.http.daemon_threads = True
        threading.Thread(target=cls.http.serve_forever, daemon=True).start()
        cls.addClassCleanup(cls.http.server_close)
        cls.addClassCleanup(cls.http.shutdown)
        cls.SETTINGS = {"spam.backend": "rspamd", "spam.address": f"127.0.0.1:{cls.http.server_address[1]}", "spam.timeout": "1"}
        super().configure()

    def test_bad_replies_are_unscanned(self):
        for mode, status in (("not http", "unavailable"), ("http error", "unavailable"), ("not json", "unavailable"),
                             ("no score", "unavailable"), ("never ends", "timeout")):
            with self.subTest(mode=mode):
                BadRspamdHandler.mode = mode
                headers, _ = self.deliver_one(self.smtp(source="127.0.0.12"), "alice@example.test",
                                              fx.message(f"Reply {mode}", body=GTUBE), "new")
                self.assertEqual(headers.get("x-spam-status"), [f"unscanned, {status}"], f"rspamd stand-in answering {mode}")
                self.assertNotIn("x-spam-flag", headers)
                self.assertTrue(self.state().startswith("degraded: spam filter: rspamd"), f"State: got {self.state()!r}")
        self.assertEqual(len(self.events_of("filter_degraded")), 1, "one event while it stays degraded, not one per message")
        self.assertEqual(self.engine.counter("spam"), 0)
        BadRspamdHandler.mode = "good"
        headers, _ = self.deliver_one(self.smtp(source="127.0.0.12"), "alice@example.test", fx.message("Good again"), "new")
        self.assertEqual(headers["x-spam-status"], ["No, score=0.5 required=5.0 tests=MIME_GOOD"])
        fx.wait_until(lambda: self.state() == "running", 5, what="the state running again")


if __name__ == "__main__":
    fx.main()
