#!/usr/bin/env python3
"""e2e.receive.durability: kill -9 while clients are sending loses no acknowledged message.

Each iteration: CLIENTS threads send messages (each with a unique tag in Subject, Message-ID
and last body line) to local users; at a random moment the engine gets SIGKILL; it is started
again on the same data directory with the same listener arguments; the queue drains. Then
every message that got "250 2.0.0 Ok: queued as ID" must be in its recipient's Maildir at
least once (duplicates are allowed: delivery is at least once; they are counted and printed),
and no Maildir file may be half-written.

The iteration count is a parameter, so that bench_durability.py can run many:
  DOORSTEP_E2E_KILL_ITERATIONS (default 8), DOORSTEP_E2E_KILL_CLIENTS (default 8),
  DOORSTEP_E2E_KILL_SEED (random seed, printed, to repeat a run).
"""

import os
import random
import smtplib
import threading
import time

from doorstep_fixture import EngineTestCase, log, main, message, queue_id_of

ITERATIONS = int(os.environ.get("DOORSTEP_E2E_KILL_ITERATIONS", "8"))
CLIENTS = int(os.environ.get("DOORSTEP_E2E_KILL_CLIENTS", "8"))
SEED = int(os.environ.get("DOORSTEP_E2E_KILL_SEED", str(random.randrange(1 << 30))))
USERS = [f"user{n}@example.test" for n in range(1, 5)]
END = b"END-OF-MESSAGE "


class Sender(threading.Thread):
    """One client: messages one after another on one connection, reconnecting after errors,
    until told to stop. Records the tags that got a 250 with their queue ids."""

    def __init__(self, port, iteration, number, stop, rng):
        super().__init__(daemon=True)
        self.port = port
        self.iteration = iteration
        self.number = number
        self.stop = stop
        self.rng = rng
        self.acked = {}  # tag -> (recipient, queue id)
        self.sent = 0
        self.errors = 0

    def run(self):
        n = 0
        while not self.stop.is_set():
            try:
                client = smtplib.SMTP("127.0.0.1", self.port, timeout=10)
            except OSError:
                self.errors += 1
                time.sleep(0.05)
                continue
            try:
                client.ehlo("durability.sender.test")
                while not self.stop.is_set():
                    n += 1
                    tag = f"i{self.iteration}c{self.number}n{n}r{self.rng.randrange(1 << 30):x}"
                    recipient = USERS[(self.number + n) % len(USERS)]
                    lines = [f"line {k} of {tag} " + "x" * self.rng.randrange(0, 200) for k in range(self.rng.randrange(1, 60))]
                    body = "\r\n".join(lines) + "\r\n" + (END.decode() + tag)
                    data = message(f"durability {tag}", body=body, message_id=f"<{tag}@e2e.test>", to=recipient)
                    self.sent += 1
                    code, text = client.mail("someone@sender.test")
                    if code != 250:
                        raise smtplib.SMTPException(f"MAIL: {code} {text!r}")
                    code, text = client.rcpt(recipient)
                    if code != 250:
                        raise smtplib.SMTPException(f"RCPT: {code} {text!r}")
                    code, text = client.data(data)
                    if code == 250:
                        self.acked[tag] = (recipient, queue_id_of(text))
            except (OSError, smtplib.SMTPException):
                self.errors += 1
            finally:
                try:
                    client.close()
                except Exception:
                    pass


class Durability(EngineTestCase):
    USERS = USERS

    def scan_maildirs(self):
        """tag -> list of (path, queue ids in its Received headers); plus half-written files."""
        found = {}
        broken = []
        for user in USERS:
            for folder in ("new", "cur"):
                for path in self.engine.maildir_files(user, folder):
                    with open(path, "rb") as f:
                        raw = f.read()
                    last = raw.rstrip(b"\n").rsplit(b"\n", 1)[-1]
                    if not raw.startswith(b"Return-Path: ") or not last.startswith(END) or b"\r" in raw:
                        broken.append((path, len(raw), raw[-80:]))
                        continue
                    tag = last[len(END):].decode()
                    found.setdefault(tag, []).append((path, user))
        return found, broken

    def test_kill9_loses_no_acknowledged_message(self):
        rng = random.Random(SEED)
        log(f"durability: {ITERATIONS} iteration(s), {CLIENTS} clients, seed {SEED} (DOORSTEP_E2E_KILL_SEED)")
        acked = {}
        total_sent = 0
        for iteration in range(1, ITERATIONS + 1):
            stop = threading.Event()
            senders = [Sender(self.port(), iteration, c, stop, random.Random(rng.random())) for c in range(CLIENTS)]
            for s in senders:
                s.start()
            delay = rng.uniform(0.2, 1.5)
            time.sleep(delay)
            self.engine.kill9()
            stop.set()
            for s in senders:
                s.join(timeout=30)
                self.assertFalse(s.is_alive(), f"client thread {s.number} did not stop within 30 s")
                acked.update(s.acked)
                total_sent += s.sent
            got = sum(len(s.acked) for s in senders)
            self.engine.start()  # the same data directory and listener arguments
            self.wait_queue_empty(timeout=60)
            found, broken = self.scan_maildirs()
            missing = sorted(tag for tag in acked if tag not in found)
            wrong_box = sorted(tag for tag, (rcpt, _) in acked.items() if tag in found and all(u != rcpt for _, u in found[tag]))
            duplicates = {tag: len(paths) for tag, paths in found.items() if len(paths) > 1}
            log(f"iteration {iteration}: killed after {delay:.2f} s; {got} acknowledged now, {len(acked)} in all; "
                f"{len(found)} distinct in Maildirs; {len(duplicates)} duplicated (allowed); {len(missing)} missing")
            self.assertEqual(broken, [], f"iteration {iteration}: half-written Maildir files: got {broken[:5]}, want none")
            self.assertEqual(missing, [], f"iteration {iteration}: acknowledged messages not in any Maildir after the restart: "
                                          f"got {len(missing)} ({[(t, acked[t]) for t in missing[:10]]}), want none")
            self.assertEqual(wrong_box, [], f"iteration {iteration}: messages in the wrong Maildir: {wrong_box[:10]}")
        self.assertNotIn("spool file is missing", self.engine.log_text(),
                         "engine log: a queued message lost its spool file across a kill -9")
        self.assertGreater(len(acked), 0, f"no message was acknowledged in {ITERATIONS} iteration(s) ({total_sent} sent)")
        queue_ids = [qid for _, qid in acked.values()]
        self.assertEqual(len(queue_ids), len(set(queue_ids)), "two acknowledged messages share a queue id")
        log(f"durability: {len(acked)} acknowledged of {total_sent} attempted, all delivered")


if __name__ == "__main__":
    main()
