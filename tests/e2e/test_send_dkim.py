#!/usr/bin/env python3
"""e2e.send.dkim: DKIM signatures (RFC 6376, RFC 8463) as the remote side receives them. Mail
from a local user to a remote domain arrives at a real Postfix MX, and Debian's python3-dkim
verifies the copy Postfix delivered, with a DNS lookup that answers what
`doorstepctl dkim record` (Domains.DkimRecords) says to publish: RSA alone, RSA and Ed25519
(each signature on its own), after masquerading (d= the masquerade domain), a copy altered
afterwards (it must fail), and no signature with dkim.enabled off, for a foreign From, or on
local delivery; a message whose key cannot be read still goes, unsigned, and the
engine state says so.
"""

import os
import re
import unittest

from doorstep_fixture import main
from send_fixture import SendTestCase, header_values

try:
    import dkim
except ImportError:  # python3-dkim (scripts/bootstrap --test-peers)
    dkim = None

MASQUERADE_AS = "datix.us"


def signatures(raw):
    """The DKIM-Signature fields of raw as {tag: value} dicts, top first."""
    found = []
    for value in header_values(raw, "dkim-signature"):
        tags = {}
        for part in value.split(";"):
            if "=" in part:
                name, _, text = part.strip().partition("=")
                tags[name.strip()] = re.sub(r"\s+", "", text)
        found.append(tags)
    return found


class DkimSigning(SendTestCase):
    """e2e.send.dkim."""

    USERS = ["alice@example.test", "bob@example.test"]
    RELAY = [("127.0.0.9", "RELAY")]

    @classmethod
    def setUpClass(cls):
        if dkim is None:
            raise unittest.SkipTest("python3-dkim is not installed (scripts/bootstrap --test-peers)")
        super().setUpClass()

    @classmethod
    def start_peers(cls):
        cls.mx = cls.postfix("mx", "mx.far.test", mailboxes=["bob@far.test"])
        return [("mx", "far.test", "mx.far.test", 10), ("a", "mx.far.test", cls.mx.address)]

    def setUp(self):
        super().setUp()
        e = self.engine
        e.set("dkim.enabled", True)
        e.set("dkim.ed25519", False)
        e.set("identity.masquerade_as", "")
        e.set("dkim.selector", "doorstep")

    def published(self, domain):
        """{DNS name: TXT} as `doorstepctl dkim record DOMAIN` says to publish them."""
        records = self.engine.ctl_json("dkim", "record", domain)
        zone = {}
        for r in records:
            zone.setdefault(r["name"], []).append(r["txt"])
        return zone

    def dnsfunc(self, *domains):
        """(zone, lookup, asked): a TXT lookup for python3-dkim that answers the first record
        published under a name (the RSA one) and remembers the names asked for."""
        zone = {}
        for domain in domains:
            for name, values in self.published(domain).items():
                zone.setdefault(name, []).extend(values)
        asked = []

        def lookup(name, timeout=5):
            key = (name.decode() if isinstance(name, bytes) else name).rstrip(".")
            asked.append(key)
            values = zone.get(key, [])
            return values[0].encode() if values else None

        return zone, lookup, asked

    def verify_each(self, raw, *domains):
        """[True/False] per DKIM-Signature of raw (top first), each checked with the key of its k=."""
        zone = {}
        for domain in domains:
            for name, values in self.published(domain).items():
                zone.setdefault(name, []).extend(values)
        results = []
        for index, tags in enumerate(signatures(raw)):
            want_k = "ed25519" if tags.get("a", "").startswith("ed25519") else "rsa"

            def lookup(name, timeout=5, want_k=want_k):
                key = (name.decode() if isinstance(name, bytes) else name).rstrip(".")
                for value in zone.get(key, []):
                    if f"k={want_k};" in value.replace(" ", ""):
                        return value.encode()
                return None

            try:
                results.append(bool(dkim.DKIM(raw).verify(idx=index, dnsfunc=lookup)))
            except dkim.ValidationError:  # a body hash mismatch raises instead of returning False
                results.append(False)
        return results

    def sent(self, **kwargs):
        _, tag = self.submit("bob@far.test", **kwargs)
        return self.wait_arrival(self.mx, "bob@far.test", tag)

    def test_rsa_signature_verifies(self):
        raw = self.sent(extra_headers=["Message-ID: <dkim-rsa@example.test>"])
        sigs = signatures(raw)
        self.assertEqual(len(sigs), 1, f"DKIM-Signature fields: got {sigs}, want one")
        s = sigs[0]
        self.assertEqual((s.get("a"), s.get("c"), s.get("d"), s.get("s")), ("rsa-sha256", "relaxed/relaxed", "example.test", "doorstep"),
                         f"tags: got {s}")
        self.assertTrue(s.get("t", "").isdigit(), f"t=: got {s.get('t')!r}, want a timestamp")
        signed = s.get("h", "").lower().split(":")
        for name in ("from", "to", "subject", "date", "message-id"):
            self.assertIn(name, signed, f"h=: got {signed}, want {name} signed")
        self.assertEqual(signed.count("from"), 2, f"h=: got {signed}, want From oversigned (twice)")
        _, lookup, asked = self.dnsfunc("example.test")
        self.assertTrue(dkim.verify(raw, dnsfunc=lookup), f"dkim.verify of the copy at the MX failed; looked up {asked}")
        self.assertEqual(asked, ["doorstep._domainkey.example.test"], "the key looked up")

    def test_rsa_and_ed25519_both_verify(self):
        self.engine.set("dkim.ed25519", True)
        raw = self.sent()
        sigs = signatures(raw)
        self.assertEqual([s.get("a") for s in sigs], ["rsa-sha256", "ed25519-sha256"], f"signatures: got {sigs}")
        self.assertEqual(len(self.published("example.test")["doorstep._domainkey.example.test"]), 2, "records published")
        self.assertEqual(self.verify_each(raw, "example.test"), [True, True], "dkim.DKIM(msg).verify(idx=0) and (idx=1)")

    def test_masqueraded_from_signed_for_masquerade_domain(self):
        self.engine.set("identity.masquerade_as", MASQUERADE_AS)
        raw = self.sent()
        self.assertEqual(header_values(raw, "from"), [f"alice@{MASQUERADE_AS}"], "From after masquerading")
        sigs = signatures(raw)
        self.assertEqual([s.get("d") for s in sigs], [MASQUERADE_AS], f"d= of the signatures: got {sigs}")
        _, lookup, asked = self.dnsfunc(MASQUERADE_AS)
        self.assertTrue(dkim.verify(raw, dnsfunc=lookup), f"dkim.verify after masquerading failed; looked up {asked}")

    def test_altered_copy_fails(self):
        self.engine.set("dkim.ed25519", True)
        raw = self.sent()
        self.assertEqual(self.verify_each(raw, "example.test"), [True, True], "the copy as it arrived")
        body_start = raw.index(b"\n\n") + 2
        altered = {
            "body": raw[:body_start] + raw[body_start:].replace(b"Body of", b"Body 0f", 1),
            "subject": re.sub(rb"(?m)^Subject: ", b"Subject: Re: ", raw, count=1),
            "second From on top": b"From: mallory@example.test\n" + raw,
        }
        for what, copy in altered.items():
            self.assertNotEqual(copy, raw, what)
            self.assertEqual(self.verify_each(copy, "example.test"), [False, False], f"a copy with its {what} altered")
        # Blanks that relaxed canonicalization ignores do not break it.
        relaxed = raw[:body_start] + raw[body_start:].replace(b"Last line.", b"Last   line.  ", 1)
        self.assertEqual(self.verify_each(relaxed, "example.test"), [True, True], "a copy with blanks changed (relaxed)")

    def test_disabled_gives_no_signature(self):
        self.engine.set("dkim.enabled", False)
        raw = self.sent()
        self.assertEqual(header_values(raw, "dkim-signature"), [], "dkim.enabled=false")

    def test_foreign_from_not_signed(self):
        _, tag = self.relay_client_submit("127.0.0.9", "someone@sender.test", "bob@far.test")
        raw = self.wait_arrival(self.mx, "bob@far.test", tag)
        self.assertEqual(header_values(raw, "dkim-signature"), [], "From in a domain that is not ours")

    def test_unsignable_mail_still_sent(self):
        # A key file that is not a key: the mail goes unsigned, the state says why, and the
        # next signed message clears it (engine/delivery/README.md).
        with open(os.path.join(self.engine.data_dir, "dkim", "broken._domainkey.example.test.rsa.pem"), "w") as f:
            f.write("not a key\n")
        self.engine.set("dkim.selector", "broken")
        raw = self.sent()
        self.assertEqual(header_values(raw, "dkim-signature"), [], "mail whose key cannot be read")
        state = self.engine.ctl_json("status")["state"]
        self.assertTrue(state.startswith("degraded") and "without a DKIM signature" in state and "example.test" in state,
                        f"state: got {state!r}, want degraded naming the unsigned domain")
        self.assertIn("sending mail from example.test without a DKIM signature", self.engine.log_text(), "the warning in the log")
        self.engine.set("dkim.selector", "doorstep")
        raw = self.sent()
        self.assertEqual(len(signatures(raw)), 1, "signed again with a readable key")
        state = self.engine.ctl_json("status")["state"]
        self.assertFalse("DKIM" in state, f"state after a signed message: got {state!r}")

    def test_local_delivery_not_signed(self):
        _, tag = self.submit("bob@example.test")
        self.wait_delivered("bob@example.test", 1)
        copies = []
        for path in self.engine.maildir_files("bob@example.test"):
            with open(path, "rb") as f:
                raw = f.read()
            if tag.encode() in raw:
                copies.append(raw)
        self.assertEqual(len(copies), 1, f"local copies of {tag}")
        raw = copies[0]
        self.assertEqual(header_values(raw, "dkim-signature"), [], "local delivery")


if __name__ == "__main__":
    main()
