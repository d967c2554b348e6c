"""The path-mapping proxy Supabase puts in front of its services, for the test stack.

supabase-py talks to one base URL and expects `/rest/v1/` (PostgREST) and `/storage/v1/`
(Storage) under it; PostgREST itself serves at `/`. This maps the prefixes onto the two
servers, passing headers and bodies through, and answers 502 as Supabase's gateway does when
a service behind it is down.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "host", "content-length",
              "content-encoding"}


class GatewayHandler(BaseHTTPRequestHandler):
    routes: dict[str, str]  # prefix -> upstream base URL, set by `Gateway`
    client: httpx.Client
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def _forward(self) -> None:
        for prefix, upstream in self.routes.items():
            if self.path.startswith(prefix):
                target = upstream + self.path[len(prefix) - 1:]
                break
        else:
            return self._reply(404, {"message": "no route matched with those values"})
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
        try:
            answer = self.client.request(self.command, target, headers=headers, content=body)
        except (httpx.TransportError, RuntimeError):  # RuntimeError: the gateway is stopping
            return self._reply(502, {"message": "An invalid response was received from the upstream server"})
        self.send_response(answer.status_code)
        for name, value in answer.headers.items():
            if name.lower() not in HOP_BY_HOP:
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.content)))
        self.end_headers()
        self.wfile.write(answer.content)

    def _reply(self, status: int, body: dict[str, str]) -> None:
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _forward


class Gateway:
    """`/rest/v1/` -> PostgREST, `/storage/v1/` -> Storage, on 127.0.0.1 (a free port)."""

    def __init__(self, postgrest_url: str, storage_url: str) -> None:
        self.client = httpx.Client(timeout=30)
        handler = type("BoundGateway", (GatewayHandler,), {
            "routes": {"/rest/v1/": postgrest_url, "/storage/v1/": storage_url}, "client": self.client})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, name="supabase-gateway", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.client.close()
