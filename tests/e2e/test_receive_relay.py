#!/usr/bin/env python3
"""e2e.receive.relay_denied / relay_allowed: no open relay. Every classic open-relay trick is
refused for an unauthenticated outside client; real foreign recipients are accepted for an
authenticated session and for a RELAY client; a REJECT client is refused at connect."""

from doorstep_fixture import PASSWORD, EngineTestCase, main, message, queue_id_of, reply_text, unverified_context, wait_until

# Foreign destinations, however they are written.
FOREIGN = [
    "user1@foreign.test",
    "USER2@FOREIGN.TEST",
    "user3@foreign.test.",
    "@example.test:user4@foreign.test",              # source route through us
    "@example.test,@relay.test:user5@foreign.test",  # a longer one
    "user6@[127.0.0.1]",                             # address literal (our own address)
    "user7@[127.0.0.22]",                            # address literal of the foreign MX
]
# Tricks that name our domain last but a foreign destination inside the local part.
LOCAL_TRICKS = [
    "user%foreign.test@example.test",
    "user%foreign.test@EXAMPLE.TEST",
    "user%foreign.test@example.test.",
    "foreign.test!user@example.test",
    "foreign.test!user@Example.Test.",
    '"user@foreign.test"@example.test',
    '"user%foreign.test"@example.test',
    '"foreign.test!user"@EXAMPLE.test.',
    "user%foreign.test%example.test@example.test",
]
# Refusals that are fine for a trick: relaying denied, no such user, or bad address syntax.
REFUSALS = {(554, "5.7.1"), (550, "5.1.1"), (501, "5.1.3")}


class RelayDenied(EngineTestCase):
    """e2e.receive.relay_denied."""

    USERS = ["alice@example.test"]

    def try_rcpt(self, recipient, source=None):
        client = self.raw(source=source)
        self.assertReply(client.command("EHLO client.sender.test"), 250, None, "EHLO")
        self.assertReply(client.command("MAIL FROM:<someone@sender.test>"), 250, "2.1.0", "MAIL FROM")
        code, lines = client.command(f"RCPT TO:<{recipient}>")
        status = lines[0].split(" ", 1)[0] if lines else ""
        if code == 250:
            # Show what would have happened: it must not be queued for the outside.
            data = client.command("DATA")
            if data[0] == 354:
                client.send(message("relay trick", to=recipient) + b".\r\n")
                client.reply()
        client.command("QUIT")
        return code, status, reply_text(code, lines)

    def test_foreign_recipients_refused(self):
        for recipient in FOREIGN:
            with self.subTest(recipient=recipient):
                code, status, text = self.try_rcpt(recipient)
                self.assertEqual((code, status), (554, "5.7.1"), f"RCPT TO:<{recipient}> unauthenticated: got {text}, want 554 5.7.1")

    def test_open_relay_tricks_refused(self):
        for recipient in LOCAL_TRICKS:
            with self.subTest(recipient=recipient):
                code, status, text = self.try_rcpt(recipient)
                self.assertIn((code, status), REFUSALS,
                              f"RCPT TO:<{recipient}> unauthenticated: got {text}, want a refusal (554 5.7.1, 550 5.1.1 or 501 5.1.3)")
        self.assertEqual(self.engine.queue(), [], "queue after the relay tricks: want it empty")

    def test_local_domain_variants_stay_local(self):
        # Case and a trailing dot of our own domain name a local user, delivered here, never relayed.
        for n, recipient in enumerate(["alice@EXAMPLE.TEST", "alice@example.test.", "Alice@Example.Test."], 1):
            with self.subTest(recipient=recipient):
                client = self.smtp()
                client.ehlo("client.sender.test")
                self.assertReply(client.mail("someone@sender.test"), 250, "2.1.0", "MAIL")
                got = self.send_raw_rcpt(client, recipient)
                self.assertReply(got, 250, "2.1.5", f"RCPT TO:<{recipient}>")
                code, text = client.data(message(f"variant {n}"))
                self.assertEqual(code, 250, f"DATA: got {code} {text!r}, want 250")
                self.wait_delivered("alice@example.test", n)
        self.wait_queue_empty()

    @staticmethod
    def send_raw_rcpt(client, recipient):
        return client.docmd(f"RCPT TO:<{recipient}>")

    def test_counters(self):
        before = self.engine.stats(1)
        relay_refused = recipient_refused = 0
        for recipient in FOREIGN[:3] + LOCAL_TRICKS[:3]:
            code, status, _ = self.try_rcpt(recipient)
            relay_refused += (code, status) == (554, "5.7.1")
            recipient_refused += (code, status) == (550, "5.1.1")
        self.assertGreater(relay_refused, 0)
        want = {"rejected_relay": before["rejected_relay"][-1] + relay_refused,
                "rejected_recipient": before["rejected_recipient"][-1] + recipient_refused,
                "rejected": before["rejected"][-1] + relay_refused + recipient_refused}

        def counters():
            stats = self.engine.stats(1)
            return {name: stats[name][-1] for name in want}

        try:
            wait_until(lambda: counters() == want, 5, interval=0.2, what="the counters")
        except TimeoutError:
            self.fail(f"stats after {relay_refused} relay and {recipient_refused} recipient refusals: got {counters()}, want {want}")
        events = [e for e in self.engine.events() if e["kind"] == "rejected"]
        self.assertTrue(any("Relay access denied" in e["summary"] for e in events),
                        f"events: got {[e['summary'] for e in events]}, want a 'rejected' event for relaying")


class RelayAllowed(EngineTestCase):
    """e2e.receive.relay_allowed: authenticated sessions and RELAY clients may send out; REJECT
    clients are refused at connect; OK clients are trusted but may not relay."""

    USERS = ["alice@example.test"]
    RELAY = [("127.0.0.9", "RELAY"), ("127.0.0.10", "REJECT"), ("127.0.0.11", "OK"), ("127.0.1.0/24", "RELAY")]

    def accept_all(self, client, sender, what):
        client.ehlo("client.sender.test")
        self.assertReply(client.mail(sender), 250, "2.1.0", f"MAIL FROM {what}")
        for recipient in FOREIGN:
            self.assertReply(client.docmd(f"RCPT TO:<{recipient}>"), 250, "2.1.5", f"RCPT TO:<{recipient}> {what}")
        code, text = client.data(message(f"relayed {what}"))
        self.assertEqual(code, 250, f"DATA {what}: got {code} {text!r}, want 250")
        queue_id = queue_id_of(text)
        # Remote delivery starts at once (and fails here: nothing answers for foreign.test), so
        # the queue may already be done with some recipients: the "received" event tells what
        # was accepted.
        received = wait_until(lambda: [e for e in self.engine.events()
                                       if e["kind"] == "received" and e["details"].get("queue_id") == queue_id], 10,
                              what="the received event")[0]
        recipients = received["details"]["recipients"]
        self.assertEqual(len(recipients), len(FOREIGN), f"accepted recipients: got {recipients}, want {len(FOREIGN)}")
        return queue_id

    def test_authenticated_session_may_relay(self):
        self.accept_all(self.submission(), "alice@example.test", "authenticated")

    def test_authenticated_on_mta_listener_may_relay(self):
        client = self.smtp()
        client.starttls(context=unverified_context())
        client.login("alice@example.test", PASSWORD)
        self.accept_all(client, "alice@example.test", "authenticated on the MTA listener")

    def test_relay_client_may_relay(self):
        self.accept_all(self.smtp(source="127.0.0.9"), "someone@sender.test", "from RELAY client 127.0.0.9")

    def test_relay_network_may_relay(self):
        self.accept_all(self.smtp(source="127.0.1.77"), "someone@sender.test", "from RELAY network 127.0.1.0/24")

    def test_relay_client_tricks_still_local(self):
        # A RELAY client may send out, but a trick naming our domain is still a local name.
        client = self.smtp(source="127.0.0.9")
        client.ehlo()
        client.mail("someone@sender.test")
        for recipient in LOCAL_TRICKS[:4]:
            code, text = client.docmd(f"RCPT TO:<{recipient}>")
            self.assertEqual((code, text.decode()[:5]), (550, "5.1.1"), f"RCPT TO:<{recipient}> from a RELAY client: got {code} {text!r}, "
                                                                         f"want 550 5.1.1 (a local name, never relayed)")

    def test_unlisted_client_may_not_relay(self):
        client = self.smtp(source="127.0.0.12")
        client.ehlo()
        client.mail("someone@sender.test")
        self.assertReply(client.docmd("RCPT TO:<user@foreign.test>"), 554, "5.7.1", "RCPT from an unlisted client")

    def test_ok_client_trusted_but_no_relay(self):
        client = self.smtp(source="127.0.0.11")
        client.ehlo()
        self.assertReply(client.mail("alice@example.test"), 250, "2.1.0", "local sender from an OK client")
        self.assertReply(client.docmd("RCPT TO:<user@foreign.test>"), 554, "5.7.1", "RCPT to a foreign domain from an OK client")

    def test_reject_client_refused_at_connect(self):
        client = self.raw(source="127.0.0.10", greet=False)
        got = client.reply()
        self.assertReply(got, 554, "5.7.1", "greeting for a REJECT client")
        self.assertTrue(client.closed(), "connection of a REJECT client: want it closed after the 554")


if __name__ == "__main__":
    main()
