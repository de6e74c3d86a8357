#!/usr/bin/env python3
"""e2e.send.direct_mx / give_up: mail for other domains goes to their MX, a real Postfix on
loopback, found through dnsmasq; 4xx replies defer it, 5xx replies and a null MX return it to
the sender as an RFC 3464 report; a message that waits too long gets a delay warning, then
comes back; per-destination routes; `doorstepctl queue bounce` and `relay test`.

Peers: the MX (Postfix with STARTTLS and a policy server that answers 4xx or accepts as the
test says), a closed address as the preferred MX of pref.test, a null MX, and a second
Postfix that only a route leads to.
"""

import time

from doorstep_fixture import main, wait_until
from send_fixture import SendTestCase, header_values, received_chain

FAR = "far.test"


class DirectMx(SendTestCase):
    """e2e.send.direct_mx."""

    RELAY = [("127.0.0.9", "RELAY")]

    @classmethod
    def start_peers(cls):
        cls.answers = cls.policy()
        address = cls.net.address()
        cls.literal = f"lit@[{address}]"  # an address literal names the MX itself (RFC 5321 4.1.3)
        cls.mx = cls.postfix("mx", "mx.far.test", address=address, tls=cls.certificate("mx.far.test"), policy=cls.answers,
                             mailboxes=["bob@far.test", "carol@far.test", "later@far.test", "stuck@far.test", "bob@pref.test",
                                        cls.literal])
        # Only a route leads here; it also hosts bob@far.test, so far.test mail that wrongly
        # took the route would show.
        # On a port of its own, which only the route names.
        address = cls.net.address()
        cls.routed = cls.postfix("route", "relay.example-a.test", address=address, port=cls.net.free_port(address),
                                 mailboxes=["ann@example-a.test", "bob@far.test"])
        down = cls.net.address()  # nothing listens there
        return [
            ("mx", FAR, "mx.far.test", 10),
            ("a", "mx.far.test", cls.mx.address),
            ("mx", "pref.test", "down.pref.test", 10),
            ("a", "down.pref.test", down),
            ("mx", "pref.test", "mx2.pref.test", 20),
            ("a", "mx2.pref.test", cls.mx.address),
            ("raw", "nullmx.test", 15, "000000"),  # MX 0 "." (RFC 7505)
            ("a", "nullmx.test", cls.mx.address),
        ]

    def test_direct_delivery(self):
        queue_id, tag = self.submit("bob@far.test")
        raw = self.wait_arrival(self.mx, "bob@far.test", tag, queue_id)
        self.wait_gone(queue_id)
        head = header_values
        # Return-Path and Delivered-To are the final MTA's (RFC 5321 4.4), never Doorstep's.
        self.assertEqual(head(raw, "return-path"), ["<alice@example.test>"],
                         f"Return-Path at the MX: got {head(raw, 'return-path')}, want exactly Postfix's <alice@example.test>")
        self.assertEqual(head(raw, "delivered-to"), ["bob@far.test"],
                         f"Delivered-To at the MX: got {head(raw, 'delivered-to')}, want exactly Postfix's bob@far.test")
        chain = received_chain(raw)
        self.assertGreaterEqual(len(chain), 2, f"Received chain: got {chain}, want Postfix's over Doorstep's")
        top, ours = chain[0], chain[1]
        self.assertIn("by mx.far.test (Postfix)", top, f"top Received: got {top!r}, want the MX's")
        self.assertTrue(top.startswith(f"from {self.HOSTNAME} "), f"top Received: got {top!r}, want EHLO {self.HOSTNAME} (identity.hostname)")
        self.assertIn("with ESMTPS", top, f"top Received: got {top!r}, want ESMTPS (STARTTLS offered, so used)")
        self.assertIn(f"by {self.HOSTNAME}", ours, f"second Received: got {ours!r}, want Doorstep's own")
        self.assertIn(queue_id, ours, f"second Received: got {ours!r}, want Doorstep's queue id {queue_id}")
        self.assertEqual(len(header_values(raw, "message-id")), 1, "Message-ID: want exactly the original one")

    def test_one_transaction_per_destination(self):
        asked_before = len(self.answers.requests)
        queue_id, tag = self.submit(["bob@far.test", "carol@far.test", "nobody@far.test"])
        bob = self.wait_arrival(self.mx, "bob@far.test", tag)
        carol = self.wait_arrival(self.mx, "carol@far.test", tag)
        report = self.wait_report(tag, "failed", queue_id)
        self.wait_gone(queue_id)

        def postfix_id(raw):
            return received_chain(raw)[0].split(" id ", 1)[1].split()[0].rstrip(";")

        self.assertEqual(postfix_id(bob), postfix_id(carol),
                         "Postfix queue ids of bob's and carol's copies: got two, want one transaction for both recipients")
        # Postfix names each transaction ("instance") in its policy requests.
        instances = {r["instance"] for r in self.answers.requests[asked_before:] if r.get("recipient") in ("bob@far.test", "carol@far.test")}
        self.assertEqual(len(instances), 1, f"policy requests for bob and carol: got transactions {instances}, want one")
        self.assertReport(report, "nobody@far.test", "failed", "5", "User unknown in virtual mailbox table", tag)
        finals = [r.get("Final-Recipient") for r in report.per_recipient]
        self.assertEqual(len(finals), 1, f"report recipients: got {finals}, want only nobody@far.test (the others were delivered)")

    def test_mx_preference_fallback(self):
        queue_id, tag = self.submit("bob@pref.test")
        self.wait_arrival(self.mx, "bob@pref.test", tag, queue_id)
        self.wait_gone(queue_id)
        deferred = self.events_about(queue_id, "deferred")
        self.assertEqual(deferred, [], f"events: got {deferred}, want none deferred (MX 20 takes it in the same attempt as MX 10 fails)")

    def test_address_literal_recipient(self):
        # No DNS for a domain literal: the mail goes to that address (RFC 5321 4.1.3, 5.1).
        queue_id, tag = self.submit(self.literal)
        self.wait_arrival(self.mx, self.literal, tag, queue_id)
        self.wait_gone(queue_id)

    def test_deferral_then_success(self):
        self.answers.answer("later@far.test", "451 4.3.0 try later")
        queue_id, tag = self.submit("later@far.test")
        entry = self.wait_deferred(queue_id, ["451", "4.3.0", "try later"])
        self.assertIn("mx.far.test", entry["last_error"], f"last error: got {entry['last_error']!r}, want the remote's name")
        shown = self.engine.ctl_json("queue", "show", queue_id)
        recipient = (shown.get("recipients") or [{}])[0]
        self.assertIn("try later", recipient.get("last_error", ""), f"queue show recipient: got {recipient}, want the remote's reply")
        self.assertEqual(self.mx.find(tag), [], "the MX refused it with 451: want nothing delivered yet")
        self.assertNoReport(tag)

        self.answers.answer("later@far.test", None)
        self.wait_arrival(self.mx, "later@far.test", tag, queue_id)
        self.wait_gone(queue_id)
        self.assertGreaterEqual(len(self.answers.requests_for("later@far.test")), 2,
                                "policy requests for later@far.test: want the refused attempt and the retry")
        self.assertNoReport(tag)

    def test_unknown_user_bounces_with_dsn(self):
        queue_id, tag = self.submit("nobody@far.test")
        report = self.wait_report(tag, "failed", queue_id)
        self.wait_gone(queue_id)
        fields = self.assertReport(report, "nobody@far.test", "failed", "5",
                                   ["550", "5.1.1", "User unknown in virtual mailbox table"], tag)
        self.assertEqual(fields.get("Status").strip(), "5.1.1", f"Status: got {fields.get('Status')!r}, want the remote's 5.1.1")
        remote = fields.get("Remote-MTA") or ""
        self.assertIn("mx.far.test", remote, f"Remote-MTA: got {remote!r}, want 'dns; mx.far.test'")
        self.assertIn(self.HOSTNAME, report.per_message.get("Reporting-MTA", ""), "Reporting-MTA: want identity.hostname")
        to = header_values(report.raw, "to")
        self.assertTrue(to and "alice@example.test" in to[0], f"report To: got {to}, want the sender")
        bounced = self.events_about(queue_id, "bounced")
        self.assertTrue(bounced, f"events: got none 'bounced' about {queue_id}, want one")

    def test_null_sender_gets_no_bounce(self):
        null_id, null_tag = self.relay_client_submit("127.0.0.9", "", "nobody@far.test", from_header="MAILER-DAEMON@example.test")
        # A control message from alice to the same unknown user: its report proves reports work.
        queue_id, tag = self.submit("nobody@far.test")
        self.wait_report(tag, "failed", queue_id)
        self.wait_gone(null_id)
        self.assertIn("from=<> to=<nobody@far.test>", self.mx.log(), "Postfix log: want the null sender's attempt refused")
        time.sleep(1)  # a report about it would be queued right after the failure
        log = self.engine.log_text()
        lines = [line for line in log.splitlines() if null_id in line and "report" in line and "queued" in line]
        self.assertEqual(lines, [], f"engine log: got {lines}, want no report queued about {null_id} (null sender)")
        self.assertEqual(self.engine.queue(), [], "queue: want nothing (no report to <> waiting anywhere)")

    def test_null_mx_bounces_at_once(self):
        queue_id, tag = self.submit("someone@nullmx.test")
        report = self.wait_report(tag, "failed", queue_id)
        self.wait_gone(queue_id)
        fields = self.assertReport(report, "someone@nullmx.test", "failed", "5", None, tag)
        self.assertEqual(fields.get("Status").strip(), "5.1.10", f"Status: got {fields.get('Status')!r}, want 5.1.10 (RFC 7505)")
        self.assertIn("null MX", fields.get("Diagnostic-Code") or "", f"Diagnostic-Code: got {fields.get('Diagnostic-Code')!r}")
        self.assertEqual(self.events_about(queue_id, "deferred"), [], "a null MX is final: want no deferral first")
        self.assertNothingArrived(self.mx, tag, "nullmx.test's A record points here, but a null MX means no mail")

    def test_queue_bounce_command(self):
        self.answers.answer("stuck@far.test", "451 4.3.0 try later")
        self.addCleanup(self.answers.answer, "stuck@far.test", None)
        queue_id, tag = self.submit("stuck@far.test")
        self.wait_deferred(queue_id, "try later")
        result = self.engine.ctl("queue", "bounce", queue_id, check=False)
        if result.returncode != 0 and "being delivered" in result.stderr:  # caught mid-retry: once more
            time.sleep(1)
            result = self.engine.ctl("queue", "bounce", queue_id, check=False)
        self.assertEqual(result.returncode, 0, f"queue bounce {queue_id}: got exit {result.returncode} ({result.stderr.strip()!r}), want 0")
        report = self.wait_report(tag, "failed", queue_id)
        self.wait_gone(queue_id)
        self.assertReport(report, "stuck@far.test", "failed", "5", "try later", tag)
        self.assertNothingArrived(self.mx, tag, "bounced before the MX accepted it")
        unknown = self.engine.ctl("queue", "bounce", queue_id, check=False)
        self.assertEqual(unknown.returncode, 1, f"queue bounce of an id no longer queued: got exit {unknown.returncode}, want 1")

    def test_relay_test_prints_remote_reply(self):
        result = self.engine.ctl("relay", "test", "carol@far.test", check=False)
        self.assertEqual(result.returncode, 0, f"relay test carol@far.test: got exit {result.returncode} ({result.stderr.strip()!r}), want 0")
        out = result.stdout.strip()
        self.assertIn("250 2.0.0 Ok: queued as ", out, f"relay test output: got {out!r}, want the MX's 250 reply")
        postfix_id = out.rsplit("queued as ", 1)[1].split()[0]
        try:
            wait_until(lambda: f"{postfix_id}: to=<carol@far.test>" in self.mx.log(), 10, what="Postfix's delivery")
        except TimeoutError:
            self.fail(f"Postfix log: want {postfix_id} (from the reply) delivered to carol")
        refused = self.engine.ctl("relay", "test", "nobody@far.test", check=False)
        self.assertEqual(refused.returncode, 1, f"relay test nobody@far.test: got exit {refused.returncode}, want 1 (refused)")
        self.assertIn("User unknown", refused.stderr, f"relay test nobody@far.test: got {refused.stderr.strip()!r}, want Postfix's reason")
        local = self.engine.ctl("relay", "test", "alice@example.test", check=False)
        self.assertEqual(local.returncode, 1, f"relay test of a local address: got exit {local.returncode}, want 1")

    def test_route_takes_only_its_domain(self):
        self.engine.ctl("route", "set", "example-a.test", self.routed.hostport)
        self.addCleanup(self.engine.ctl, "route", "remove", "example-a.test", check=False)
        routes = [r for r in self.engine.ctl_json("route", "list") if r["destination"] == "example-a.test"]
        self.assertTrue(routes and self.routed.address in routes[0]["next_hop"] and str(self.routed.port) in routes[0]["next_hop"],
                        f"route list: got {routes}, want example-a.test through {self.routed.spec}")
        queue_id, tag = self.submit(["ann@example-a.test", "bob@far.test"])
        self.wait_arrival(self.routed, "ann@example-a.test", tag, queue_id)
        self.wait_arrival(self.mx, "bob@far.test", tag, queue_id)
        self.wait_gone(queue_id)
        self.assertEqual(self.routed.find(tag, "bob@far.test"), [], "far.test has no route: want it by MX, not through the route")

    def test_route_next_hop_in_brackets(self):
        # DESIGN.md: "[host] skips the MX lookup"; mailertable and Postfix write an address so.
        result = self.engine.ctl("route", "set", "example-b.test", self.routed.spec, check=False)
        self.addCleanup(self.engine.ctl, "route", "remove", "example-b.test", check=False)
        self.assertEqual(result.returncode, 0, f"route set example-b.test {self.routed.spec}: got exit {result.returncode} "
                                               f"({result.stderr.strip()!r}), want 0")


class GiveUp(SendTestCase):
    """e2e.send.give_up: an MX that answers 451 forever; the sender gets one delay warning
    after queue.warn_after, then the report after queue.bounce_after."""

    RETRY_SCHEDULE = "1"
    WARN_AFTER = 2
    BOUNCE_AFTER = 6
    SETTINGS = {"queue.warn_after": WARN_AFTER, "queue.bounce_after": BOUNCE_AFTER}

    @classmethod
    def start_peers(cls):
        cls.answers = cls.policy()
        cls.answers.answer("*", "451 4.3.0 try later")
        cls.mx = cls.postfix("mx", "mx.far.test", mailboxes=["stuck@far.test"], policy=cls.answers)
        return [("mx", FAR, "mx.far.test", 10), ("a", "mx.far.test", cls.mx.address)]

    def test_delay_warning_then_bounce(self):
        started = time.monotonic()
        queue_id, tag = self.submit("stuck@far.test")
        self.wait_deferred(queue_id, "try later")
        warning = self.wait_report(tag, "delayed", queue_id, timeout=self.WARN_AFTER + 15)
        warned_after = time.monotonic() - started
        self.assertGreaterEqual(warned_after, self.WARN_AFTER - 0.5, f"delay warning after {warned_after:.1f} s, want >= warn_after")
        fields = self.assertReport(warning, "stuck@far.test", "delayed", "4", "try later", tag)
        self.assertIsNotNone(self.entry(queue_id), "after a delay warning the message stays queued")
        self.assertTrue(fields.get("Will-Retry-Until"), f"delay warning: got {dict(fields.items())}, want Will-Retry-Until")

        report = self.wait_report(tag, "failed", queue_id, timeout=self.BOUNCE_AFTER + 15)
        bounced_after = time.monotonic() - started
        self.assertGreaterEqual(bounced_after, self.BOUNCE_AFTER - 0.5, f"bounce after {bounced_after:.1f} s, want >= bounce_after")
        self.wait_gone(queue_id)
        self.assertReport(report, "stuck@far.test", "failed", "5", "try later", tag)
        warnings = self.reports(self.SENDER, tag, "delayed")
        self.assertEqual(len(warnings), 1, f"delay warnings: got {len(warnings)}, want exactly one")
        self.assertGreaterEqual(len(self.answers.requests_for("stuck@far.test")), 3, "want several attempts along retry_schedule")
        self.assertNothingArrived(self.mx, tag, "the MX never accepted it")


if __name__ == "__main__":
    main()
