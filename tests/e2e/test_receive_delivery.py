#!/usr/bin/env python3
"""e2e.receive.delivery: mail for local recipients lands in the right Maildir
(DATA/mail/<domain>/<local>/new/) once per user, through users, aliases, catch-alls and
lists, with Return-Path, Delivered-To and a Received header naming the queue id, and LF line
ends; postmaster@ reaches the first user; disabled and unknown users are refused."""

import os
import re
import smtplib
import uuid

from doorstep_fixture import EngineTestCase, headers_of, main, message, read_maildir_message


class Delivery(EngineTestCase):
    DOMAINS = ["example.test", "other.test"]
    USERS = ["alice@example.test", "bob@example.test", "carol@example.test", "dave@other.test", "erin@other.test"]
    DISABLED_USERS = ["frank@example.test"]
    ALIASES = {
        "sales@example.test": "bob@example.test",
        "info@example.test": "alice@example.test",
        "team@example.test": "alice@example.test,bob@example.test,carol@example.test",
        "@other.test": "erin@other.test",
    }
    SENDER = "someone@sender.test"

    def send(self, recipients, tag=None, body="Body line one.\r\n.Leading dot line\r\nLast line."):
        tag = tag or uuid.uuid4().hex
        client = self.smtp()
        queue_id = self.send_ok(client, self.SENDER, recipients, message(f"delivery {tag}", body=body))
        client.quit()
        self.wait_queue_empty()
        return tag, queue_id

    def copies(self, address, tag):
        """The files in address's Maildir new/ holding the message tagged tag."""
        return [p for p in self.engine.maildir_files(address) if f"delivery {tag}".encode() in read_maildir_message(p)]

    def assertCopies(self, address, tag, want):
        got = self.copies(address, tag)
        self.assertEqual(len(got), want, f"copies in the Maildir of {address} ({self.engine.maildir(address)}): "
                                         f"got {len(got)}, want {want}")
        return got

    def test_user_maildir_path_and_headers(self):
        tag, queue_id = self.send(["alice@example.test"])
        [path] = self.assertCopies("alice@example.test", tag, 1)
        want_dir = os.path.join(self.engine.data_dir, "mail", "example.test", "alice", "new")
        self.assertEqual(os.path.dirname(path), want_dir, f"Maildir: got {os.path.dirname(path)}, want {want_dir}")
        for sub in ("tmp", "cur"):
            self.assertTrue(os.path.isdir(os.path.join(os.path.dirname(want_dir), sub)), f"Maildir: want a {sub}/ folder")
        raw = read_maildir_message(path)
        self.assertNotIn(b"\r", raw, f"line ends in {path}: got CR bytes, want LF only")
        # Maildir++ size in the name (whoever wrote it: the engine, or Dovecot with ,W= too).
        name_size = re.search(r",S=(\d+)", os.path.basename(path))
        self.assertIsNotNone(name_size, f"Maildir++ name: got {os.path.basename(path)!r}, want ',S=<size>'")
        self.assertEqual(int(name_size[1]), len(raw), f"Maildir++ ,S= size: got {name_size[1]}, want the file's {len(raw)} octets")
        first_lines = raw.split(b"\n")[:2]
        self.assertEqual(first_lines[0], f"Return-Path: <{self.SENDER}>".encode(), f"first line: got {first_lines[0]!r}, want Return-Path")
        self.assertEqual(first_lines[1], b"Delivered-To: alice@example.test", f"second line: got {first_lines[1]!r}, want Delivered-To")
        headers = headers_of(raw)
        received = headers.get("received", [])
        self.assertEqual(len(received), 1, f"Received headers: got {received}, want one")
        self.assertIn(f" id {queue_id}", received[0], f"Received: got {received[0]!r}, want the queue id {queue_id} of the 250 reply")
        self.assertIn("for <alice@example.test>", received[0], f"Received: got {received[0]!r}, want 'for <alice@example.test>'")
        body = raw.split(b"\n\n", 1)[1]
        self.assertEqual(body, b"Body line one.\n.Leading dot line\nLast line.\n", f"body: got {body!r}, want it intact, unstuffed")
        self.assertEqual(len(headers.get("return-path", [])), 1, "Return-Path: want exactly one")

    def test_alias(self):
        tag, _ = self.send(["sales@example.test"])
        [path] = self.assertCopies("bob@example.test", tag, 1)
        delivered_to = headers_of(read_maildir_message(path)).get("delivered-to")
        self.assertEqual(delivered_to, ["bob@example.test"], f"Delivered-To: got {delivered_to}, want the user bob@example.test")
        self.assertFalse(os.path.exists(os.path.join(self.engine.data_dir, "mail", "example.test", "sales")),
                         "an alias got a Maildir of its own; want none")

    def test_catch_all(self):
        tag, _ = self.send(["anything-at-all@other.test"])
        self.assertCopies("erin@other.test", tag, 1)
        self.assertCopies("dave@other.test", tag, 0)

    def test_user_beats_catch_all(self):
        tag, _ = self.send(["dave@other.test"])
        self.assertCopies("dave@other.test", tag, 1)
        self.assertCopies("erin@other.test", tag, 0)

    def test_multi_target_alias(self):
        tag, _ = self.send(["team@example.test"])
        for user in ("alice@example.test", "bob@example.test", "carol@example.test"):
            self.assertCopies(user, tag, 1)

    def test_several_local_users_get_one_copy_each(self):
        # alice is reached directly, through info@, through team@ and in another case.
        tag, _ = self.send(["alice@example.test", "info@example.test", "team@example.test", "bob@example.test",
                            "ALICE@example.test", "erin@other.test"])
        for user in ("alice@example.test", "bob@example.test", "carol@example.test", "erin@other.test"):
            self.assertCopies(user, tag, 1)

    def test_postmaster_and_abuse_reach_first_user(self):
        for recipient, user in (("postmaster@example.test", "alice@example.test"), ("abuse@example.test", "alice@example.test"),
                                ("postmaster@other.test", "dave@other.test"), ("Postmaster@EXAMPLE.test", "alice@example.test"),
                                ("postmaster", "alice@example.test")):
            with self.subTest(recipient=recipient):
                tag, _ = self.send([recipient])
                self.assertCopies(user, tag, 1)

    def test_disabled_user_refused(self):
        client = self.smtp()
        client.ehlo()
        self.assertReply(client.mail(self.SENDER), 250, "2.1.0", "MAIL")
        self.assertReply(client.rcpt("frank@example.test"), 550, "5.2.1", "RCPT to a disabled user")

    def test_unknown_user_refused(self):
        client = self.smtp()
        client.ehlo()
        self.assertReply(client.mail(self.SENDER), 250, "2.1.0", "MAIL")
        self.assertReply(client.rcpt("nobody@example.test"), 550, "5.1.1", "RCPT to an unknown user")
        self.assertReply(client.rcpt("alice@example.test"), 250, "2.1.5", "RCPT to a user after a refused one")
        code, text = client.data(message("unknown and known"))
        self.assertEqual(code, 250, f"DATA with one good recipient: got {code} {text!r}, want 250")

    def test_data_without_valid_recipient(self):
        client = self.smtp()
        client.ehlo()
        client.mail(self.SENDER)
        client.rcpt("nobody@example.test")
        with self.assertRaises(smtplib.SMTPDataError) as refused:
            client.data(message("nobody"))
        self.assertRefused(refused.exception, 554, "5.5.1", "DATA without a valid recipient")


if __name__ == "__main__":
    main()
