"""e2e.tls.acme_*: the engine's ACME client (RFC 8555) against a real pebble on loopback.

pebble validates HTTP-01 by connecting to the name's address (from the test's dnsmasq) on its
"httpPort", which is the engine's acme.http_port; pebble's HTTPS certificate is trusted through
acme.ca_file. Issuance ends with the new certificate on the MTA listener's STARTTLS, verified
against pebble's root; renewal, the automatic renewal, a failing challenge (the old certificate
stays), badNonce retries, the responder bound only during a challenge, a port taken by another
program, and a live swap under a connected client.

Run one class by hand:  python3 test_tls_acme.py AcmeIssuance -v
"""

import socket
import ssl
import sys
import time
import unittest

from doorstep_fixture import EngineTestCase, wait_until
from tls_fixture import Pebble, der_fingerprint, free_port, peer_certificate, smtp_command

HOSTNAME = "mail.acme.test"
ACME_TIMEOUT = 180.0
ACME_DNS = [
    ("a", HOSTNAME, "127.0.0.1"),
    ("a", "smtp.acme.test", "127.0.0.2"),
    # nowhere.acme.test has no record: pebble's lookup fails, the challenge with it.
]


class AcmeTestCase(EngineTestCase):
    DNS = ACME_DNS
    NONCE_REJECT = 0
    VALIDITY_SECONDS = None
    pebble = None

    @classmethod
    def configure(cls):
        super().configure()
        cls.http_port = free_port()
        cls.pebble = Pebble(cls.tmp, cls.dns.spec, cls.http_port, nonce_reject=cls.NONCE_REJECT,
                            validity_seconds=cls.VALIDITY_SECONDS).start()
        cls.addClassCleanup(cls.pebble.stop)
        e = cls.engine
        e.set("identity.hostname", HOSTNAME)
        e.set("acme.directory_url", cls.pebble.dir_url)
        e.set("acme.ca_file", cls.pebble.ca_file)
        e.set("acme.http_port", cls.http_port)
        e.set("acme.email", "postmaster@acme.test")
        # The self-signed certificate follows identity.hostname, made off the loop: wait for it.
        wait_until(lambda: e.ctl_json("cert", "show")["names"] == [HOSTNAME], 30, what="the self-signed certificate for the host name")

    def failure_logs(self):
        logs = super().failure_logs()
        if self.pebble is not None:
            logs.append(("pebble (last lines)", "\n".join(self.pebble.log().splitlines()[-40:])))
        return logs

    def current(self):
        return self.engine.ctl_json("cert", "show")

    def acme(self, *args, check=True):
        return self.engine.ctl("cert", "acme", *args, check=check, timeout=ACME_TIMEOUT)

    def assertResponderClosed(self, what):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.settimeout(2)
            code = s.connect_ex(("127.0.0.1", self.http_port))
        self.assertNotEqual(code, 0, f"{what}: port {self.http_port} (acme.http_port) accepts connections, want it closed")

    def assertIssuedByPebble(self, fingerprint):
        """STARTTLS shows the certificate with this fingerprint, and it verifies against pebble's root."""
        der, tls = peer_certificate("127.0.0.1", self.port())
        tls.close()
        self.assertEqual(der_fingerprint(der), fingerprint, "STARTTLS: got another certificate than Certificates.Current")
        root = self.pebble.management("/roots/0")
        context = ssl.create_default_context(cadata=root)
        context.check_hostname = True
        sock = socket.create_connection(("127.0.0.1", self.port()), timeout=10)
        f = sock.makefile("rb")
        f.readline()
        sock.sendall(b"EHLO verify.test\r\n")
        while f.readline()[3:4] == b"-":
            pass
        sock.sendall(b"STARTTLS\r\n")
        f.readline()
        # Verification needs the intermediate: the engine must send the chain pebble gave it.
        with context.wrap_socket(sock, server_hostname=HOSTNAME) as verified:
            issuer = dict(x[0] for x in verified.getpeercert()["issuer"])
        intermediate = self.pebble.management("/intermediates/0")
        self.assertIn("Pebble Intermediate", issuer.get("commonName", ""), f"issuer {issuer}")
        self.assertTrue(intermediate.startswith("-----BEGIN CERTIFICATE-----"))


class AcmeIssuance(AcmeTestCase):
    """e2e.tls.acme_issuance: RequestAcme, Renew, a failing challenge, the responder port, live swap."""

    def test_1_issue(self):
        self.assertResponderClosed("before any challenge")
        before = self.current()
        self.assertEqual(before["source"], "self-signed")
        result = self.acme(HOSTNAME, "--email", "admin@acme.test")
        self.assertIn("issued the certificate", result.stdout, "progress lines")
        current = self.current()
        self.assertEqual(current["source"], "acme")
        self.assertEqual(current["names"], [HOSTNAME])
        self.assertIn("Pebble Intermediate", current["issuer"])
        self.assertNotEqual(current["fingerprint_sha256"], before["fingerprint_sha256"])
        self.assertGreater(current["next_renewal"], 0, "an ACME certificate has a renewal planned")
        self.assertEqual(current["renewal_error"], "")
        self.assertEqual(current["acme_directory"], self.pebble.dir_url)
        self.assertIssuedByPebble(current["fingerprint_sha256"])
        self.assertResponderClosed("after the challenge")
        kinds = [e["kind"] for e in self.engine.events()]
        self.assertIn("certificate_renewed", kinds)

    def test_2_renew_and_live_swap(self):
        if self.current()["source"] != "acme":
            self.acme(HOSTNAME)
        old = self.current()["fingerprint_sha256"]
        der, session = peer_certificate("127.0.0.1", self.port())
        self.addCleanup(session.close)
        self.assertEqual(der_fingerprint(der), old)
        # Renewal goes to the CA the certificate came from, whatever acme.directory_url says now.
        self.engine.set("acme.directory_url", "https://127.0.0.1:9/elsewhere")
        self.addCleanup(self.engine.set, "acme.directory_url", self.pebble.dir_url)
        self.engine.ctl("cert", "renew", timeout=ACME_TIMEOUT)
        new = self.current()
        self.assertEqual(new["source"], "acme")
        self.assertNotEqual(new["fingerprint_sha256"], old, "Renew gave the same certificate")
        # The session opened before keeps working; the next one gets the new certificate.
        self.assertTrue(smtp_command(session, "EHLO still.test").startswith("250"), "old TLS session after the swap")
        self.assertTrue(smtp_command(session, "NOOP").startswith("250"))
        self.assertIssuedByPebble(new["fingerprint_sha256"])
        self.assertResponderClosed("after the renewal")

    def test_3_failing_challenge_keeps_certificate(self):
        before = self.current()["fingerprint_sha256"]
        result = self.acme("nowhere.acme.test", check=False)
        self.assertEqual(result.returncode, 1, result.stderr)
        print(result.stderr.strip(), file=sys.stderr)
        self.assertIn("could not validate nowhere.acme.test at http://nowhere.acme.test/.well-known/acme-challenge/", result.stderr)
        after = self.current()
        self.assertEqual(after["fingerprint_sha256"], before, "a failed request replaced the certificate")
        self.assertIn("nowhere.acme.test", after["renewal_error"])
        self.assertResponderClosed("after the failed challenge")

    def test_4_port_taken(self):
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as taken:
            taken.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
            # Only the test's own listening socket may make the port busy, not TIME_WAIT ones.
            taken.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            taken.bind(("::", self.http_port))
            taken.listen(1)
            # A name never validated here: a CA may reuse a valid authorization (pebble does,
            # Let's Encrypt for 30 days), and then no challenge, and no port, is needed.
            result = self.acme("smtp.acme.test", check=False)
        self.assertEqual(result.returncode, 1, result.stdout)
        print(result.stderr.strip(), file=sys.stderr)
        self.assertIn(f"Port {self.http_port} (acme.http_port) is in use by another program", result.stderr)

    def test_5_refusals(self):
        result = self.engine.ctl("cert", "acme", "--directory", "http://127.0.0.1/dir", check=False)
        self.assertEqual(result.returncode, 1)
        self.assertIn("must be an https:// URL", result.stderr)
        result = self.engine.ctl("cert", "acme", "192.0.2.1", check=False)
        self.assertIn("is an IP address", result.stderr)
        result = self.engine.ctl("cert", "acme", HOSTNAME, "--email", "not an address", check=False)
        self.assertIn("is not a mail address", result.stderr)


class AcmeBadNonce(AcmeTestCase):
    """e2e.tls.acme_bad_nonce: pebble refuses most nonces; the client retries with the new one."""

    # 40 % over two runs of about eight POSTs each: no rejection at all (0.6^16) and eleven in
    # a row (0.4^11 per POST) are both well under one in a thousand.
    NONCE_REJECT = 40

    def test_issue_despite_bad_nonces(self):
        self.acme(HOSTNAME)
        self.assertEqual(self.current()["source"], "acme")
        self.engine.ctl("cert", "renew", timeout=ACME_TIMEOUT)
        retries = self.engine.log_text().count("refused the nonce")
        self.assertGreater(retries, 0, "pebble rejected no nonce: the retry path was not taken")


class AcmeAutomaticRenewal(AcmeTestCase):
    """e2e.tls.acme_automatic_renewal: pebble's certificates live 30 s; the engine renews at half-life."""

    VALIDITY_SECONDS = 30

    def test_renews_by_itself(self):
        self.acme(HOSTNAME)
        first = self.current()
        self.assertEqual(first["source"], "acme")
        renewed = lambda: self.current()["fingerprint_sha256"] != first["fingerprint_sha256"]
        wait_until(renewed, 60, interval=0.5, what="the automatic renewal")
        second = self.current()
        self.assertEqual(second["source"], "acme")
        events = [e for e in self.engine.events() if e["kind"] == "certificate_renewed"]
        self.assertGreaterEqual(len(events), 2, events)
        self.assertIn("Renewing the ACME certificate", self.engine.log_text())

    def test_z_failing_renewal_backs_off_and_warns(self):
        if self.current()["source"] != "acme":
            self.acme(HOSTNAME)
        # The CA goes away; the next renewal (at the certificate's half-life) fails.
        self.pebble.stop()
        failed = lambda: self.current()["renewal_failures"] >= 1
        wait_until(failed, 60, interval=0.5, what="a failed automatic renewal")
        current = self.current()
        self.assertIn("Cannot reach the ACME server", current["renewal_error"])
        # Back-off: the next attempt an hour later, not at once.
        next_in = current["next_renewal"] / 1e6 - time.time()
        self.assertTrue(3500 < next_in <= 3600, f"next renewal in {next_in:.0f} s, want about an hour")
        # The certificate lives 30 s, well within 14 days of expiry: that is news now.
        expiring = [e for e in self.engine.events() if e["kind"] == "certificate_expiring"]
        self.assertEqual(len(expiring), 1, expiring)
        self.assertIn("renewing it keeps failing: Cannot reach the ACME server", expiring[0]["summary"])


if __name__ == "__main__":
    unittest.main(argv=sys.argv, verbosity=2)
