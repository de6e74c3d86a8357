"""Stand-ins for the dynamic DNS providers' servers, on loopback, for test_ddns*.py.

ProviderServer is one small HTTP server that speaks the providers' protocols as their
documentation describes them and checks every request exactly (method, path, query items,
authorization, User-Agent); a request that deviates is answered 400 and recorded in
`problems`, which the tests assert empty. It also serves the "what is my IP" page
(GET /ip answers `ip_answer`), so a test changes the public address by changing one field.

  DynDNS2    GET /nic/update?hostname=FQDN&myip=IP[,IP6], Basic auth, User-Agent
             "Doorstep - doorstepd - VERSION"; answers `reply` ("good IP", "nochg IP",
             "badauth", ...).
  Namecheap  GET /update?host=HOST&domain=DOMAIN&password=PASSWORD&ip=IP; answers the
             <interface-response> XML, ErrCount 0 or the `namecheap_errors`.
  DuckDNS    GET /duck/update?domains=NAME&token=TOKEN&ip=IP[&ipv6=IP6]; answers `reply`
             ("OK"/"KO"). (The /duck prefix stands in for www.duckdns.org's host.)
  Cloudflare /client/v4/zones?name=ZONE, /client/v4/zones/ID/dns_records[?type=&name=],
             POST/PATCH/DELETE with "Authorization: Bearer TOKEN"; keeps records in
             `records`; a wrong token gets Cloudflare's 9109 error.
"""

import base64
import http.server
import json
import random
import re
import threading
import urllib.parse

from doorstep_fixture import log, wait_until

class DdnsStatus:
    """Mixin for an EngineTestCase: Ddns.Status through doorstepctl, and waiting for a state."""

    def status(self):
        return self.engine.ctl_json("ddns", "status")

    def wait_state(self, state, timeout=15.0):
        try:
            return wait_until(lambda: (s := self.status())["state"] == state and s, timeout, interval=0.1, what=f"state {state}")
        except TimeoutError:
            self.fail(f"ddns state: got {self.status()!r} after {timeout} s, want {state}")


USER_AGENT = re.compile(r"^Doorstep - doorstepd - \d+\.\d+\.\d+$")


class ProviderServer:
    def __init__(self):
        self.lock = threading.Lock()
        self.ip_answer = "203.0.113.7"
        self.reply = "good"  # DynDNS2 code (the address is appended to good/nochg) or DuckDNS OK/KO
        self.username = "alice"
        self.password = "s3cret-Passw0rd"
        self.fqdn = "home.example.org"
        self.namecheap_errors = []
        self.zone = "example.org"
        self.zone_id = "0123456789abcdef0123456789abcdef"
        self.records = {}  # id -> {"type", "name", "content", ...}
        self.requests = []  # (protocol, method, path, query dict) of update requests
        self.ip_requests = 0
        self.problems = []
        self.server = None
        self.host = None

    # -- life --

    def start(self):
        handler = self._handler_class()
        for _ in range(20):
            self.host = f"127.54.{random.randint(1, 254)}.{random.randint(1, 254)}"
            try:
                self.server = http.server.ThreadingHTTPServer((self.host, 0), handler)
                break
            except OSError:
                continue
        self.server.provider = self
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self):
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None

    @property
    def base(self):
        return f"http://{self.host}:{self.port}"

    def count(self, protocol=None):
        with self.lock:
            return len([r for r in self.requests if protocol is None or r[0] == protocol])

    def last(self):
        with self.lock:
            return self.requests[-1] if self.requests else None

    def problem(self, text):
        log(f"provider stand-in: {text}")
        with self.lock:
            self.problems.append(text)

    # -- protocols --

    def _handler_class(self):
        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def answer(self, status, body, content_type="text/plain"):
                data = body.encode() if isinstance(body, str) else body
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def dispatch(self, method):
                provider = self.server.provider
                url = urllib.parse.urlsplit(self.path)
                query = urllib.parse.parse_qs(url.query, keep_blank_values=True)
                body = b""
                if "Content-Length" in self.headers:
                    body = self.rfile.read(int(self.headers["Content-Length"]))
                if method == "GET" and url.path == "/ip":
                    with provider.lock:
                        provider.ip_requests += 1
                    return self.answer(200, provider.ip_answer + "\n")
                agent = self.headers.get("User-Agent", "")
                if not USER_AGENT.match(agent):
                    provider.problem(f"User-Agent {agent!r}, want 'Doorstep - doorstepd - VERSION'")
                    return self.answer(400, "badagent")
                if url.path == "/nic/update":
                    return provider.dyndns2(self, method, query)
                if url.path == "/update":
                    return provider.namecheap(self, method, query)
                if url.path == "/duck/update":
                    return provider.duckdns(self, method, query)
                if url.path.startswith("/client/v4/"):
                    return provider.cloudflare(self, method, url.path[len("/client/v4"):], query, body)
                provider.problem(f"unknown request {method} {self.path}")
                return self.answer(404, "not found")

            def do_GET(self):
                self.dispatch("GET")

            def do_POST(self):
                self.dispatch("POST")

            def do_PATCH(self):
                self.dispatch("PATCH")

            def do_PUT(self):
                self.dispatch("PUT")

            def do_DELETE(self):
                self.dispatch("DELETE")

        return Handler

    def _record(self, protocol, method, path, query):
        with self.lock:
            self.requests.append((protocol, method, path, {k: v[0] if len(v) == 1 else v for k, v in query.items()}))

    def _expect_query(self, handler, query, names):
        if sorted(query) != sorted(names):
            self.problem(f"query items {sorted(query)}, want {sorted(names)}")
            handler.answer(400, "bad query")
            return False
        return True

    def dyndns2(self, handler, method, query):
        self._record("dyndns2", method, "/nic/update", query)
        if method != "GET" or not self._expect_query(handler, query, ["hostname", "myip"]):
            return None
        want = "Basic " + base64.b64encode(f"{self.username}:{self.password}".encode()).decode()
        if handler.headers.get("Authorization") != want:
            return handler.answer(200, "badauth")
        if query["hostname"] != [self.fqdn]:
            return handler.answer(200, "nohost")
        code = self.reply
        if code in ("good", "nochg"):
            code = f"{code} {query['myip'][0]}"
        return handler.answer(200, code)

    def namecheap(self, handler, method, query):
        self._record("namecheap", method, "/update", query)
        if method != "GET" or not self._expect_query(handler, query, ["host", "domain", "password", "ip"]):
            return None
        errors = list(self.namecheap_errors)
        if query["password"] != [self.password]:
            errors = ["Passwords do not match"]
        head = ('<?xml version="1.0" encoding="utf-16"?>\r\n<interface-response>\r\n  <Command>SETDNSHOST</Command>\r\n'
                '  <Language>eng</Language>\r\n')
        if errors:
            items = "".join(f"<Err{i + 1}>{e}</Err{i + 1}>" for i, e in enumerate(errors))
            xml = (head + f"  <ErrCount>{len(errors)}</ErrCount>\r\n  <errors>{items}</errors>\r\n  <ResponseCount>1</ResponseCount>\r\n"
                   "  <Done>true</Done>\r\n</interface-response>")
        else:
            xml = (head + f"  <IP>{query['ip'][0]}</IP>\r\n  <ErrCount>0</ErrCount>\r\n  <ResponseCount>0</ResponseCount>\r\n"
                   "  <Done>true</Done>\r\n  <debug><![CDATA[]]></debug>\r\n</interface-response>")
        return handler.answer(200, xml, "text/html")

    def duckdns(self, handler, method, query):
        self._record("duckdns", method, "/duck/update", query)
        names = ["domains", "token", "ip"] + (["ipv6"] if "ipv6" in query else [])
        if method != "GET" or not self._expect_query(handler, query, names):
            return None
        if query["token"] != [self.password]:
            return handler.answer(200, "KO")
        return handler.answer(200, self.reply)

    def cloudflare(self, handler, method, path, query, body):
        self._record("cloudflare", method, path, query)
        def reply(status, result=None, errors=()):
            document = {"success": not errors, "errors": [{"code": c, "message": m} for c, m in errors], "messages": [],
                        "result": result}
            return handler.answer(status, json.dumps(document), "application/json")
        if handler.headers.get("Authorization") != f"Bearer {self.password}":
            return reply(403, errors=[(9109, "Invalid access token")])
        if path == "/zones" and method == "GET":
            if query != {"name": [self.zone]}:
                self.problem(f"zone query {query}, want name={self.zone}")
            return reply(200, [{"id": self.zone_id, "name": self.zone}] if query.get("name") == [self.zone] else [])
        prefix = f"/zones/{self.zone_id}/dns_records"
        if not path.startswith(prefix):
            self.problem(f"unknown Cloudflare path {method} {path}")
            return reply(404, errors=[(7003, "Could not route")])
        record_id = path[len(prefix) + 1:] if len(path) > len(prefix) else None
        with self.lock:
            if method == "GET" and record_id is None:
                found = [dict(r, id=i) for i, r in self.records.items()
                         if r["type"] == query.get("type", [""])[0] and r["name"] == query.get("name", [""])[0]]
                return reply(200, found)
            if method == "POST" and record_id is None:
                record = json.loads(body)
                if not {"type", "name", "content", "ttl"} <= set(record):
                    self.problem(f"POST record {record}, want type, name, content, ttl")
                    return reply(400, errors=[(9000, "bad record")])
                if record["type"] in ("A", "AAAA") and not re.match(r"^[0-9a-f.:]+$", record["content"]):
                    return reply(400, errors=[(9005, "Content for A record is invalid.")])
                new_id = f"r{len(self.records) + 1}"
                self.records[new_id] = record
                return reply(200, dict(record, id=new_id))
            if record_id in self.records and method == "PATCH":
                self.records[record_id].update(json.loads(body))
                return reply(200, dict(self.records[record_id], id=record_id))
            if record_id in self.records and method == "DELETE":
                del self.records[record_id]
                return reply(200, {"id": record_id})
        return reply(404, errors=[(81044, "Record does not exist.")])
