#!/usr/bin/env python3
"""e2e.receive.sender / sender_tempfail: the MAIL FROM checks of DESIGN.md's mail flow step 3,
with a real dnsmasq answering for the sender domains (and a name server that never answers)."""

import base64
import time

from doorstep_fixture import PASSWORD, STANDARD_DNS, EngineTestCase, main, reply_text


class Sender(EngineTestCase):
    """e2e.receive.sender."""

    USERS = ["alice@example.test", "bob@example.test"]
    ALIASES = {"info@example.test": "alice@example.test", "shared@example.test": "alice@example.test,bob@example.test"}
    RELAY = [("127.0.0.9", "RELAY")]
    DNS = STANDARD_DNS + [("txt", "txt-only.test", "v=spf1 -all"), ("raw", "null-mx.test", 15, "000000")]

    @classmethod
    def configure(cls):
        super().configure()
        cls.engine.ctl("outbound", "set", "alice@example.test", "alice.smith@sender.test")

    def mail_from(self, sender, client=None, source=None):
        if client is None:
            client = self.raw(source=source)
            self.assertReply(client.command("EHLO client.sender.test"), 250, None, "EHLO")
        code, lines = client.command(f"MAIL FROM:<{sender}>")
        client.command("RSET")
        return code, lines

    def authenticated(self, user="alice@example.test"):
        client = self.raw("submission")
        client.command("EHLO client.sender.test")
        self.assertReply(client.command("STARTTLS"), 220, "2.0.0", "STARTTLS")
        client.starttls()
        client.command("EHLO client.sender.test")
        client.send("AUTH LOGIN\r\n")
        self.assertReply(client.reply(), 334, None, "AUTH LOGIN")

        self.assertReply(client.command(base64.b64encode(user.encode()).decode()), 334, None, "AUTH LOGIN user")

        self.assertReply(client.command(base64.b64encode(PASSWORD.encode()).decode()), 235, "2.7.0", "AUTH LOGIN password")
        return client

    def test_local_sender_from_outside_refused(self):
        for sender in ("alice@example.test", "ALICE@EXAMPLE.TEST", "nobody@example.test", "alice@example.test."):
            with self.subTest(sender=sender):
                self.assertReply(self.mail_from(sender), 550, "5.7.1", f"MAIL FROM:<{sender}> from an outside client")

    def test_relay_client_may_use_local_sender(self):
        self.assertReply(self.mail_from("alice@example.test", source="127.0.0.9"), 250, "2.1.0", "local sender from a RELAY client")

    def test_authenticated_sender_ownership(self):
        client = self.authenticated()
        cases = [
            ("alice@example.test", 250, "2.1.0", "their own address"),
            ("Alice@Example.Test", 250, "2.1.0", "their own address in another case"),
            ("info@example.test", 250, "2.1.0", "their alias"),
            ("alice.smith@sender.test", 250, "2.1.0", "their outbound name"),
            ("bob@example.test", 553, "5.7.1", "another user"),
            ("someone@sender.test", 553, "5.7.1", "a foreign address"),
            ("nobody@example.test", 553, "5.7.1", "an unknown local address"),
        ]
        for sender, code, status, what in cases:
            with self.subTest(sender=sender):
                self.assertReply(self.mail_from(sender, client), code, status, f"authenticated alice, MAIL FROM:<{sender}> ({what})")

    def test_sender_domain_lookup(self):
        cases = [
            ("someone@sender.test", 250, "2.1.0", "a domain with an MX"),
            ("someone@a-only.test", 250, "2.1.0", "a domain with only an A record"),
            ("someone@nowhere.test", 550, "5.1.8", "a domain that does not exist (NXDOMAIN)"),
            ("someone@txt-only.test", 550, "5.1.8", "a domain without MX or address (NoData)"),
            ("", 250, "2.1.0", "the null sender"),
        ]
        for sender, code, status, what in cases:
            with self.subTest(sender=sender):
                self.assertReply(self.mail_from(sender), code, status, f"MAIL FROM:<{sender}> ({what})")

    def test_null_mx_sender_refused(self):
        code, lines = self.mail_from("someone@null-mx.test")
        self.assertEqual(code // 100, 5, f"MAIL FROM a domain with a null MX: got {reply_text(code, lines)}, want a 5xx refusal")

    def test_trusted_clients_skip_the_lookup(self):
        self.assertReply(self.mail_from("someone@nowhere.test", source="127.0.0.9"), 250, "2.1.0",
                         "MAIL FROM an NXDOMAIN sender from a RELAY client")


class SenderTempFail(EngineTestCase):
    """e2e.receive.sender_tempfail: a name server that never answers gives 451 4.1.8."""

    SILENT_DNS = True
    SETTINGS = {"dns.timeout": 1}

    def test_silent_name_server(self):
        client = self.raw(timeout=30)
        self.assertReply(client.command("EHLO client.sender.test"), 250, None, "EHLO")
        started = time.monotonic()
        got = client.command("MAIL FROM:<someone@sender.test>", timeout=30)
        elapsed = time.monotonic() - started
        self.assertReply(got, 451, "4.1.8", "MAIL FROM while the name server does not answer")
        self.assertLess(elapsed, 15, f"451 after {elapsed:.1f} s, want it within a few dns.timeout (1 s)")


if __name__ == "__main__":
    main()
