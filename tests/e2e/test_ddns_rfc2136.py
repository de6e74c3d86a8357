"""Dynamic DNS by RFC 2136 (issue 7) against a real BIND (Debian's bind9): named -g with its
own directory, listening on 127.0.0.1 and a random port, a zone example.org and a TSIG key
made by tsig-keygen with allow-update for it. The engine's update is checked by asking BIND
(dnspython), and wrong keys are refused with the sentence for TSIG's error.

Run by hand:  python3 test_ddns_rfc2136.py Rfc2136 -v
"""

import os
import random
import re
import subprocess
import unittest

from ddns_fixture import DdnsStatus
from doorstep_fixture import EngineTestCase, _spawn, stop_process, wait_until

try:
    import dns.message
    import dns.query
    import dns.rcode
except ImportError:  # Debian's python3-dnspython
    dns = None

NAMED = "/usr/sbin/named"
TSIG_KEYGEN = "/usr/sbin/tsig-keygen"

ZONE = """$TTL 300
@       IN SOA ns.example.org. hostmaster.example.org. 1 3600 600 86400 300
@       IN NS  ns.example.org.
ns      IN A   127.0.0.1
"""


class Bind:
    """A private named: primary for example.org, updates allowed with one TSIG key."""

    def __init__(self, directory):
        self.directory = os.path.join(directory, "bind")
        os.makedirs(self.directory, exist_ok=True)
        self.process = None
        self.log_path = os.path.join(self.directory, "named.log")
        key = subprocess.run([TSIG_KEYGEN, "-a", "hmac-sha256", "doorstep-key"], capture_output=True, text=True, check=True).stdout
        self.secret = re.search(r'secret "([^"]+)"', key).group(1)
        with open(os.path.join(self.directory, "key.conf"), "w") as f:
            f.write(key)
        with open(os.path.join(self.directory, "example.org.zone"), "w") as f:
            f.write(ZONE)

    def start(self):
        for _ in range(5):
            # BIND listens on interface addresses only: 127.0.0.1, not any 127.x.y.z.
            self.host = "127.0.0.1"
            self.port = random.randint(20000, 60000)
            d = self.directory
            with open(os.path.join(d, "named.conf"), "w") as f:
                f.write(f"""options {{
    directory "{d}";
    pid-file "{d}/named.pid";
    session-keyfile "{d}/session.key";
    managed-keys-directory "{d}";
    listen-on port {self.port} {{ {self.host}; }};
    listen-on-v6 {{ none; }};
    recursion no;
    dnssec-validation no;
    notify no;
}};
controls {{ }};
include "{d}/key.conf";
zone "example.org" {{
    type primary;
    file "{d}/example.org.zone";
    allow-update {{ key "doorstep-key"; }};
}};
""")
            with open(self.log_path, "w") as out:
                self.process = _spawn([NAMED, "-g", "-c", os.path.join(d, "named.conf")], stdin=subprocess.DEVNULL,
                                      stdout=out, stderr=subprocess.STDOUT)
            try:
                wait_until(lambda: self.process.poll() is not None or self.answers(), 15, interval=0.1, what="named")
            except TimeoutError:
                pass
            if self.process.poll() is None and self.answers():
                return self
            stop_process(self.process, 5)
            if "address in use" not in self.log().lower():
                break
        raise RuntimeError(f"named did not start:\n{self.log()}")

    def answers(self):
        try:
            self.query("example.org", "SOA")
            return True
        except Exception:
            return False

    def query(self, name, rdtype):
        reply = dns.query.udp(dns.message.make_query(name, rdtype), self.host, port=self.port, timeout=2)
        return reply

    def records(self, name, rdtype):
        reply = self.query(name, rdtype)
        return sorted(item.to_text() for rrset in reply.answer for item in rrset)

    def log(self):
        try:
            with open(self.log_path, errors="replace") as f:
                return f.read()
        except OSError:
            return ""

    def stop(self):
        stop_process(self.process, 10)


@unittest.skipUnless(dns is not None and os.access(NAMED, os.X_OK) and os.access(TSIG_KEYGEN, os.X_OK),
                     "needs bind9, bind9-utils and python3-dnspython")
class Rfc2136(DdnsStatus, EngineTestCase):
    DOMAINS = []
    USERS = []

    @classmethod
    def configure(cls):
        super().configure()
        cls.bind = Bind(cls.tmp).start()
        cls.addClassCleanup(cls.bind.stop)
        e = cls.engine
        for key, value in {"ddns.ip_source": "fixed:203.0.113.7", "ddns.server": f"{cls.bind.host}:{cls.bind.port}",
                           "ddns.domain": "example.org", "ddns.host": "home", "ddns.tsig_name": "doorstep-key",
                           "ddns.tsig_algorithm": "hmac-sha256", "ddns.interval": "1"}.items():
            e.set(key, value)
        cls.set_secret(cls.bind.secret)
        e.set("ddns.provider", "rfc2136")

    @classmethod
    def set_secret(cls, secret):
        cls.engine.ctl("settings", "set", "ddns.tsig_secret", "-", input=secret + "\n")

    def failure_logs(self):
        return super().failure_logs() + [("named (last lines)", "\n".join(self.bind.log().splitlines()[-30:]))]

    def test_1_a_record(self):
        status = self.wait_state("ok")
        self.assertEqual(self.bind.records("home.example.org", "A"), ["203.0.113.7"])
        self.assertIn(f"The DNS server {self.bind.host} now points home.example.org at 203.0.113.7.", status["last_result"])
        self.assertFalse(status["txt_records"] is False)
        # A new address replaces the record (the RRset is deleted and added in one update).
        self.engine.set("ddns.ip_source", "fixed:203.0.113.8")
        wait_until(lambda: self.bind.records("home.example.org", "A") == ["203.0.113.8"], 10, what="A 203.0.113.8 in BIND")
        self.assertNotIn(self.bind.secret, self.engine.log_text())

    def test_2_aaaa_record(self):
        self.engine.set("ddns.ip_source", "fixed:2001:db8::7")
        wait_until(lambda: self.bind.records("home.example.org", "AAAA") == ["2001:db8::7"], 10, what="AAAA in BIND")
        self.assertEqual(self.bind.records("home.example.org", "A"), ["203.0.113.8"])
        self.assertIn("now points home.example.org at 2001:db8::7", self.engine.ctl("ddns", "update", timeout=60).stdout)

    def test_3_wrong_secret(self):
        self.set_secret("c2VjcmV0IHRoYXQgQklORCBkb2VzIG5vdCBrbm93IGF0IGFsbCEh")
        status = self.wait_state("stopped")
        self.assertIn("refused the TSIG signature (BADSIG)", status["last_result"])
        run = self.engine.ctl("ddns", "update", check=False, timeout=60)
        self.assertEqual(run.returncode, 1, run.stdout + run.stderr)
        self.assertIn("BADSIG", run.stderr)
        self.assertEqual(self.bind.records("home.example.org", "AAAA"), ["2001:db8::7"])

    def test_4_unknown_key(self):
        self.set_secret(self.bind.secret)
        self.wait_state("ok")
        self.engine.set("ddns.tsig_name", "nobody-key")
        status = self.wait_state("stopped")
        self.assertIn("does not know the TSIG key 'nobody-key' (BADKEY)", status["last_result"])

    def test_5_zone_not_served(self):
        self.engine.set("ddns.tsig_name", "doorstep-key")
        self.wait_state("ok")
        self.engine.set("ddns.domain", "example.net")
        status = self.wait_state("stopped")
        self.assertRegex(status["last_result"], r"NOTAUTH|REFUSED")


if __name__ == "__main__":
    unittest.main()
