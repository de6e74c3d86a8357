"""Fixture of the end-to-end tests of sending (issue 5): a real doorstepd (doorstep_fixture)
whose mail leaves for real peers on loopback (postfix_fixture).

Per test class (SendTestCase): a directory of peers, a Loopback plan (random 127.x.y.z
addresses sharing one port, which becomes the engine's `relay.mx_port`), the peers the class
starts in start_peers() (which returns the DNS records that point at them), then the engine
with `dns.servers` at the class's dnsmasq, `identity.hostname` HOSTNAME, a short
`queue.retry_schedule`, and `relay.probe_host` at a closed loopback port (never the default's
Internet host). Mail is submitted as a user with AUTH (submission) or from a RELAY client.

Waits are bounded; on a failing test the engine log, dnsmasq's and every peer's log are
printed (EngineTestCase.run), and a timed-out wait says what the queue held.
"""

import email
import email.policy
import os
import shutil
import tempfile
import time
import unittest
import uuid

from doorstep_fixture import (KEEP, PASSWORD, EngineTestCase, log, message, read_maildir_message, register_stopper,
                              wait_until)
from postfix_fixture import Certificate, DovecotAuth, Loopback, PolicyServer, PostfixPeer, closed_port, missing_programs

ARRIVAL_TIMEOUT = 20.0  # a delivery, a retry or a report: seconds, with the schedules below


def headers_in_order(raw):
    """[(name lower case, unfolded value)] of a message's header block, in order."""
    parsed = email.message_from_bytes(raw, policy=email.policy.compat32)
    return [(name.lower(), " ".join(str(value).split())) for name, value in parsed.items()]


def header_values(raw, name):
    return [value for n, value in headers_in_order(raw) if n == name.lower()]


class Report:
    """A delivery status notification (RFC 3464) as Python's email package parses it."""

    def __init__(self, raw):
        self.raw = raw
        self.message = email.message_from_bytes(raw, policy=email.policy.compat32)
        parts = self.message.get_payload() if self.message.is_multipart() else []
        self.parts = parts
        self.status = next((p for p in parts if p.get_content_type() == "message/delivery-status"), None)
        blocks = self.status.get_payload() if self.status is not None else []
        self.per_message = blocks[0] if blocks else None
        self.per_recipient = blocks[1:]
        self.original = next((p for p in parts if p.get_content_type() in ("text/rfc822-headers", "message/rfc822")), None)

    def actions(self):
        return [(r.get("Action") or "").strip().lower() for r in self.per_recipient]

    def recipient(self, address):
        for r in self.per_recipient:
            if address.lower() in (r.get("Final-Recipient") or "").lower():
                return r
        return None

    def original_text(self):
        if self.original is None:
            return ""
        payload = self.original.get_payload()
        if isinstance(payload, list):  # message/rfc822
            return "".join(p.as_string() for p in payload)
        return self.original.get_payload(decode=True).decode(errors="replace")


class SendTestCase(EngineTestCase):
    """One engine and the peers of start_peers() per class; see the module docstring."""

    DOMAINS = ["example.test"]
    USERS = ["alice@example.test"]
    SENDER = "alice@example.test"
    HOSTNAME = "doorstep.example.test"
    RETRY_SCHEDULE = "2"  # seconds: a deferred message is tried again soon
    SETTINGS = {}
    DNS = []

    peers = []
    net = None

    # -- set-up --

    @classmethod
    def setUpClass(cls):
        missing = missing_programs()
        if missing:
            raise unittest.SkipTest(f"peers missing: {', '.join(missing)} (scripts/bootstrap --test-peers)")
        if os.geteuid() != 0:
            raise unittest.SkipTest("a private Postfix instance needs root")
        cls.peer_dir = tempfile.mkdtemp(prefix=f"doorstep-e2e-{cls.__name__}-peers-")
        os.chmod(cls.peer_dir, 0o755)
        if KEEP:
            log(f"keeping {cls.peer_dir}")
        else:
            cls.addClassCleanup(shutil.rmtree, cls.peer_dir, True)
        cls.peers = []
        cls.net = Loopback()
        try:
            cls.DNS = list(cls.start_peers())
        except Exception:
            for peer in cls.peers:
                log(f"---- {peer} ----\n{peer_log(peer)}")
            raise
        super().setUpClass()

    @classmethod
    def start_peers(cls):
        """Starts the class's peers (cls.postfix, cls.dovecot, ...); returns its DNS records."""
        return []

    @classmethod
    def _started(cls, peer):
        cls.peers.append(peer)
        register_stopper(peer.stop)
        cls.addClassCleanup(peer.stop)
        peer.start()
        return peer

    @classmethod
    def postfix(cls, name, hostname, address=None, port=None, **kwargs):
        """A Postfix peer on address (a new one by default) and the MX port (by default)."""
        address = address or cls.net.address()
        return cls._started(PostfixPeer(os.path.join(cls.peer_dir, name), address, port or cls.net.port, hostname, **kwargs))

    @classmethod
    def certificate(cls, common_name):
        return Certificate(cls.peer_dir, common_name)

    @classmethod
    def dovecot(cls, name, users):
        return cls._started(DovecotAuth(os.path.join(cls.peer_dir, name), users))

    @classmethod
    def policy(cls):
        server = PolicyServer()
        cls.addClassCleanup(server.stop)
        return server.start()

    @classmethod
    def configure(cls):
        e = cls.engine
        e.set("dns.servers", cls.dns.spec)
        e.set("identity.hostname", cls.HOSTNAME)
        e.set("relay.mx_port", cls.net.port)
        e.set("relay.probe_host", f"127.0.0.1:{closed_port()}")
        e.set("queue.retry_schedule", cls.RETRY_SCHEDULE)
        super().configure()

    def tearDown(self):
        # What a test left in the queue must not be delivered during the next one.
        for entry in self.engine.queue():
            self.engine.ctl("queue", "remove", entry["id"], check=False)
        super().tearDown()

    def failure_logs(self):
        logs = super().failure_logs()
        for peer in self.peers:
            logs.append((f"{peer} (last lines of {getattr(peer, 'log_path', 'its log')})", peer_log(peer)))
        return logs

    # -- sending --

    @staticmethod
    def marker():
        return f"e2e-{uuid.uuid4().hex[:12]}"

    def compose(self, to, sender=None, tag=None, extra_headers=(), from_header=None):
        """(tag, bytes) of a message whose Subject carries a unique tag."""
        tag = tag or self.marker()
        to_list = to if isinstance(to, (list, tuple)) else [to]
        raw = message(f"send {tag}", body=f"Body of {tag}.\r\n.A line that starts with a dot.\r\nLast line.",
                      sender=from_header or sender or self.SENDER, to=", ".join(to_list), extra_headers=extra_headers)
        return tag, raw

    def submit(self, to, user=None, extra_headers=(), from_header=None):
        """Submits a message as user (AUTH on submission); returns (queue id, tag)."""
        user = user or self.SENDER
        tag, raw = self.compose(to, sender=user, extra_headers=extra_headers, from_header=from_header)
        client = self.submission(user, PASSWORD)
        queue_id = self.send_ok(client, user, to if isinstance(to, (list, tuple)) else [to], raw)
        client.quit()
        return queue_id, tag

    def relay_client_submit(self, source, sender, to, extra_headers=(), from_header=None):
        """Sends from a RELAY client's address over the MTA listener; returns (queue id, tag)."""
        tag, raw = self.compose(to, sender=sender, extra_headers=extra_headers, from_header=from_header)
        client = self.smtp(source=source)
        queue_id = self.send_ok(client, sender, to if isinstance(to, (list, tuple)) else [to], raw)
        client.quit()
        return queue_id, tag

    # -- the queue --

    def entry(self, queue_id):
        return next((e for e in self.engine.queue() if e["id"] == queue_id), None)

    def wait_entry(self, queue_id, predicate, what, timeout=ARRIVAL_TIMEOUT):
        """Waits until the queue entry of queue_id satisfies predicate; returns it. Fails at once
        when the message has left the queue (delivered or given up): it cannot come back."""

        def satisfied():
            e = self.entry(queue_id)
            if e is None:
                self.fail(f"queue entry {queue_id}: gone (delivered or given up), want {what}")
            return predicate(e) and e

        try:
            return wait_until(satisfied, timeout, interval=0.2, what=what)
        except TimeoutError:
            self.fail(f"queue entry {queue_id}: got {self.entry(queue_id)} after {timeout} s, want {what}")

    def wait_deferred(self, queue_id, containing=(), timeout=ARRIVAL_TIMEOUT):
        """Waits until queue_id is deferred with a last error containing every string given."""
        containing = [containing] if isinstance(containing, str) else list(containing)
        return self.wait_entry(queue_id, lambda e: e["state"] == "deferred" and all(c in (e.get("last_error") or "") for c in containing),
                               f"state deferred with a last error containing {containing}", timeout)

    def wait_gone(self, queue_id, timeout=ARRIVAL_TIMEOUT):
        try:
            wait_until(lambda: self.entry(queue_id) is None, timeout, interval=0.2, what=f"{queue_id} to leave the queue")
        except TimeoutError:
            self.fail(f"queue entry {queue_id}: got {self.entry(queue_id)} after {timeout} s, want it gone (delivered or given up)")

    def events_about(self, queue_id, kind=None):
        return [e for e in self.engine.events()
                if (kind is None or e["kind"] == kind) and queue_id in (e.get("summary", "") + str(e.get("details", {})))]

    # -- what arrived --

    def wait_arrival(self, peer, address, tag, queue_id=None, timeout=ARRIVAL_TIMEOUT, count=1):
        """Waits until count copies tagged tag are in address's Maildir at peer; returns the first.
        With queue_id (a message that should reach all its recipients), fails at once when the
        engine logs that it gave up a recipient of it."""

        def arrived():
            found = peer.find(tag, address)
            if len(found) < count and queue_id:
                failed = [line for line in self.engine.log_text().splitlines() if f"{queue_id} failed:" in line]
                if failed:
                    self.fail(f"{peer}: message {queue_id} ({tag}) for {address} will not arrive: the engine logged {failed[-1]!r}")
            return len(found) >= count and found

        try:
            found = wait_until(arrived, timeout, interval=0.1, what=f"{tag} at {peer}")
        except TimeoutError:
            self.fail(f"{peer}: message {tag} for {address}: got {len(peer.find(tag, address))} copies after {timeout} s, want {count}; "
                      f"queue: {self.engine.queue()}")
        return found[0]

    def assertNothingArrived(self, peer, tag, what):
        got = peer.find(tag)
        self.assertEqual(got, [], f"{peer}: {what}: got {len(got)} message(s) tagged {tag}, want none")

    def reports(self, address, tag, action=None):
        """Reports (DSNs) about the message tagged tag in the local Maildir of address."""
        found = []
        for path in self.engine.maildir_files(address):
            raw = read_maildir_message(path)
            if tag.encode() not in raw or b"delivery-status" not in raw:
                continue
            report = Report(raw)
            if action is None or action in report.actions():
                found.append(report)
        return found

    def wait_report(self, tag, action, queue_id=None, address=None, timeout=ARRIVAL_TIMEOUT):
        """Waits for a report with this Action about the message tagged tag; returns it. Fails at
        once when the engine logs that it could not queue a report about queue_id."""
        address = address or self.SENDER

        def arrived():
            found = self.reports(address, tag, action)
            if not found and queue_id:
                failed = [line for line in self.engine.log_text().splitlines() if f"{queue_id} cannot queue the" in line]
                if failed:
                    self.fail(f"no report '{action}' about {queue_id} ({tag}): the engine logged {failed[-1]!r}")
            return found and found[0]

        try:
            return wait_until(arrived, timeout, interval=0.1, what=f"a report '{action}' about {tag}")
        except TimeoutError:
            others = [r.actions() for r in self.reports(address, tag)]
            self.fail(f"Maildir of {address}: no report with Action '{action}' about {tag} after {timeout} s "
                      f"(reports about it: {others}; files: {len(self.engine.maildir_files(address))}); queue: {self.engine.queue()}")

    def assertReport(self, report, recipient, action, status_class, diagnostic=None, tag=None):
        """A valid RFC 3464 report about recipient: structure, fields and the original's headers."""
        m = report.message
        self.assertEqual(m.get_content_type(), "multipart/report", f"report Content-Type: got {m.get_content_type()}")
        self.assertEqual((m.get_param("report-type") or "").lower(), "delivery-status",
                         f"report-type: got {m.get_param('report-type')!r}, want delivery-status")
        self.assertEqual(header_values(report.raw, "return-path"), ["<>"],
                         f"the report's Return-Path: got {header_values(report.raw, 'return-path')}, want <> (the null sender)")
        self.assertTrue(report.parts and report.parts[0].get_content_type() == "text/plain",
                        f"first part: got {[p.get_content_type() for p in report.parts]}, want text/plain for people first")
        self.assertIsNotNone(report.status, f"parts: got {[p.get_content_type() for p in report.parts]}, want message/delivery-status")
        self.assertIsNotNone(report.per_message, "message/delivery-status: want a per-message block")
        self.assertTrue((report.per_message.get("Reporting-MTA") or "").startswith("dns;"),
                        f"Reporting-MTA: got {report.per_message.get('Reporting-MTA')!r}, want 'dns; <host>'")
        fields = report.recipient(recipient)
        self.assertIsNotNone(fields, f"per-recipient blocks: got {[dict(r.items()) for r in report.per_recipient]}, "
                                     f"want Final-Recipient {recipient}")
        self.assertTrue((fields.get("Final-Recipient") or "").replace(" ", "").lower().startswith("rfc822;"),
                        f"Final-Recipient: got {fields.get('Final-Recipient')!r}, want 'rfc822; {recipient}'")
        self.assertEqual((fields.get("Action") or "").strip().lower(), action, f"Action: got {fields.get('Action')!r}, want {action}")
        status = (fields.get("Status") or "").strip()
        self.assertRegex(status, rf"^{status_class}\.\d{{1,3}}\.\d{{1,3}}$", f"Status: got {status!r}, want {status_class}.x.x")
        if diagnostic is not None:
            got = " ".join((fields.get("Diagnostic-Code") or "").split())
            self.assertTrue(got.lower().startswith("smtp;") or got.lower().startswith("x-"),
                            f"Diagnostic-Code: got {got!r}, want a type ('smtp; ...')")
            for words in [diagnostic] if isinstance(diagnostic, str) else diagnostic:
                self.assertIn(words, got, f"Diagnostic-Code: got {got!r}, want it to contain {words!r}")
        self.assertIsNotNone(report.original, f"parts: got {[p.get_content_type() for p in report.parts]}, "
                                              "want the original's headers (text/rfc822-headers)")
        original = report.original_text()
        if tag is not None:
            self.assertIn(f"Subject: send {tag}", original, f"original headers in the report: got {original[:400]!r}, want its Subject")
            self.assertNotIn(f"Body of {tag}", original if report.original.get_content_type() == "text/rfc822-headers" else "",
                             "text/rfc822-headers: got the body too, want the headers only")
        return fields

    def assertNoReport(self, tag, address=None):
        address = address or self.SENDER
        got = [r.actions() for r in self.reports(address, tag)]
        self.assertEqual(got, [], f"Maildir of {address}: got reports {got} about {tag}, want none")


def peer_log(peer, lines=40):
    if hasattr(peer, "log_tail"):
        return peer.log_tail(lines)
    return "\n".join(peer.log().splitlines()[-lines:])


def received_chain(raw):
    """The Received headers, topmost (the last hop) first."""
    return header_values(raw, "received")


def since(started):
    return time.monotonic() - started
