#!/usr/bin/env python3
"""e2e.receive.{size,max_recipients,data_content,smuggling,idle_timeout,starttls_timeout,
smtps_timeout,trickle_data,connection_limits,connection_slots,max_errors,greeting_delay,
min_free_disk}: every limit on what a client may
send, enforced with the right reply, and DATA that only CRLF.CRLF ends (no SMTP smuggling)."""

import os
import socket
import ssl
import time
import uuid

from doorstep_fixture import EngineTestCase, RawSmtp, main, message, queue_id_of, read_maildir_message, reply_text


def start_data(test, client, recipients=("alice@example.test",), sender="someone@sender.test"):
    test.assertReply(client.command("EHLO client.sender.test"), 250, None, "EHLO")
    test.assertReply(client.command(f"MAIL FROM:<{sender}>"), 250, "2.1.0", "MAIL FROM")
    for r in recipients:
        test.assertReply(client.command(f"RCPT TO:<{r}>"), 250, "2.1.5", f"RCPT TO:<{r}>")
    test.assertReply(client.command("DATA"), 354, None, "DATA")


class Size(EngineTestCase):
    """e2e.receive.size: SIZE advertised and enforced, declared and actual (552 5.3.4)."""

    LIMIT = 10000
    SETTINGS = {"limits.max_message_size": LIMIT}

    def test_size_advertised(self):
        client = self.smtp()
        client.ehlo()
        self.assertEqual(client.esmtp_features.get("size"), str(self.LIMIT),
                         f"EHLO SIZE: got {client.esmtp_features.get('size')!r}, want {self.LIMIT}")

    def test_declared_size(self):
        client = self.raw()
        client.command("EHLO client.sender.test")
        self.assertReply(client.command(f"MAIL FROM:<someone@sender.test> SIZE={self.LIMIT + 1}"), 552, "5.3.4",
                         f"MAIL FROM with SIZE={self.LIMIT + 1} over the limit {self.LIMIT}")
        self.assertReply(client.command(f"MAIL FROM:<someone@sender.test> SIZE={self.LIMIT}"), 250, "2.1.0",
                         f"MAIL FROM with SIZE={self.LIMIT}, the limit itself")

    def test_actual_size(self):
        before = len(self.engine.maildir_files("alice@example.test"))
        client = self.raw()
        start_data(self, client)
        line = "x" * 98 + "\r\n"
        body = message("too big", body=line * (self.LIMIT // len(line) + 10))
        self.assertGreater(len(body), self.LIMIT)
        client.send(body + b".\r\n")
        self.assertReply(client.reply(), 552, "5.3.4", f"end of DATA after {len(body)} octets, over the limit {self.LIMIT}")
        # The session goes on: a message within the limit is accepted.
        self.assertReply(client.command("RSET"), 250, "2.0.0", "RSET after the refusal")
        client.buffer = b""
        start_data(self, client)
        small = message("small enough", body=line * 10)
        client.send(small + b".\r\n")
        code, lines = client.reply()
        self.assertEqual(code, 250, f"a {len(small)}-octet message after the refusal: got {reply_text(code, lines)}, want 250")
        self.wait_queue_empty()
        files = self.engine.maildir_files("alice@example.test")
        subjects = [f for f in files if b"Subject: too big" in read_maildir_message(f)]
        self.assertEqual(subjects, [], "the oversized message: got it delivered, want it dropped")
        self.assertEqual(len(files), before + 1, f"messages delivered: got {len(files) - before}, want 1 (the small one)")


class MaxRecipients(EngineTestCase):
    """e2e.receive.max_recipients: limits.max_recipients (452 4.5.3)."""

    USERS = [f"user{n}@example.test" for n in range(1, 6)]
    SETTINGS = {"limits.max_recipients": 3}

    def test_fourth_recipient_refused(self):
        client = self.raw()
        client.command("EHLO client.sender.test")
        self.assertReply(client.command("MAIL FROM:<someone@sender.test>"), 250, "2.1.0", "MAIL FROM")
        for n in range(1, 4):
            self.assertReply(client.command(f"RCPT TO:<user{n}@example.test>"), 250, "2.1.5", f"RCPT {n} of 3")
        self.assertReply(client.command("RCPT TO:<user4@example.test>"), 452, "4.5.3", "RCPT 4 with limits.max_recipients 3")
        self.assertReply(client.command("DATA"), 354, None, "DATA")
        client.send(message("three recipients") + b".\r\n")
        self.assertReply(client.reply(), 250, "2.0.0", "end of DATA")
        self.wait_queue_empty()
        for n in range(1, 5):
            got = len(self.engine.maildir_files(f"user{n}@example.test"))
            self.assertEqual(got, 1 if n <= 3 else 0, f"messages for user{n}: got {got}, want {1 if n <= 3 else 0}")


class DataContent(EngineTestCase):
    """e2e.receive.data_content: 1000-octet lines, NUL bytes, bare LF and bare CR in DATA."""

    def send_body(self, body, tag):
        client = self.raw()
        start_data(self, client)
        client.send(message(tag, body="first line") + body + b"\r\n.\r\n")
        return client

    def delivered_with(self, tag):
        return [f for f in self.engine.maildir_files("alice@example.test") if tag.encode() in read_maildir_message(f)]

    def test_line_of_1000_octets_accepted(self):
        tag = uuid.uuid4().hex
        client = self.send_body(b"y" * 998, tag)  # 998 + CRLF = 1000 octets
        self.assertReply(client.reply(), 250, "2.0.0", "a line of exactly 1000 octets with its CRLF")
        self.wait_queue_empty()
        [path] = self.delivered_with(tag)
        self.assertIn(b"\n" + b"y" * 998 + b"\n", read_maildir_message(path), "the 998-character line: want it delivered intact")

    def test_line_of_1001_octets_refused(self):
        for length in (999, 5000, 100000):
            with self.subTest(octets=length + 2):
                tag = uuid.uuid4().hex
                client = self.send_body(b"z" * length, tag)
                self.assertReply(client.reply(), 550, "5.6.0", f"a line of {length + 2} octets in DATA")
                self.assertReply(client.command("NOOP"), 250, "2.0.0", "NOOP after the refusal")
                self.wait_queue_empty()
                self.assertEqual(self.delivered_with(tag), [], "a message with an over-long line: got it delivered")

    def test_nul_refused(self):
        tag = uuid.uuid4().hex
        client = self.send_body(b"before\0after", tag)
        self.assertReply(client.reply(), 550, "5.6.0", "a NUL byte in DATA")
        self.wait_queue_empty()
        self.assertEqual(self.delivered_with(tag), [], "a message with a NUL byte: got it delivered")

    def test_bare_line_endings_refused(self):
        for name, body in (("bare LF", b"one\ntwo"), ("bare CR", b"one\rtwo"), ("bare LF at a line start", b"one\r\n\ntwo"),
                           ("LF CR", b"one\n\rtwo")):
            with self.subTest(name):
                tag = uuid.uuid4().hex
                client = self.send_body(body, tag)
                code, lines = client.reply()
                self.assertEqual(code, 521, f"{name} in DATA: got {reply_text(code, lines)}, want 521 and the connection closed")
                self.assertTrue(client.closed(), f"{name}: want the connection closed after 521")
                self.wait_queue_empty()
                self.assertEqual(self.delivered_with(tag), [], f"a message with a {name}: got it delivered")


class Smuggling(EngineTestCase):
    """e2e.receive.smuggling: SMTP smuggling (CVE-2023-51764 family). Only CRLF.CRLF ends DATA:
    a fake end of data followed by a second transaction never makes a second message."""

    # The fake ends of data that some servers accepted.
    FAKE_ENDS = {
        "LF.CRLF": b"\n.\r\n",
        "LF.LF": b"\n.\n",
        "CRLF.LF": b"\r\n.\n",
        "CR.CRLF": b"\r.\r\n",
        "CRLF.CR": b"\r\n.\r",
        "LF.CR": b"\n.\r",
    }

    def test_smuggled_second_message(self):
        for name, fake_end in self.FAKE_ENDS.items():
            with self.subTest(name):
                tag = uuid.uuid4().hex
                client = self.raw()
                start_data(self, client)
                smuggled = (f"MAIL FROM:<admin@sender.test>\r\nRCPT TO:<bob@example.test>\r\nDATA\r\n"
                            f"Subject: smuggled {tag}\r\n\r\nsmuggled body {tag}\r\n").encode()
                client.send(message(f"outer {tag}", body="outer body") + fake_end + smuggled + b".\r\nQUIT\r\n")
                queued = []
                while True:
                    try:
                        code, lines = client.reply(timeout=5)
                    except OSError:
                        break
                    if code is None:
                        break
                    if code == 250 and queue_id_of(lines[0]):
                        queued.append(lines[0])
                self.assertLessEqual(len(queued), 1, f"{name}: got {len(queued)} messages queued ({queued}), want at most one")
                self.wait_queue_empty()
                for_bob = [f for f in self.engine.maildir_files("bob@example.test") if tag.encode() in read_maildir_message(f)]
                self.assertEqual(for_bob, [], f"{name}: got the smuggled message delivered to bob, want none")
                for_alice = [read_maildir_message(f) for f in self.engine.maildir_files("alice@example.test")
                             if tag.encode() in read_maildir_message(f)]
                self.assertLessEqual(len(for_alice), 1, f"{name}: got {len(for_alice)} messages for alice, want at most one")
                for raw in for_alice:
                    self.assertIn(b"MAIL FROM:<admin@sender.test>", raw,
                                  f"{name}: the delivered message must carry the smuggled text in its body, got:\n{raw[-400:]!r}")


class IdleTimeout(EngineTestCase):
    """e2e.receive.idle_timeout: limits.idle_timeout 2 drops idle and trickling clients (421 4.4.2)."""

    SETTINGS = {"limits.idle_timeout": 2}

    def assertDropped(self, client, started, what, within=6.0, reply=None):
        code, lines = reply or client.reply(timeout=within + 2)
        elapsed = time.monotonic() - started
        self.assertEqual(code, 421, f"{what}: got {reply_text(code, lines)} after {elapsed:.1f} s, want 421 4.4.2")
        self.assertTrue(lines and lines[0].startswith("4.4.2"), f"{what}: got {reply_text(code, lines)}, want 421 4.4.2")
        self.assertTrue(client.closed(), f"{what}: want the connection closed after the 421")
        self.assertLess(elapsed, within, f"{what}: dropped after {elapsed:.1f} s, want about 2 s (limits.idle_timeout)")
        self.assertGreater(elapsed, 1.5, f"{what}: dropped after {elapsed:.1f} s, want not before 2 s")

    def test_idle_after_greeting(self):
        client = self.raw()
        self.assertDropped(client, time.monotonic(), "idle after the greeting")

    def test_idle_in_transaction(self):
        client = self.raw()
        client.command("EHLO client.sender.test")
        client.command("MAIL FROM:<someone@sender.test>")
        self.assertDropped(client, time.monotonic(), "idle after MAIL FROM")

    def test_stalled_in_data(self):
        client = self.raw()
        start_data(self, client)
        client.send(message("stalled", body="no end of data follows"))
        self.assertDropped(client, time.monotonic(), "a client stalled in the middle of DATA")

    def test_trickling_command_line(self):
        client = self.raw()
        client.command("EHLO client.sender.test")
        started = time.monotonic()
        reply = trickle(client, b"NOOP NOOP NOOP NOOP NOOP NOOP", seconds=10)
        self.assertIsNotNone(reply, "a client trickling one byte a second into a command line: never dropped within 10 s")
        self.assertDropped(client, started, "trickling a command line one byte a second", reply=reply)


class StartTlsStall(EngineTestCase):
    """e2e.receive.starttls_timeout: a client that says STARTTLS and then never starts the TLS
    handshake is dropped after about limits.idle_timeout, like any idle client."""

    SETTINGS = {"limits.idle_timeout": 2}

    def test_silent_after_starttls(self):
        client = self.raw()
        self.assertReply(client.command("EHLO client.sender.test"), 250, None, "EHLO")
        self.assertReply(client.command("STARTTLS"), 220, "2.0.0", "STARTTLS")
        started = time.monotonic()
        closed = client.closed(timeout=8)
        elapsed = time.monotonic() - started
        self.assertTrue(closed, f"a client silent after STARTTLS: still connected after {elapsed:.0f} s, "
                                f"want it dropped after about 2 s (limits.idle_timeout)")



class SmtpsStall(EngineTestCase):
    """e2e.receive.smtps_timeout: a client that connects to smtps and never starts the TLS
    handshake is disconnected after about limits.idle_timeout."""

    SETTINGS = {"limits.idle_timeout": 2}

    def test_silent_on_smtps(self):
        client = RawSmtp(self.HOST, self.port("smtps"), timeout=10)  # TCP only, no TLS handshake
        self.addCleanup(client.close)
        started = time.monotonic()
        closed = client.closed(timeout=8)
        elapsed = time.monotonic() - started
        self.assertTrue(closed, f"a client silent on smtps: still connected after {elapsed:.0f} s, want it dropped after about 2 s")


class ConnectionSlots(EngineTestCase):
    """e2e.receive.connection_slots: sessions that end badly (reset mid-DATA, failed TLS
    handshakes, plaintext on smtps, closed while a check runs) give their connection slot back."""

    SETTINGS = {"limits.max_connections_per_ip": 3}
    SOURCE = "127.0.0.40"

    def abort(self, client):
        # RST instead of FIN: the roughest way to go.
        client.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        client.close()

    def test_slots_come_back(self):
        for n in range(5):
            # Reset in the middle of DATA.
            client = RawSmtp(self.HOST, self.port(), source=self.SOURCE)
            self.assertEqual(client.reply()[0], 220)
            start_data(self, client)
            client.send(b"Subject: cut off\r\n\r\nhalf a line")
            self.abort(client)
            # Closed right after MAIL FROM (the sender check still running).
            client = RawSmtp(self.HOST, self.port(), source=self.SOURCE)
            client.reply()
            client.send("EHLO x.sender.test\r\nMAIL FROM:<someone@nowhere-at-all.test>\r\n")
            client.close()
            # Plaintext on the smtps port.
            client = RawSmtp(self.HOST, self.port("smtps"), source=self.SOURCE)
            client.send("EHLO plain.sender.test\r\n")
            client.closed(timeout=2)
            client.close()
            # A TLS handshake that fails after STARTTLS (garbage instead of a ClientHello).
            client = RawSmtp(self.HOST, self.port(), source=self.SOURCE)
            client.reply()
            client.command("EHLO x.sender.test")
            client.command("STARTTLS")
            client.send(b"\x16\x03\x01\x00\x05garbage-not-tls\r\n")
            client.closed(timeout=2)
            client.close()
            # A client that refuses the server's certificate (aborts the handshake).
            client = RawSmtp(self.HOST, self.port(), source=self.SOURCE)
            client.reply()
            client.command("EHLO x.sender.test")
            client.command("STARTTLS")
            strict = ssl.create_default_context()
            try:
                strict.wrap_socket(client.sock, server_hostname="example.test")
            except (ssl.SSLError, OSError):
                pass
            client.close()
        # All 3 slots of this address must be free again (bounded wait: sessions end asynchronously).
        deadline = time.monotonic() + 10
        while True:
            clients = [RawSmtp(self.HOST, self.port(), source=self.SOURCE) for _ in range(3)]
            replies = [c.reply() for c in clients]
            for c in clients:
                c.close()
            if all(code == 220 for code, _ in replies) or time.monotonic() > deadline:
                break
            time.sleep(0.5)
        self.assertEqual([code for code, _ in replies], [220, 220, 220],
                         f"3 connections (limits.max_connections_per_ip 3) after sessions that ended badly: got "
                         f"{[reply_text(c, l) for c, l in replies]}, want all greeted (slots leaked)")


class TrickleData(EngineTestCase):
    """e2e.receive.trickle_data: the per-line deadline holds in DATA too: a client that sends
    one byte a second and never ends a line is dropped after about limits.idle_timeout."""

    SETTINGS = {"limits.idle_timeout": 2}

    def test_trickling_in_data(self):
        client = self.raw()
        start_data(self, client)
        client.send(message("trickle", body="start"))
        started = time.monotonic()
        reply = trickle(client, b"a" * 30, seconds=10)
        elapsed = time.monotonic() - started
        self.assertIsNotNone(reply, f"a client trickling one byte a second in DATA without ending the line: still connected "
                                    f"after {elapsed:.0f} s, want it dropped with 421 4.4.2 after about 2 s (limits.idle_timeout)")
        code, lines = reply
        self.assertEqual(code, 421, f"trickling in DATA: got {reply_text(code, lines)}, want 421 4.4.2")


def trickle(client, data, seconds):
    """Sends data one byte a second for at most seconds; returns the first reply that comes
    back meanwhile ((code, lines), or (None, []) on close), or None if there was none."""
    deadline = time.monotonic() + seconds
    for byte in data:
        if time.monotonic() >= deadline:
            break
        try:
            client.send(bytes([byte]))
        except OSError:
            return (None, [])
        client.sock.settimeout(1.0)
        try:
            chunk = client.sock.recv(65536)
        except socket.timeout:
            continue
        except OSError:
            return (None, [])
        if not chunk:
            return (None, [])
        client.buffer += chunk
        if b"\n" in client.buffer:
            return client.reply(timeout=1)
    return None


class ConnectionLimits(EngineTestCase):
    """e2e.receive.connection_limits: limits.max_connections and max_connections_per_ip (421 4.7.0)."""

    SETTINGS = {"limits.max_connections": 4, "limits.max_connections_per_ip": 2}

    def connect(self, source):
        client = RawSmtp(self.HOST, self.port(), source=source)
        self.addCleanup(client.close)
        return client, client.reply()

    def test_limits(self):
        open_ = []
        for source in ("127.0.0.1", "127.0.0.1"):
            client, got = self.connect(source)
            self.assertReply(got, 220, None, f"connection from {source} within the limits")
            open_.append(client)
        client, got = self.connect("127.0.0.1")
        self.assertReply(got, 421, "4.7.0", "a third connection from 127.0.0.1 with limits.max_connections_per_ip 2")
        self.assertTrue(client.closed(), "the refused connection: want it closed")
        for source in ("127.0.0.2", "127.0.0.3"):
            client, got = self.connect(source)
            self.assertReply(got, 220, None, f"connection from {source} (total within limits.max_connections 4)")
            open_.append(client)
        client, got = self.connect("127.0.0.4")
        self.assertReply(got, 421, "4.7.0", "a fifth connection with limits.max_connections 4")
        # A closed session frees its place.
        open_[0].command("QUIT")
        self.assertTrue(open_[0].closed(), "QUIT: want the connection closed")
        deadline = time.monotonic() + 5
        while True:
            client, got = self.connect("127.0.0.4")
            if got[0] == 220 or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        self.assertReply(got, 220, None, "a new connection after one closed")


class MaxErrors(EngineTestCase):
    """e2e.receive.max_errors: limits.max_errors 3; more errors end the session with 421."""

    SETTINGS = {"limits.max_errors": 3}

    def test_too_many_errors(self):
        client = self.raw()
        client.command("EHLO client.sender.test")
        bad = ["FOO", "RCPT TO:<alice@example.test>", "MAIL FROM:<broken", "BAR", "BAZ", "QUX"]
        replies = []
        for n, command in enumerate(bad, 1):
            client.send(command + "\r\n")
            code, lines = client.reply()
            replies.append(reply_text(code, lines))
            if client.closed(timeout=0.3) or b"421 " in client.buffer:
                break
            self.assertLessEqual(n, 3, f"session after {n} errors with limits.max_errors 3: still open, want it closed with 421")
        self.assertGreaterEqual(n, 3, f"session closed after {n} errors ({replies}), want it to allow limits.max_errors 3")
        final = client.buffer.decode(errors="replace")
        self.assertIn("421 4.7.0", final, f"after {n} errors: got {replies} then {final!r}, want 421 4.7.0")

    def test_errors_within_limit_keep_session(self):
        client = self.raw()
        client.command("EHLO client.sender.test")
        for command in ("FOO", "BAR", "BAZ"):
            self.assertEqual(client.command(command)[0], 500, f"{command}: want 500")
        self.assertReply(client.command("NOOP"), 250, "2.0.0", "NOOP after 3 errors (limits.max_errors 3)")


class GreetingDelay(EngineTestCase):
    """e2e.receive.greeting_delay: limits.greeting_delay 2; a client that talks first gets 554."""

    SETTINGS = {"limits.greeting_delay": 2}

    def test_patient_client_greeted(self):
        started = time.monotonic()
        client = RawSmtp(self.HOST, self.port(), timeout=10)
        self.addCleanup(client.close)
        got = client.reply()
        elapsed = time.monotonic() - started
        self.assertReply(got, 220, None, "greeting")
        self.assertGreater(elapsed, 1.8, f"greeting after {elapsed:.2f} s, want about 2 s (limits.greeting_delay)")
        self.assertReply(client.command("EHLO client.sender.test"), 250, None, "EHLO after the delay")

    def test_client_talking_first_refused(self):
        client = RawSmtp(self.HOST, self.port(), timeout=10)
        self.addCleanup(client.close)
        client.send("EHLO impatient.sender.test\r\n")
        code, lines = client.reply()
        self.assertEqual(code, 554, f"a client talking before the greeting: got {reply_text(code, lines)}, want 554")
        self.assertTrue(client.closed(), "want the connection closed after 554")
        self.assertNotIn(b"220", client.buffer, "want no greeting after the 554")


class MinFreeDisk(EngineTestCase):
    """e2e.receive.min_free_disk: 452 4.3.1 at MAIL while free disk is below limits.min_free_disk."""

    def test_low_disk(self):
        stat = os.statvfs(self.engine.data_dir)
        free = stat.f_bavail * stat.f_frsize
        self.engine.set("limits.min_free_disk", free * 4 + 2**40)
        client = self.raw()
        client.command("EHLO client.sender.test")
        self.assertReply(client.command("MAIL FROM:<someone@sender.test>"), 452, "4.3.1",
                         f"MAIL with limits.min_free_disk above the {free} free bytes")
        self.engine.set("limits.min_free_disk", 0)
        self.assertReply(client.command("MAIL FROM:<someone@sender.test>"), 250, "2.1.0", "MAIL with limits.min_free_disk 0")


if __name__ == "__main__":
    main()
