#!/usr/bin/env python3
"""e2e.send.masquerade / sendmail_masquerade: the sender as the remote side receives it. Each
rule of the seed's sendmail (MASQUERADE_AS, masquerade_envelope, MASQUERADE_DOMAIN,
masquerade_entire_domain, genericstable = `doorstepctl outbound set`) is checked in the copy
that a real Postfix MX delivered: the From and Sender headers, and the envelope sender as
Postfix's Return-Path. With doorstep-sendmail built, a script's message piped into
`doorstep-sendmail -t` arrives with the masqueraded sender too.
"""

import os
import pwd
import subprocess
import unittest

from doorstep_fixture import main
from send_fixture import SendTestCase, header_values

MASQUERADE_AS = "datix.us"
SENDMAIL = os.environ.get("DOORSTEP_SENDMAIL", "")


class MasqueradeCase(SendTestCase):
    USERS = ["alice@example.test", "carol@example.test"]
    RELAY = [("127.0.0.9", "RELAY")]  # a LAN machine (the seed's access RELAY)

    @classmethod
    def start_peers(cls):
        cls.mx = cls.postfix("mx", "mx.far.test", mailboxes=["bob@far.test", "carol@far.test"])
        return [("mx", "far.test", "mx.far.test", 10), ("a", "mx.far.test", cls.mx.address)]

    def setUp(self):
        super().setUp()
        e = self.engine
        e.set("identity.masquerade_as", "")
        e.set("identity.masquerade_domains", "")
        e.set("identity.masquerade_envelope", False)
        e.set("identity.masquerade_entire_domain", False)
        e.ctl("outbound", "remove", "carol@example.test", check=False)

    def masquerade(self, domains=(), envelope=False, entire_domain=False):
        e = self.engine
        e.set("identity.masquerade_as", MASQUERADE_AS)
        e.set("identity.masquerade_domains", list(domains))
        e.set("identity.masquerade_envelope", envelope)
        e.set("identity.masquerade_entire_domain", entire_domain)

    def received(self, tag, to="bob@far.test"):
        return self.wait_arrival(self.mx, to, tag)

    def assertSender(self, raw, header_from, envelope, what):
        got_from = header_values(raw, "from")
        got_envelope = header_values(raw, "return-path")
        self.assertEqual((got_from, got_envelope), ([header_from], [f"<{envelope}>"]),
                         f"{what}: got From {got_from} and envelope (Return-Path at the MX) {got_envelope}, "
                         f"want From [{header_from!r}] and <{envelope}>")


class Masquerade(MasqueradeCase):
    """e2e.send.masquerade."""

    def test_nothing_rewritten_by_default(self):
        _, tag = self.submit("bob@far.test")
        self.assertSender(self.received(tag), "alice@example.test", "alice@example.test", "no masquerading set")

    def test_masquerade_as_rewrites_header_senders(self):
        self.masquerade()
        _, tag = self.submit("bob@far.test", from_header='"Alice Example" <alice@example.test>',
                             extra_headers=["Sender: alice@example.test", "Reply-To: alice@example.test"])
        raw = self.received(tag)
        self.assertSender(raw, '"Alice Example" <alice@datix.us>', "alice@example.test",
                          "MASQUERADE_AS without masquerade_envelope (header only)")
        for name in ("sender", "reply-to"):
            self.assertEqual(header_values(raw, name), ["alice@datix.us"], f"{name}: got {header_values(raw, name)}, want alice@datix.us")
        self.assertEqual(header_values(raw, "to"), ["bob@far.test"], f"To: got {header_values(raw, 'to')}, want it untouched")

    def test_masquerade_envelope(self):
        self.masquerade(envelope=True)
        _, tag = self.submit("bob@far.test")
        self.assertSender(self.received(tag), "alice@datix.us", "alice@datix.us", "MASQUERADE_AS with masquerade_envelope")

    def test_masquerade_domain_exact_host_only(self):
        self.masquerade(domains=["datix.lan"], envelope=True)
        _, tag = self.relay_client_submit("127.0.0.9", "dad@datix.lan", "bob@far.test")
        self.assertSender(self.received(tag), "dad@datix.us", "dad@datix.us", "MASQUERADE_DOMAIN(datix.lan) for dad@datix.lan")
        _, tag = self.relay_client_submit("127.0.0.9", "dad@pc.datix.lan", "bob@far.test")
        self.assertSender(self.received(tag), "dad@pc.datix.lan", "dad@pc.datix.lan",
                          "MASQUERADE_DOMAIN(datix.lan) without masquerade_entire_domain for a host inside it")

    def test_masquerade_entire_domain(self):
        self.masquerade(domains=["datix.lan"], envelope=True, entire_domain=True)
        _, tag = self.relay_client_submit("127.0.0.9", "dad@pc.datix.lan", "bob@far.test")
        self.assertSender(self.received(tag), "dad@datix.us", "dad@datix.us", "masquerade_entire_domain for dad@pc.datix.lan")

    def test_foreign_sender_not_masqueraded(self):
        self.masquerade(domains=["datix.lan"], envelope=True, entire_domain=True)
        _, tag = self.relay_client_submit("127.0.0.9", "someone@sender.test", "bob@far.test")
        self.assertSender(self.received(tag), "someone@sender.test", "someone@sender.test", "a sender in no masqueraded domain")

    def test_outbound_name(self):
        # An outbound name is the user's address outside, envelope included (the rewriting's
        # contract, engine/delivery/remote); masquerading comes after it and only for the rest.
        self.engine.ctl("outbound", "set", "carol@example.test", "carol.jones@datix.us")
        self.masquerade()
        _, tag = self.submit("bob@far.test", user="carol@example.test")
        self.assertSender(self.received(tag), "carol.jones@datix.us", "carol.jones@datix.us",
                          "outbound name (genericstable) of carol, before masquerading")
        _, tag = self.submit("bob@far.test")  # alice has none: masqueraded as usual
        self.assertSender(self.received(tag), "alice@datix.us", "alice@example.test", "alice without an outbound name")


class SendmailMasquerade(MasqueradeCase):
    """e2e.send.sendmail_masquerade (skipped unless doorstep-sendmail is built)."""

    @classmethod
    def setUpClass(cls):
        if not SENDMAIL or not os.access(SENDMAIL, os.X_OK):
            raise unittest.SkipTest("doorstep-sendmail is not built (DOORSTEP_SENDMAIL)")
        super().setUpClass()

    def test_script_pipes_into_sendmail_t(self):
        self.masquerade(envelope=True)
        tag = self.marker()
        text = (f"To: bob@far.test\nBcc: carol@far.test\nSubject: send {tag}\n\nA cron job's output for {tag}.\n")
        result = subprocess.run([SENDMAIL, "-t", "-i"], input=text.encode(), env=self.engine.env(), capture_output=True, timeout=30)
        self.assertEqual(result.returncode, 0, f"doorstep-sendmail -t: got exit {result.returncode} ({result.stderr!r}), want 0")
        hostname = self.HOSTNAME
        # The caller's login at identity.hostname, masqueraded (DESIGN.md: doorstep-sendmail).
        want = f"{pwd.getpwuid(os.geteuid()).pw_name}@{MASQUERADE_AS}"
        for to in ("bob@far.test", "carol@far.test"):
            raw = self.received(tag, to)
            from_ = header_values(raw, "from")
            self.assertTrue(len(from_) == 1 and want in from_[0], f"From at {to}: got {from_}, want {want} (not @{hostname})")
            self.assertEqual(header_values(raw, "return-path"), [f"<{want}>"], f"envelope at {to}: want <{want}>")
            self.assertEqual(header_values(raw, "bcc"), [], f"Bcc at {to}: got {header_values(raw, 'bcc')}, want it removed (-t)")


if __name__ == "__main__":
    main()
