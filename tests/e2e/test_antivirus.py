#!/usr/bin/env python3
"""e2e.filters.antivirus_*: virus scanning with libclamav in doorstep-scan against a real
doorstepd. Each class writes its own signature database (a ClamAV .hdb: md5:size:name of an
EICAR-like attachment) and sends MIME messages with smtplib.

  AntivirusReject      a hit is refused with 554 5.7.0 and the signature; a clean message is
                       delivered; counter and Event `virus`; doorstepd never links libclamav
  AntivirusQuarantine  antivirus.action quarantine: 250, never delivered, listed, released to
                       its recipients, deleted
  AntivirusNoDatabase  an empty database directory: State degraded, mail deferred (451 4.7.1),
                       never passed; a database appearing is loaded and mail passes
  AntivirusCrash       a scanner killed while it scans: the message is deferred (451), the
                       scanner restarted; a hung (stopped) scanner likewise after scan_timeout
  AntivirusReload      a changed database is loaded by a new scanner that takes over (and with
                       antivirus.low_memory_reload)
  AntivirusManagerReload  Manager.Reload (doorstepctl reload) loads a database the watch did
                       not see change (a switched symbolic link); no second load beside one
                       that is under way
"""

import base64
import hashlib
import os
import signal
import smtplib
import subprocess
import threading
import time

from doorstep_fixture import DOORSTEPCTL, DOORSTEPD, EngineTestCase, _is_zombie, main, wait_until

# Harmless bytes that only the test's own signature names (EICAR's shape, not EICAR).
INFECTED = b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$DOORSTEP-ANTIVIRUS-TEST-FILE!$H+H*"
INFECTED_2 = b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$DOORSTEP-ANTIVIRUS-SECOND-FILE!$H+H*"
CLEAN = b"Quarterly figures attached, nothing to see here.\n"
SIGNATURE = "Doorstep.Test.Virus"
SIGNATURE_2 = "Doorstep.Test.Second"


def hdb_line(content, name):
    return f"{hashlib.md5(content).hexdigest()}:{len(content)}:{name}\n"


def mime_message(subject, attachment, to="alice@example.test"):
    body = base64.encodebytes(attachment).decode().replace("\n", "\r\n")
    return (f"From: someone@sender.test\r\nTo: {to}\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\n"
            f"Message-ID: <{time.monotonic_ns()}@e2e.test>\r\nDate: Thu, 01 Jan 2026 00:00:00 +0000\r\n"
            "Content-Type: multipart/mixed; boundary=\"SEP\"\r\n\r\n"
            "--SEP\r\nContent-Type: text/plain\r\n\r\nSee the attachment.\r\n"
            "--SEP\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"figures.com\"\r\n"
            f"Content-Transfer-Encoding: base64\r\n\r\n{body}--SEP--\r\n").encode()


class AntivirusCase(EngineTestCase):
    """An engine with antivirus on and a database directory of the class's own."""

    DATABASE = [(INFECTED, SIGNATURE)]  # what the .hdb holds at start; None: an empty directory
    ANTIVIRUS = {}

    @classmethod
    def configure(cls):
        cls.database_dir = os.path.join(cls.tmp, "clamav")
        os.makedirs(cls.database_dir, exist_ok=True)
        if cls.DATABASE:
            cls.write_database(cls.DATABASE)
        cls.SETTINGS = dict(cls.SETTINGS)
        cls.SETTINGS.update({"antivirus.database_dir": cls.database_dir, **cls.ANTIVIRUS, "antivirus.enabled": True})
        super().configure()

    @classmethod
    def write_database(cls, signatures, name="test.hdb"):
        path = os.path.join(cls.database_dir, name)
        with open(path + ".tmp", "w") as f:
            f.writelines(hdb_line(content, sig) for content, sig in signatures)
        os.rename(path + ".tmp", path)  # as freshclam does: never a half-written file

    def status(self):
        return self.engine.ctl_json("filters", "antivirus")

    def wait_state(self, state, timeout=30, **more):
        try:
            return wait_until(lambda: (s := self.status())["state"] == state and all(s.get(k) == v for k, v in more.items()) and s,
                              timeout, interval=0.1, what=f"antivirus state {state} {more}")
        except TimeoutError:
            self.fail(f"antivirus status: got {self.status()}, want state {state} {more}")

    def engine_state(self):
        return self.engine.ctl_json("status")["state"]

    def send(self, subject, attachment, to="alice@example.test"):
        """(code, text) of the end of DATA."""
        client = self.smtp()
        client.ehlo()
        self.assertReply(client.mail("someone@sender.test"), 250, "2.1.0", "MAIL FROM")
        self.assertReply(client.rcpt(to), 250, "2.1.5", "RCPT TO")
        code, text = client.data(mime_message(subject, attachment, to))
        client.quit()
        return code, text.decode(errors="replace")

    def virus_events(self):
        return [e for e in self.engine.events() if e["kind"] == "virus"]


class AntivirusReject(AntivirusCase):
    def test_infected_refused_clean_delivered(self):
        status = self.wait_state("ready")
        self.assertEqual(status["signatures"], 1, f"signatures: got {status['signatures']}, want 1 (the test's own)")
        self.assertGreater(status["database_date"], 0, f"database date: got {status['database_date']}, want the file's time")
        self.assertGreater(status["scanner_pid"], 0, "scanner_pid: got 0, want doorstep-scan's pid")
        self.assertEqual(self.engine_state(), "running", "engine State with a loaded scanner")
        before = self.engine.counter("virus")

        code, text = self.send("infected", INFECTED)
        self.assertEqual(code, 554, f"end of DATA with the test virus: got {code} {text!r}, want 554 5.7.0")
        self.assertTrue(text.startswith("5.7.0 ") and SIGNATURE in text, f"refusal text: got {text!r}, want 5.7.0 and {SIGNATURE}")

        code, text = self.send("clean", CLEAN)
        self.assertEqual(code, 250, f"end of DATA with a clean attachment: got {code} {text!r}, want 250")
        files = self.wait_delivered("alice@example.test", 1)
        self.assertEqual(len(files), 1, f"alice's inbox: got {len(files)} messages, want only the clean one")
        with open(files[0], "rb") as f:
            self.assertIn(b"Subject: clean", f.read())

        self.assertEqual(self.engine.counter("virus"), before + 1, "virus counter after one hit")
        events = self.virus_events()
        self.assertEqual(len(events), 1, f"virus events: got {events}, want one")
        self.assertEqual(events[0]["details"]["signature"], SIGNATURE + ".UNOFFICIAL")
        self.assertEqual(events[0]["details"]["action"], "reject")

    def test_engine_does_not_link_libclamav(self):
        # The whole point of doorstep-scan: the engine never loads ClamAV.
        linked = subprocess.run(["ldd", DOORSTEPD], capture_output=True, text=True, check=True).stdout
        self.assertNotIn("libclamav", linked, f"ldd doorstepd: got libclamav in\n{linked}")
        with open(f"/proc/{self.engine.pid}/maps") as f:
            self.assertNotIn("libclamav", f.read(), "doorstepd's memory maps: got libclamav, want none")


class AntivirusQuarantine(AntivirusCase):
    ANTIVIRUS = {"antivirus.action": "quarantine"}

    def quarantined(self):
        return self.engine.ctl_json("quarantine", "list")

    def counters(self):
        today = self.engine.stats(1)
        return {name: today[name][-1] for name in ("received", "virus", "rejected", "delivered")}

    def test_quarantine_release_delete(self):
        self.wait_state("ready")
        before = self.counters()
        code, text = self.send("kept one", INFECTED, to="bob@example.test")
        self.assertEqual(code, 250, f"end of DATA with a virus in quarantine mode: got {code} {text!r}, want 250")
        kept_id = text.rsplit(" ", 1)[1]
        code, text = self.send("kept two", INFECTED, to="alice@example.test")
        self.assertEqual(code, 250, f"second virus: got {code} {text!r}, want 250")
        deleted_id = text.rsplit(" ", 1)[1]

        listed = self.quarantined()
        self.assertEqual([e["id"] for e in listed], [kept_id, deleted_id], f"quarantine list: got {listed}")
        self.assertEqual(listed[0]["recipients"], ["bob@example.test"])
        self.assertEqual(listed[0]["sender"], "someone@sender.test")
        self.assertIn(SIGNATURE, listed[0]["reason"])
        self.assertGreater(listed[0]["quarantined_usec"], 0)
        self.assertEqual(self.engine.queue(), [], "queue: a quarantined message must never be queued")
        time.sleep(1)
        self.assertEqual(self.engine.maildir_files("bob@example.test"), [], "bob's inbox: got mail, want none before the release")
        events = self.virus_events()
        self.assertEqual([e["details"]["action"] for e in events], ["quarantine", "quarantine"], f"virus events: got {events}")
        text_list = self.engine.ctl("quarantine", "list").stdout
        self.assertIn(kept_id, text_list)
        # Accepted with 250, so received (as mail filed as spam is), and a virus; not rejected.
        kept = self.counters()
        self.assertEqual({k: kept[k] - before[k] for k in kept}, {"received": 2, "virus": 2, "rejected": 0, "delivered": 0},
                         f"counters after two quarantined messages: got {kept}, before {before}")

        self.engine.ctl("quarantine", "release", kept_id)
        files = self.wait_delivered("bob@example.test", 1)
        with open(files[0], "rb") as f:
            self.assertIn(b"Subject: kept one", f.read())
        self.engine.ctl("quarantine", "delete", deleted_id)
        self.assertEqual(self.quarantined(), [], "quarantine after release and delete: want it empty")
        self.assertEqual(os.listdir(os.path.join(self.engine.data_dir, "quarantine")), [], "quarantine directory: want it empty")
        self.assertEqual(self.engine.maildir_files("alice@example.test"), [], "alice's inbox: the deleted message must never arrive")
        after = wait_until(lambda: (c := self.counters())["delivered"] > kept["delivered"] and c, 10, what="the release counted as delivered")
        self.assertEqual({k: after[k] - kept[k] for k in after}, {"received": 0, "virus": 0, "rejected": 0, "delivered": 1},
                         "counters after the release and the delete: the release is delivered, not received again")

        for verb in ("release", "delete"):
            for bad in (kept_id, "0000000000000000", "../doorstep.db"):
                result = self.engine.ctl("quarantine", verb, bad, check=False)
                self.assertEqual(result.returncode, 1, f"quarantine {verb} {bad}: got exit {result.returncode}, want 1 (NotFound)")
                self.assertIn("no message", result.stderr, f"quarantine {verb} {bad}: got {result.stderr!r}")


class AntivirusNoDatabase(AntivirusCase):
    DATABASE = None
    # A short restart backoff is not needed: the directory watch reloads when files appear.

    def test_degraded_and_tempfailed_until_a_database_appears(self):
        status = self.wait_state("failed")
        self.assertIn("no ClamAV database", status["reason"], f"reason: got {status['reason']!r}")
        state = self.engine_state()
        self.assertTrue(state.startswith("degraded: ") and "antivirus" in state, f"engine State: got {state!r}, want degraded: antivirus")
        self.assertTrue([e for e in self.engine.events() if e["kind"] == "filter_degraded"], "events: want a filter_degraded")

        for attachment in (CLEAN, INFECTED):
            code, text = self.send("while degraded", attachment)
            self.assertEqual(code, 451, f"end of DATA without a database: got {code} {text!r}, want 451 4.7.1")
            self.assertTrue(text.startswith("4.7.1 "), f"tempfail text: got {text!r}")
        self.assertEqual(self.engine.queue(), [])
        self.assertEqual(self.engine.maildir_files("alice@example.test"), [], "nothing may pass unscanned")

        self.write_database([(INFECTED, SIGNATURE)])
        self.wait_state("ready", timeout=20)
        self.assertEqual(self.engine_state(), "running")
        code, text = self.send("clean again", CLEAN)
        self.assertEqual(code, 250, f"clean message once the database is there: got {code} {text!r}")
        code, text = self.send("infected again", INFECTED)
        self.assertEqual(code, 554, f"infected message once the database is there: got {code} {text!r}")


class AntivirusCrash(AntivirusCase):
    ANTIVIRUS = {"antivirus.scan_timeout": 30}

    def send_in_background(self, subject, attachment):
        result = {}

        def run():
            try:
                result["reply"] = self.send(subject, attachment)
            except (smtplib.SMTPException, OSError) as error:
                result["error"] = error
        thread = threading.Thread(target=run)
        thread.start()
        return thread, result

    def test_killed_scanner_tempfails_and_restarts(self):
        pid = self.wait_state("ready")["scanner_pid"]
        # Stop the scanner, so the scan of the next message is in flight when it is killed.
        os.kill(pid, signal.SIGSTOP)
        try:
            thread, result = self.send_in_background("during the crash", CLEAN)
            time.sleep(1.0)
            self.assertTrue(thread.is_alive(), f"the message was answered while the scanner was stopped: {result}")
        finally:
            os.kill(pid, signal.SIGKILL)
        thread.join(20)
        self.assertFalse(thread.is_alive(), "no answer 20 s after the scanner died")
        code, text = result.get("reply", (None, str(result.get("error"))))
        self.assertEqual(code, 451, f"end of DATA whose scanner was killed: got {code} {text!r}, want 451 4.7.1")
        self.assertEqual(self.engine.queue(), [], "the message must not be queued unscanned")

        status = self.wait_state("ready", timeout=20)
        self.assertNotEqual(status["scanner_pid"], pid, "scanner pid after the crash: want a new scanner")
        degraded = [e for e in self.engine.events() if e["kind"] == "filter_degraded"]
        self.assertTrue(degraded, "events: want filter_degraded for the crash")
        code, text = self.send("after the crash", CLEAN)
        self.assertEqual(code, 250, f"end of DATA after the restart: got {code} {text!r}, want 250")

    def test_hung_scanner_tempfails_and_restarts(self):
        before = self.wait_state("ready")["scanner_pid"]
        self.engine.set("antivirus.scan_timeout", 1)  # a new scanner with the new limit
        pid = wait_until(lambda: (s := self.status())["state"] == "ready" and s["scanner_pid"] != before and s["scanner_pid"],
                         20, interval=0.1, what="a scanner with the new scan_timeout")
        os.kill(pid, signal.SIGSTOP)
        try:
            started = time.monotonic()
            code, text = self.send("hung scanner", CLEAN)
            took = time.monotonic() - started
        finally:
            try:
                os.kill(pid, signal.SIGCONT)
            except ProcessLookupError:
                pass
        self.assertEqual(code, 451, f"end of DATA with a hung scanner: got {code} {text!r}, want 451 4.7.1")
        self.assertLess(took, 15, f"the hung scan took {took:.1f} s, want scan_timeout + grace")
        status = self.wait_state("ready", timeout=20)
        self.assertNotEqual(status["scanner_pid"], pid, "a hung scanner must be replaced")
        self.engine.set("antivirus.scan_timeout", 30)


class AntivirusReload(AntivirusCase):
    def test_changed_database_is_taken_over(self):
        first = self.wait_state("ready", signatures=1)
        code, _ = self.send("second kind, before", INFECTED_2)
        self.assertEqual(code, 250, "the second test file passes while only the first is known")
        self.write_database([(INFECTED_2, SIGNATURE_2)], name="second.hdb")
        second = self.wait_state("ready", signatures=2, timeout=20)
        self.assertNotEqual(second["scanner_pid"], first["scanner_pid"], "a reload starts a new scanner")
        wait_until(lambda: not os.path.exists(f"/proc/{first['scanner_pid']}") or _is_zombie(first["scanner_pid"]), 20,
                   what="the old scanner to end")
        code, text = self.send("second kind, after", INFECTED_2)
        self.assertEqual(code, 554, f"the second test file after the reload: got {code} {text!r}, want 554")
        self.assertIn(SIGNATURE_2, text)

    def test_low_memory_reload(self):
        self.engine.set("antivirus.low_memory_reload", True)
        try:
            before = self.wait_state("ready")
            self.write_database([(INFECTED, SIGNATURE), (CLEAN, "Doorstep.Test.NotReallyClean")])
            after = wait_until(lambda: (s := self.status())["state"] == "ready" and s["scanner_pid"] != before["scanner_pid"] and s,
                               20, interval=0.1, what="a reloaded scanner")
            self.assertIn("stopping the scanner first (antivirus.low_memory_reload)", self.engine.log_text(),
                          "engine log: want the low-memory reload noted")
            code, text = self.send("now a signature", CLEAN)
            self.assertEqual(code, 554, f"after the low-memory reload: got {code} {text!r}, want 554 (new signature)")
            self.assertGreaterEqual(after["signatures"], 2)
        finally:
            self.engine.set("antivirus.low_memory_reload", False)


class AntivirusManagerReload(AntivirusCase):
    """Manager.Reload loads the database again, for a change the directory watch cannot see:
    antivirus.database_dir is a symbolic link, switched atomically to another directory (inotify
    watches what the link pointed to when the watch was added)."""

    @classmethod
    def configure(cls):
        os.makedirs(os.path.join(cls.tmp, "clamav-1"))
        os.symlink("clamav-1", os.path.join(cls.tmp, "clamav"))
        super().configure()

    def scanner_pids(self):
        """doorstep-scan processes that are doorstepd's children (the active one and any loading)."""
        pids = []
        for name in filter(str.isdigit, os.listdir("/proc")):
            try:
                with open(f"/proc/{name}/stat") as f:
                    comm, rest = f.read().rsplit(") ", 1)
                if comm.endswith("(doorstep-scan") and int(rest.split()[1]) == self.engine.pid and not _is_zombie(int(name)):
                    pids.append(int(name))
            except (OSError, ValueError, IndexError):
                pass
        return sorted(pids)

    def reload_events(self):
        return [e for e in self.engine.events() if e["kind"] == "config_changed" and e["details"].get("action") == "reloaded"]

    def test_reload_loads_a_switched_database(self):
        first = self.wait_state("ready", signatures=1)
        second_dir = os.path.join(self.tmp, "clamav-2")
        os.makedirs(second_dir)
        with open(os.path.join(second_dir, "test.hdb"), "w") as f:
            f.writelines([hdb_line(INFECTED, SIGNATURE), hdb_line(INFECTED_2, SIGNATURE_2)])
        link = os.path.join(self.tmp, "clamav.new")
        os.symlink("clamav-2", link)
        os.rename(link, self.database_dir)  # atomic: the old directory stays as it was

        # The watch saw nothing: after three debounce intervals the same scanner, one signature.
        time.sleep(3.5)
        unchanged = self.status()
        self.assertEqual((unchanged["state"], unchanged["signatures"], unchanged["scanner_pid"]), ("ready", 1, first["scanner_pid"]),
                         f"status after the switch, before Reload: got {unchanged}")
        code, _ = self.send("second kind, before", INFECTED_2)
        self.assertEqual(code, 250, "the second test file passes while only the first signature is loaded")

        self.engine.ctl("reload")
        second = self.wait_state("ready", signatures=2, timeout=20)
        self.assertNotEqual(second["scanner_pid"], first["scanner_pid"], "Reload starts a new scanner")
        code, text = self.send("second kind, after", INFECTED_2)
        self.assertEqual(code, 554, f"the second test file after Reload: got {code} {text!r}, want 554")
        self.assertIn(SIGNATURE_2, text)
        event = self.reload_events()[-1]
        self.assertEqual(event["details"]["antivirus"], "started", f"Reload's event: got {event}")
        self.assertIn("The virus database is being loaded again.", event["summary"])

    def test_no_second_load_beside_one_under_way(self):
        active = self.wait_state("ready")["scanner_pid"]
        before = len(self.reload_events())
        # Two Reloads that arrive together: doorstepd is stopped while both calls wait in its
        # socket, so the second is handled while the scanner the first started still loads.
        os.kill(self.engine.pid, signal.SIGSTOP)
        try:
            calls = [subprocess.Popen([DOORSTEPCTL, "--session", "reload"], env=self.engine.env(), stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE) for _ in range(2)]
            time.sleep(1.0)  # both calls reach the bus; neither can be answered yet
        finally:
            os.kill(self.engine.pid, signal.SIGCONT)
        for call in calls:
            _, err = call.communicate(timeout=30)
            self.assertEqual(call.returncode, 0, f"doorstepctl reload: got exit {call.returncode} ({err!r}), want 0")
        self.assertLessEqual(len(self.scanner_pids()), 2, "scanners: the running one and at most one loading")
        details = [e["details"]["antivirus"] for e in self.reload_events()[before:]]
        self.assertEqual(details, ["started", "under_way"], "Reload events: one load, the second Reload joins it")
        status = wait_until(lambda: (s := self.status())["state"] == "ready" and s["scanner_pid"] != active and s, 20, interval=0.1,
                            what="the reloaded scanner")
        wait_until(lambda: len(self.scanner_pids()) == 1, 20, what="the old scanner to end")
        self.assertEqual(status["signatures"], 1)

if __name__ == "__main__":
    main()
