#!/usr/bin/env python3
"""e2e.receive.fsync_order: what a kill -9 cannot prove (TESTING.md "Proving things a kill -9
cannot"): the engine runs under strace, one message is sent, and the trace must show

  at enqueue:  the spool file's data synced (fdatasync/fsync on its fd), the spool directory
               fsync'd after the file was created, the queue row committed (the SQLite WAL
               synced) — all finished before "250 2.0.0 Ok: queued as ID" is written to the
               client's socket;
  at delivery: the Maildir file fsync'd before its rename from tmp/ into new/, new/ fsync'd
               after the rename, and only then the spool file unlinked.

fds are mapped to paths through the traced openat/close calls. Skipped when strace is missing
or cannot trace here (scripts/bootstrap --test-peers installs it).
"""

import os
import re
import shutil
import subprocess
import unittest

from doorstep_fixture import EngineTestCase, main, message, queue_id_of

TRACED = "openat,close,mkdir,mkdirat,fsync,fdatasync,rename,renameat,renameat2,write,writev,sendto,sendmsg,unlink,unlinkat"
LINE = re.compile(r"^(?P<pid>\d+)\s+(?P<time>\d\d:\d\d:\d\d\.\d+)\s+(?P<rest>.*)$")
CALL = re.compile(r"^(?P<name>\w+)\((?P<args>.*)\)\s+=\s+(?P<result>-?\d+|\?)(?P<tail>.*)$")
RESUMED = re.compile(r"^<\.\.\. (?P<name>\w+) resumed>(?P<args>.*)\)\s+=\s+(?P<result>-?\d+|\?)(?P<tail>.*)$")
UNFINISHED = re.compile(r"^(?P<name>\w+)\((?P<args>.*) <unfinished \.\.\.>$")


class Call:
    def __init__(self, index, pid, name, args):
        self.start = index  # line index where the call began
        self.end = None     # line index where it returned
        self.pid = pid
        self.name = name
        self.args = args
        self.result = None

    def fd(self):
        return int(self.args.split(",", 1)[0]) if self.args[:1].isdigit() else None

    def __repr__(self):
        return f"#{self.start}-{self.end} [{self.pid}] {self.name}({self.args[:120]}) = {self.result}"


def parse_trace(path):
    """Every traced call, complete or resumed, in the order the calls began."""
    calls = []
    pending = {}
    with open(path, errors="replace") as f:
        for index, raw in enumerate(f):
            m = LINE.match(raw.rstrip("\n"))
            if not m:
                continue
            pid, rest = m.group("pid"), m.group("rest")
            if (u := UNFINISHED.match(rest)):
                call = Call(index, pid, u.group("name"), u.group("args"))
                pending[pid] = call
                calls.append(call)
            elif (r := RESUMED.match(rest)):
                call = pending.pop(pid, None)
                if call is not None and call.name == r.group("name"):
                    call.args += r.group("args")
                    call.end = index
                    call.result = r.group("result")
            elif (c := CALL.match(rest)):
                call = Call(index, pid, c.group("name"), c.group("args"))
                call.end = index
                call.result = c.group("result")
                calls.append(call)
    return calls


def path_arg(args, position=0):
    strings = re.findall(r'"((?:[^"\\]|\\.)*)"', args)
    return strings[position] if len(strings) > position else None


class FdMap:
    """Which path each fd named at each point of the trace (fds are reused after close)."""

    def __init__(self, calls):
        self.opens = []  # (index, fd, path, close index or None)
        open_now = {}
        for call in sorted(calls, key=lambda c: c.end if c.end is not None else c.start):
            if call.name == "openat" and call.result not in (None, "?") and int(call.result) >= 0:
                entry = [call.end, int(call.result), path_arg(call.args), None]
                self.opens.append(entry)
                open_now[int(call.result)] = entry
            elif call.name == "close" and call.fd() in open_now:
                open_now.pop(call.fd())[3] = call.start

    def path(self, fd, index):
        for opened, number, path, closed in reversed(self.opens):
            if number == fd and opened <= index and (closed is None or closed >= index):
                return path
        return None

    def fds_of(self, predicate):
        return [(opened, fd, path, closed) for opened, fd, path, closed in self.opens if path and predicate(path)]


def strace_usable():
    strace = shutil.which("strace")
    if not strace:
        return None, "strace is not installed (scripts/bootstrap --test-peers installs it)"
    probe = subprocess.run([strace, "-f", "-o", os.devnull, "true"], capture_output=True, text=True, timeout=30)
    if probe.returncode != 0:
        return None, f"strace cannot trace here: {probe.stderr.strip()}"
    return strace, None


class TracedEngine(EngineTestCase):
    """An engine under strace; trace_one_message() sends one message and reads the trace."""

    USERS = ["alice@example.test"]
    # The engine's own Maildir delivery is what is traced here, without Dovecot (whose
    # processes would blur the trace's descriptors): with the managed Dovecot the mailbox is
    # written by Dovecot's LMTP, and a recipient leaves the queue only after its 250
    # (e2e.imap.access kills Dovecot with mail waiting).

    @classmethod
    def setUpClass(cls):
        cls.strace, why = strace_usable()
        if cls.strace is None:
            raise unittest.SkipTest(why)
        super().setUpClass()

    @classmethod
    def engine_start_arguments(cls):
        cls.trace_path = os.path.join(cls.tmp, "strace.log")
        return {"wrapper": [cls.strace, "-f", "-tt", "-s", "512", "-e", f"trace={TRACED}", "-o", cls.trace_path,
                            "env", "DOORSTEP_DOVECOT=/nonexistent/dovecot"]}

    def trace_one_message(self):
        """Sends one message to alice, waits for its delivery, stops the engine and returns
        (calls, fd map, queue id)."""
        self.assertEqual(self.engine.imap_status().get("state"), "unavailable", "Dovecot would blur the trace")
        client = self.raw()
        client.command("EHLO fsync.sender.test")
        self.assertReply(client.command("MAIL FROM:<someone@sender.test>"), 250, "2.1.0", "MAIL FROM")
        self.assertReply(client.command("RCPT TO:<alice@example.test>"), 250, "2.1.5", "RCPT TO")
        self.assertReply(client.command("DATA"), 354, None, "DATA")
        client.send(message("fsync order", body="traced\r\n" * 50) + b".\r\n")
        code, lines = client.reply(timeout=30)
        self.assertEqual(code, 250, f"end of DATA: got {code} {lines}, want 250")
        queue_id = queue_id_of(lines[0])
        client.command("QUIT")
        self.wait_delivered("alice@example.test", 1, timeout=30)
        self.wait_queue_empty(timeout=30)
        self.engine.stop()  # strace writes the rest of its log and exits with the engine
        calls = parse_trace(self.trace_path)
        return calls, FdMap(calls), queue_id



class FsyncOrder(TracedEngine):
    """e2e.receive.fsync_order."""

    def test_synced_before_250_and_before_rename(self):
        calls, fds, queue_id = self.trace_one_message()
        data = self.engine.data_dir
        spool_file = os.path.join(data, "spool", "queue", queue_id)
        spool_dir = os.path.join(data, "spool", "queue")
        maildir = self.engine.maildir("alice@example.test", "new").rsplit("/", 1)[0]
        syncs = [c for c in calls if c.name in ("fsync", "fdatasync") and c.result == "0"]

        def synced(path_predicate, after=-1):
            return [c for c in syncs if c.start > after and (p := fds.path(c.fd(), c.start)) and path_predicate(p)]

        def describe(limit=60):
            interesting = [c for c in calls if c.name != "close"][-limit:]
            return "\n".join(f"  {c!r}  fd->{fds.path(c.fd(), c.start) if c.fd() is not None else ''}" for c in interesting)

        # -- enqueue --
        created = fds.fds_of(lambda p: p == spool_file)
        self.assertTrue(created, f"trace: no openat of the spool file {spool_file}")
        created_at = created[0][0]
        reply = [c for c in calls if c.name in ("write", "writev", "sendto", "sendmsg")
                 and f"250 2.0.0 Ok: queued as {queue_id}" in c.args]
        self.assertEqual(len(reply), 1, f"trace: writes of the 250 reply: got {reply}, want one")
        reply_at = reply[0].start

        file_syncs = [c for c in synced(lambda p: p == spool_file, created_at) if c.end is not None and c.end < reply_at]
        self.assertTrue(file_syncs, f"spool file {queue_id}: got no fdatasync/fsync of it finished before the 250 "
                                    f"(written at #{reply_at}), want one\n{describe()}")
        dir_syncs = [c for c in synced(lambda p: p == spool_dir, created_at) if c.end is not None and c.end < reply_at]
        self.assertTrue(dir_syncs, f"spool directory: got no fsync of {spool_dir} between the file's creation (#{created_at}) "
                                   f"and the 250 (#{reply_at}), want one\n{describe()}")
        wal_syncs = [c for c in synced(lambda p: p.endswith("doorstep.db-wal") or p.endswith("doorstep.db"), created_at)
                     if c.end is not None and c.end < reply_at]
        self.assertTrue(wal_syncs, f"queue row: got no sync of the SQLite database/WAL between #{created_at} and the 250 "
                                   f"(#{reply_at}), want the row committed durably first\n{describe()}")

        # -- delivery --
        tmp_files = fds.fds_of(lambda p: p.startswith(os.path.join(maildir, "tmp") + "/"))
        self.assertEqual(len(tmp_files), 1, f"trace: Maildir tmp/ files opened: got {tmp_files}, want one")
        opened_at, _, tmp_path, _ = tmp_files[0]
        renames = [c for c in calls if c.name.startswith("rename") and tmp_path in c.args]
        self.assertEqual(len(renames), 1, f"trace: renames of {tmp_path}: got {renames}, want one")
        rename_at = renames[0].start
        self.assertTrue("/new/" in renames[0].args, f"rename: got {renames[0]!r}, want it into new/")
        tmp_syncs = [c for c in synced(lambda p: p == tmp_path, opened_at) if c.end is not None and c.end < rename_at]
        self.assertTrue(tmp_syncs, f"Maildir file: got no fsync of {tmp_path} before its rename (#{rename_at}), want one\n{describe()}")
        new_dir = os.path.join(maildir, "new")
        new_syncs = [c for c in synced(lambda p: p.rstrip("/") == new_dir, rename_at) if c.end is not None]
        self.assertTrue(new_syncs, f"Maildir new/: got no fsync of {new_dir} after the rename (#{rename_at}), want one\n{describe()}")
        unlinks = [c for c in calls if c.name in ("unlink", "unlinkat") and spool_file in c.args]
        self.assertEqual(len(unlinks), 1, f"trace: unlinks of the spool file: got {unlinks}, want one after delivery")
        self.assertGreater(unlinks[0].start, new_syncs[0].end,
                           f"spool file unlinked at #{unlinks[0].start}, before new/ was synced (#{new_syncs[0].end}): "
                           f"a crash then could lose the message\n{describe()}")



class FsyncNewMailbox(TracedEngine):
    """e2e.receive.fsync_new_mailbox: the first message for a user creates the Maildir
    (DATA/mail/<domain>/<local>/{tmp,new,cur}); those new directory entries must be synced
    (fsync of each new directory's parent) before the spool file is unlinked, or a power cut
    can take new/ and the message in it away after the queue forgot the message."""

    def test_new_maildir_directories_synced(self):
        calls, fds, queue_id = self.trace_one_message()
        mail_root = os.path.join(self.engine.data_dir, "mail")
        spool_file = os.path.join(self.engine.data_dir, "spool", "queue", queue_id)
        unlinks = [c for c in calls if c.name in ("unlink", "unlinkat") and spool_file in c.args]
        self.assertEqual(len(unlinks), 1, f"trace: unlinks of the spool file: got {unlinks}, want one")
        made = [c for c in calls if c.name in ("mkdir", "mkdirat") and c.result == "0"
                and (path_arg(c.args) or "").startswith(mail_root + "/")]
        self.assertTrue(made, "trace: no mkdir under DATA/mail for the first message to alice")
        syncs = [c for c in calls if c.name in ("fsync", "fdatasync") and c.result == "0" and c.end is not None]
        unsynced = []
        for mkdir in made:
            created = path_arg(mkdir.args).rstrip("/")
            parent = os.path.dirname(created)
            ok = any(c.start > mkdir.end and c.end < unlinks[0].start
                     and (fds.path(c.fd(), c.start) or "").rstrip("/") == parent for c in syncs)
            if not ok:
                unsynced.append(created)
        self.assertFalse(unsynced, f"new Maildir directories whose parent directory was not fsync'd before the spool file "
                                   f"was unlinked: got {len(unsynced)} ({', '.join(unsynced)}), want none")


if __name__ == "__main__":
    main()
