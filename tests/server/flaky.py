"""A scripted backend on 127.0.0.1 for the client: it answers POSTs from a plan, in order.

Each planned answer is one of: a status with a JSON body (and headers), a reset (the
connection closed with no answer), a hang (accept, then say nothing), or a good answer in
either contract's shape. GETs serve files from `files`. Every request is recorded.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

SCRIPT = "from build123d import *\nlength = 60.0  # mm\nresult = Box(length, 40, 20)\n"


@dataclass
class Answer:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    reset: bool = False
    hang: float = 0.0


def reset() -> Answer:
    return Answer(reset=True)


def hang(seconds: float) -> Answer:
    return Answer(hang=seconds)


def error(status: int, message: str = "no", **headers: str) -> Answer:
    return Answer(status, {"error": {"code": "x", "message": message}}, dict(headers))


class FlakyBackend:
    def __init__(self) -> None:
        self.plan: list[Answer] = []
        self.files: dict[str, bytes] = {}
        self.requests: list[dict[str, Any]] = []
        self.old_server = False  # True: POST / is unknown (404), as before the seed contract
        backend = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _record(self, body: bytes = b"") -> None:
                backend.requests.append({"method": self.command, "path": self.path,
                                         "headers": {k.lower(): v for k, v in self.headers.items()},
                                         "body": json.loads(body) if body else None})

            def _send(self, status: int, payload: bytes, headers: dict[str, str], kind: str = "application/json"):
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(payload)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(payload)

            def do_GET(self) -> None:
                self._record()
                name = self.path.split("?")[0].rsplit("/", 1)[-1]
                if self.path.startswith("/files/") and name in backend.files:
                    self._send(200, backend.files[name], {}, "application/octet-stream")
                else:
                    self._send(404, b'{"error": {"code": "not_found", "message": "no"}}', {})

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self._record(body)
                if backend.old_server and self.path == "/":
                    self._send(404, b'{"detail": "Not Found"}', {})
                    return
                answer = backend.plan.pop(0) if backend.plan else Answer(500, {"error": {"code": "x", "message": "plan is empty"}})
                if answer.reset:
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.close_connection = True
                    return
                if answer.hang:
                    time.sleep(answer.hang)
                    self.close_connection = True
                    return
                self._send(answer.status, json.dumps(answer.body).encode(), answer.headers)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def seed_answer(self, urls: dict[str, str] | None = None) -> Answer:
        """A good answer in the seed deployment's shape (`POST /`)."""
        if urls is None:
            urls = {fmt: f"{self.url}/files/model.{fmt}" for fmt in ("step", "stl")}
        return Answer(200, {"job_id": "job-1", "success": True, "generated_code": SCRIPT, "urls": urls,
                            "geometry": {"extents": [1, 1, 1], "faces": 6}, "source": "template", "model": None,
                            "runtime_seconds": 0.1})

    def v1_answer(self) -> Answer:
        """A good answer in the /v1 result-JSON shape, with links relative as old servers gave them."""
        return Answer(200, {"run_id": "r1", "success": True, "code": SCRIPT, "family": "box",
                            "params": {"length": 60.0}, "notices": ["from v1"],
                            "artifacts": {"stl": "/files/model.stl"}})

    def posts(self) -> list[dict[str, Any]]:
        return [r for r in self.requests if r["method"] == "POST"]

    def gets(self) -> list[dict[str, Any]]:
        return [r for r in self.requests if r["method"] == "GET"]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
