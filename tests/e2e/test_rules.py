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

Run by hand:  python3 test_rules.py Rules -v
"""

import imaplib
import json
import os
import uuid

from doorstep_fixture import PASSWORD, EngineTestCase, main, message, unverified_context, wait_until

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


if __name__ == "__main__":
    main()
