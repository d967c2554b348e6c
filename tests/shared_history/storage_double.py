"""A TEST DOUBLE of the Supabase Storage API, for the test suite only.

Supabase Storage has no server package we can install, so the tests upload to this small
in-memory HTTP server instead. It is not Supabase Storage and must never be used as one. It
implements only the calls supabase-py's storage client (storage3) makes for NaturalCAD, with
the same paths, status codes and JSON shapes:

    GET    /bucket/{id}                          bucket info (`public` flag)
    POST   /bucket                               create a bucket
    POST   /object/{bucket}/{path}               upload (multipart `file`; `x-upsert: true` replaces)
    PUT    /object/{bucket}/{path}               update
    GET    /object/{bucket}/{path}               download (authenticated)
    GET    /object/authenticated/{bucket}/{path} download (authenticated)
    GET    /object/public/{bucket}/{path}        download without a key (public buckets only)
    POST   /object/sign/{bucket}/{path}          make a signed URL; GET on it downloads
    POST   /object/list/{bucket}                 list a prefix
    DELETE /object/{bucket}                      remove `prefixes`

Keys are the project's HS256 JWTs: `service_role` may do everything, `anon` may only read
public buckets. Every upload is counted per object so tests can see that retries replace
files instead of duplicating them.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import secrets
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

import jwt


@dataclass
class StoredObject:
    data: bytes
    content_type: str
    uploads: int = 1


@dataclass
class StorageState:
    jwt_secret: str
    buckets: dict[str, bool] = field(default_factory=dict)  # id -> public
    objects: dict[tuple[str, str], StoredObject] = field(default_factory=dict)
    sign_tokens: dict[str, tuple[str, str]] = field(default_factory=dict)
    requests: list[tuple[str, str, str]] = field(default_factory=list)  # (method, path, role)
    lock: threading.Lock = field(default_factory=threading.Lock)


def _multipart_file(content_type: str, body: bytes) -> tuple[bytes, str]:
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
    for part in message.iter_parts():
        if part.get_param("name", header="content-disposition") == "file":
            return part.get_payload(decode=True) or b"", part.get_content_type()
    raise ValueError("no `file` part in the upload")


class StorageHandler(BaseHTTPRequestHandler):
    state: StorageState  # set on the subclass made by `StorageDouble`
    body: bytes = b""
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    # -- plumbing --------------------------------------------------------------------------
    def _send(self, status: int, body: object = None, content_type: str = "application/json") -> None:
        payload = body if isinstance(body, bytes) else json.dumps(body if body is not None else {}).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _error(self, status: int, error: str, message: str) -> None:
        self._send(status, {"statusCode": str(status), "error": error, "message": message})

    def _body(self) -> bytes:
        return self.body

    def _role(self) -> str | None:
        header = self.headers.get("Authorization", "")
        token = header.removeprefix("Bearer ").strip() or self.headers.get("apikey", "")
        if not token:
            return None
        try:
            return str(jwt.decode(token, self.state.jwt_secret, algorithms=["HS256"]).get("role"))
        except jwt.PyJWTError:
            return "invalid"

    def _route(self) -> tuple[list[str], dict[str, list[str]]]:
        parts = urlsplit(self.path)
        return [unquote(p) for p in parts.path.strip("/").split("/") if p], parse_qs(parts.query)

    def _dispatch(self, method: str) -> None:
        # Read the whole body first, so a kept-alive connection never sees its leftovers.
        self.body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        parts, query = self._route()
        role = self._role()
        with self.state.lock:
            self.state.requests.append((method, "/" + "/".join(parts), role or ""))
        if role == "invalid":
            return self._error(400, "invalid_jwt", "invalid signature")
        try:
            self._handle(method, parts, query, role)
        except ValueError as err:
            self._error(400, "InvalidRequest", str(err))

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_PUT(self) -> None:
        self._dispatch("PUT")

    def do_DELETE(self) -> None:
        self._dispatch("DELETE")

    # -- the API ------------------------------------------------------------------------------
    def _handle(self, method: str, parts: list[str], query: dict[str, list[str]], role: str | None) -> None:
        state = self.state
        if parts[:1] == ["bucket"]:
            if role != "service_role":
                return self._error(403, "Unauthorized", "only the service role manages buckets")
            if method == "GET" and len(parts) == 2:
                if parts[1] not in state.buckets:
                    return self._error(404, "Bucket not found", "Bucket not found")
                return self._send(200, {"id": parts[1], "name": parts[1], "public": state.buckets[parts[1]],
                                        "owner": "", "created_at": "2026-01-01T00:00:00Z",
                                        "updated_at": "2026-01-01T00:00:00Z", "file_size_limit": None,
                                        "allowed_mime_types": None})
            if method == "POST" and len(parts) == 1:
                spec = json.loads(self._body() or b"{}")
                state.buckets[spec["id"]] = bool(spec.get("public"))
                return self._send(200, {"name": spec["id"]})
            return self._error(404, "not_found", "unknown bucket call")
        if parts[:1] != ["object"] or len(parts) < 2:
            return self._error(404, "not_found", "unknown call")
        rest = parts[1:]
        if method == "GET" and rest[0] == "public":
            bucket, path = rest[1], "/".join(rest[2:])
            if not state.buckets.get(bucket):
                return self._error(400, "not_found", "Object not found")  # as Storage answers private buckets
            return self._download(bucket, path)
        if rest[0] == "sign":
            bucket, path = rest[1], "/".join(rest[2:])
            if method == "GET":
                token = (query.get("token") or [""])[0]
                if state.sign_tokens.get(token) != (bucket, path):
                    return self._error(400, "InvalidSignature", "invalid signature")
                return self._download(bucket, path)
            if role != "service_role" and not state.buckets.get(bucket):
                return self._error(403, "Unauthorized", "new row violates row-level security policy")
            if (bucket, path) not in state.objects:
                return self._error(404, "not_found", "Object not found")
            token = secrets.token_urlsafe(16)
            state.sign_tokens[token] = (bucket, path)
            return self._send(200, {"signedURL": f"/object/sign/{bucket}/{path}?token={token}"})
        if rest[0] == "list" and method == "POST":
            bucket = rest[1]
            prefix = json.loads(self._body() or b"{}").get("prefix", "").strip("/")
            names = sorted(p[len(prefix):].lstrip("/") for (b, p) in state.objects if b == bucket and p.startswith(prefix))
            return self._send(200, [{"name": n, "id": n, "metadata": {}} for n in names])
        if role != "service_role":
            if method == "GET" and rest[0] != "authenticated" and state.buckets.get(rest[0]):
                return self._download(rest[0], "/".join(rest[1:]))
            return self._error(403, "Unauthorized", "new row violates row-level security policy")
        if rest[0] == "authenticated":
            rest = rest[1:]
        bucket, path = rest[0], "/".join(rest[1:])
        if bucket not in state.buckets:
            return self._error(404, "Bucket not found", "Bucket not found")
        if method == "GET":
            return self._download(bucket, path)
        if method == "DELETE" and not path:
            prefixes = json.loads(self._body() or b"{}").get("prefixes", [])
            removed = [p for p in prefixes if state.objects.pop((bucket, p), None) is not None]
            return self._send(200, [{"name": p, "bucket_id": bucket} for p in removed])
        if method in ("POST", "PUT") and path:
            data, content_type = _multipart_file(self.headers.get("Content-Type", ""), self._body())
            with state.lock:
                existing = state.objects.get((bucket, path))
                if method == "POST" and existing and self.headers.get("x-upsert", "").lower() != "true":
                    return self._error(409, "Duplicate", "The resource already exists")
                if method == "PUT" and not existing:
                    return self._error(404, "not_found", "Object not found")
                uploads = existing.uploads + 1 if existing else 1
                state.objects[(bucket, path)] = StoredObject(data, content_type, uploads)
            return self._send(200, {"Key": f"{bucket}/{path}", "Id": secrets.token_hex(8)})
        return self._error(404, "not_found", "unknown object call")

    def _download(self, bucket: str, path: str) -> None:
        found = self.state.objects.get((bucket, path))
        if found is None:
            return self._error(404, "not_found", "Object not found")
        return self._send(200, found.data, found.content_type)


class StorageDouble:
    """The double on 127.0.0.1 (a free port), in a thread: `.url`, `.state`, `.stop()`."""

    def __init__(self, jwt_secret: str) -> None:
        self.state = StorageState(jwt_secret)
        handler = type("BoundStorageHandler", (StorageHandler,), {"state": self.state})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, name="storage-double", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
