#!/usr/bin/env python3
"""e2e.send.smart_host / smart_host_auth / doorstep_smart_host: with `relay.smart_host` every
message goes through that server instead of the MX (the seed's SMART_HOST): a Postfix relay
without AUTH, a Postfix with SASL AUTH (Dovecot) over STARTTLS, a Postfix without STARTTLS when
TLS is required (deferred, nothing sent in the clear), and a second doorstepd whose submission
port takes the mail with AUTH. The smart hosts pass far.test mail on to its MX, so the
message's Received chain shows the whole way.
"""

import os

from doorstep_fixture import PASSWORD, Engine, log, main, register_stopper, wait_until
from postfix_fixture import closed_port
from send_fixture import SendTestCase, header_values, received_chain

SMART_USER = "relayuser"
SMART_PASSWORD = "smart host secret 7"


class SmartHostCase(SendTestCase):
    """An MX for far.test that the smart hosts deliver to; the MX itself must never see Doorstep."""

    @classmethod
    def start_mx(cls):
        cls.mx = cls.postfix("mx", "mx.far.test", tls=cls.certificate("mx.far.test"), mailboxes=["bob@far.test"])
        return [("mx", "far.test", "mx.far.test", 10), ("a", "mx.far.test", cls.mx.address)]

    def use_smart_host(self, spec, user="", password="", tls="opportunistic"):
        e = self.engine
        e.set("relay.smart_host_user", user)
        if password:
            e.ctl("settings", "set", "relay.smart_host_password", "-", input=password + "\n")
        e.set("relay.smart_host_tls", tls)
        e.set("relay.smart_host", spec)

    def assertCameThrough(self, raw, smart_host_name, with_protocol):
        """The MX's copy: MX <- smart host <- Doorstep, in that order."""
        chain = received_chain(raw)
        self.assertGreaterEqual(len(chain), 3, f"Received chain: got {chain}, want MX, smart host, Doorstep")
        self.assertIn("by mx.far.test", chain[0], f"Received 1: got {chain[0]!r}, want the MX's")
        self.assertTrue(chain[0].startswith(f"from {smart_host_name} "), f"Received 1: got {chain[0]!r}, want it from the smart host")
        self.assertIn(f"by {smart_host_name}", chain[1], f"Received 2: got {chain[1]!r}, want the smart host's")
        self.assertTrue(chain[1].startswith(f"from {self.HOSTNAME} "), f"Received 2: got {chain[1]!r}, want EHLO {self.HOSTNAME}")
        self.assertIn(f"with {with_protocol} ", chain[1], f"Received 2: got {chain[1]!r}, want {with_protocol}")
        self.assertIn(f"by {self.HOSTNAME}", chain[2], f"Received 3: got {chain[2]!r}, want Doorstep's")
        return chain


class SmartHost(SmartHostCase):
    """e2e.send.smart_host: a LAN-style Postfix relay that takes mail from 127.0.0.0/8."""

    @classmethod
    def start_peers(cls):
        records = cls.start_mx()
        cls.smart = cls.postfix("smart", "smart.isp.test", tls=cls.certificate("smart.isp.test"), relay_for="networks",
                                transports={"far.test": cls.mx.spec})
        return records

    def setUp(self):
        super().setUp()
        self.use_smart_host(self.smart.hostport)

    def test_smart_host_without_auth(self):
        queue_id, tag = self.submit("bob@far.test")
        raw = self.wait_arrival(self.mx, "bob@far.test", tag, queue_id)
        self.wait_gone(queue_id)
        self.assertCameThrough(raw, "smart.isp.test", "ESMTPS")
        self.assertEqual(header_values(raw, "return-path"), ["<alice@example.test>"], "Return-Path: want the envelope sender")
        self.assertNotIn("sasl_username", self.smart.log(), "smart host log: want no AUTH (none configured)")
        # The cached connection is closed politely once idle (ConnectionPool::kIdleSeconds, 5 s).
        try:
            wait_until(lambda: "quit=1" in self.smart.log(), 20, what="Doorstep's QUIT in the smart host's log")
        except TimeoutError:
            self.fail(f"smart host log: want the idle connection ended with QUIT:\n{self.smart.log()}")
        self.assertNotIn("lost connection", self.smart.log(), "smart host log: want no connection dropped without QUIT")

    def test_smart_host_takes_every_domain(self):
        # nowhere.test has no DNS at all: only the smart host can take it (it discards it).
        queue_id, tag = self.submit("someone@nowhere.test")
        self.wait_gone(queue_id)
        self.assertIn("to=<someone@nowhere.test>", self.smart.log(), "smart host log: want the message for nowhere.test")
        self.assertNoReport(tag)


class SmartHostAuth(SmartHostCase):
    """e2e.send.smart_host_auth: SASL AUTH over STARTTLS, a wrong password, and a smart host
    that does not offer STARTTLS while relay.smart_host_tls is "required"."""

    @classmethod
    def start_peers(cls):
        records = cls.start_mx()
        auth = cls.dovecot("dovecot", {SMART_USER: SMART_PASSWORD})
        cls.smart = cls.postfix("smart", "smtp.isp.test", tls=cls.certificate("smtp.isp.test"), sasl=auth, relay_for="authenticated",
                                transports={"far.test": cls.mx.spec})
        # No STARTTLS at all; it would relay for anyone on loopback, so a message sent in the
        # clear would show up at the MX.
        cls.cleartext = cls.postfix("cleartext", "cleartext.isp.test", relay_for="networks", transports={"far.test": cls.mx.spec})
        return records

    def test_auth_over_starttls(self):
        self.use_smart_host(self.smart.hostport, SMART_USER, SMART_PASSWORD, "required")
        queue_id, tag = self.submit("bob@far.test")
        raw = self.wait_arrival(self.mx, "bob@far.test", tag, queue_id)
        self.wait_gone(queue_id)
        chain = self.assertCameThrough(raw, "smtp.isp.test", "ESMTPSA")
        self.assertIn(f"(Authenticated sender: {SMART_USER})", chain[1], f"Received 2: got {chain[1]!r}, want the AUTH login")
        self.assertIn(f"sasl_username={SMART_USER}", self.smart.log(), "smart host log: want a SASL login of relayuser")

    def test_wrong_password_defers(self):
        # A login of its own: no connection that an earlier test authenticated can be reused.
        self.use_smart_host(self.smart.hostport, "intruder", "not the password", "required")
        queue_id, tag = self.submit("bob@far.test")
        entry = self.wait_deferred(queue_id, "535")
        self.assertIn("authentication failed", self.smart.log(), "smart host log: want the failed AUTH")
        self.assertEqual(self.mx.find(tag), [], "a failed AUTH must not send the message")
        self.assertNoReport(tag)
        self.assertNotIn("not the password", entry["last_error"], "last error: must not show the password")

    def test_changed_password_applies_at_once(self):
        self.use_smart_host(self.smart.hostport, SMART_USER, SMART_PASSWORD, "required")
        _, tag = self.submit("bob@far.test")
        self.wait_arrival(self.mx, "bob@far.test", tag)
        # The user changes the password (here: to a wrong one) and sends again right away: the
        # new password must be the one used, not a connection that logged in with the old one.
        self.engine.ctl("settings", "set", "relay.smart_host_password", "-", input="a changed password\n")
        queue_id, tag = self.submit("bob@far.test")
        self.wait_deferred(queue_id, "535")
        self.assertEqual(self.mx.find(tag), [], "sent with the old password's login after the password changed")

    def test_tls_required_but_not_offered(self):
        self.use_smart_host(self.cleartext.hostport, SMART_USER, SMART_PASSWORD, "required")
        queue_id, tag = self.submit("bob@far.test")
        entry = self.wait_deferred(queue_id)
        self.assertRegex(entry["last_error"], r"(?i)tls", f"last error: got {entry['last_error']!r}, want the reason: TLS required, not offered")
        try:
            wait_until(lambda: "disconnect from" in self.cleartext.log(), 10, what="the session's end in the log")
        except TimeoutError:
            self.fail(f"cleartext smart host log: want Doorstep's connection (EHLO, then QUIT):\n{self.cleartext.log()}")
        log_text = self.cleartext.log()
        sessions = [line for line in log_text.splitlines() if "disconnect from" in line]
        for line in sessions:
            for command in ("mail=", "auth=", "rcpt=", "data="):
                self.assertNotIn(command, line, f"cleartext smart host: got {line!r}, want no {command[:-1].upper()} in the clear")
        self.assertNotIn("from=<alice@example.test>", log_text, "cleartext smart host: want no message queued")
        self.assertEqual(self.mx.find(tag), [], "nothing may arrive when TLS was required but not offered")
        self.assertNoReport(tag)


class DoorstepSmartHost(SmartHostCase):
    """e2e.send.doorstep_smart_host: a second doorstepd is the smart host (AUTH on its
    submission port as a user made there), and delivers by MX; a smart host that is this very
    engine is refused as a configuration error, not looped."""

    SMART_HOSTNAME = "smarthost.b.test"
    SMART_LOGIN = "relay@b.test"

    @classmethod
    def start_peers(cls):
        return cls.start_mx()

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        directory = os.path.join(cls.peer_dir, "doorstep-b")
        os.makedirs(directory)
        b = cls.smart = Engine(directory)
        register_stopper(b.close)
        cls.addClassCleanup(b.close)
        cls.peers.append(b)
        try:
            b.start()
            b.set("dns.servers", cls.dns.spec)
            b.set("identity.hostname", cls.SMART_HOSTNAME)
            b.set("relay.mx_port", cls.net.port)
            b.set("relay.probe_host", f"127.0.0.1:{closed_port()}")
            b.set("queue.retry_schedule", cls.RETRY_SCHEDULE)
            b.add_domain("b.test")
            b.add_user(cls.SMART_LOGIN, PASSWORD)
            # The login may send as the address that Doorstep A's mail carries (DESIGN.md: an
            # outbound name of a user is theirs to use at MAIL FROM).
            b.ctl("outbound", "set", cls.SMART_LOGIN, "alice@example.test")
        except Exception:
            log(f"---- the second doorstepd failed to start; its log ----\n{b.log_tail()}")
            raise

    def setUp(self):
        super().setUp()
        self.use_smart_host(f"127.0.0.1:{self.smart.ports['submission']}", self.SMART_LOGIN, PASSWORD, "required")

    def test_second_doorstep_as_smart_host(self):
        queue_id, tag = self.submit("bob@far.test")
        raw = self.wait_arrival(self.mx, "bob@far.test", tag, queue_id)
        self.wait_gone(queue_id)
        chain = self.assertCameThrough(raw, self.SMART_HOSTNAME, "ESMTPSA")
        self.assertEqual(header_values(raw, "return-path"), ["<alice@example.test>"], "Return-Path: want the envelope sender")
        self.assertEqual(self.smart.queue(), [], "the second doorstepd's queue: want it empty after delivery")
        self.assertIn(self.SMART_LOGIN, chain[1] + self.smart.log_text(), "want the smart host to have seen the AUTH login")

    def test_own_listener_is_a_configuration_error(self):
        self.use_smart_host(f"127.0.0.1:{self.port('mta')}")
        queue_id, tag = self.submit("bob@far.test")
        entry = self.wait_deferred(queue_id, "loop")
        self.assertIn("smart host", entry["last_error"], f"last error: got {entry['last_error']!r}, want the hop to check")
        self.assertEqual(len([e for e in self.engine.queue() if e["id"] != queue_id]), 0,
                         "queue: want no copy of the message received back from itself")
        self.assertEqual(self.mx.find(tag), [], "want nothing delivered")


if __name__ == "__main__":
    main()
