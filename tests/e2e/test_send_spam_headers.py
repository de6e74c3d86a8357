#!/usr/bin/env python3
"""e2e.send.spam_headers: mail from outside to a local alias that forwards to another domain
is scored on the way in (built-in scorer: GTUBE) and leaves for the remote MX, a real Postfix
on loopback, with its X-Spam headers on top and the subject tagged, so the next hop and the
recipient's filters see the verdict. Mail that a user submits is not scored at all.
"""

from doorstep_fixture import main, message
from send_fixture import SendTestCase, header_values, headers_in_order

GTUBE = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"


class SpamHeadersRelayed(SendTestCase):
    """e2e.send.spam_headers."""

    ALIASES = {"fwd@example.test": "bob@far.test"}
    SETTINGS = {"spam.dnsbl_zones": []}

    @classmethod
    def start_peers(cls):
        cls.mx = cls.postfix("mx", "mx.far.test", mailboxes=["bob@far.test"])
        return [("mx", "far.test", "mx.far.test", 10), ("a", "mx.far.test", cls.mx.address),
                ("mx", "sender.test", "mx.sender.test", 10), ("a", "mx.sender.test", "127.0.0.20")]

    def test_forwarded_spam_keeps_its_headers(self):
        tag = self.marker()
        raw = message(f"send {tag}", body=f"Body of {tag}.\r\n{GTUBE}", sender="someone@sender.test", to="fwd@example.test",
                      extra_headers=["X-Spam-Flag: NO"])
        queue_id = self.send_ok(self.smtp(source="127.0.0.31"), "someone@sender.test", ["fwd@example.test"], raw)
        got = self.wait_arrival(self.mx, "bob@far.test", tag, queue_id)
        self.assertEqual(header_values(got, "x-spam-flag"), ["YES"], "the forged X-Spam-Flag: NO is dropped, ours stays")
        self.assertEqual(header_values(got, "x-spam-status"), ["Yes, score=1000.0 required=5.0 tests=GTUBE"])
        self.assertEqual(header_values(got, "subject"), [f"[SPAM] send {tag}"])
        names = [name for name, _ in headers_in_order(got)]
        # Postfix adds its own Return-Path, Delivered-To and Received above ours.
        ours = names.index("x-spam-flag")
        self.assertEqual(names[ours:ours + 4], ["x-spam-flag", "x-spam-score", "x-spam-status", "received"],
                         f"header order at the MX: got {names}")

    def test_submitted_mail_is_not_scored(self):
        queue_id, tag = self.submit("bob@far.test", extra_headers=[f"X-Test: {GTUBE}"])
        got = self.wait_arrival(self.mx, "bob@far.test", tag, queue_id)
        self.assertEqual([n for n, _ in headers_in_order(got) if n.startswith("x-spam")], [], "a user's own mail is not scored")


if __name__ == "__main__":
    main()
