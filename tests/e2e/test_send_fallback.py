#!/usr/bin/env python3
"""e2e.send.fallback / outbound_probe: when direct delivery cannot work from this line, mail
goes through `relay.fallback_host` in the same attempt, with an event that says why:
after an MX refuses the sending address for its reputation (a Postfix answering like a
Spamhaus listing), and after every MX address is unreachable while the outbound probe finds
port 25 blocked. `doorstepctl relay probe` reports open (a real 220) and blocked (refused).
"""

from doorstep_fixture import main
from postfix_fixture import closed_port
from send_fixture import SendTestCase

BLOCKED = "554 5.7.1 Service unavailable; Client host [{client_address}] blocked using zen.spamhaus.org"


class Fallback(SendTestCase):
    """e2e.send.fallback."""

    @classmethod
    def start_peers(cls):
        answers = cls.policy()
        answers.answer("*", BLOCKED)
        cls.listing_mx = cls.postfix("listing", "mx.far.test", policy=answers, mailboxes=["bob@far.test"])
        # The provider's relay: it takes mail for everyone in these tests (it hosts them).
        cls.relay = cls.postfix("relay", "relay.isp.test", tls=cls.certificate("relay.isp.test"),
                                mailboxes=["bob@far.test", "carol@closed.test"])
        return [
            ("mx", "far.test", "mx.far.test", 10),
            ("a", "mx.far.test", cls.listing_mx.address),
            # Every MX of closed.test is an address where nothing listens.
            ("mx", "closed.test", "mx1.closed.test", 10),
            ("a", "mx1.closed.test", cls.net.address()),
            ("mx", "closed.test", "mx2.closed.test", 20),
            ("a", "mx2.closed.test", cls.net.address()),
        ]

    @classmethod
    def configure(cls):
        super().configure()
        cls.engine.set("relay.fallback_host", cls.relay.hostport)

    def fallback_events(self):
        return [e for e in self.engine.events() if e.get("details", {}).get("check") == "outbound" and "fallback" in e.get("details", {})]

    def test_reputation_refusal_goes_through_fallback(self):
        queue_id, tag = self.submit("bob@far.test")
        raw = self.wait_arrival(self.relay, "bob@far.test", tag, queue_id)
        self.wait_gone(queue_id)
        self.assertIn("blocked using zen.spamhaus.org", self.listing_mx.log(), "listing MX log: want its refusal of Doorstep")
        self.assertEqual(self.listing_mx.find(tag), [], "the listing MX refused it: want nothing there")
        self.assertIn("by relay.isp.test", raw.decode(errors="replace"), "want the copy received by the fallback relay")
        self.assertNoReport(tag)
        events = self.fallback_events()
        self.assertTrue(any("reputation" in e["summary"] or "refused" in e["summary"] for e in events),
                        f"events: got {[e['summary'] for e in events]}, want one saying the MX refused us for our reputation")
        self.assertTrue(any(self.relay.address in e["details"].get("fallback", "") for e in events),
                        f"event details: got {[e['details'] for e in events]}, want the fallback relay named")

    def test_unreachable_port_25_goes_through_fallback(self):
        self.engine.set("relay.probe_host", f"127.0.0.1:{closed_port()}")
        queue_id, tag = self.submit("carol@closed.test")
        self.wait_arrival(self.relay, "carol@closed.test", tag, queue_id)
        self.wait_gone(queue_id)
        self.assertNoReport(tag)
        events = self.fallback_events()
        self.assertTrue(any("blocked" in e["summary"] and "closed.test" in e["summary"] for e in events),
                        f"events: got {[e['summary'] for e in events]}, want one saying closed.test was unreachable with port 25 blocked")


class OutboundProbe(SendTestCase):
    """e2e.send.outbound_probe: Relay.ProbeOutbound through `doorstepctl relay probe`."""

    @classmethod
    def start_peers(cls):
        cls.open_peer = cls.postfix("open", "mx.open.test")
        return []

    def probe(self):
        result = self.engine.ctl("relay", "probe", check=False)
        self.assertEqual(result.returncode, 0, f"relay probe: got exit {result.returncode} ({result.stderr.strip()!r}), want 0")
        return result.stdout.strip(), self.engine.ctl_json("relay", "probe")

    def test_open(self):
        self.engine.set("relay.probe_host", f"{self.open_peer.address}:{self.open_peer.port}")
        text, shown = self.probe()
        self.assertEqual(shown.get("state"), "open", f"relay probe --json: got {shown}, want state open (Postfix greets with 220)")
        self.assertTrue(text.startswith("open: "), f"relay probe: got {text!r}, want 'open: <sentence>'")
        self.assertIn(self.open_peer.address, shown.get("sentence", ""), f"sentence: got {shown.get('sentence')!r}, want the host named")

    def test_blocked(self):
        port = closed_port()
        self.engine.set("relay.probe_host", f"127.0.0.1:{port}")
        text, shown = self.probe()
        self.assertEqual(shown.get("state"), "blocked", f"relay probe --json: got {shown}, want state blocked (connection refused)")
        self.assertTrue(text.startswith("blocked: "), f"relay probe: got {text!r}, want 'blocked: <sentence>'")
        self.assertIn("smart host", shown.get("sentence", ""), f"sentence: got {shown.get('sentence')!r}, want the advice (set a smart host)")


if __name__ == "__main__":
    main()
