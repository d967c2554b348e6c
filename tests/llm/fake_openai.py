"""A small OpenAI-compatible chat server for tests: scripted replies, recorded requests.

    server = FakeOpenAI().start()          # http://127.0.0.1:<port>/v1
    server.add("```python\\n...\\n```")   # the next reply (streamed if the client asks)
    server.add(status=429, headers={"Retry-After": "1"})
    ...
    server.requests[0]["body"]["messages"]
    server.stop()

Run it on its own (for trying the CLI by hand):
    python tests/llm/fake_openai.py --port 8765 reply1.md reply2.md …
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


@dataclass
class Reply:
    content: str | None = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    error: str | None = None          # the error message for a non-200 reply
    delay: float = 0.0                # seconds before answering (timeouts)
    usage: tuple[int, int] | None = (120, 80)
    finish_reason: str = "stop"
    reasoning: str | None = None      # streamed as `reasoning_content` before the answer
    cost: float | None = None         # USD in `usage.cost`, as OpenRouter reports it


def _usage(reply: Reply) -> dict | None:
    if not reply.usage:
        return None
    usage: dict = {"prompt_tokens": reply.usage[0], "completion_tokens": reply.usage[1], "total_tokens": sum(reply.usage)}
    if reply.cost is not None:
        usage["cost"] = reply.cost
    return usage


class FakeOpenAI:
    def __init__(self) -> None:
        self.replies: deque[Reply] = deque()
        self.requests: list[dict[str, Any]] = []
        self.repeat_last = False
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    # scripting ---------------------------------------------------------------------------
    def add(self, content: str | None = None, **options: Any) -> FakeOpenAI:
        self.replies.append(Reply(content, **options))
        return self

    def _next(self) -> Reply:
        with self._lock:
            if not self.replies:
                return Reply(status=418, error="fake server: no scripted reply left")
            if self.repeat_last and len(self.replies) == 1:
                return self.replies[0]
            return self.replies.popleft()

    @property
    def user_messages(self) -> list[str]:
        """The last user message of every chat request received, in order."""
        return [next((m["content"] for m in reversed(r["body"].get("messages", [])) if m.get("role") == "user"), "")
                for r in self.requests if r["path"].endswith("/chat/completions")]

    # lifecycle ---------------------------------------------------------------------------
    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def start(self, port: int = 0) -> FakeOpenAI:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                if self.path.rstrip("/").endswith("/models"):
                    self._json(200, {"object": "list", "data": [{"id": "fake-model", "object": "model"}]})
                else:
                    self._json(404, {"error": {"message": "not found"}})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    body = json.loads(raw or b"{}")
                except ValueError:
                    body = {"_raw": raw.decode("utf-8", "replace")}
                fake.requests.append({"path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()},
                                      "body": body, "time": time.monotonic()})
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._json(404, {"error": {"message": "not found"}})
                    return
                reply = fake._next()
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.status != 200:
                    self._json(reply.status, {"error": {"message": reply.error or f"HTTP {reply.status}",
                                                        "type": "fake_error", "code": reply.status}}, reply.headers)
                    return
                if body.get("stream"):
                    self._stream(reply, body)
                else:
                    self._json(200, _completion(reply, body), reply.headers)

            def _json(self, status: int, payload: dict, headers: dict[str, str] | None = None) -> None:
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for name, value in (headers or {}).items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _stream(self, reply: Reply, body: dict) -> None:
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "text/event-stream")
                    self.send_header("Cache-Control", "no-cache")
                    self.send_header("Connection", "close")
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    for chunk in _chunks(reply, body):
                        self.wfile.write(b"data: " + json.dumps(chunk).encode() + b"\n\n")
                        self.wfile.flush()
                    self.wfile.write(b"data: [DONE]\n\n")
                    self.wfile.flush()
                    self.close_connection = True
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self._server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True, name="fake-openai")
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None


def _base(body: dict) -> dict:
    return {"id": "chatcmpl-fake", "created": int(time.time()), "model": body.get("model", "fake-model")}


def _completion(reply: Reply, body: dict) -> dict:
    usage = _usage(reply)
    out = {**_base(body), "object": "chat.completion",
           "choices": [{"index": 0, "finish_reason": reply.finish_reason,
                        "message": {"role": "assistant", "content": reply.content}}]}
    if usage:
        out["usage"] = usage
    return out


def _chunks(reply: Reply, body: dict) -> list[dict]:
    base = {**_base(body), "object": "chat.completion.chunk"}
    chunks = [{**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]}]
    if reply.reasoning:
        chunks.append({**base, "choices": [{"index": 0, "delta": {"reasoning_content": reply.reasoning}, "finish_reason": None}]})
    text = reply.content or ""
    step = max(len(text) // 4, 1)
    for start in range(0, len(text), step):
        chunks.append({**base, "choices": [{"index": 0, "delta": {"content": text[start:start + step]}, "finish_reason": None}]})
    chunks.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": reply.finish_reason}]})
    if reply.usage and (body.get("stream_options") or {}).get("include_usage"):
        chunks.append({**base, "choices": [], "usage": _usage(reply)})
    return chunks


def main() -> None:
    parser = argparse.ArgumentParser(description="A scripted OpenAI-compatible server on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("replies", nargs="+", help="files whose text is sent as the replies, in order (the last repeats)")
    args = parser.parse_args()
    server = FakeOpenAI()
    for path in args.replies:
        server.add(Path(path).read_text(encoding="utf-8"))
    server.repeat_last = True
    server.start(args.port)
    print(f"fake OpenAI server on {server.url}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
