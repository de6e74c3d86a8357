#!/usr/bin/env python3
"""e2e.greylist.*: greylisting at RCPT with delays of a few seconds, over real SMTP (Python's
smtplib and a byte-level client) against a real doorstepd: the first attempt and an early retry
get 451 4.7.1, a retry after greylist.delay gets 250 and confirms the triplet, and triplets
expire (unconfirmed after greylist.expire_unconfirmed, confirmed after greylist.expire_confirmed
without use). Allow patterns (network, address, sender, sender domain), authenticated sessions
and RELAY/OK clients skip greylisting."""

import re
import time
import uuid

from doorstep_fixture import EngineTestCase, main, message, reply_text, wait_until

DELAY = 2               # greylist.delay, seconds
EXPIRE_UNCONFIRMED = 5  # greylist.expire_unconfirmed
EXPIRE_CONFIRMED = 5    # greylist.expire_confirmed
RETRY_HINT = re.compile(r"Greylisted, please try again in (\d+) seconds")


class GreylistCase(EngineTestCase):
    SETTINGS = {
        "greylist.enabled": "true",
        "greylist.delay": DELAY,
        "greylist.expire_unconfirmed": EXPIRE_UNCONFIRMED,
        "greylist.expire_confirmed": EXPIRE_CONFIRMED,
        "greylist.prefix_v4": 32,  # each loopback source address is its own network
    }

    @staticmethod
    def unique_sender():
        return f"g{uuid.uuid4().hex[:10]}@sender.test"

    def rcpt(self, sender, recipient="alice@example.test", source=None, data=False):
        """(code, status, text) of RCPT TO in a fresh session; with data=True an accepted
        recipient also gets a message, whose 250 is checked."""
        client = self.raw(source=source)
        self.assertReply(client.command("EHLO client.sender.test"), 250, None, "EHLO")
        self.assertReply(client.command(f"MAIL FROM:<{sender}>"), 250, "2.1.0", f"MAIL FROM:<{sender}>")
        code, lines = client.command(f"RCPT TO:<{recipient}>")
        status = lines[0].split(" ", 1)[0] if lines else ""
        if code == 250 and data:
            self.assertReply(client.command("DATA"), 354, None, "DATA")
            client.send(message("greylisted once", sender=sender, to=recipient) + b".\r\n")
            self.assertReply(client.reply(), 250, "2.0.0", "end of DATA after the greylisting")
        client.command("QUIT")
        return code, status, reply_text(code, lines)

    def assertGreylisted(self, got, what):
        code, status, text = got
        self.assertEqual((code, status), (451, "4.7.1"), f"{what}: got {text}, want 451 4.7.1")
        hint = RETRY_HINT.search(text)
        self.assertIsNotNone(hint, f"{what}: got {text}, want 'Greylisted, please try again in N seconds'")
        return int(hint.group(1))

    def assertAccepted(self, got, what):
        code, status, text = got
        self.assertEqual((code, status), (250, "2.1.5"), f"{what}: got {text}, want 250 2.1.5")

    def triplets(self):
        return {t["triplet"]: t for t in self.engine.ctl_json("greylist", "list")}


class Flow(GreylistCase):
    """e2e.greylist.flow: 451, early retry 451, retry after the delay 250 (and the message is
    taken), confirmed afterwards; counted as greylisted, not rejected; events and list."""

    def test_first_early_and_late_retry(self):
        sender = self.unique_sender()
        greylisted_before = self.engine.counter("greylisted")
        rejected_before = self.engine.counter("rejected")
        started = time.monotonic()
        hint = self.assertGreylisted(self.rcpt(sender), "first attempt")
        self.assertEqual(hint, DELAY, f"retry hint of the first attempt: got {hint} s, want greylist.delay ({DELAY} s)")
        early = self.assertGreylisted(self.rcpt(sender), "retry at once")
        self.assertLessEqual(early, DELAY, f"retry hint of an early retry: got {early} s, want at most {DELAY}")
        # smtplib as an MTA retries it: still too early, then after the delay.
        with self.smtp() as client:
            client.ehlo("client.sender.test")
            client.mail(sender)
            code, text = client.rcpt("alice@example.test")
            self.assertEqual(code, 451, f"smtplib RCPT before the delay: got {code} {text!r}, want 451")
        time.sleep(max(0.0, started + DELAY + 0.3 - time.monotonic()))
        self.assertAccepted(self.rcpt(sender, data=True), f"retry after {DELAY} s")
        # The greylist history reaches the built-in spam scorer (spam.backend's default).
        def delivered():
            for path in self.engine.maildir_files("alice@example.test"):
                with open(path, "rb") as f:
                    raw = f.read()
                if f"From: {sender}".encode() in raw:
                    return raw
            return None
        raw = wait_until(delivered, 10, what=f"the retried message from {sender} in alice's Maildir")
        headers = raw.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].replace(b"\n\t", b" ").replace(b"\n ", b" ")  # unfolded
        status = next((line for line in headers.split(b"\n") if line.lower().startswith(b"x-spam-status:")), b"")
        self.assertIn(b"GREYLIST_RETRIED", status, f"X-Spam-Status of the retried message: got {status!r}, want GREYLIST_RETRIED")
        # Confirmed: accepted at once from then on, through smtplib too.
        with self.smtp() as client:
            refused = client.sendmail(sender, ["alice@example.test"], message("confirmed", sender=sender))
            self.assertEqual(refused, {}, f"smtplib sendmail of a confirmed triplet: got refusals {refused}")

        triplet = f"127.0.0.1/32,{sender},alice@example.test"
        listed = self.triplets()
        self.assertIn(triplet, listed, f"greylist list: got {sorted(listed)}, want {triplet}")
        self.assertEqual(listed[triplet]["passed"], 2, f"passed of {triplet}: got {listed[triplet]['passed']}, want 2")
        self.assertEqual(self.engine.counter("greylisted") - greylisted_before, 3, "greylisted today: want 3 more (three 451s)")
        self.assertEqual(self.engine.counter("rejected"), rejected_before, "rejected today: want no change for greylisting")
        events = [e for e in self.engine.events() if e["kind"] == "greylisted" and e["details"].get("triplet") == triplet]
        self.assertEqual(len(events), 3, f"greylisted events of {triplet}: got {len(events)}, want 3")
        self.assertEqual([e["details"]["reason"] for e in events], ["new", "early", "early"], "reasons of the events")

    def test_unknown_user_is_refused_not_greylisted(self):
        code, status, text = self.rcpt(self.unique_sender(), "nobody@example.test")
        self.assertEqual((code, status), (550, "5.1.1"), f"RCPT to an unknown user: got {text}, want 550 5.1.1")


class Expiry(GreylistCase):
    """e2e.greylist.expiry: an unconfirmed triplet is forgotten after expire_unconfirmed, a
    confirmed one after expire_confirmed without use."""

    def test_unconfirmed_triplet_expires(self):
        sender = self.unique_sender()
        self.assertGreylisted(self.rcpt(sender), "first attempt")
        time.sleep(EXPIRE_UNCONFIRMED + 0.5)
        hint = self.assertGreylisted(self.rcpt(sender), f"retry after {EXPIRE_UNCONFIRMED} s (expired)")
        self.assertEqual(hint, DELAY, f"retry hint after expiry: got {hint}, want a new full delay of {DELAY}")

    def test_confirmed_triplet_expires_without_use(self):
        sender = self.unique_sender()
        self.assertGreylisted(self.rcpt(sender), "first attempt")
        time.sleep(DELAY + 0.3)
        self.assertAccepted(self.rcpt(sender), "retry after the delay")
        time.sleep(EXPIRE_CONFIRMED - 2)
        self.assertAccepted(self.rcpt(sender), "confirmed, used again in time")
        time.sleep(EXPIRE_CONFIRMED + 0.5)
        self.assertGreylisted(self.rcpt(sender), f"confirmed, unused for {EXPIRE_CONFIRMED} s")


class Bypass(GreylistCase):
    """e2e.greylist.bypass: allow patterns, authenticated sessions, RELAY and OK clients."""

    RELAY = [("127.0.0.81", "RELAY"), ("127.0.0.82", "OK")]

    def test_allow_patterns(self):
        source = "127.0.0.71"
        # A sender domain, then one sender.
        self.engine.ctl("greylist", "allow", "@sender.test")
        self.assertAccepted(self.rcpt(self.unique_sender(), source=source), "sender in an allowed domain")
        self.engine.ctl("greylist", "disallow", "@sender.test")
        sender = self.unique_sender()
        self.assertGreylisted(self.rcpt(sender, source=source), "after disallow @sender.test")
        self.engine.ctl("greylist", "allow", sender)
        self.assertAccepted(self.rcpt(sender, source=source), "allowed sender")
        self.assertGreylisted(self.rcpt(self.unique_sender(), source=source), "another sender")
        self.engine.ctl("greylist", "disallow", sender)
        # A client address and a network.
        self.engine.ctl("greylist", "allow", source)
        self.assertAccepted(self.rcpt(self.unique_sender(), source=source), "allowed client address")
        self.assertGreylisted(self.rcpt(self.unique_sender(), source="127.0.0.72"), "client next to the allowed one")
        self.engine.ctl("greylist", "allow", "127.0.0.64/28")
        self.assertAccepted(self.rcpt(self.unique_sender(), source="127.0.0.72"), "client in an allowed network")
        self.assertEqual(self.engine.ctl("greylist", "allowed").stdout.split(), ["127.0.0.64/28", source])
        refused = self.engine.ctl("greylist", "allow", "not a pattern", check=False)
        self.assertEqual(refused.returncode, 1, f"greylist allow of nonsense: got exit {refused.returncode}, want 1")

    def test_authenticated_session_skips(self):
        client = self.submission("alice@example.test")
        client.mail("alice@example.test")
        code, text = client.rcpt("bob@example.test")
        self.assertEqual(code, 250, f"RCPT in an authenticated session: got {code} {text!r}, want 250")
        listed = [t for t in self.triplets() if t.endswith(",alice@example.test,bob@example.test")]
        self.assertEqual(listed, [], f"greylist list: got {listed}, want no triplet for an authenticated session")

    def test_relay_and_ok_clients_skip(self):
        for source in ("127.0.0.81", "127.0.0.82"):
            with self.subTest(source=source):
                self.assertAccepted(self.rcpt(self.unique_sender(), source=source), f"RCPT from relay client {source}")

    def test_greylisting_off(self):
        self.engine.set("greylist.enabled", "false")
        try:
            self.assertAccepted(self.rcpt(self.unique_sender(), source="127.0.0.91"), "RCPT with greylist.enabled false")
        finally:
            self.engine.set("greylist.enabled", "true")
        self.assertGreylisted(self.rcpt(self.unique_sender(), source="127.0.0.91"), "RCPT with greylist.enabled true again")


if __name__ == "__main__":
    main()
