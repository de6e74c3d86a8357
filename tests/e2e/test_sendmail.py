#!/usr/bin/env python3
"""e2e.sendmail.*: local submission for programs. The real doorstep-sendmail binary, run as
cron, mail(1), git send-email and PHP's mail() run it, hands messages to a real doorstepd over
its submission socket ($XDG_RUNTIME_DIR/doorstep/submit.sock of the session engine, or
DOORSTEP_SUBMIT_SOCKET): they arrive in the Maildirs with Received, Message-ID, Date and From
added, Bcc removed, the sender login@identity.hostname of the caller's uid (-f only for root
and group doorstep), and sendmail's exit codes (sysexits.h) with one line on stderr when not.

DOORSTEP_SENDMAIL names the program under test (tests/e2e/CMakeLists.txt)."""

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import unittest
import uuid

from doorstep_fixture import EngineTestCase, headers_of, main, read_maildir_message, wait_until

SENDMAIL = os.environ.get("DOORSTEP_SENDMAIL", "doorstep-sendmail")
HOST = "host.example.test"  # identity.hostname: the domain of every local sender

EX_OK, EX_USAGE, EX_DATAERR, EX_NOUSER, EX_TEMPFAIL = 0, 64, 65, 67, 75


def login_of(uid):
    return pwd.getpwuid(uid).pw_name


class SendmailTestCase(EngineTestCase):
    DOMAINS = ["example.test"]
    USERS = ["alice@example.test", "bob@example.test", "carol@example.test"]
    ALIASES = {"root": "alice@example.test", "www-data": "bob@example.test"}
    SETTINGS = {"identity.hostname": HOST}

    def sendmail(self, args, data=b"", env=None, user=None, timeout=30):
        """Runs doorstep-sendmail ARGS with data on stdin, as a program would (as user when given)."""
        environment = self.engine.env()
        environment.pop("DOORSTEP_SUBMIT_SOCKET", None)
        environment.update(env or {})
        command = [SENDMAIL] + list(args)
        if user is not None:
            entry = pwd.getpwnam(user)
            command = ["setpriv", f"--reuid={entry.pw_uid}", f"--regid={entry.pw_gid}", "--clear-groups"] + command
        result = subprocess.run(command, input=data, env=environment, capture_output=True, timeout=timeout)
        result.stderr_text = result.stderr.decode(errors="replace")
        return result

    def assertSent(self, result, what):
        self.assertEqual(result.returncode, EX_OK, f"{what}: got exit {result.returncode} ({result.stderr_text.strip()!r}), want 0")
        self.assertEqual(result.stderr_text, "", f"{what}: got stderr {result.stderr_text!r}, want nothing")

    def assertRefused(self, result, code, parts, what):
        lines = result.stderr_text.splitlines()
        self.assertEqual(result.returncode, code, f"{what}: got exit {result.returncode} ({result.stderr_text!r}), want {code}")
        self.assertEqual(len(lines), 1, f"{what}: got stderr {result.stderr_text!r}, want one line")
        self.assertTrue(lines[0].startswith("doorstep-sendmail: "), f"{what}: got {lines[0]!r}, want it to name the program")
        for part in parts:
            self.assertIn(part, lines[0], f"{what}: got {lines[0]!r}, want it to mention {part!r}")

    def delivered(self, address, tag, count=1, timeout=10.0):
        """The messages tagged tag in address's Maildir, once there are count of them."""
        def found():
            files = [p for p in self.engine.maildir_files(address) if tag.encode() in read_maildir_message(p)]
            return files if len(files) >= count else None
        try:
            files = wait_until(found, timeout, what=f"{count} message(s) tagged {tag} for {address}")
        except TimeoutError:
            self.fail(f"Maildir of {address}: got no message tagged {tag} after {timeout} s")
        return [read_maildir_message(p) for p in files]

    def assertNotDelivered(self, address, tag):
        self.wait_queue_empty()
        files = [p for p in self.engine.maildir_files(address) if tag.encode() in read_maildir_message(p)]
        self.assertEqual(files, [], f"Maildir of {address}: got a message tagged {tag}, want none")

    @staticmethod
    def tag():
        return uuid.uuid4().hex


class Sendmail(SendmailTestCase):
    """e2e.sendmail.submit: the callers of the issue, run as this test's user."""

    def setUp(self):
        self.login = login_of(os.geteuid())
        self.own = f"{self.login}@{HOST}"

    def test_t_takes_to_cc_bcc_and_removes_bcc(self):
        tag = self.tag()
        message = (f"To: Alice <alice@example.test>\nCc: bob@example.test\nBcc: carol@example.test\n"
                   f"Subject: report {tag}\n\nAll is well.\n").encode()
        self.assertSent(self.sendmail(["-t"], message), "-t")
        for address in ("alice@example.test", "bob@example.test", "carol@example.test"):
            [raw] = self.delivered(address, tag)
            headers = headers_of(raw)
            self.assertNotIn("bcc", headers, f"{address}: got a Bcc field {headers.get('bcc')}, want it removed")
            self.assertNotIn(b"carol", raw.split(b"\n\n", 1)[0].replace(b"Delivered-To: carol", b""),
                             f"{address}: the blind recipient shows in the header")
            self.assertEqual(headers.get("return-path"), [f"<{self.own}>"], f"{address}: Return-Path")
            [received] = headers.get("received", [])
            self.assertIn(f"from local uid {os.geteuid()} ({self.login}) via doorstep-sendmail", received, f"{address}: Received")
            self.assertTrue(headers.get("message-id", [""])[0].endswith(f"@{HOST}>"), f"{address}: Message-ID {headers.get('message-id')}")
            self.assertEqual(len(headers.get("date", [])), 1, f"{address}: Date {headers.get('date')}")
            from_field = headers.get("from", [""])[0]
            self.assertTrue(from_field.endswith(f"<{self.own}>") or from_field == self.own,
                            f"{address}: From: got {from_field!r}, want the sender {self.own}")

    def test_t_adds_the_argument_recipients(self):
        tag = self.tag()
        message = f"To: alice@example.test\nSubject: both {tag}\n\nx\n".encode()
        self.assertSent(self.sendmail(["-t", "carol@example.test"], message), "-t with an argument")
        self.delivered("alice@example.test", tag)
        self.delivered("carol@example.test", tag)

    def test_recipients_as_arguments(self):
        tag = self.tag()
        self.assertSent(self.sendmail(["alice@example.test", "bob@example.test, Carol <carol@example.test>"],
                                      f"Subject: args {tag}\n\nx\n".encode()), "argument recipients")
        for address in ("alice@example.test", "bob@example.test", "carol@example.test"):
            self.delivered(address, tag)

    def test_bare_names_through_aliases(self):
        tag = self.tag()
        self.assertSent(self.sendmail(["root", "www-data"], f"Subject: bare {tag}\n\nx\n".encode()), "bare names")
        self.delivered("alice@example.test", tag)
        self.delivered("bob@example.test", tag)

    def test_unknown_local_name(self):
        tag = self.tag()
        result = self.sendmail(["nosuchname"], f"Subject: lost {tag}\n\nx\n".encode())
        self.assertRefused(result, EX_NOUSER, ["nosuchname", "5.1.1", "alias", "not sent"], "unknown bare name")

    def test_unknown_user_refuses_the_whole_message(self):
        tag = self.tag()
        result = self.sendmail(["alice@example.test", "nobody@example.test"], f"Subject: partial {tag}\n\nx\n".encode())
        self.assertRefused(result, EX_NOUSER, ["nobody@example.test", "550 5.1.1", "not sent"], "unknown user")
        self.assertNotDelivered("alice@example.test", tag)

    def test_lone_dot_ends_input_without_i(self):
        tag = self.tag()
        self.assertSent(self.sendmail(["alice@example.test"], f"Subject: dot {tag}\n\nbefore\n.\nafter\n".encode()), "no -i")
        [raw] = self.delivered("alice@example.test", tag)
        body = raw.split(b"\n\n", 1)[1]
        self.assertEqual(body, b"before\n", f"body without -i: got {body!r}, want it to end at the lone dot")

    def test_i_keeps_a_lone_dot(self):
        tag = self.tag()
        body = "before\n.\n..two\n.after\nlast\n"
        self.assertSent(self.sendmail(["-i", "alice@example.test"], f"Subject: dot {tag}\n\n{body}".encode()), "-i")
        [raw] = self.delivered("alice@example.test", tag)
        got = raw.split(b"\n\n", 1)[1]
        self.assertEqual(got, body.encode(), f"body with -i: got {got!r}, want it whole")

    def test_too_large(self):
        limit = 100000
        self.engine.set("limits.max_message_size", limit)
        self.addCleanup(self.engine.set, "limits.max_message_size", 50 * 1024 * 1024)
        tag = self.tag()
        big = f"Subject: big {tag}\n\n".encode() + (b"y" * 99 + b"\n") * 2000
        result = self.sendmail(["alice@example.test"], big)
        self.assertRefused(result, EX_DATAERR, ["larger", str(limit), "not sent"], "over limits.max_message_size")
        self.assertNotDelivered("alice@example.test", tag)

    def test_cron(self):
        # Debian cron's MAILCMD with the flags of the issue; cron writes To: and Subject:.
        tag = self.tag()
        message = f"To: root\nSubject: Cron <root@{HOST}> run-parts {tag}\n\n/etc/cron.daily/logrotate:\nerror\n".encode()
        self.assertSent(self.sendmail(["-i", "-FCronDaemon", "-odi", "-oem", "-oi", "-t"], message), "cron")
        [raw] = self.delivered("alice@example.test", tag)
        self.assertEqual(headers_of(raw).get("from"), [f"CronDaemon <{self.own}>"], "From: added with the -F name")

    def test_mail_command(self):
        # mail(1) (bsd-mailx): sendmail -oi -f root root, a message with its own header.
        tag = self.tag()
        message = f"Subject: mail {tag}\nTo: root\nUser-Agent: mail (GNU Mailutils 3.15)\n\nhello\n".encode()
        self.assertSent(self.sendmail(["-oi", "-f", "root", "root"], message), "mail(1)")
        [raw] = self.delivered("alice@example.test", tag)
        if os.geteuid() == 0:
            self.assertEqual(headers_of(raw)["return-path"], [f"<root@{HOST}>"], "-f root: root at identity.hostname")

    def test_git_send_email(self):
        tag = self.tag()
        message = (f"From: Alice Dev <alice@example.test>\nTo: bob@example.test\nSubject: [PATCH] fix {tag}\n"
                   f"Date: Thu, 01 Jan 2026 00:00:00 +0000\nMessage-ID: <{tag}@alice.example.test>\n\n"
                   "---\n file | 2 +-\n.\n-- \n2.39.2\n").encode()
        self.assertSent(self.sendmail(["-i", "bob@example.test"], message), "git send-email")
        [raw] = self.delivered("bob@example.test", tag)
        headers = headers_of(raw)
        self.assertEqual(headers["from"], ["Alice Dev <alice@example.test>"], "From kept")
        self.assertEqual(headers["message-id"], [f"<{tag}@alice.example.test>"], "Message-ID kept")
        self.assertEqual(headers["date"], ["Thu, 01 Jan 2026 00:00:00 +0000"], "Date kept")
        self.assertTrue(raw.endswith(b"\n.\n-- \n2.39.2\n"), f"patch body: got {raw[-40:]!r}")

    def test_php_mail(self):
        # PHP's mail(): sendmail -t -i, LF line ends, the To: field from the script.
        tag = self.tag()
        message = f"To: bob@example.test\nSubject: php {tag}\nX-PHP-Originating-Script: 33:contact.php\n\nHello\n.\nBye\n".encode()
        self.assertSent(self.sendmail(["-t", "-i"], message), "PHP")
        [raw] = self.delivered("bob@example.test", tag)
        self.assertTrue(raw.endswith(b"\n\nHello\n.\nBye\n"), f"body: got {raw[-30:]!r}")

    def test_no_header_at_all(self):
        tag = self.tag()
        self.assertSent(self.sendmail(["alice@example.test"], f"just text {tag}\n".encode()), "echo | sendmail")
        [raw] = self.delivered("alice@example.test", tag)
        head, body = raw.split(b"\n\n", 1)
        self.assertEqual(body, f"just text {tag}\n".encode(), "the text is the body")
        self.assertIn(b"\nFrom: ", b"\n" + head)

    def test_f_as_root(self):
        if os.geteuid() != 0:
            self.skipTest("needs root: only root and group doorstep may choose the sender")
        tag = self.tag()
        self.assertSent(self.sendmail(["-f", "boss@example.test", "bob@example.test"], f"Subject: f {tag}\n\nx\n".encode()), "-f")
        [raw] = self.delivered("bob@example.test", tag)
        headers = headers_of(raw)
        self.assertEqual(headers["return-path"], ["<boss@example.test>"], "Return-Path with root's -f")
        self.assertEqual(headers["from"], ["boss@example.test"], "From: the -f sender")

    def test_remote_recipient_is_queued(self):
        tag = self.tag()
        self.assertSent(self.sendmail(["friend@foreign.test"], f"Subject: out {tag}\n\nx\n".encode()), "remote recipient")
        def queued():
            return [e for e in self.engine.queue() if e["recipients"] == ["friend@foreign.test"]]
        [entry] = wait_until(queued, 10, interval=0.1, what="the message in the queue")
        self.addCleanup(self.engine.ctl, "queue", "remove", entry["id"], check=False)
        self.assertEqual(entry["sender"], self.own, f"queue list sender: got {entry['sender']!r}")
        shown = self.engine.ctl_json("queue", "show", entry["id"])
        self.assertEqual(shown["listener"], "local", f"queue show listener: got {shown.get('listener')!r}")
        self.assertIn(f"local uid {os.geteuid()}", shown.get("client", ""), f"queue show client: got {shown.get('client')!r}")

    def test_usage(self):
        self.assertRefused(self.sendmail([], b"x\n"), EX_USAGE, ["no recipients"], "no recipients")
        self.assertRefused(self.sendmail(["-t"], b"Subject: none\n\nx\n"), EX_USAGE, ["no recipients", "To, Cc or Bcc"], "-t without any")
        self.assertRefused(self.sendmail(["-bp"]), EX_USAGE, ["doorstepctl queue list"], "-bp")
        self.assertRefused(self.sendmail(["-q"]), EX_USAGE, ["doorstepctl queue"], "-q")
        self.assertRefused(self.sendmail(["-bs"]), EX_USAGE, ["-bs"], "-bs")
        newaliases = self.sendmail(["-bi"])
        self.assertEqual(newaliases.returncode, EX_OK, f"-bi (newaliases): got {newaliases.returncode}, want 0: nothing to rebuild")

    def test_events_and_counters(self):
        before = self.engine.counter("received")
        tag = self.tag()
        self.assertSent(self.sendmail(["alice@example.test"], f"Subject: counted {tag}\n\nx\n".encode()), "counted")
        self.delivered("alice@example.test", tag)
        self.assertEqual(self.engine.counter("received"), before + 1, "statistics: received")
        received = [e for e in self.engine.events() if e.get("kind") == "received" and f"local uid {os.geteuid()}" in e.get("summary", "")]
        self.assertTrue(received, "events: want a received event naming the local uid")


class Unprivileged(SendmailTestCase):
    """e2e.sendmail.unprivileged: a user outside root and group doorstep (nobody, through
    setpriv) gets its own sender whatever -f says. The engine's socket is in a directory every
    user can reach (DOORSTEP_SUBMIT_SOCKET), as /run/doorstep is on a real host."""

    USER = "nobody"

    @classmethod
    def setUpClass(cls):
        if os.geteuid() != 0 or shutil.which("setpriv") is None:
            raise unittest.SkipTest("needs root and setpriv to run doorstep-sendmail as another user")
        cls.public = tempfile.mkdtemp(prefix="doorstep-e2e-public-")
        os.chmod(cls.public, 0o755)
        cls.addClassCleanup(shutil.rmtree, cls.public, True)
        cls.socket_path = os.path.join(cls.public, "doorstep", "submit.sock")
        super().setUpClass()

    @classmethod
    def engine_start_arguments(cls):
        return {"wrapper": ("env", f"DOORSTEP_SUBMIT_SOCKET={cls.socket_path}")}

    def sendmail(self, args, data=b"", env=None, user=None, timeout=30):
        return super().sendmail(args, data, env={"DOORSTEP_SUBMIT_SOCKET": self.socket_path, **(env or {})}, user=user, timeout=timeout)

    def test_socket_is_open_to_every_user(self):
        directory_mode = os.stat(os.path.dirname(self.socket_path)).st_mode & 0o777
        socket_mode = os.stat(self.socket_path).st_mode & 0o777
        self.assertEqual(directory_mode, 0o755, f"socket directory mode: got {directory_mode:o}, want 755")
        self.assertEqual(socket_mode, 0o666, f"socket mode: got {socket_mode:o}, want 666")

    def test_f_is_ignored(self):
        tag = self.tag()
        result = self.sendmail(["-f", "boss@example.test", "bob@example.test"], f"Subject: forged {tag}\n\nx\n".encode(), user=self.USER)
        self.assertSent(result, "-f as nobody")
        [raw] = self.delivered("bob@example.test", tag)
        headers = headers_of(raw)
        self.assertEqual(headers["return-path"], [f"<{self.USER}@{HOST}>"], "Return-Path: the caller's own address, not -f")
        self.assertIn(f"from local uid {pwd.getpwnam(self.USER).pw_uid} ({self.USER})", headers["received"][0])

    def test_verbose_says_why(self):
        tag = self.tag()
        result = self.sendmail(["-v", "-f", "boss@example.test", "bob@example.test"], f"Subject: verbose {tag}\n\nx\n".encode(),
                               user=self.USER)
        self.assertEqual(result.returncode, EX_OK, result.stderr_text)
        self.assertIn("only root and group doorstep may choose the sender", result.stderr_text, "-v shows the engine's note")

    def test_root_still_may(self):
        tag = self.tag()
        self.assertSent(self.sendmail(["-f", "boss@example.test", "bob@example.test"], f"Subject: root {tag}\n\nx\n".encode()), "root")
        [raw] = self.delivered("bob@example.test", tag)
        self.assertEqual(headers_of(raw)["return-path"], ["<boss@example.test>"])


class EngineDown(SendmailTestCase):
    """e2e.sendmail.engine_down: EX_TEMPFAIL and one line when nothing listens: no socket, a
    stale socket file, and the engine stopped (its socket is removed)."""

    def test_no_socket(self):
        path = os.path.join(self.tmp, "missing", "submit.sock")
        result = self.sendmail(["alice@example.test"], b"Subject: x\n\nx\n", env={"DOORSTEP_SUBMIT_SOCKET": path})
        self.assertRefused(result, EX_TEMPFAIL, ["not running", path, "not sent"], "no socket")

    def test_stale_socket(self):
        path = os.path.join(self.tmp, "stale.sock")
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.bind(path)  # bound, never listening: what a crashed engine leaves
        result = self.sendmail(["alice@example.test"], b"Subject: x\n\nx\n", env={"DOORSTEP_SUBMIT_SOCKET": path})
        self.assertRefused(result, EX_TEMPFAIL, ["not running", path], "stale socket")

    def test_stopped_engine(self):
        path = os.path.join(self.engine.runtime_dir, "doorstep", "submit.sock")
        self.assertTrue(os.path.exists(path), f"want the session engine's socket at {path}")
        tag = self.tag()
        self.assertSent(self.sendmail(["alice@example.test"], f"Subject: before {tag}\n\nx\n".encode()), "while running")
        self.delivered("alice@example.test", tag)
        self.assertEqual(self.engine.stop(), 0)
        self.assertFalse(os.path.exists(path), "the stopped engine left its socket file")
        result = self.sendmail(["alice@example.test"], b"Subject: x\n\nx\n", env={"DOORSTEP_SUBMIT_SOCKET": path})
        self.assertRefused(result, EX_TEMPFAIL, ["not running", path], "stopped engine")
        # Started again, it serves again (and a kill -9's stale socket is replaced).
        self.engine.start()
        self.engine.kill9()
        self.assertTrue(os.path.exists(path), "kill -9 leaves the socket file")
        self.engine.start()
        tag = self.tag()
        self.assertSent(self.sendmail(["alice@example.test"], f"Subject: after {tag}\n\nx\n".encode()), "after a restart")
        self.delivered("alice@example.test", tag)


class SlowWriter(SendmailTestCase):
    """e2e.sendmail.slow_writer: cron hands a job's output over as it comes; a program slower
    than the engine's idle timeout still gets its message through (doorstep-sendmail reads the
    whole message, then connects again when the engine has dropped the idle connection)."""

    SETTINGS = dict(SendmailTestCase.SETTINGS, **{"limits.idle_timeout": 1})

    def test_slower_than_the_idle_timeout(self):
        tag = self.tag()
        environment = self.engine.env()
        process = subprocess.Popen([SENDMAIL, "-v", "-t"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   env=environment)
        try:
            process.stdin.write(f"To: alice@example.test\nSubject: slow {tag}\n\nfirst line\n".encode())
            process.stdin.flush()
            time.sleep(2.5)
            process.stdin.write(b"second line, after the idle timeout\n")
            process.stdin.close()
            process.wait(timeout=30)
            err = process.stderr.read()
        finally:
            if process.poll() is None:
                process.kill()
            process.stdout.close()
            process.stderr.close()
        self.assertEqual(process.returncode, EX_OK, err.decode(errors="replace"))
        self.assertIn("connecting again", err.decode(errors="replace"), "-v: want the reconnection said")
        [raw] = self.delivered("alice@example.test", tag)
        self.assertTrue(raw.endswith(b"first line\nsecond line, after the idle timeout\n"), raw[-80:])


if __name__ == "__main__":
    main()
