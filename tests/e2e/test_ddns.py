"""Dynamic DNS (issue 7): each HTTP protocol against a stand-in of the provider's server
(ddns_fixture.ProviderServer) that checks every request as the provider documents it, and a
real doorstepd driven through doorstepctl, the way a script or the control center does.

Per class one engine and one stand-in; the stand-in also serves the "what is my IP" page, so
changing its answer changes the public address. ddns.interval is 1 s, so the rate limit
(no second request for an unchanged address), the update at once after an address change,
the backoff and the stop on refused credentials are seen within seconds.

Run one class by hand:  python3 test_ddns.py DynDns2 -v
"""

import time
import unittest

from ddns_fixture import DdnsStatus, ProviderServer
from doorstep_fixture import EngineTestCase, wait_until


class DdnsTestCase(DdnsStatus, EngineTestCase):
    DOMAINS = []
    USERS = []
    PROVIDER = None
    SERVER_PATH = ""

    @classmethod
    def configure(cls):
        super().configure()
        cls.provider = ProviderServer().start()
        cls.addClassCleanup(cls.provider.stop)
        cls.configure_provider()

    @classmethod
    def configure_provider(cls, **overrides):
        """The ddns.* settings for the stand-in; ddns.provider last, so nothing is sent half-configured."""
        e = cls.engine
        p = cls.provider
        settings = {"ddns.ip_url": f"{p.base}/ip", "ddns.server": p.base + cls.SERVER_PATH, "ddns.interval": "1",
                    "ddns.host": "home", "ddns.domain": "example.org", "ddns.username": p.username}
        settings.update(overrides)
        for key, value in settings.items():
            e.set(key, value)
        cls.set_password(p.password)
        e.set("ddns.provider", cls.PROVIDER)

    @classmethod
    def set_password(cls, password):
        cls.engine.ctl("settings", "set", "ddns.password", "-", input=password + "\n")

    def failure_logs(self):
        return super().failure_logs() + [("provider stand-in requests", "\n".join(map(repr, self.provider.requests[-20:])))]

    def update(self, want_rc=0):
        run = self.engine.ctl("ddns", "update", check=False, timeout=60)
        self.assertEqual(run.returncode, want_rc, f"ddns update: got exit {run.returncode} ({run.stdout}{run.stderr}), want {want_rc}")
        return (run.stdout + run.stderr).strip()

    def assertNoProblems(self):
        self.assertEqual(self.provider.problems, [], "requests that deviate from the provider's documentation")

    def assertNoSecretInLog(self):
        text = self.engine.log_text()
        self.assertNotIn(self.provider.password, text, "the secret appears in doorstepd's log")

    def assertSteady(self, protocol, count, seconds=3.0):
        """No further update request for `seconds` (several ddns.interval cycles)."""
        time.sleep(seconds)
        self.assertEqual(self.provider.count(protocol), count, f"{protocol} requests after {seconds} s of an unchanged address")


class DynDns2(DdnsTestCase):
    PROVIDER = "dyndns2"

    def test_1_good_once_then_only_on_change(self):
        p = self.provider
        status = self.wait_state("ok")
        self.assertEqual(p.count("dyndns2"), 1)
        protocol, method, path, query = p.last()
        self.assertEqual((method, path, query), ("GET", "/nic/update", {"hostname": "home.example.org", "myip": "203.0.113.7"}))
        self.assertNoProblems()
        self.assertEqual(status["host"], "home.example.org")
        self.assertEqual(status["addresses"], ["203.0.113.7"])
        self.assertEqual(status["last_sent"], ["203.0.113.7"])
        self.assertIn("now points home.example.org at 203.0.113.7 (good)", status["last_result"])
        self.assertGreater(status["last_update"], 0)
        self.assertGreater(status["next_attempt"], 0)
        # Rate limit: the address is checked every second but not sent again.
        ip_requests = p.ip_requests
        self.assertSteady("dyndns2", 1)
        self.assertGreater(p.ip_requests, ip_requests + 1, "the address is checked every ddns.interval")
        # A new address is sent at once, and announced.
        p.ip_answer = "203.0.113.8"
        wait_until(lambda: p.count("dyndns2") == 2, 10, what="the update with the new address")
        self.assertEqual(p.last()[3]["myip"], "203.0.113.8")
        changed = wait_until(lambda: [e for e in self.engine.events() if e["kind"] == "address_changed"], 5, what="address_changed")
        self.assertEqual(changed[-1]["details"], {"old": ["203.0.113.7"], "new": ["203.0.113.8"]})
        self.assertIn("203.0.113.7", changed[-1]["summary"])
        self.wait_state("ok")
        self.assertSteady("dyndns2", 2)
        self.assertNoProblems()
        self.assertNoSecretInLog()

    def test_2_restart_does_not_resend(self):
        count = self.provider.count("dyndns2")
        self.engine.stop()
        self.engine.start()
        status = self.wait_state("ok")
        self.assertIn("unchanged", status["last_result"])
        self.assertSteady("dyndns2", count, 2.0)
        self.assertEqual(status["last_sent"], ["203.0.113.8"])

    def test_3_update_now_sends_and_reports_nochg(self):
        self.provider.reply = "nochg"
        count = self.provider.count("dyndns2")
        answer = self.update()
        self.assertIn("already pointed home.example.org at 203.0.113.8 (nochg)", answer)
        self.assertEqual(self.provider.count("dyndns2"), count + 1)
        self.assertEqual(self.engine.ctl_json("ddns", "update")["result"], answer.strip())
        self.provider.reply = "good"

    def test_4_badauth_stops_until_settings_change(self):
        p = self.provider
        p.password = "the-new-one"  # the engine still has the old password
        answer = self.update(want_rc=1)
        self.assertIn("refused the login (badauth): check ddns.username and ddns.password", answer)
        status = self.wait_state("stopped")
        self.assertEqual(status["next_attempt"], 0)
        count = p.count("dyndns2")
        p.ip_answer = "203.0.113.9"  # not even a new address makes it try again
        self.assertSteady("dyndns2", count, 3.0)
        self.set_password("the-new-one")
        wait_until(lambda: p.count("dyndns2") == count + 1, 10, what="an update after the password changed")
        self.wait_state("ok")
        self.assertEqual(p.last()[3]["myip"], "203.0.113.9")
        self.assertNoSecretInLog()

    def test_5_nohost_stops(self):
        self.provider.fqdn = "other.example.org"
        answer = self.update(want_rc=1)
        self.assertIn("does not know home.example.org in this account (nohost)", answer)
        self.assertIn("(nohost)", self.wait_state("stopped")["last_result"])
        self.provider.fqdn = "home.example.org"

    def test_6_911_backs_off(self):
        p = self.provider
        p.reply = "911"
        p.ip_answer = "203.0.113.10"  # a new address: every retry must send it
        answer = self.update(want_rc=1)
        self.assertIn("problem or maintenance (911); will try again later", answer)
        # interval 1 s: retries after 1, 2, 4 s (capped at 4 × interval).
        first = p.count("dyndns2")
        delays = []
        for n in (1, 2):
            status = wait_until(lambda: (s := self.status())["failures"] > n and s, 15, interval=0.05, what=f"failure {n + 1}")
            delays.append((status["next_attempt"] - status["last_attempt"]) / 1e6)
        self.assertEqual(status["state"], "error")
        self.assertGreaterEqual(p.count("dyndns2"), first + 2)
        self.assertLess(delays[0], delays[1], f"retry delays {delays}: want them growing")
        self.assertAlmostEqual(delays[1], 4.0, delta=0.6)
        p.reply = "good"
        self.assertEqual(self.wait_state("ok", timeout=15)["last_sent"], ["203.0.113.10"])


class Namecheap(DdnsTestCase):
    PROVIDER = "namecheap"

    @classmethod
    def engine_start_arguments(cls):
        # Debug logging shows every request URL: the password in its query must be redacted.
        return {"extra_args": ["--debug"]}

    def test_1_update(self):
        status = self.wait_state("ok")
        protocol, method, path, query = self.provider.last()
        self.assertEqual(query, {"host": "home", "domain": "example.org", "password": self.provider.password, "ip": "203.0.113.7"})
        self.assertIn("Namecheap now points home.example.org at 203.0.113.7", status["last_result"])
        self.assertSteady("namecheap", 1, 2.0)
        self.assertNoProblems()
        self.assertIn("password=(secret)", self.engine.log_text(), "the debug log shows the request URL, redacted")
        self.assertNoSecretInLog()

    def test_2_errcount_password(self):
        self.provider.password = "another"
        answer = self.update(want_rc=1)
        self.assertIn("Namecheap refused the Dynamic DNS password for home.example.org (Passwords do not match)", answer)
        self.wait_state("stopped")
        self.assertNoSecretInLog()

    def test_3_errcount_other_is_retried(self):
        self.provider.namecheap_errors = ["Busy right now"]
        self.provider.ip_answer = "203.0.113.8"
        self.set_password(self.provider.password)  # ends the stop; the new address is sent
        status = self.wait_state("error")
        self.assertIn("(Busy right now); will try again later", status["last_result"])
        wait_until(lambda: self.status()["failures"] >= 2, 10, what="a retry")
        self.provider.namecheap_errors = []
        self.assertEqual(self.wait_state("ok", timeout=15)["last_sent"], ["203.0.113.8"])


class DuckDns(DdnsTestCase):
    PROVIDER = "duckdns"
    SERVER_PATH = "/duck"

    @classmethod
    def configure_provider(cls, **overrides):
        cls.provider.reply = "OK"
        super().configure_provider(**{"ddns.host": "myhome.duckdns.org", "ddns.domain": "", **overrides})

    def test_1_ok(self):
        status = self.wait_state("ok")
        self.assertEqual(self.provider.last()[3], {"domains": "myhome", "token": self.provider.password, "ip": "203.0.113.7"})
        self.assertIn("DuckDNS now points myhome.duckdns.org at 203.0.113.7", status["last_result"])
        self.assertNoProblems()
        self.assertNoSecretInLog()

    def test_2_ko_stops(self):
        self.provider.password = "wrong-token"
        answer = self.update(want_rc=1)
        self.assertIn("DuckDNS refused the update of myhome.duckdns.org (KO)", answer)
        self.wait_state("stopped")
        self.assertNoSecretInLog()


class Cloudflare(DdnsTestCase):
    PROVIDER = "cloudflare"
    SERVER_PATH = "/client/v4"

    def a_records(self):
        return [r for r in self.provider.records.values() if r["type"] == "A" and r["name"] == "home.example.org"]

    def test_1_creates_then_patches(self):
        status = self.wait_state("ok")
        records = self.a_records()
        self.assertEqual(len(records), 1, f"A records: {self.provider.records}")
        self.assertEqual(records[0]["content"], "203.0.113.7")
        self.assertIn("home.example.org A is now 203.0.113.7", status["last_result"])
        self.assertTrue(status["txt_records"])
        methods = [(r[1], r[2]) for r in self.provider.requests]
        self.assertEqual(methods[:3], [("GET", "/zones"), ("GET", f"/zones/{self.provider.zone_id}/dns_records"),
                                       ("POST", f"/zones/{self.provider.zone_id}/dns_records")])
        self.provider.ip_answer = "203.0.113.8"
        wait_until(lambda: self.a_records()[0]["content"] == "203.0.113.8", 10, what="the A record patched")
        self.assertIn(("PATCH", f"/zones/{self.provider.zone_id}/dns_records/r1"), [(r[1], r[2]) for r in self.provider.requests])
        self.assertEqual(len(self.a_records()), 1)
        self.assertNoProblems()

    def test_2_update_now_unchanged_record(self):
        self.assertIn("home.example.org A was already 203.0.113.8", self.update())

    def test_3_invalid_token_stops(self):
        self.provider.password = "revoked"
        answer = self.update(want_rc=1)
        self.assertIn("Cloudflare refused the API token: Invalid access token (code 9109)", answer)
        self.wait_state("stopped")

    def test_4_unknown_zone_stops(self):
        self.set_password(self.provider.password)
        self.wait_state("ok")
        self.engine.set("ddns.domain", "example.net")
        self.assertIn("Cloudflare has no zone 'example.net'", self.wait_state("stopped")["last_result"])

    def test_5_aaaa_record(self):
        self.provider.problems.clear()  # test_4's zone query for example.net was meant to fail
        self.engine.set("ddns.domain", "example.org")
        self.provider.ip_answer = "2001:db8::7"
        wait_until(lambda: [r for r in self.provider.records.values() if r["type"] == "AAAA"], 10, what="an AAAA record")
        aaaa = [r for r in self.provider.records.values() if r["type"] == "AAAA"]
        self.assertEqual([(r["name"], r["content"]) for r in aaaa], [("home.example.org", "2001:db8::7")])
        self.assertIn("home.example.org AAAA is now 2001:db8::7", self.wait_state("ok")["last_result"])
        self.assertEqual(self.a_records()[0]["content"], "203.0.113.8", "the A record stays")
        self.assertNoProblems()


class NoProvider(DdnsTestCase):
    """ddns.provider none: nothing is sent or looked up on a timer; UpdateNow says why not."""

    PROVIDER = "none"

    def test_disabled(self):
        status = self.status()
        self.assertEqual(status["state"], "disabled")
        self.assertEqual(status["next_attempt"], 0)
        answer = self.update(want_rc=1)
        self.assertIn("Dynamic DNS is off: choose a provider in setting 'ddns.provider' first.", answer)
        time.sleep(2)
        self.assertEqual(self.provider.ip_requests, 0)
        self.assertEqual(self.provider.requests, [])

    def test_missing_settings_stop_without_a_request(self):
        self.engine.set("ddns.username", "")
        self.engine.set("ddns.provider", "dyndns2")
        status = self.wait_state("stopped")
        self.assertEqual(status["last_result"], "Setting 'ddns.username' is empty: DynDNS2 needs the login at the provider.")
        self.assertEqual(self.provider.requests, [])
        self.engine.set("ddns.provider", "none")
        self.engine.set("ddns.username", self.provider.username)

    def test_private_address_from_the_web_is_refused(self):
        self.provider.ip_answer = "192.168.1.20"
        self.engine.set("ddns.provider", "dyndns2")
        status = wait_until(lambda: (s := self.status())["address_error"] and s, 10, what="an address error")
        self.assertIn("answered 192.168.1.20: 192.168.1.20 is a private address (RFC 1918)", status["address_error"])
        self.assertEqual(status["state"], "error")
        self.assertEqual(self.provider.count("dyndns2"), 0)
        self.engine.set("ddns.provider", "none")
        self.provider.ip_answer = "203.0.113.7"


if __name__ == "__main__":
    unittest.main()
