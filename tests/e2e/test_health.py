#!/usr/bin/env python3
"""e2e.health.*: Domains.Check through `doorstepctl domain check` against dnsmasq serving good,
wrong and missing records: each check seen ok and fail, the record to publish, the port 25
probe against a loopback banner, and the health_changed event when the public address moves
to one the DNS does not know.

The public address comes from ddns.ip_source=fixed:ADDRESS (no Internet); the DKIM TXT
records the engine signs with are read from `doorstepctl dkim record` and then served by a
restarted dnsmasq.
"""

import socket
import threading
import time

from doorstep_fixture import EngineTestCase, main, random_loopback, wait_until

GOOD = "good.test"
HOST = "mail.good.test"
ADDRESS = "192.0.2.7"
MOVED = "192.0.2.8"


class BannerServer:
    """Answers every connection with an SMTP 220 banner: the outbound probe's 'open'."""

    def __init__(self):
        self.host = random_loopback()
        self.sock = socket.socket()
        self.sock.bind((self.host, 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.stopping = False
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        self.sock.settimeout(0.2)
        while not self.stopping:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            with conn:
                try:
                    conn.sendall(b"220 probe.test ESMTP\r\n")
                    conn.settimeout(1)
                    conn.recv(100)
                except OSError:
                    pass

    def stop(self):
        self.stopping = True
        self.sock.close()


GOOD_RECORDS = [
    ("mx", GOOD, HOST, 10),
    ("a", HOST, ADDRESS),  # host-record: the PTR of 192.0.2.7 too
    ("txt", GOOD, f"v=spf1 a:{HOST} -all"),
    ("txt", f"_dmarc.{GOOD}", "v=DMARC1; p=quarantine"),
    ("a", "8.2.0.192.bl.test", "127.0.0.2"),  # the moved-to address is listed
]


class Health(EngineTestCase):
    """e2e.health.checks: every check ok, then wrong, with the records to publish."""

    DOMAINS = [GOOD, "missing.test"]
    USERS = [f"alice@{GOOD}"]
    DNS = list(GOOD_RECORDS)

    @classmethod
    def configure(cls):
        cls.banner = BannerServer()
        cls.addClassCleanup(cls.banner.stop)
        cls.SETTINGS = {
            "identity.hostname": HOST,
            "ddns.ip_source": f"fixed:{ADDRESS}",
            "health.blocklists": "bl.test",
            "relay.probe_host": f"{cls.banner.host}:{cls.banner.port}",
        }
        super().configure()
        # Publish the DKIM keys the engine made, as a user would: restart dnsmasq with them.
        cls.dkim = []
        for line in cls.engine.ctl("dkim", "record", GOOD).stdout.splitlines():
            name, kind, value = line.split(" ", 2)
            assert kind == "TXT", line
            cls.dkim.append((name, value))
        assert cls.dkim, "dkim record printed nothing"
        cls.restart_dns(GOOD_RECORDS + [("txt", name, cls.txt_value(value)) for name, value in cls.dkim])

    @staticmethod
    def txt_value(value):
        # `dkim record` prints zone-file strings ("..." "..."), each at most 255 octets: serve
        # them as such (a DNS character-string cannot hold more).
        value = value.strip()
        return value.split('"')[1::2] if value.startswith('"') else [value]

    @classmethod
    def restart_dns(cls, records):
        cls.dns.stop()
        cls.dns.records = list(records)
        cls.dns.start()
        cls.engine.set("dns.servers", cls.dns.spec)

    def check(self, domain=GOOD):
        checks = self.engine.ctl_json("domain", "check", domain)
        return {c["check"]: c for c in checks}, [c["check"] for c in checks]

    def assertState(self, checks, name, state, containing=None):
        self.assertIn(name, checks, f"check {name!r} missing from {list(checks)}")
        got = checks[name]
        self.assertEqual(got["state"], state, f"{name}: got {got['state']} ({got['sentence']}), want {state}")
        if containing:
            self.assertIn(containing, got["sentence"], f"{name}: sentence {got['sentence']!r} should name {containing!r}")

    def test_1_all_good(self):
        checks, order = self.check()
        self.assertEqual(order, ["mx", "address", "ptr", "spf", "dkim", "dmarc", "blocklist:bl.test", "certificate", "port25"])
        for name in ["mx", "address", "ptr", "spf", "dkim", "dmarc", "blocklist:bl.test", "port25"]:
            self.assertState(checks, name, "ok")
            self.assertEqual(checks[name]["record"], "", f"{name}: nothing to publish when ok")
        # The engine's own self-signed certificate: a warning that says what to do.
        self.assertState(checks, "certificate", "warn", "self-signed")

    def test_2_missing(self):
        checks, _ = self.check("missing.test")
        for name in ["mx", "spf", "dkim"]:
            self.assertState(checks, name, "fail")
        self.assertEqual(checks["mx"]["record"], f"missing.test MX 10 {HOST}")
        self.assertEqual(checks["spf"]["record"], f'missing.test TXT "v=spf1 a:{HOST} mx -all"')
        self.assertTrue(checks["dkim"]["record"].startswith("doorstep._domainkey.missing.test TXT \"v=DKIM1;"), checks["dkim"]["record"])
        self.assertState(checks, "dmarc", "warn")

    def test_3_address_moves(self):
        self.check()  # the baseline: all ok
        before = max((e["id"] for e in self.engine.events()), default=0)
        self.engine.set("ddns.ip_source", f"fixed:{MOVED}")

        def turned():
            return [e for e in self.engine.events() if e["id"] > before and e["kind"] == "health_changed"
                    and e.get("details", {}).get("domain") == GOOD]
        events = wait_until(turned, 30, interval=0.5, what="a health_changed event after the address moved")
        self.assertIn(MOVED, events[0]["summary"], f"event: {events[0]}")
        checks, _ = self.check()
        self.assertState(checks, "address", "fail", MOVED)
        self.assertEqual(checks["address"]["record"], f"{HOST} A {MOVED}")
        self.assertState(checks, "spf", "fail", f"{MOVED} is not in the SPF record")
        self.assertState(checks, "ptr", "fail")
        self.assertState(checks, "blocklist:bl.test", "fail", "127.0.0.2")
        # The status carries the worst state and the problems, for the Overview.
        health = self.engine.ctl_json("status")["health"]
        self.assertEqual(health["state"], "fail", health)
        self.assertTrue(any(MOVED in problem for problem in health["problems"]), health)
        self.engine.set("ddns.ip_source", f"fixed:{ADDRESS}")

    def test_4_port25(self):
        self.engine.set("relay.probe_host", f"127.0.0.1:{closed_port()}")
        try:
            checks, _ = self.check()
            self.assertState(checks, "port25", "fail", "smart host")
            self.engine.set("relay.smart_host", "[smarthost.test]:587")
            checks, _ = self.check()
            self.assertState(checks, "port25", "ok", "smarthost.test")
        finally:
            self.engine.set("relay.smart_host", "")
            self.engine.set("relay.probe_host", f"{self.banner.host}:{self.banner.port}")

    def test_5_not_local(self):
        result = self.engine.ctl("domain", "check", "elsewhere.test", check=False)
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertIn("elsewhere.test", result.stderr)
        self.assertIn("not one of this server's domains", result.stderr)


def closed_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


if __name__ == "__main__":
    main()
