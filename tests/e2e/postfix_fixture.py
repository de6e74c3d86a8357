"""Real peers for mail that leaves Doorstep: private Postfix instances, a Dovecot auth process
for SASL, a Postfix policy server the test steers, and self-signed certificates.

The one Postfix recipe of the project (shared/TESTING.md): the end-to-end tests of sending
(test_send_*.py) use it as remote MX, smart host and fallback relay, and the benchmark
(tests/bench/smtp_throughput.py) as its anchor. Each PostfixPeer is its own instance, with its
config, queue, data and mail directories in a directory of its own and its smtpd on one
loopback address and port, so several run at once. Nothing ever leaves the machine:
default_transport and relay_transport are `discard`; only the transports a test names (all on
loopback) really relay.

What a peer can be (constructor arguments):
  mailboxes   addresses delivered into Maildirs (virtual_mailbox_*); other recipients in
              those domains are refused with Postfix's own 550 5.1.1
  tls         a Certificate: STARTTLS offered (security level may); None: no STARTTLS at all
  sasl        a DovecotAuth: AUTH PLAIN/LOGIN after STARTTLS, and relaying only for
              authenticated clients
  relay_for   "networks": relays for 127.0.0.0/8 without AUTH (a LAN smart host);
              "authenticated": only for SASL clients; None: an MX (its own domains only)
  transports  domain -> "[address]:port": where a smart host or fallback relay passes mail on
  policy      a PolicyServer asked at RCPT (check_policy_service): answers per recipient that
              the test changes at any time, e.g. "451 4.3.0 try later" first, then accept;
              unlike a map, a change applies to the next RCPT even on a cached connection

Root is needed (mail_owner is `postfix`, Maildirs belong to `nobody`); peers are stopped
with `postfix -c DIR stop` and then by the master's pid.

Stdlib only.
"""

import os
import pwd
import random
import shutil
import socket
import socketserver
import subprocess
import threading
import time

POSTFIX = "/usr/sbin/postfix"
DOVECOT = "/usr/sbin/dovecot"
OPENSSL = "/usr/bin/openssl"

START_TIMEOUT = 20.0


class PeerError(RuntimeError):
    pass


def _wait_until(predicate, timeout, interval=0.05):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value or time.monotonic() >= deadline:
            return value
        time.sleep(interval)


def missing_programs():
    """The programs this module needs that are not installed (a reason to skip)."""
    return [p for p in (POSTFIX, DOVECOT, OPENSSL) if not os.access(p, os.X_OK)]


def _read(path):
    try:
        with open(path, errors="replace") as f:
            return f.read()
    except OSError:
        return ""


def _accessible_directory(directory):
    """Postfix's and Dovecot's unprivileged processes must traverse the peer's directory."""
    os.makedirs(directory, exist_ok=True)
    os.chmod(directory, 0o755)
    return directory


# ---- loopback addresses and ports ---------------------------------------------------------


def _bindable(address, port):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind((address, port))
            return True
        except OSError:
            return False


class Loopback:
    """Distinct random 127.x.y.z addresses sharing one port that is free on each of them.

    The engine's `relay.mx_port` is one port for every MX, so the MX peers of a test differ
    by address only; other test programs running at once pick other addresses.
    """

    def __init__(self, first_octet_range=(60, 99)):
        self.first_octet_range = first_octet_range
        self.used = set()
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]

    def address(self):
        """A new address on which self.port is free (nothing listens there yet)."""
        for _ in range(200):
            candidate = "127.%d.%d.%d" % (random.randint(*self.first_octet_range), random.randint(1, 254), random.randint(1, 254))
            if candidate not in self.used and _bindable(candidate, self.port):
                self.used.add(candidate)
                return candidate
        raise PeerError(f"no free loopback address for port {self.port}")

    def free_port(self, address):
        """Another port, free on address (for a peer that is not an MX)."""
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind((address, 0))
            return s.getsockname()[1]


def closed_port(address="127.0.0.1"):
    """A port on address where nothing listens (connections are refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((address, 0))
        return s.getsockname()[1]


def wait_banner(address, port, timeout=START_TIMEOUT):
    """Waits until address:port greets with 220; returns the greeting line or None."""

    def banner():
        try:
            with socket.create_connection((address, port), timeout=2) as s:
                s.settimeout(5)
                data = s.recv(512)
                if data.startswith(b"220"):
                    s.sendall(b"QUIT\r\n")
                    return data.decode(errors="replace").strip()
        except OSError:
            return None
        return None

    return _wait_until(banner, timeout, 0.1)


# ---- certificates ------------------------------------------------------------------------


class Certificate:
    """A self-signed certificate and its key, made with openssl (EC P-256: quick)."""

    def __init__(self, directory, common_name):
        self.cert = os.path.join(directory, f"{common_name}.crt")
        self.key = os.path.join(directory, f"{common_name}.key")
        result = subprocess.run(
            [OPENSSL, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
             "-keyout", self.key, "-out", self.cert, "-days", "2", "-subj", f"/CN={common_name}",
             "-addext", f"subjectAltName=DNS:{common_name}"],
            capture_output=True, text=True, timeout=30)
        if result.returncode != 0:
            raise PeerError(f"openssl could not make a certificate for {common_name}: {result.stderr}")
        os.chmod(self.key, 0o644)  # read by Postfix's smtpd as user postfix; a test key only


# ---- Dovecot auth for Postfix's SASL -----------------------------------------------------


class DovecotAuth:
    """A private Dovecot running only its auth service, with a passwd-file of users, listening
    on a Unix socket that Postfix uses as `smtpd_sasl_type = dovecot`."""

    def __init__(self, directory, users):
        self.directory = _accessible_directory(directory)
        self.users = dict(users)
        self.socket_path = os.path.join(self.directory, "auth")
        self.log_path = os.path.join(self.directory, "dovecot.log")
        self.process = None

    def start(self):
        passwd = os.path.join(self.directory, "passwd")
        with open(passwd, "w") as f:
            for user, password in self.users.items():
                f.write(f"{user}:{{PLAIN}}{password}::::::\n")
        os.chmod(passwd, 0o644)
        config = os.path.join(self.directory, "dovecot.conf")
        with open(config, "w") as f:
            f.write(f"""\
base_dir = {self.directory}/run
state_dir = {self.directory}/state
instance_name = e2e-auth-{os.path.basename(self.directory)}
protocols =
ssl = no
log_path = {self.log_path}
auth_mechanisms = plain login
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {passwd}
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home=/nonexistent
}}
service auth {{
  unix_listener {self.socket_path} {{
    mode = 0666
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0600
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
""")
        for sub in ("run", "state"):
            os.makedirs(os.path.join(self.directory, sub), exist_ok=True)
        self.process = subprocess.Popen([DOVECOT, "-F", "-c", config], stdin=subprocess.DEVNULL,
                                        stdout=open(os.path.join(self.directory, "dovecot.out"), "w"), stderr=subprocess.STDOUT)
        if not _wait_until(lambda: os.path.exists(self.socket_path) or self.process.poll() is not None, START_TIMEOUT) \
                or self.process.poll() is not None:
            raise PeerError(f"dovecot did not start its auth socket {self.socket_path}:\n{self.log()}")
        return self

    def log(self):
        return _read(self.log_path) + _read(os.path.join(self.directory, "dovecot.out"))

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)


# ---- a policy server the test steers ----------------------------------------------------


class PolicyServer:
    """A Postfix policy service (SMTPD_POLICY_README) on a loopback port, asked at RCPT.

    answers: recipient address (lower case) or "*" -> the action Postfix applies, e.g.
    "451 4.3.0 try later", "554 5.7.1 Service unavailable; Client host [{client_address}]
    blocked using zen.spamhaus.org" ({attribute} is filled from the request); no entry: DUNNO.
    Every request (a dict of Postfix's attributes) is kept in requests.
    """

    def __init__(self, address="127.0.0.1"):
        self.answers = {}
        self.requests = []
        self.lock = threading.Lock()
        server = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self):
                attributes = {}
                for raw in self.rfile:
                    line = raw.decode(errors="replace").rstrip("\n")
                    if line:
                        name, _, value = line.partition("=")
                        attributes[name] = value
                        continue
                    self.wfile.write(f"action={server.decide(attributes)}\n\n".encode())
                    self.wfile.flush()
                    attributes = {}

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self.server = Server((address, 0), Handler)
        self.address, self.port = self.server.server_address
        self.thread = threading.Thread(target=self.server.serve_forever, name="policy", daemon=True)

    @property
    def spec(self):
        return f"inet:{self.address}:{self.port}"

    def start(self):
        self.thread.start()
        return self

    def decide(self, attributes):
        with self.lock:
            self.requests.append(dict(attributes))
            answer = self.answers.get(attributes.get("recipient", "").lower(), self.answers.get("*"))
        if not answer:
            return "DUNNO"
        try:
            return answer.format(**attributes)
        except (KeyError, IndexError, ValueError):
            return answer

    def answer(self, recipient, action):
        """Sets (action) or clears (None) the answer for recipient ("*" = everyone)."""
        with self.lock:
            if action is None:
                self.answers.pop(recipient.lower(), None)
            else:
                self.answers[recipient.lower()] = action

    def requests_for(self, recipient):
        with self.lock:
            return [r for r in self.requests if r.get("recipient", "").lower() == recipient.lower()]

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


# ---- Postfix -----------------------------------------------------------------------------

# A minimal master.cf: only the services these instances use, none chrooted (the instance
# lives in a temporary directory; a chroot would want /etc files copied into its queue).
MASTER_SERVICES = """\
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
virtual   unix  -       n       n       -       -       virtual
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
"""


# The folders of a queue directory as `post-install create-missing` made them (path, mode,
# owner, group). `postfix start` runs that script and its checks (2 to 3 s) unless the queue
# has a `quick-start` file; so the first instance of a test program starts the long way, and
# the others get the same folders and start in a moment.
_queue_folders = []


def _remember_queue(queue):
    for root, _, _ in os.walk(queue):
        st = os.stat(root)
        _queue_folders.append((os.path.relpath(root, queue), st.st_mode & 0o7777, st.st_uid, st.st_gid))


def _make_queue(queue):
    """Lays out queue like the first instance's; False when there is none to copy yet."""
    if not _queue_folders:
        return False
    for relative, mode, uid, gid in _queue_folders:
        path = os.path.normpath(os.path.join(queue, relative))
        os.makedirs(path, exist_ok=True)
        os.chown(path, uid, gid)
        os.chmod(path, mode)
    open(os.path.join(queue, "quick-start"), "w").close()
    return True


class PostfixPeer:
    """One private Postfix instance; see the module's docstring for the roles."""

    def __init__(self, directory, address, port, hostname, mailboxes=(), tls=None, sasl=None, relay_for=None,
                 transports=None, policy=None, params=None):
        self.directory = _accessible_directory(directory)
        self.address = address
        self.port = port
        self.hostname = hostname
        self.mailboxes = [m.lower() for m in mailboxes]
        self.tls = tls
        self.sasl = sasl
        self.relay_for = relay_for
        self.transports = dict(transports or {})
        self.policy = policy
        self.params = dict(params or {})
        self.conf = os.path.join(self.directory, "conf")
        self.mail_base = os.path.join(self.directory, "mail")
        self.log_path = os.path.join(self.directory, "postfix.log")
        self.pid = None

    def __repr__(self):
        return f"Postfix {self.hostname} on {self.address}:{self.port}"

    @property
    def spec(self):
        """[address]:port: a next hop as Postfix's transport maps (and sendmail) write it."""
        return f"[{self.address}]:{self.port}"

    @property
    def hostport(self):
        """address:port (an IP address needs no MX lookup to skip)."""
        return f"{self.address}:{self.port}"

    @property
    def domains(self):
        return sorted({m.rsplit("@", 1)[1] for m in self.mailboxes})

    def _restrictions(self):
        relay = {"networks": "permit_mynetworks, reject_unauth_destination",
                 "authenticated": "permit_sasl_authenticated, reject",
                 None: "reject_unauth_destination"}[self.relay_for]
        recipient = "reject_unlisted_recipient"
        if self.policy is not None:
            recipient += f", check_policy_service {self.policy.spec}"
        return relay, recipient

    def _main_cf(self):
        nobody = pwd.getpwnam("nobody")
        relay, recipient = self._restrictions()
        params = {
            "compatibility_level": "3.6",
            "queue_directory": f"{self.directory}/queue",
            "data_directory": f"{self.directory}/data",
            "mail_owner": "postfix",
            "myhostname": self.hostname,
            "mydomain": self.hostname.split(".", 1)[-1],
            "myorigin": "$myhostname",
            # Postfix checks that these are an interface's own addresses: 127.0.0.1 is, the rest
            # of 127.0.0.0/8 only routes to lo. master.cf binds the smtpd to self.address.
            "inet_interfaces": "127.0.0.1",
            "inet_protocols": "ipv4",
            "mydestination": "",
            "alias_maps": "",
            "alias_database": "",
            "mynetworks": "127.0.0.0/8",
            "smtpd_banner": "$myhostname ESMTP Postfix (e2e peer)",
            # No DNS at all: the machine's resolver is not ours to ask (loopback only).
            "smtpd_peername_lookup": "no",
            "smtp_dns_support_level": "disabled",
            "smtp_host_lookup": "native",
            "smtpd_relay_restrictions": relay,
            "smtpd_recipient_restrictions": recipient,
            "smtpd_policy_service_timeout": "10s",
            "virtual_mailbox_domains": ", ".join(self.domains),
            "virtual_mailbox_base": self.mail_base,
            "virtual_mailbox_maps": f"texthash:{self.conf}/vmailbox",
            "virtual_uid_maps": f"static:{nobody.pw_uid}",
            "virtual_gid_maps": f"static:{nobody.pw_gid}",
            "virtual_mailbox_limit": "0",
            "default_transport": "discard",
            "relay_transport": "discard",
            "transport_maps": f"texthash:{self.conf}/transport",
            "maillog_file": self.log_path,
            "maillog_file_prefixes": f"/var, /dev/stdout, {self.directory}",
            "smtpd_tls_security_level": "none",
            "smtpd_sasl_auth_enable": "no",
            "smtpd_sasl_authenticated_header": "yes",
            "smtp_tls_security_level": "may",
            "delay_warning_time": "0",
        }
        if self.tls is not None:
            params.update({"smtpd_tls_security_level": "may", "smtpd_tls_cert_file": self.tls.cert,
                           "smtpd_tls_key_file": self.tls.key, "smtpd_tls_received_header": "yes",
                           "smtpd_tls_loglevel": "1"})
        if self.sasl is not None:
            params.update({"smtpd_sasl_auth_enable": "yes", "smtpd_sasl_type": "dovecot",
                           "smtpd_sasl_path": self.sasl.socket_path, "smtpd_tls_auth_only": "yes",
                           "broken_sasl_auth_clients": "no"})
        params.update(self.params)
        return "".join(f"{name} = {value}\n" for name, value in params.items())

    def _write_maps(self):
        with open(os.path.join(self.conf, "vmailbox"), "w") as f:
            for address in self.mailboxes:
                local, domain = address.rsplit("@", 1)
                f.write(f"{address} {domain}/{local}/\n")
        with open(os.path.join(self.conf, "transport"), "w") as f:
            for domain, next_hop in self.transports.items():
                f.write(f"{domain} smtp:{next_hop}\n")

    def start(self):
        if os.geteuid() != 0:
            raise PeerError("a private Postfix instance needs root (its mail_owner is 'postfix')")
        os.makedirs(self.conf, exist_ok=True)
        for sub in ("queue", "data", "mail"):
            os.makedirs(os.path.join(self.directory, sub), exist_ok=True)
        nobody = pwd.getpwnam("nobody")
        os.chown(self.mail_base, nobody.pw_uid, nobody.pw_gid)
        postfix = pwd.getpwnam("postfix")
        os.chown(os.path.join(self.directory, "data"), postfix.pw_uid, postfix.pw_gid)
        with open(os.path.join(self.conf, "main.cf"), "w") as f:
            f.write(self._main_cf())
        with open(os.path.join(self.conf, "master.cf"), "w") as f:
            f.write(f"{self.address}:{self.port} inet n - n - - smtpd\n" + MASTER_SERVICES)
        self._write_maps()
        quick = _make_queue(os.path.join(self.directory, "queue"))
        self._postfix("start")
        if not quick:
            _remember_queue(os.path.join(self.directory, "queue"))
        self.pid = _wait_until(self._master_pid, START_TIMEOUT)
        if not self.pid or not wait_banner(self.address, self.port):
            raise PeerError(f"{self} did not greet within {START_TIMEOUT} s:\n{self.log()}")
        return self

    def _master_pid(self):
        try:
            return int(_read(os.path.join(self.directory, "data", "master.lock")).split()[0])
        except (IndexError, ValueError):
            return None

    def _postfix(self, *args, check=True):
        result = subprocess.run([POSTFIX, "-c", self.conf, *args], capture_output=True, text=True, timeout=60)
        if check and result.returncode != 0:
            # The trap of TESTING.md: a bad maillog_file makes every command exit 1 silently.
            raise PeerError(f"postfix -c {self.conf} {' '.join(args)}: exit {result.returncode}: "
                            f"{result.stdout}{result.stderr}\n{self.log()}")
        return result

    def add_mailbox(self, address):
        """One more Maildir recipient (the table is reread after a reload)."""
        self.mailboxes.append(address.lower())
        self._write_maps()
        self._postfix("reload")

    # -- what arrived --

    def maildir(self, address, folder="new"):
        local, domain = address.lower().rsplit("@", 1)
        return os.path.join(self.mail_base, domain, local, folder)

    def maildir_files(self, address):
        path = self.maildir(address)
        try:
            return sorted(os.path.join(path, n) for n in os.listdir(path))
        except FileNotFoundError:
            return []

    def all_messages(self):
        """Every file in every new/ of this instance."""
        found = []
        for root, _, files in os.walk(self.mail_base):
            if os.path.basename(root) == "new":
                found += [os.path.join(root, n) for n in files]
        return sorted(found)

    def find(self, marker, address=None):
        """The delivered messages (raw bytes) containing marker, in address's Maildir or any."""
        marker = marker.encode() if isinstance(marker, str) else marker
        paths = self.maildir_files(address) if address else self.all_messages()
        found = []
        for path in paths:
            with open(path, "rb") as f:
                raw = f.read()
            if marker in raw:
                found.append(raw)
        return found

    def log(self):
        return _read(self.log_path)

    def log_tail(self, lines=40):
        return "\n".join(self.log().splitlines()[-lines:])

    def stop(self):
        if self.pid is None:
            return
        self._postfix("stop", check=False)
        if not _wait_until(lambda: not os.path.exists(f"/proc/{self.pid}"), 10, 0.1):
            try:
                os.kill(self.pid, 9)
            except ProcessLookupError:
                pass
        self.pid = None


def remove_directory(directory):
    shutil.rmtree(directory, ignore_errors=True)
