#!/usr/bin/env python3
"""e2e.receive.{plain,pipelining,starttls,smtps,smtps_greeting,auth,swaks,starttls_injection}: the SMTP dialogue with real
clients (smtplib, swaks): ESMTP extensions, TLS on both listeners kinds, AUTH only under TLS
and required on submission, slowed-down failed logins, and STARTTLS command injection."""

import base64
import shutil
import smtplib
import ssl
import subprocess
import time
import unittest
import warnings

from doorstep_fixture import (PASSWORD, EngineTestCase, RawSmtp, headers_of, main, message,
                              read_maildir_message, reply_text, unverified_context)

WANT_EXTENSIONS = ["PIPELINING", "SIZE", "8BITMIME", "ENHANCEDSTATUSCODES", "SMTPUTF8"]


def ehlo_keywords(client):
    """The EHLO keywords smtplib parsed (lower case) -> parameters."""
    return dict(client.esmtp_features)


def plain_initial(user, password):
    return base64.b64encode(f"\0{user}\0{password}".encode()).decode()


class PlainSmtp(EngineTestCase):
    """e2e.receive.plain: plain SMTP on the MTA listener, what EHLO offers in the clear."""

    def test_ehlo_advertises_extensions_without_auth(self):
        client = self.smtp()
        code, _ = client.ehlo("client.sender.test")
        self.assertEqual(code, 250, f"EHLO: got {code}, want 250")
        features = ehlo_keywords(client)
        for keyword in WANT_EXTENSIONS + ["STARTTLS"]:
            self.assertIn(keyword.lower(), features, f"EHLO keywords: got {sorted(features)}, want {keyword} among them")
        self.assertNotIn("auth", features, f"EHLO in the clear: got AUTH {features.get('auth')!r}, want no AUTH before TLS")
        self.assertEqual(features["size"], "52428800", f"SIZE parameter: got {features['size']!r}, want the default 52428800")

    def test_plain_message_to_local_user(self):
        client = self.smtp()
        queue_id = self.send_ok(client, "someone@sender.test", ["alice@example.test"], message("plain smtp"))
        files = self.wait_delivered("alice@example.test", 1)
        raw = read_maildir_message(files[-1])
        self.assertIn(f"id {queue_id}".encode(), raw, f"Received header: got {headers_of(raw).get('received')}, want the id {queue_id}")
        self.assertIn(b"with ESMTP id", raw, "Received protocol: want 'with ESMTP' on a plain EHLO session")

    def test_auth_before_tls_is_refused(self):
        for listener in ("mta", "submission"):
            with self.subTest(listener=listener):
                client = self.raw(listener)
                self.assertReply(client.command("EHLO client.sender.test"), 250, None, "EHLO")
                got = client.command("AUTH PLAIN " + plain_initial("alice@example.test", PASSWORD))
                self.assertReply(got, 538, "5.7.11", f"AUTH PLAIN before STARTTLS on {listener}")
                got = client.command("AUTH LOGIN")
                self.assertReply(got, 538, "5.7.11", f"AUTH LOGIN before STARTTLS on {listener}")

    def test_submission_requires_auth(self):
        client = self.smtp("submission")
        client.ehlo("client.sender.test")
        self.assertReply(client.mail("someone@sender.test"), 530, "5.7.0", "MAIL on submission in the clear without AUTH")
        client.starttls(context=unverified_context())
        client.ehlo("client.sender.test")
        self.assertReply(client.mail("someone@sender.test"), 530, "5.7.0", "MAIL on submission under TLS without AUTH")


class Pipelining(EngineTestCase):
    """e2e.receive.pipelining: RFC 2920 command groups in one write, as real clients send them."""

    def test_envelope_and_data_in_one_write(self):
        client = self.raw()
        self.assertReply(client.command("EHLO client.sender.test"), 250, None, "EHLO")
        client.send("MAIL FROM:<someone@sender.test>\r\nRCPT TO:<alice@example.test>\r\nRCPT TO:<nobody@example.test>\r\n"
                    "RCPT TO:<bob@example.test>\r\nDATA\r\n")
        want = [(250, "2.1.0"), (250, "2.1.5"), (550, "5.1.1"), (250, "2.1.5"), (354, None)]
        for n, (code, status) in enumerate(want, 1):
            self.assertReply(client.reply(), code, status, f"pipelined reply {n} of {len(want)}")
        client.send(message("pipelined") + b".\r\nQUIT\r\n")
        self.assertReply(client.reply(), 250, "2.0.0", "end of DATA (pipelined with QUIT)")
        self.assertReply(client.reply(), 221, "2.0.0", "QUIT")
        self.wait_delivered("alice@example.test", 1)
        self.wait_delivered("bob@example.test", 1)

    def test_two_messages_in_one_write(self):
        client = self.raw()
        self.assertReply(client.command("EHLO client.sender.test"), 250, None, "EHLO")
        before = len(self.engine.maildir_files("alice@example.test"))
        envelope = "MAIL FROM:<someone@sender.test>\r\nRCPT TO:<alice@example.test>\r\nDATA\r\n"
        client.send(envelope)
        for code in (250, 250, 354):
            self.assertEqual(client.reply()[0], code)
        # The end of the first message, the whole second transaction and its body at once.
        client.send(message("first of two") + b".\r\n" + envelope.encode())
        self.assertReply(client.reply(), 250, "2.0.0", "end of the first message")
        for code in (250, 250, 354):
            self.assertEqual(client.reply()[0], code)
        client.send(message("second of two") + b".\r\n")
        self.assertReply(client.reply(), 250, "2.0.0", "end of the second message")
        self.wait_delivered("alice@example.test", before + 2)

    def test_smtputf8(self):
        client = self.raw()
        client.command("EHLO client.sender.test")
        self.assertReply(client.command("MAIL FROM:<jürgen@sender.test>"), 553, "5.6.7", "a UTF-8 sender without SMTPUTF8")
        self.assertReply(client.command("MAIL FROM:<jürgen@sender.test> SMTPUTF8"), 250, "2.1.0", "a UTF-8 sender with SMTPUTF8")
        self.assertReply(client.command("RCPT TO:<alice@example.test>"), 250, "2.1.5", "RCPT")
        self.assertReply(client.command("DATA"), 354, None, "DATA")
        client.send("From: jürgen@sender.test\r\nSubject: grüße\r\n\r\nÄÖÜ\r\n.\r\n")
        self.assertReply(client.reply(), 250, "2.0.0", "end of DATA of an SMTPUTF8 message")

    def test_helo_and_bad_ehlo(self):
        client = self.raw()
        self.assertReply(client.command("EHLO"), 501, "5.5.4", "EHLO without a name")
        code, lines = client.command("HELO old.sender.test")
        self.assertEqual((code, len(lines)), (250, 1), f"HELO: got {reply_text(code, lines)}, want a one-line 250")
        self.assertReply(client.command("MAIL FROM:<someone@sender.test>"), 250, "2.1.0", "MAIL after HELO")


class StartTls(EngineTestCase):
    """e2e.receive.starttls: STARTTLS on the MTA listener with smtplib."""

    def test_starttls_then_mail(self):
        client = self.smtp()
        client.ehlo("client.sender.test")
        self.assertReply(client.starttls(context=unverified_context()), 220, "2.0.0", "STARTTLS")
        version = client.sock.version()
        self.assertIn(version, ("TLSv1.2", "TLSv1.3"), f"TLS version: got {version}, want TLS 1.2 or later")
        client.ehlo("client.sender.test")
        features = ehlo_keywords(client)
        self.assertNotIn("starttls", features, "EHLO under TLS: got STARTTLS offered again, want it gone")
        self.assertIn("auth", features, f"EHLO under TLS: got {sorted(features)}, want AUTH")
        mechanisms = features["auth"].upper().split()
        self.assertEqual(sorted(mechanisms), ["LOGIN", "PLAIN"], f"AUTH mechanisms: got {mechanisms}, want PLAIN and LOGIN")
        for keyword in WANT_EXTENSIONS:
            self.assertIn(keyword.lower(), features, f"EHLO under TLS: got {sorted(features)}, want {keyword}")
        queue_id = self.send_ok(client, "someone@sender.test", ["bob@example.test"], message("starttls"))
        raw = read_maildir_message(self.wait_delivered("bob@example.test", 1)[-1])
        received = " ".join(headers_of(raw).get("received", []))
        self.assertIn(f"with ESMTPS id {queue_id}", received, f"Received: got {received!r}, want 'with ESMTPS id {queue_id}'")

    def test_second_starttls_refused(self):
        client = self.smtp()
        client.ehlo()
        client.starttls(context=unverified_context())
        client.ehlo()
        self.assertReply(client.docmd("STARTTLS"), 503, "5.5.1", "STARTTLS under TLS")

    def test_tls_1_1_refused(self):
        client = self.raw()
        self.assertReply(client.command("EHLO old.sender.test"), 250, None, "EHLO")
        self.assertReply(client.command("STARTTLS"), 220, "2.0.0", "STARTTLS")
        context = unverified_context()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            context.minimum_version = context.maximum_version = ssl.TLSVersion.TLSv1_1
        context.set_ciphers("ALL:@SECLEVEL=0")
        with self.assertRaises(OSError, msg="a TLS 1.1 handshake: got it accepted, want TLS 1.2+ only"):
            client.sock = context.wrap_socket(client.sock)


class Smtps(EngineTestCase):
    """e2e.receive.smtps: implicit TLS on the SMTPS listener (smtplib.SMTP_SSL)."""

    def test_implicit_tls_offers_auth_not_starttls(self):
        client = self.smtps()
        client.ehlo("client.sender.test")
        features = ehlo_keywords(client)
        self.assertIn("auth", features, f"EHLO on smtps: got {sorted(features)}, want AUTH")
        self.assertNotIn("starttls", features, "EHLO on smtps: got STARTTLS, want none (already TLS)")

    def test_implicit_tls_requires_auth_then_sends(self):
        client = self.smtps()
        client.ehlo("client.sender.test")
        self.assertReply(client.mail("alice@example.test"), 530, "5.7.0", "MAIL on smtps without AUTH")
        client.rset()
        self.assertReply(client.login("alice@example.test", PASSWORD), 235, "2.7.0", "AUTH on smtps")
        queue_id = self.send_ok(client, "alice@example.test", ["bob@example.test"], message("smtps"))
        raw = read_maildir_message(self.wait_delivered("bob@example.test", 1)[-1])
        received = " ".join(headers_of(raw).get("received", []))
        self.assertIn(f"with ESMTPSA id {queue_id}", received, f"Received: got {received!r}, want 'with ESMTPSA id {queue_id}'")


class SmtpsGreeting(EngineTestCase):
    """e2e.receive.smtps_greeting: every implicit-TLS connection is greeted, however the TLS
    handshake and the connect-time policy decision (a PTR lookup) race."""

    CONNECTIONS = 40

    def test_every_connection_is_greeted(self):
        for n in range(1, self.CONNECTIONS + 1):
            client = RawSmtp(self.HOST, self.port("smtps"), timeout=2, tls=True)
            try:
                code, lines = client.reply(timeout=2)
                got = reply_text(code, lines)
            except OSError as error:  # socket.timeout included
                code, got = None, f"nothing within 2 s ({error})"
            finally:
                client.close()
            self.assertEqual(code, 220, f"smtps connection {n} of {self.CONNECTIONS}, TLS handshake done: "
                                        f"got {got}, want the 220 greeting")


class Auth(EngineTestCase):
    """e2e.receive.auth: AUTH PLAIN and LOGIN on submission (after STARTTLS) and on smtps;
    wrong passwords refused slowly and reported as auth_failed events."""

    DISABLED_USERS = ["carol@example.test"]

    def mechanisms(self):
        return ("PLAIN", "LOGIN")

    def test_submission_after_starttls(self):
        for mechanism in self.mechanisms():
            with self.subTest(mechanism=mechanism):
                client = self.submission(mechanism=mechanism)
                before = len(self.engine.maildir_files("bob@example.test"))
                self.send_ok(client, "alice@example.test", ["bob@example.test"], message(f"submission {mechanism}"))
                self.wait_delivered("bob@example.test", before + 1)

    def test_smtps(self):
        for mechanism in self.mechanisms():
            with self.subTest(mechanism=mechanism):
                client = self.smtps()
                client.ehlo()
                client.user, client.password = "bob@example.test", PASSWORD
                self.assertReply(client.auth(mechanism, getattr(client, "auth_" + mechanism.lower())), 235, "2.7.0",
                                 f"AUTH {mechanism} on smtps")
                before = len(self.engine.maildir_files("alice@example.test"))
                self.send_ok(client, "bob@example.test", ["alice@example.test"], message(f"smtps {mechanism}"))
                self.wait_delivered("alice@example.test", before + 1)

    def test_mta_listener_accepts_auth_under_tls(self):
        client = self.smtp()
        client.starttls(context=unverified_context())
        self.assertReply(client.login("alice@example.test", PASSWORD), 235, "2.7.0", "AUTH on the MTA listener under TLS")

    def test_wrong_password_is_slow_and_reported(self):
        source = "127.0.0.31"  # its own address: failed logins are counted per client IP
        for mechanism, user in (("PLAIN", "alice@example.test"), ("LOGIN", "nobody@example.test"), ("PLAIN", "carol@example.test")):
            with self.subTest(mechanism=mechanism, user=user):
                client = self.smtp("submission", source=source)
                client.starttls(context=unverified_context())
                client.ehlo()
                password = "wrong password" if user != "carol@example.test" else PASSWORD  # carol is disabled
                client.user, client.password = user, password
                started = time.monotonic()
                with self.assertRaises(smtplib.SMTPAuthenticationError) as refused:
                    client.auth(mechanism, getattr(client, "auth_" + mechanism.lower()))
                elapsed = time.monotonic() - started
                self.assertRefused(refused.exception, 535, "5.7.8", f"AUTH {mechanism} as {user} with a bad password")
                self.assertGreaterEqual(elapsed, 0.95, f"failed AUTH reply after {elapsed:.2f} s, want it slowed down to >= 1 s")
                client.close()
        events = [e for e in self.engine.events() if e["kind"] == "auth_failed"]
        users = sorted(e["details"].get("user", "") for e in events)
        self.assertEqual(users, ["alice@example.test", "carol@example.test", "nobody@example.test"],
                         f"auth_failed events: got {events}, want one per failed login")
        for e in events:
            self.assertEqual(e["details"].get("client"), source, f"auth_failed client: got {e['details']}, want {source}")
        text = self.engine.ctl("events").stdout
        self.assertEqual(text.count("auth_failed"), 3, f"doorstepctl events: got {text!r}, want three auth_failed lines")

    def test_auth_cancelled_and_unknown_mechanism(self):
        client = self.raw("submission")
        client.command("EHLO client.sender.test")
        self.assertReply(client.command("STARTTLS"), 220, "2.0.0", "STARTTLS")
        client.starttls()
        client.command("EHLO client.sender.test")
        self.assertReply(client.command("AUTH CRAM-MD5"), 504, "5.5.4", "AUTH CRAM-MD5 (not offered)")
        self.assertReply(client.command("AUTH LOGIN"), 334, None, "AUTH LOGIN")
        self.assertReply(client.command("*"), 501, "5.0.0", "cancelled AUTH LOGIN")
        self.assertReply(client.command("AUTH PLAIN " + plain_initial("alice@example.test", PASSWORD)), 235, "2.7.0", "AUTH PLAIN")
        self.assertReply(client.command("AUTH PLAIN " + plain_initial("alice@example.test", PASSWORD)), 503, "5.5.1", "second AUTH")


@unittest.skipUnless(shutil.which("swaks"), "swaks is not installed (scripts/bootstrap --test-peers)")
class Swaks(EngineTestCase):
    """e2e.receive.swaks: swaks for plain, --tls, --tls-on-connect and --auth."""

    def swaks(self, listener, *arguments, to="alice@example.test", sender="someone@sender.test"):
        command = ["swaks", "--server", f"127.0.0.1:{self.port(listener)}", "--to", to, "--from", sender,
                   "--helo", "swaks.sender.test", "--header", "Subject: swaks " + " ".join(arguments)]
        command += list(arguments)
        if "--timeout" not in arguments:
            command += ["--timeout", "15"]
        result = subprocess.run(command, capture_output=True, text=True, timeout=60)
        return result

    def check(self, result, what, to="alice@example.test", before=0):
        transcript = result.stdout + result.stderr
        self.assertEqual(result.returncode, 0, f"swaks {what}: got exit {result.returncode}, want 0:\n{transcript}")
        queued = [line for line in transcript.splitlines() if "Ok: queued as" in line]
        self.assertTrue(queued, f"swaks {what}: got no '250 2.0.0 Ok: queued as' in:\n{transcript}")
        self.wait_delivered(to, before + 1)
        return transcript

    def test_plain(self):
        before = len(self.engine.maildir_files("alice@example.test"))
        self.check(self.swaks("mta"), "plain", before=before)

    def test_starttls(self):
        before = len(self.engine.maildir_files("alice@example.test"))
        transcript = self.check(self.swaks("mta", "--tls"), "--tls", before=before)
        self.assertIn("220 2.0.0 Ready to start TLS", transcript, "swaks --tls: want the STARTTLS reply in the transcript")

    def test_tls_on_connect_with_auth(self):
        before = len(self.engine.maildir_files("bob@example.test"))
        arguments = ["--tls-on-connect", "--auth", "LOGIN", "--auth-user", "alice@example.test", "--auth-password", PASSWORD]
        result = self.swaks("smtps", *arguments, to="bob@example.test", sender="alice@example.test")
        self.check(result, "--tls-on-connect --auth LOGIN", to="bob@example.test", before=before)

    def test_submission_auth_plain(self):
        before = len(self.engine.maildir_files("bob@example.test"))
        transcript = self.check(self.swaks("submission", "--tls", "--auth", "PLAIN", "--auth-user", "alice@example.test",
                                           "--auth-password", PASSWORD, to="bob@example.test", sender="alice@example.test"),
                                "--tls --auth PLAIN", to="bob@example.test", before=before)
        self.assertIn("235 2.7.0", transcript, "swaks --auth: want 235 2.7.0 in the transcript")

    def test_auth_without_tls_fails(self):
        result = self.swaks("submission", "--auth", "PLAIN", "--auth-user", "alice@example.test", "--auth-password", PASSWORD)
        self.assertNotEqual(result.returncode, 0, "swaks --auth without TLS: got success, want a failure (AUTH not offered)")
        self.assertNotIn("Ok: queued as", result.stdout, "swaks --auth without TLS: got the message queued")


class StartTlsInjection(EngineTestCase):
    """e2e.receive.starttls_injection: CVE-2011-0411, plaintext pipelined after STARTTLS."""

    def start_tls_with(self, pipelined):
        client = self.raw()
        self.assertReply(client.command("EHLO client.sender.test"), 250, None, "EHLO")
        client.send("STARTTLS\r\n" + pipelined)  # one write: the injection arrives with STARTTLS
        self.assertReply(client.reply(), 220, "2.0.0", "STARTTLS")
        self.assertEqual(client.buffer, b"", f"bytes after the STARTTLS reply in the clear: got {client.buffer!r}, want none")
        client.starttls()
        return client

    def test_pipelined_rset_not_executed(self):
        client = self.start_tls_with("RSET\r\n")
        code, lines = client.command("EHLO client.sender.test")
        self.assertEqual(code, 250, f"first reply under TLS: got {reply_text(code, lines)}, want the EHLO reply")
        self.assertIn("Hello", lines[0], f"first reply under TLS: got {lines!r}, want the EHLO reply, not RSET's '2.0.0 Ok'")
        self.assertReply(client.command("NOOP"), 250, "2.0.0", "NOOP")
        self.assertReply(client.command("QUIT"), 221, "2.0.0", "QUIT")
        self.assertTrue(client.closed(), "connection: want it closed after QUIT")
        self.assertEqual(client.buffer, b"", f"stray replies: got {client.buffer!r}, want none (the injected RSET answered)")

    def test_pipelined_mail_from_not_counted(self):
        client = self.start_tls_with("MAIL FROM:<someone@sender.test>\r\n")
        code, lines = client.command("EHLO client.sender.test")
        self.assertEqual(code, 250, f"first reply under TLS: got {reply_text(code, lines)}, want the EHLO reply")
        self.assertIn("Hello", lines[0], f"first reply under TLS: got {lines!r}, want the EHLO reply")
        self.assertReply(client.command("RCPT TO:<alice@example.test>"), 503, "5.5.1",
                         "RCPT right after TLS (the injected MAIL FROM must not count)")

    def test_transaction_before_starttls_forgotten(self):
        client = self.raw()
        self.assertReply(client.command("EHLO client.sender.test"), 250, None, "EHLO")
        self.assertReply(client.command("MAIL FROM:<someone@sender.test>"), 250, "2.1.0", "MAIL FROM in the clear")
        self.assertReply(client.command("STARTTLS"), 220, "2.0.0", "STARTTLS")
        client.starttls()
        self.assertReply(client.command("EHLO client.sender.test"), 250, None, "EHLO under TLS")
        self.assertReply(client.command("RCPT TO:<alice@example.test>"), 503, "5.5.1",
                         "RCPT after STARTTLS (RFC 3207 4.2: the earlier MAIL FROM is forgotten)")

    def test_mail_needs_ehlo_again_after_tls(self):
        client = self.start_tls_with("")
        self.assertReply(client.command("MAIL FROM:<someone@sender.test>"), 503, "5.5.1", "MAIL under TLS before a new EHLO")


if __name__ == "__main__":
    main()
