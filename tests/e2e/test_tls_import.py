"""e2e.tls.import: Certificates.CreateRequest and Import through doorstepctl against a real engine.

Every refusal of Import has its own certificate, made here with python3-cryptography (a CA,
an intermediate, leaves with chosen names, dates and keys): not PEM, not a certificate, a key
that does not match, no key and no request key, names that miss identity.hostname (and a
wildcard that covers it), not yet valid, expired, a chain out of order, a chain that does not
link. Then a good import (source "imported", presented on STARTTLS at once), an import of just
the certificate for the key of `cert request`, and Renew refusing an imported certificate.

Before those, a self-signed certificate follows quick changes of identity.hostname to the last
name.

Run by hand:  python3 test_tls_import.py CertificateImport -v
"""

import datetime
import os
import sys
import unittest

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from doorstep_fixture import EngineTestCase, wait_until
from tls_fixture import NOW, Issued, der_fingerprint, make_certificate, peer_certificate

HOSTNAME = "mail.import.test"


class CertificateImport(EngineTestCase):
    DNS = []

    @classmethod
    def configure(cls):
        super().configure()
        cls.engine.set("identity.hostname", HOSTNAME)
        wait_until(lambda: cls.engine.ctl_json("cert", "show")["names"] == [HOSTNAME], 30, what="the self-signed certificate")
        cls.root = make_certificate("Import Test Root", ca=True)
        cls.intermediate = make_certificate("Import Test Intermediate", issuer=cls.root, ca=True)
        cls.leaf = make_certificate(HOSTNAME, issuer=cls.intermediate, names=[HOSTNAME, "import.test"])

    def write(self, name, text):
        path = os.path.join(self.tmp, name)
        with open(path, "w") as f:
            f.write(text)
        return path

    def import_(self, cert, key, chain=None):
        args = ["cert", "import", self.write("c.pem", cert), self.write("k.pem", key) if key else ""]
        if chain is not None:
            args.append(self.write("ch.pem", chain))
        return self.engine.ctl(*args, check=False)

    def assertRefused(self, result, sentence):
        self.assertEqual(result.returncode, 1, f"got exit {result.returncode}: {result.stdout}{result.stderr}")
        self.assertIn(sentence, result.stderr)
        self.assertNotEqual(self.engine.ctl_json("cert", "show")["source"], "imported", "a refused import was used")

    def test_0_self_signed_follows_hostname(self):
        # The host name changes and changes back before the new certificate is made: the
        # engine ends on a certificate for the name it has now, not the one in between.
        def made_for(name):
            return [e for e in self.engine.events() if e["kind"] == "certificate_renewed" and name in e["summary"]]

        self.engine.set("identity.hostname", "other.import.test")
        self.engine.set("identity.hostname", HOSTNAME)
        wait_until(lambda: made_for("other.import.test"), 30, what="the certificate for the name in between")
        wait_until(lambda: self.engine.ctl_json("cert", "show")["names"] == [HOSTNAME], 30, what="the certificate back on the host name")
        shown = self.engine.ctl_json("cert", "show")
        self.assertEqual(shown["source"], "self-signed")
        der, tls = peer_certificate("127.0.0.1", self.port())
        tls.close()
        self.assertEqual(der_fingerprint(der), shown["fingerprint_sha256"], "STARTTLS does not present the new certificate")

    def test_1_refusals(self):
        leaf, chain = self.leaf, self.intermediate.cert_pem
        other = make_certificate(HOSTNAME, issuer=self.intermediate, names=[HOSTNAME])
        cases = [
            ("not PEM", self.import_("hello\n", leaf.key_pem, chain), "The certificate is not a valid list of PEM certificates"),
            ("a key as certificate", self.import_(leaf.key_pem, leaf.key_pem, chain), "The certificate is not a valid list of PEM certificates"),
            ("wrong key", self.import_(leaf.cert_pem, other.key_pem, chain), "The private key does not belong to the certificate"),
            ("no key, no request", self.import_(leaf.cert_pem, None, chain), "there is no pending key from a certificate request"),
        ]
        wrong_name = make_certificate("www.other.test", issuer=self.intermediate, names=["www.other.test", "*.other.test"])
        cases.append(("names", self.import_(wrong_name.cert_pem, wrong_name.key_pem, chain),
                      f"The certificate is for www.other.test, *.other.test, which does not cover '{HOSTNAME}' (identity.hostname)"))
        deep_wildcard = make_certificate("*.test", issuer=self.intermediate, names=["*.test"])
        cases.append(("a wildcard covers one label only", self.import_(deep_wildcard.cert_pem, deep_wildcard.key_pem, chain),
                      "which does not cover"))
        future = make_certificate(HOSTNAME, issuer=self.intermediate, names=[HOSTNAME],
                                  not_before=NOW + datetime.timedelta(days=2), not_after=NOW + datetime.timedelta(days=60))
        cases.append(("not yet valid", self.import_(future.cert_pem, future.key_pem, chain), "The certificate is not valid yet: it becomes valid on"))
        expired = make_certificate(HOSTNAME, issuer=self.intermediate, names=[HOSTNAME],
                                   not_before=NOW - datetime.timedelta(days=60), not_after=NOW - datetime.timedelta(days=1))
        cases.append(("expired", self.import_(expired.cert_pem, expired.key_pem, chain), "The certificate expired on"))
        cases.append(("chain out of order", self.import_(leaf.cert_pem, leaf.key_pem, self.root.cert_pem + chain),
                      "The chain is out of order: the certificate was issued by chain certificate 2 ('CN=Import Test Intermediate'), "
                      "which must come right after it, as number 1"))
        stranger = make_certificate("Unrelated CA", ca=True)
        cases.append(("chain does not link", self.import_(leaf.cert_pem, leaf.key_pem, stranger.cert_pem),
                      "The chain does not link: the certificate was not issued by chain certificate 1 ('CN=Unrelated CA')"))
        cases.append(("chain does not link further up", self.import_(leaf.cert_pem, leaf.key_pem, chain + stranger.cert_pem),
                      "chain certificate 1 ('CN=Import Test Intermediate') was not issued by chain certificate 2 ('CN=Unrelated CA')"))
        for what, result, sentence in cases:
            with self.subTest(what):
                self.assertRefused(result, sentence)

    def test_2_good_import_is_used_live(self):
        # The full chain root included is fine: each issued by the next.
        result = self.import_(self.leaf.cert_pem, self.leaf.key_pem, self.intermediate.cert_pem + self.root.cert_pem)
        self.assertEqual(result.returncode, 0, result.stderr)
        current = self.engine.ctl_json("cert", "show")
        self.assertEqual(current["source"], "imported")
        self.assertEqual(current["fingerprint_sha256"], self.leaf.fingerprint)
        self.assertEqual(current["names"], [HOSTNAME, "import.test"])
        der, tls = peer_certificate("127.0.0.1", self.port())
        tls.close()
        self.assertEqual(der_fingerprint(der), self.leaf.fingerprint, "STARTTLS does not present the imported certificate")
        renew = self.engine.ctl("cert", "renew", check=False)
        self.assertEqual(renew.returncode, 1)
        self.assertIn("was imported, so the engine cannot renew it", renew.stderr)

    def test_3_request_then_import_certificate_only(self):
        csr_pem = self.engine.ctl("cert", "request", HOSTNAME, "smtp.import.test").stdout
        csr = x509.load_pem_x509_csr(csr_pem.encode())
        self.assertTrue(csr.is_signature_valid)
        names = csr.extensions.get_extension_for_class(x509.SubjectAlternativeName).value.get_values_for_type(x509.DNSName)
        self.assertEqual(names, [HOSTNAME, "smtp.import.test"])
        self.assertEqual(csr.subject.rfc4514_string(), f"CN={HOSTNAME}")
        # The CA signs the request's public key; the key never left the engine.
        builder = (x509.CertificateBuilder().subject_name(csr.subject).issuer_name(self.intermediate.certificate.subject)
                   .public_key(csr.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(NOW - datetime.timedelta(hours=1)).not_valid_after(NOW + datetime.timedelta(days=90))
                   .add_extension(x509.SubjectAlternativeName([x509.DNSName(n) for n in names]), critical=False))
        signed = Issued(builder.sign(self.intermediate.key, hashes.SHA256()), None)
        full_chain = signed.cert_pem + self.intermediate.cert_pem
        result = self.engine.ctl("cert", "import", self.write("full.pem", full_chain), "", check=False)
        self.assertEqual(result.returncode, 0, result.stderr)
        current = self.engine.ctl_json("cert", "show")
        self.assertEqual(current["fingerprint_sha256"], signed.fingerprint)
        self.assertEqual(current["source"], "imported")
        key_path = os.path.join(self.engine.data_dir, "tls", "request-key.pem")
        self.assertFalse(os.path.exists(key_path), "the request key stays after it was used")
        self.assertEqual(os.stat(os.path.join(self.engine.data_dir, "tls", "key.pem")).st_mode & 0o777, 0o600)
        # Used up: a second import of just a certificate has no key to pair with.
        again = self.engine.ctl("cert", "import", self.write("full.pem", full_chain), "", check=False)
        self.assertIn("there is no pending key", again.stderr)

    def test_4_expiring_import_raises_event(self):
        soon = make_certificate(HOSTNAME, issuer=self.intermediate, names=[HOSTNAME],
                                not_after=NOW + datetime.timedelta(days=5))
        result = self.import_(soon.cert_pem, soon.key_pem, self.intermediate.cert_pem)
        self.assertEqual(result.returncode, 0, result.stderr)
        expiring = lambda: [e for e in self.engine.events() if e["kind"] == "certificate_expiring"]
        events = wait_until(expiring, 10, what="certificate_expiring")
        self.assertIn("it was imported, so import a new one", events[-1]["summary"])
        self.assertEqual(events[-1]["details"]["fingerprint_sha256"], soon.fingerprint)
        self.assertEqual(events[-1]["details"]["days_left"], 4)


if __name__ == "__main__":
    unittest.main(argv=sys.argv, verbosity=2)
