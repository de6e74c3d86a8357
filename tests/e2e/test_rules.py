#!/usr/bin/env python3
"""e2e.imap.rules: Sieve rules run by the managed Dovecot's Pigeonhole, set through doorstepctl.

- `rules set` stores a user's script after Pigeonhole's sievec accepted it; `rules get` gives
  it back; an invalid script is refused with its line (exit 1, nothing stored);
- a mailing-list message is filed into its folder and is visible there over IMAP;
- a vacation reply goes out once per sender (the second message gets none), through
  doorstep-sendmail into the engine;
- `rules test` (the dry run, Rules.Test) says where a message would go, with the spam verdict
  before the rules (GTUBE: the global rule, into spam.folder);
- `rules import-procmail` turns the seed's own rules (the global spamtrap rule, the personal
  mailing-list rules) into Sieve that the engine accepts, listing the recipes it cannot keep;
- `user setup` prints what to type into a mail program, and --json carries the files.

DryRunChain: the verdict chain before the rules, with greylisting and antivirus on:
- `rules messages` lists the mailbox's newest messages (RFC 2047 subjects decoded), and
  `rules test-stored` tries one of them: the server in the engine's own Received line passed
  greylisting (looked up, not recorded), no virus, its folder;
- a pasted message from a server greylisting has not seen "waits"; one without the engine's
  Received line is "unknown"; nothing is added to the greylist;
- a pasted message with the test's virus is scanned by the engine's scanner: decided by
  antivirus, no folder;
- a message id that leaves the mailbox is refused, a gone one is not found.

Run by hand:  python3 test_rules.py Rules -v
"""

import base64
import hashlib
import imaplib
import json
import os
import time
import uuid

from doorstep_fixture import PASSWORD, EngineTestCase, main, message, reply_text, unverified_context, wait_until

GTUBE = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"
PROCMAIL_DATA = os.path.join(os.path.dirname(__file__), "..", "unit", "delivery", "data", "procmail")

LIST_RULES = """require ["fileinto", "mailbox"];
# Debian's users' list into its own folder.
if header :contains "List-Id" "debian-user.lists.debian.org" {
    fileinto :create "lists.debian-user";
    stop;
}
"""

VACATION_RULES = """require ["vacation"];
vacation :days 1 :subject "Away" :addresses ["bob@example.test"] "I am away until Monday.";
"""


class Rules(EngineTestCase):
    DOMAINS = ["example.test"]
    USERS = ["alice@example.test", "bob@example.test", "carol@example.test"]

    def setUp(self):
        self.ports = self.engine.wait_imap()

    def write(self, name, text):
        path = os.path.join(self.tmp, name)
        with open(path, "w") as f:
            f.write(text)
        return path

    def imaps(self, user):
        client = imaplib.IMAP4_SSL("127.0.0.1", self.ports["imaps"], ssl_context=unverified_context(), timeout=20)
        self.addCleanup(client.logout)
        client.login(user, PASSWORD)
        return client

    def count(self, client, folder, subject):
        typ, _ = client.select(f'"{folder}"')
        if typ != "OK":
            return 0
        typ, data = client.search(None, "SUBJECT", f'"{subject}"')
        return len(data[0].split())

    def send(self, sender, recipient, subject, body="Hello.", extra_headers="", login=None):
        client = self.submission(login) if login else self.smtp()
        data = f"From: {sender or 'nobody@remote.test'}\r\nTo: {recipient}\r\nSubject: {subject}\r\n" \
               f"Message-ID: <{uuid.uuid4().hex}@example.test>\r\nDate: Fri, 27 Nov 2026 06:00:00 +0000\r\n{extra_headers}\r\n{body}\r\n"
        self.send_ok(client, sender, [recipient], data)
        client.quit()

    def test_1_set_get_and_refuse(self):
        self.engine.ctl("rules", "set", "alice@example.test", self.write("list.sieve", LIST_RULES))
        self.assertEqual(self.engine.ctl("rules", "get", "alice@example.test").stdout, LIST_RULES)
        bad = self.engine.ctl("rules", "set", "alice@example.test", self.write("bad.sieve", 'require "fileinto";\nif header :contains "Subject" "x" {\n    filein "y";\n}\n'),
                              check=False)
        self.assertEqual(bad.returncode, 1, bad.stderr)
        self.assertIn("line 3", bad.stderr)
        self.assertEqual(self.engine.ctl("rules", "get", "alice@example.test").stdout, LIST_RULES, "a refused script replaced the rules")
        # Pigeonhole compiles a folder with '/', and Dovecot would drop such mail into the inbox.
        slash = self.engine.ctl("rules", "set", "alice@example.test", self.write("slash.sieve", 'require "fileinto";\nfileinto "Lists/Debian";\n'),
                                check=False)
        self.assertEqual(slash.returncode, 1, slash.stderr)
        self.assertIn('line 2: the folder "Lists/Debian"', slash.stderr)
        unknown = self.engine.ctl("rules", "get", "nobody@example.test", check=False)
        self.assertEqual(unknown.returncode, 1)
        self.assertIn("There is no user", unknown.stderr)
        self.assertIn('"X-Spam-Flag" "YES"', self.engine.ctl("rules", "get", "").stdout, "the global rule")

    def test_2_list_message_filed(self):
        self.engine.ctl("rules", "set", "alice@example.test", self.write("list.sieve", LIST_RULES))
        subject = f"list {uuid.uuid4().hex}"
        self.send("", "alice@example.test", subject, extra_headers="List-Id: Debian User List <debian-user.lists.debian.org>\r\n")
        other = f"plain {uuid.uuid4().hex}"
        self.send("", "alice@example.test", other)
        self.wait_queue_empty()
        client = self.imaps("alice@example.test")
        wait_until(lambda: self.count(client, "lists.debian-user", subject) == 1, 15, what="the list message in its folder")
        self.assertEqual(self.count(client, "INBOX", subject), 0)
        self.assertEqual(self.count(client, "INBOX", other), 1)

    def test_3_vacation_once(self):
        self.engine.ctl("rules", "set", "bob@example.test", self.write("vacation.sieve", VACATION_RULES))
        for n in (1, 2):
            self.send("carol@example.test", "bob@example.test", f"question {n}", login="carol@example.test")
            self.wait_queue_empty(timeout=30)
        carol = self.imaps("carol@example.test")
        wait_until(lambda: self.count(carol, "INBOX", "Away") >= 1, 30, what="the vacation reply to carol")
        self.wait_queue_empty(timeout=30)
        self.assertEqual(self.count(carol, "INBOX", "Away"), 1, "vacation answered twice")
        bob = self.imaps("bob@example.test")
        self.assertEqual(self.count(bob, "INBOX", "question"), 2)

    def test_4_dry_run(self):
        self.engine.ctl("rules", "set", "alice@example.test", self.write("list.sieve", LIST_RULES))
        listed = self.write("list.eml", message("dry run", to="alice@example.test").decode().replace("\r\n\r\n", "\r\nList-Id: <debian-user.lists.debian.org>\r\n\r\n", 1))
        result = json.loads(self.engine.ctl("--json", "rules", "test", "alice@example.test", listed).stdout)
        self.assertEqual(result["folder"], "lists.debian-user", result)
        self.assertEqual(result["decided_by"], "user")
        self.assertIn("verdict", result["spam"])
        self.assertTrue(result["trace"], "a trace of the matching")
        spam = self.write("spam.eml", message("dry spam", body=f"Buy {GTUBE}", to="alice@example.test").decode())
        result = json.loads(self.engine.ctl("--json", "rules", "test", "alice@example.test", spam).stdout)
        self.assertEqual(result["spam"]["verdict"], "spam")
        self.assertEqual((result["folder"], result["decided_by"]), ("spamtrap", "global"), result)
        plain = self.engine.ctl("rules", "test", "alice@example.test", self.write("plain.eml", message("dry plain", to="alice@example.test").decode())).stdout
        self.assertIn("INBOX", plain)
        # Nothing was delivered by a dry run.
        self.assertEqual(self.engine.queue(), [])

    def test_5_import_seed_procmail(self):
        personal = self.engine.ctl("--json", "rules", "import-procmail", "alice@example.test", os.path.join(PROCMAIL_DATA, "personal.procmailrc"))
        imported = json.loads(personal.stdout)
        self.assertIn('fileinto "lists.debian-user"', imported["sieve"])
        self.assertTrue(any("formail" in line for line in imported["untranslated"]), imported["untranslated"])
        # What the import gives, the engine takes as the user's rules.
        self.engine.ctl("rules", "set", "alice@example.test", self.write("imported.sieve", imported["sieve"]))
        globalrc = json.loads(self.engine.ctl("--json", "rules", "import-procmail", "", os.path.join(PROCMAIL_DATA, "global.procmailrc")).stdout)
        self.assertIn('fileinto "spamtrap"', globalrc["sieve"])
        self.assertEqual(globalrc["untranslated"], [])
        text = self.engine.ctl("rules", "import-procmail", "alice@example.test", os.path.join(PROCMAIL_DATA, "personal.procmailrc"))
        self.assertIn("not imported: line", text.stderr)

    def test_6_user_setup(self):
        text = self.engine.ctl("user", "setup", "alice@example.test").stdout
        self.assertIn(str(self.ports["imaps"]), text)
        setup = self.engine.ctl_json("user", "setup", "alice@example.test")
        self.assertEqual(setup["incoming"][0]["port"], self.ports["imaps"])
        self.assertEqual(setup["incoming"][0]["username"], "alice@example.test")
        self.assertIn("<clientConfig", setup["autoconfig_xml"])
        self.assertIn("com.apple.mail.managed", setup["mobileconfig"])
        self.assertEqual(self.engine.ctl("user", "setup", "nobody@example.test", check=False).returncode, 1)


# Harmless bytes that only the test's own ClamAV signature names (as in test_antivirus.py).
INFECTED = b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$DOORSTEP-RULES-DRY-RUN-FILE!$H+H*"
SIGNATURE = "Doorstep.Test.DryRun"
GREYLIST_DELAY = 2


class DryRunChain(EngineTestCase):
    DOMAINS = ["example.test"]
    USERS = ["alice@example.test"]
    SETTINGS = {"greylist.enabled": "true", "greylist.delay": GREYLIST_DELAY, "greylist.prefix_v4": 32}

    @classmethod
    def configure(cls):
        database = os.path.join(cls.tmp, "clamav")
        os.makedirs(database, exist_ok=True)
        with open(os.path.join(database, "test.hdb"), "w") as f:
            f.write(f"{hashlib.md5(INFECTED).hexdigest()}:{len(INFECTED)}:{SIGNATURE}\n")
        cls.SETTINGS = {**cls.SETTINGS, "antivirus.enabled": True, "antivirus.database_dir": database}
        super().configure()

    def setUp(self):
        self.engine.wait_imap()
        wait_until(lambda: self.engine.ctl_json("filters", "antivirus")["state"] == "ready", 60, interval=0.2, what="the virus scanner ready")

    def write(self, name, data):
        path = os.path.join(self.tmp, name)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def dry_run(self, *args):
        return json.loads(self.engine.ctl("--json", "rules", *args).stdout)

    def receive_through_greylisting(self, sender, subject_header):
        """Sends one message from 127.0.0.1, retrying after the greylisting delay as a server would."""
        for attempt in range(3):
            client = self.raw()
            self.assertReply(client.command("EHLO client.sender.test"), 250, None, "EHLO")
            self.assertReply(client.command(f"MAIL FROM:<{sender}>"), 250, "2.1.0", "MAIL FROM")
            code, lines = client.command("RCPT TO:<alice@example.test>")
            if code == 451:
                client.command("QUIT")
                time.sleep(GREYLIST_DELAY + 0.5)
                continue
            self.assertEqual(code, 250, reply_text(code, lines))
            self.assertReply(client.command("DATA"), 354, None, "DATA")
            body = (f"From: Grete <{sender}>\r\nTo: alice@example.test\r\nSubject: {subject_header}\r\n"
                    f"Message-ID: <{uuid.uuid4().hex}@sender.test>\r\nDate: Fri, 27 Nov 2026 06:00:00 +0000\r\n\r\nHallo.\r\n.\r\n")
            client.send(body.encode())
            self.assertReply(client.reply(), 250, "2.0.0", "end of DATA")
            client.command("QUIT")
            return
        self.fail("still greylisted after three attempts")

    def test_1_stored_message(self):
        sender = f"g{uuid.uuid4().hex[:8]}@sender.test"
        subject = "=?UTF-8?B?" + base64.b64encode("Grüße aus Köln".encode()).decode() + "?="
        self.receive_through_greylisting(sender, subject)
        listed = wait_until(lambda: [m for m in self.dry_run("messages", "alice@example.test") if m["subject"] == "Grüße aus Köln"],
                            30, interval=0.2, what="the message in Rules.Messages")
        self.assertEqual(listed[0]["folder"], "INBOX")
        self.assertIn(sender, listed[0]["from"])
        self.assertGreater(listed[0]["size"], 100)
        triplets_before = self.engine.ctl("greylist", "list").stdout

        result = self.dry_run("test-stored", "alice@example.test", listed[0]["id"])
        self.assertEqual(result["greylist_outcome"], "passed", result["greylist"])
        self.assertIn("127.0.0.1", result["greylist"])
        self.assertEqual(result["antivirus_outcome"], "clean", result["antivirus"])
        self.assertEqual(result["folder"], "INBOX")
        self.assertEqual(result["spam"]["verdict"], "ham")
        self.assertEqual(self.engine.ctl("greylist", "list").stdout, triplets_before, "the dry run changed the greylist")

        text = self.engine.ctl("rules", "messages", "alice@example.test", "5").stdout
        self.assertIn("Grüße aus Köln", text)

    def test_2_pasted_greylisting(self):
        triplets_before = self.engine.ctl("greylist", "list").stdout
        ours = (b"Return-Path: <stranger@far.test>\r\n"
                b"Received: from mx.far.test (mx.far.test [192.0.2.7])\r\n\tby mail.example.test (Doorstep) with ESMTP id Q1;"
                b" Fri, 27 Nov 2026 06:00:00 +0000\r\n") + message("from afar", sender="stranger@far.test")
        result = self.dry_run("test", "alice@example.test", self.write("ours.eml", ours))
        self.assertEqual(result["greylist_outcome"], "wait", result["greylist"])
        self.assertIn("192.0.2.7", result["greylist"])
        self.assertEqual(result["folder"], "INBOX")

        forged = (b"Return-Path: <stranger@far.test>\r\n"
                  b"Received: from mx.far.test (mx.far.test [192.0.2.7]) by relay.far.test (Postfix) with ESMTP id X;"
                  b" Fri, 27 Nov 2026 06:00:00 +0000\r\n") + message("not ours", sender="stranger@far.test")
        result = self.dry_run("test", "alice@example.test", self.write("forged.eml", forged))
        self.assertEqual(result["greylist_outcome"], "unknown", result["greylist"])
        self.assertEqual(self.engine.ctl("greylist", "list").stdout, triplets_before, "the dry run recorded a triplet")

    def test_3_pasted_virus(self):
        body = base64.encodebytes(INFECTED).decode().replace("\n", "\r\n")
        infected = ("From: someone@sender.test\r\nTo: alice@example.test\r\nSubject: figures\r\nMIME-Version: 1.0\r\n"
                    "Content-Type: multipart/mixed; boundary=\"SEP\"\r\n\r\n--SEP\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n"
                    "--SEP\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                    f"{body}--SEP--\r\n").encode()
        result = self.dry_run("test", "alice@example.test", self.write("infected.eml", infected))
        self.assertEqual(result["antivirus_outcome"], "virus", result)
        self.assertIn(SIGNATURE, result["antivirus_signature"])
        self.assertEqual(result["decided_by"], "antivirus")
        self.assertEqual(result["folder"], "")
        text = self.engine.ctl("rules", "test", "alice@example.test", self.write("infected2.eml", infected)).stdout
        self.assertIn(SIGNATURE, text)
        events = self.engine.events()
        self.assertFalse([e for e in events if e["kind"] == "virus"], "the dry run announced a virus")

    def test_4_bad_ids(self):
        escape = self.engine.ctl("rules", "test-stored", "alice@example.test", "../../../etc/passwd", check=False)
        self.assertEqual(escape.returncode, 1, escape.stderr)
        self.assertIn("not a message id", escape.stderr)
        gone = self.engine.ctl("rules", "test-stored", "alice@example.test", "cur/1700000000.gone", check=False)
        self.assertNotEqual(gone.returncode, 0)
        self.assertIn("no longer in the mailbox", gone.stderr)
        unknown = self.engine.ctl("rules", "messages", "nobody@example.test", check=False)
        self.assertNotEqual(unknown.returncode, 0)


if __name__ == "__main__":
    main()
