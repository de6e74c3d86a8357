#!/usr/bin/env python3
"""e2e.receive.queue / certificate: the queue over D-Bus (doorstepctl queue list/show/retry/
remove) with a message that stays queued, and the TLS certificate the listeners present."""

import hashlib
import os
import stat
import time

from doorstep_fixture import EngineTestCase, main, message, unverified_context, wait_until


class Queue(EngineTestCase):
    """e2e.receive.queue: a message for a remote recipient stays queued (remote delivery comes
    in a later issue); doorstepctl shows, retries and removes it."""

    UNKNOWN_ID = "0000000000000ZZZZ"[:16]

    def queue_remote(self, subject, recipients=("remote@foreign.test",)):
        client = self.submission()
        queue_id = self.send_ok(client, "alice@example.test", list(recipients), message(subject, sender="alice@example.test",
                                                                                          to=", ".join(recipients)))
        client.quit()
        return queue_id

    def entry(self, queue_id):
        found = [e for e in self.engine.queue() if e["id"] == queue_id]
        return found[0] if found else None

    def wait_deferred(self, queue_id, attempts=1):
        try:
            return wait_until(lambda: (e := self.entry(queue_id)) and e["state"] == "deferred" and e["attempts"] >= attempts and e,
                              10, interval=0.1, what=f"{queue_id} deferred")
        except TimeoutError:
            self.fail(f"queue entry {queue_id}: got {self.entry(queue_id)}, want state deferred after {attempts} attempt(s)")

    def test_remote_message_stays_queued(self):
        queue_id = self.queue_remote("for the outside")
        self.assertTrue(os.path.isfile(self.engine.spool_path(queue_id)), f"spool file {self.engine.spool_path(queue_id)}: want it there")
        entry = self.wait_deferred(queue_id)
        self.assertEqual(entry["sender"], "alice@example.test", f"queue list sender: got {entry['sender']!r}")
        self.assertEqual(entry["recipients"], ["remote@foreign.test"], f"queue list recipients: got {entry['recipients']}")
        self.assertTrue(entry["last_error"], f"queue list last error: got {entry['last_error']!r}, want a reason")
        self.assertGreater(entry["next_attempt_usec"], time.time() * 1e6, f"next attempt: got {entry['next_attempt_usec']}, want later")

        shown = self.engine.ctl_json("queue", "show", queue_id)
        self.assertEqual(shown["id"], queue_id)
        self.assertEqual(shown["auth_user"], "alice@example.test", f"queue show auth_user: got {shown.get('auth_user')!r}")
        self.assertEqual(shown["listener"], "submission", f"queue show listener: got {shown.get('listener')!r}")
        headers = shown["headers"]
        self.assertIn("Subject: for the outside", headers, f"queue show headers: got {headers!r}, want the Subject")
        self.assertIn(f"id {queue_id}", headers, f"queue show headers: got {headers!r}, want the Received header with the id")
        self.assertNotIn("Return-Path", headers, "queue show headers: got Return-Path on relayed mail (RFC 5321 4.4: never)")
        # Per-recipient state from the text form (the JSON form: QueueShowJson).
        text = self.engine.ctl("queue", "show", queue_id).stdout
        rows = [line.split() for line in text.splitlines() if line.startswith("remote@foreign.test")]
        self.assertTrue(rows, f"queue show: got {text!r}, want a row for remote@foreign.test")
        self.assertEqual(rows[0][2:4], ["deferred", "1"], f"queue show row: got {rows[0]}, want state deferred, 1 attempt")
        self.assertGreater(len(rows[0]), 4, f"queue show row: got {rows[0]}, want a last error")

        self.assertEqual(self.engine.ctl("queue", "retry", queue_id).returncode, 0)
        entry = self.wait_deferred(queue_id, attempts=2)
        self.assertGreaterEqual(entry["attempts"], 2, f"attempts after queue retry: got {entry['attempts']}, want 2")

        self.assertEqual(self.engine.ctl("queue", "remove", queue_id).returncode, 0)
        self.assertIsNone(self.entry(queue_id), f"queue list after remove: got {self.entry(queue_id)}, want {queue_id} gone")
        self.assertFalse(os.path.exists(self.engine.spool_path(queue_id)),
                         f"spool file {self.engine.spool_path(queue_id)} after queue remove: want it deleted")
        removed = self.engine.ctl("queue", "show", queue_id, check=False)
        self.assertEqual(removed.returncode, 1, f"queue show of a removed id: got exit {removed.returncode}, want 1")

    def test_local_part_delivered_remote_part_queued(self):
        queue_id = self.queue_remote("mixed", ("bob@example.test", "remote2@foreign.test"))
        entry = self.wait_deferred(queue_id)
        self.assertEqual(entry["recipients"], ["remote2@foreign.test"], f"pending recipients: got {entry['recipients']}")
        self.wait_delivered("bob@example.test", 1)
        self.engine.ctl("queue", "remove", queue_id)

    def test_unknown_ids(self):
        for queue_id in (self.UNKNOWN_ID, "no-such-id", "../../doorstep.db"):
            for verb in ("show", "retry", "remove"):
                with self.subTest(verb=verb, id=queue_id):
                    result = self.engine.ctl("queue", verb, queue_id, check=False)
                    self.assertEqual(result.returncode, 1, f"queue {verb} {queue_id}: got exit {result.returncode} "
                                                           f"({result.stderr.strip()!r}), want 1")
                    self.assertTrue(result.stderr.strip(), f"queue {verb} {queue_id}: want the engine's reason on stderr")
        self.assertTrue(os.path.exists(os.path.join(self.engine.data_dir, "doorstep.db")))


class QueueShowJson(EngineTestCase):
    """e2e.receive.queue_show_json: `doorstepctl --json queue show ID` gives each recipient as an
    object (address, delivers_to, state, attempts, last_error)."""

    def test_recipients_are_objects(self):
        client = self.submission()
        queue_id = self.send_ok(client, "alice@example.test", ["remote@foreign.test"], message("json", sender="alice@example.test"))
        wait_until(lambda: any(e["id"] == queue_id and e["state"] == "deferred" for e in self.engine.queue()), 10,
                   what="the message deferred")
        shown = self.engine.ctl_json("queue", "show", queue_id)
        recipients = shown.get("recipients")
        self.assertIsInstance(recipients, list, f"--json queue show recipients: got {recipients!r}, want a list of objects")
        self.assertEqual([r.get("address") for r in recipients], ["remote@foreign.test"], f"recipients: got {recipients}")
        self.assertEqual(recipients[0].get("state"), "deferred", f"recipient: got {recipients[0]}, want state deferred")
        self.assertTrue(recipients[0].get("last_error"), f"recipient: got {recipients[0]}, want a last_error")


class Certificate(EngineTestCase):
    """e2e.receive.certificate: the self-signed certificate made at first start, and the one
    STARTTLS and SMTPS present."""

    def test_self_signed_at_first_start(self):
        cert = self.engine.ctl_json("cert", "show")
        hostname = self.engine.ctl("settings", "get", "identity.hostname").stdout.strip()
        self.assertEqual(cert.get("source"), "self-signed", f"cert show source: got {cert.get('source')!r}, want self-signed")
        self.assertIn(hostname, cert.get("names", []), f"cert show names: got {cert.get('names')}, want identity.hostname {hostname!r}")
        self.assertGreater(cert.get("not_after", 0), time.time() * 1e6, f"cert not_after: got {cert.get('not_after')}, want the future")
        key = os.path.join(self.engine.data_dir, "tls", "key.pem")
        mode = stat.S_IMODE(os.stat(key).st_mode)
        self.assertEqual(mode, 0o600, f"{key} mode: got {mode:o}, want 600")

    def fingerprint(self, der):
        return ":".join(f"{b:02X}" for b in hashlib.sha256(der).digest())

    def test_listeners_present_it(self):
        want = self.engine.ctl_json("cert", "show")["fingerprint_sha256"].upper()
        client = self.smtp()
        client.ehlo()
        client.starttls(context=unverified_context())
        got = self.fingerprint(client.sock.getpeercert(binary_form=True))
        self.assertEqual(got, want, f"STARTTLS certificate SHA-256: got {got}, want {want} (cert show)")
        got = self.fingerprint(self.smtps().sock.getpeercert(binary_form=True))
        self.assertEqual(got, want, f"SMTPS certificate SHA-256: got {got}, want {want} (cert show)")


if __name__ == "__main__":
    main()
