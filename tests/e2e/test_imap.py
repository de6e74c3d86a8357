#!/usr/bin/env python3
"""e2e.imap.*: the managed Dovecot, started by the engine in session mode, with Python's imaplib.

- delivery goes through Dovecot's LMTP and is at once readable over IMAPS (login + FETCH),
  with Return-Path and Delivered-To;
- IMAP on imap.listen needs STARTTLS before a login; a wrong password and a disabled user are
  refused; the passwd-file follows `user add`, `user passwd` and `user disable` at once;
- GTUBE goes into the spam folder (spam.folder) through the global Sieve script;
- Dovecot killed: the engine says IMAP is down (degraded), mail for local users waits in the
  queue (deferred, never written around Dovecot), Dovecot is started again and the waiting
  mail is delivered at once — nothing lost;
- imap.enabled off stops Dovecot (the ports close) and local mail goes into Maildir by the
  engine itself; on again, Dovecot comes back;
- pop3.enabled: POP3 over implicit TLS on pop3s.listen (poplib), and off again;
- ManageSieve answers on sieve.listen with its capabilities;
- a new certificate is presented on IMAPS without a restart (Dovecot reloads).

Run by hand:  python3 test_imap.py ImapAccess -v
"""

import hashlib
import imaplib
import os
import poplib
import signal
import socket
import ssl
import time
import uuid

from doorstep_fixture import PASSWORD, EngineTestCase, main, message, read_maildir_message, unverified_context, wait_until

GTUBE = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"


class SourcedImap(imaplib.IMAP4):
    """imaplib.IMAP4 from another loopback address: Dovecot trusts a client on its own address."""

    def __init__(self, port, source):
        self._source = source
        super().__init__("127.0.0.1", port, timeout=20)

    def _create_socket(self, timeout):
        return socket.create_connection((self.host, self.port), timeout, source_address=(self._source, 0))


def port_open(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


class ImapAccess(EngineTestCase):
    DOMAINS = ["example.test"]
    USERS = ["alice@example.test", "bob@example.test"]
    DISABLED_USERS = ["frank@example.test"]

    def setUp(self):
        self.ports = self.engine.wait_imap()

    def imaps(self, user="alice@example.test", password=PASSWORD):
        client = imaplib.IMAP4_SSL("127.0.0.1", self.ports["imaps"], ssl_context=unverified_context(), timeout=20)
        self.addCleanup(self.close, client)
        client.login(user, password)
        return client

    @staticmethod
    def close(client):
        try:
            client.logout()
        except Exception:
            pass

    def send(self, recipient, subject, body="Hello over IMAP."):
        client = self.smtp()
        self.send_ok(client, "", [recipient], message(subject, body=body, to=recipient))
        client.quit()

    def find(self, client, folder, subject, timeout=15):
        """The message numbers in folder whose subject contains subject (waits for one)."""
        found = []

        def present():
            nonlocal found
            typ, _ = client.select(f'"{folder}"')
            self.assertEqual(typ, "OK", f"select {folder}")
            typ, data = client.search(None, "SUBJECT", f'"{subject}"')
            found = data[0].split()
            return bool(found)

        wait_until(present, timeout, interval=0.2, what=f"'{subject}' in {folder}")
        return found

    def test_1_lmtp_delivery_read_over_imaps(self):
        subject = f"lmtp {uuid.uuid4().hex}"
        self.send("alice@example.test", subject, body="Line one.\r\n.Leading dot stays\r\nLast line.")
        self.wait_queue_empty()
        client = self.imaps()
        numbers = self.find(client, "INBOX", subject)
        self.assertEqual(len(numbers), 1)
        typ, data = client.fetch(numbers[0], "(BODY.PEEK[])")
        self.assertEqual(typ, "OK")
        raw = data[0][1].decode()
        self.assertIn("Delivered-To: alice@example.test", raw)
        self.assertTrue(raw.startswith("Return-Path: <>"), raw[:200])
        self.assertIn("\r\n.Leading dot stays\r\n", raw, "dot-stuffing undone exactly once")
        self.assertEqual(raw.count("Received:"), 1, "one Received line, the engine's: the LMTP hop is internal")
        # Dovecot wrote it (its names carry ,W=), not the engine's own Maildir writer.
        files = [name for folder in ("new", "cur") for name in os.listdir(self.engine.maildir("alice@example.test", folder))]
        self.assertTrue(files and all(",W=" in name for name in files), files)
        # The spam folder exists for every user and is marked \Junk for mail programs.
        typ, folders = client.list()
        self.assertTrue(any(b"\\Junk" in f and b"spamtrap" in f for f in folders), folders)

    def test_2_logins(self):
        # IMAP on imap.listen: no login before STARTTLS (from any address but the server's own).
        plain = SourcedImap(self.ports["imap"], "127.0.0.9")
        self.addCleanup(self.close, plain)
        self.assertIn("LOGINDISABLED", plain.capabilities)
        with self.assertRaises(imaplib.IMAP4.error):
            plain.login("alice@example.test", PASSWORD)
        plain.starttls(unverified_context())
        self.assertEqual(plain.login("alice@example.test", PASSWORD)[0], "OK")
        # Wrong password, unknown user, disabled user.
        for user, password in [("alice@example.test", "wrong password"), ("nobody@example.test", PASSWORD), ("frank@example.test", PASSWORD)]:
            with self.assertRaises(imaplib.IMAP4.error, msg=user):
                self.imaps(user, password)
        # User names are full addresses, in any case.
        self.assertEqual(self.imaps("Alice@Example.TEST").state, "AUTH")
        # A wrong password over IMAP is an auth_failed event, as over SMTP (Dovecot tells when the client goes).
        client = imaplib.IMAP4_SSL("127.0.0.1", self.ports["imaps"], ssl_context=unverified_context(), timeout=20)
        with self.assertRaises(imaplib.IMAP4.error):
            client.login("carol@example.test", "not the password")
        client.logout()
        failed = wait_until(lambda: [e for e in self.engine.events() if e["kind"] == "auth_failed" and e["details"].get("user") == "carol@example.test"],
                            30, interval=0.2, what="an auth_failed event for the IMAP login")
        self.assertEqual(failed[0]["details"]["service"], "imap")
        self.assertEqual(failed[0]["details"]["client"], "127.0.0.1")
        self.assertIn("Failed IMAP login as 'carol@example.test'", failed[0]["summary"])

    def test_3_passwd_file_follows_users(self):
        self.engine.add_user("carol@example.test")
        wait_until(lambda: self.login_works("carol@example.test", PASSWORD), 10, what="carol's first login")
        self.engine.ctl("user", "passwd", "carol@example.test", input="a new password here\n")
        wait_until(lambda: self.login_works("carol@example.test", "a new password here"), 10, what="the new password")
        self.assertFalse(self.login_works("carol@example.test", PASSWORD), "the old password still works")
        self.engine.ctl("user", "disable", "carol@example.test")
        wait_until(lambda: not self.login_works("carol@example.test", "a new password here"), 10, what="the disabled login refused")
        passwd = os.path.join(self.engine.data_dir, "dovecot", "passwd")
        self.assertEqual(os.stat(passwd).st_mode & 0o777, 0o600)

    def login_works(self, user, password):
        try:
            client = imaplib.IMAP4_SSL("127.0.0.1", self.ports["imaps"], ssl_context=unverified_context(), timeout=20)
        except OSError:
            return False
        try:
            client.login(user, password)
            return True
        except imaplib.IMAP4.error:
            return False
        finally:
            self.close(client)

    def test_4_gtube_into_spam_folder(self):
        subject = f"spam {uuid.uuid4().hex}"
        self.send("bob@example.test", subject, body=f"Buy now {GTUBE}")
        self.wait_queue_empty()
        client = self.imaps("bob@example.test")
        self.assertEqual(len(self.find(client, "spamtrap", subject)), 1)
        client.select("INBOX")
        typ, data = client.search(None, "SUBJECT", f'"{subject}"')
        self.assertEqual(data[0], b"", "spam also in the inbox")

    def test_5_dovecot_killed_mail_waits_then_arrives(self):
        os.kill(self.engine.dovecot_pid(), signal.SIGKILL)
        wait_until(lambda: self.engine.imap_status().get("state") in ("failed", "starting"), 10, what="the engine to see Dovecot gone")
        status = self.engine.ctl_json("status")
        subject = f"waited {uuid.uuid4().hex}"
        if status["imap"]["state"] == "failed":
            self.assertIn("IMAP is down", status["state"])
        self.send("alice@example.test", subject)
        self.ports = self.engine.wait_imap(timeout=30)
        self.wait_queue_empty(timeout=30)
        client = self.imaps()
        self.assertEqual(len(self.find(client, "INBOX", subject)), 1)
        self.assertEqual(self.engine.ctl_json("status")["state"], "running")
        # One event for the outage (not one per retry), one for the way back.
        changes = [e["details"]["state"] for e in self.engine.events() if e["kind"] == "imap_changed"]
        self.assertEqual(changes[-2:], ["failed", "running"], changes)
        self.assertEqual(changes.count("failed"), 1, changes)

    def test_6_imap_off_and_on(self):
        old = self.ports
        self.engine.set("imap.enabled", "false")
        wait_until(lambda: self.engine.imap_status().get("state") == "off", 10, what="IMAP off")
        wait_until(lambda: not port_open(old["imaps"]), 10, what="the IMAPS port to close")
        subject = f"maildir {uuid.uuid4().hex}"
        self.send("alice@example.test", subject)
        self.wait_queue_empty()
        written = [p for p in self.engine.maildir_files("alice@example.test") if subject.encode() in read_maildir_message(p)]
        self.assertEqual(len(written), 1, "the engine's own Maildir delivery")
        self.engine.set("imap.enabled", "true")
        self.ports = self.engine.wait_imap()
        client = self.imaps()
        self.assertEqual(len(self.find(client, "INBOX", subject)), 1, "mail the engine wrote is readable over IMAP")


    def test_7_pop3s(self):
        self.engine.set("pop3.enabled", "true")
        self.ports = self.engine.wait_imap()
        wait_until(lambda: "pop3s" in self.engine.imap_status().get("listeners", {}), 20, what="POP3S to listen")
        self.ports = self.engine.wait_imap()
        subject = f"pop {uuid.uuid4().hex}"
        self.send("bob@example.test", subject)
        self.wait_queue_empty()
        pop = poplib.POP3_SSL("127.0.0.1", self.ports["pop3s"], context=unverified_context(), timeout=20)
        self.addCleanup(pop.quit)
        pop.user("bob@example.test")
        pop.pass_(PASSWORD)
        count, _ = pop.stat()
        self.assertGreaterEqual(count, 1)
        messages = [b"\n".join(pop.retr(n)[1]) for n in range(1, count + 1)]
        self.assertTrue(any(subject.encode() in m for m in messages))
        self.engine.set("pop3.enabled", "false")
        wait_until(lambda: "pop3s" not in self.engine.wait_imap(), 20, what="POP3S off again")

    def test_8_managesieve_answers(self):
        with socket.create_connection(("127.0.0.1", self.ports["sieve"]), timeout=10) as sock:
            greeting = b""
            while b"OK" not in greeting:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                greeting += chunk
        self.assertIn(b'"SIEVE"', greeting)
        self.assertIn(b'"STARTTLS"', greeting)

    def test_9_new_certificate_served(self):
        self.engine.ctl("cert", "self-signed", "mail.renamed.test")
        wanted = self.engine.ctl_json("cert", "show")["fingerprint_sha256"]

        def served():
            pem = ssl.get_server_certificate(("127.0.0.1", self.ports["imaps"]))
            digest = hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest().upper()
            return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2)) == wanted

        wait_until(served, 20, interval=0.2, what="IMAPS to present the new certificate")
        self.assertEqual(self.imaps().state, "AUTH")


if __name__ == "__main__":
    main()
