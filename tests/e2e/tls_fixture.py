"""Certificates and pebble for the TLS end-to-end tests (test_tls_*.py).

Certificates are made here with python3-cryptography (Debian's package): a CA, an
intermediate, leaves with chosen names, dates and keys, so every Import refusal has a real
certificate behind it. Pebble (Debian's package, the ACME test CA of Let's Encrypt) runs on
loopback with an HTTPS certificate from such a CA, its DNS pointed at the test's dnsmasq and
its HTTP-01 validation port at the engine's acme.http_port.
"""

import datetime
import json
import os
import shutil
import socket
import ssl
import subprocess
import time
import unittest
import urllib.request

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from doorstep_fixture import _spawn, log, stop_process, wait_until

PEBBLE = shutil.which("pebble") or "/usr/bin/pebble"
NOW = datetime.datetime.now(datetime.timezone.utc)


def free_port(host="0.0.0.0"):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


class Issued:
    """A certificate and its key, as PEM text."""

    def __init__(self, certificate, key):
        self.certificate = certificate
        self.key = key

    @property
    def cert_pem(self):
        return self.certificate.public_bytes(serialization.Encoding.PEM).decode()

    @property
    def key_pem(self):
        return self.key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption()).decode()

    @property
    def fingerprint(self):
        return ":".join(f"{b:02X}" for b in self.certificate.fingerprint(hashes.SHA256()))

    def write(self, directory, name):
        cert_path = os.path.join(directory, f"{name}.pem")
        key_path = os.path.join(directory, f"{name}.key")
        with open(cert_path, "w") as f:
            f.write(self.cert_pem)
        with open(key_path, "w") as f:
            f.write(self.key_pem)
        os.chmod(key_path, 0o600)
        return cert_path, key_path


def make_certificate(subject, issuer=None, names=(), ca=False, key_type="rsa", not_before=None, not_after=None, ips=()):
    """A certificate for subject (CN) issued by issuer (an Issued, or None: self-signed)."""
    key = ec.generate_private_key(ec.SECP256R1()) if key_type == "ec" else rsa.generate_private_key(65537, 2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)])
    builder = (x509.CertificateBuilder()
               .subject_name(name)
               .issuer_name(issuer.certificate.subject if issuer else name)
               .public_key(key.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(not_before or NOW - datetime.timedelta(hours=1))
               .not_valid_after(not_after or NOW + datetime.timedelta(days=60))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False))
    if issuer:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()), critical=False)
    if names or ips:
        import ipaddress
        alt = [x509.DNSName(n) for n in names] + [x509.IPAddress(ipaddress.ip_address(a)) for a in ips]
        builder = builder.add_extension(x509.SubjectAlternativeName(alt), critical=False)
    if not ca:
        builder = builder.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
    signer = issuer.key if issuer else key
    return Issued(builder.sign(signer, hashes.SHA256()), key)


def peer_certificate(host, port, timeout=10.0):
    """(DER certificate, open SSLSocket) of the engine's STARTTLS on the MTA listener."""
    sock = socket.create_connection((host, port), timeout=timeout)
    f = sock.makefile("rb")
    assert f.readline().startswith(b"220"), "no SMTP greeting"
    sock.sendall(b"EHLO tls.test\r\n")
    while True:
        line = f.readline()
        if line[3:4] != b"-":
            break
    sock.sendall(b"STARTTLS\r\n")
    assert f.readline().startswith(b"220"), "STARTTLS refused"
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    tls = context.wrap_socket(sock)
    return tls.getpeercert(binary_form=True), tls


def smtp_command(tls, command):
    """One command over an established TLS session; returns the last reply line."""
    tls.sendall(command.encode() + b"\r\n")
    data = b""
    while True:
        chunk = tls.recv(4096)
        if not chunk:
            break
        data += chunk
        lines = data.split(b"\r\n")
        if len(lines) >= 2 and lines[-2][3:4] == b" ":
            return lines[-2].decode(errors="replace")
    return data.decode(errors="replace")


def der_fingerprint(der):
    return ":".join(f"{b:02X}" for b in x509.load_der_x509_certificate(der).fingerprint(hashes.SHA256()))


class Pebble:
    """pebble on 127.0.0.1 with its own HTTPS certificate; dir_url is the ACME directory."""

    def __init__(self, directory, dns_spec, http_port, nonce_reject=0, validity_seconds=None):
        self.directory = os.path.join(directory, "pebble")
        os.makedirs(self.directory, exist_ok=True)
        self.dns_spec = dns_spec
        self.http_port = http_port
        self.nonce_reject = nonce_reject
        self.validity_seconds = validity_seconds
        self.process = None
        self.log_path = os.path.join(self.directory, "pebble.log")

    def start(self):
        if not os.access(PEBBLE, os.X_OK):
            raise unittest.SkipTest("pebble is missing (Debian package pebble)")
        ca = make_certificate("Pebble HTTPS test CA", ca=True)
        server = make_certificate("localhost", issuer=ca, names=["localhost"], ips=["127.0.0.1"])
        self.ca_file = os.path.join(self.directory, "https-ca.pem")
        with open(self.ca_file, "w") as f:
            f.write(ca.cert_pem)
        cert_path, key_path = server.write(self.directory, "https")
        self.port = free_port("127.0.0.1")
        self.management_port = free_port("127.0.0.1")
        config = {"pebble": {
            "listenAddress": f"127.0.0.1:{self.port}",
            "managementListenAddress": f"127.0.0.1:{self.management_port}",
            "certificate": cert_path,
            "privateKey": key_path,
            "httpPort": self.http_port,
            "tlsPort": free_port("127.0.0.1"),
            "ocspResponderURL": "",
            "externalAccountBindingRequired": False,
        }}
        if self.validity_seconds:
            config["pebble"]["certificateValidityPeriod"] = self.validity_seconds
        config_path = os.path.join(self.directory, "pebble-config.json")
        with open(config_path, "w") as f:
            json.dump(config, f)
        env = dict(os.environ, PEBBLE_VA_NOSLEEP="1", PEBBLE_WFE_NONCEREJECT=str(self.nonce_reject), PEBBLE_AUTHZREUSE="0")
        with open(self.log_path, "w") as out:
            self.process = _spawn([PEBBLE, "-config", config_path, "-dnsserver", self.dns_spec], env=env,
                                  stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, cwd=self.directory)
        wait_until(lambda: self._answers() or self.process.poll() is not None, 15, what="pebble to listen")
        if self.process.poll() is not None:
            raise RuntimeError(f"pebble exited: {self.log()}")
        return self

    @property
    def dir_url(self):
        return f"https://127.0.0.1:{self.port}/dir"

    def _context(self):
        return ssl.create_default_context(cafile=self.ca_file)

    def _answers(self):
        try:
            with urllib.request.urlopen(self.dir_url, context=self._context(), timeout=2) as r:
                return r.status == 200
        except OSError:
            return False

    def management(self, path):
        """PEM text from pebble's management interface: /roots/0, /intermediates/0."""
        url = f"https://127.0.0.1:{self.management_port}{path}"
        with urllib.request.urlopen(url, context=self._context(), timeout=10) as r:
            return r.read().decode()

    def log(self):
        try:
            with open(self.log_path, errors="replace") as f:
                return f.read()
        except OSError:
            return ""

    def stop(self):
        stop_process(self.process, 5)
