"""What every request passes before the app sees it (pure ASGI, before the body is read).

In order: a body cap (413, even before auth, so a 300 MB upload costs nothing), a rate
limit per client IP (429 with Retry-After; wrong keys count too), the API key (`x-api-key`
or `Authorization: Bearer`, compared in constant time), a rate limit per key, and a cap on
concurrent generations with a short queue (503 "busy"). Client IPs come from
`X-Forwarded-For` only when the connection is from a trusted proxy.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import ipaddress
import math
import time
from collections.abc import Iterable
from dataclasses import dataclass

from limits import RateLimitItem, parse_many
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..config import Settings
from .errors import send_error

GENERATION_PATHS = ("/", "/v1/generate", "/v1/run")
OPEN_PATHS = ("/health",)
DOCS_PATHS = ("/docs", "/redoc", "/openapi.json", "/docs/oauth2-redirect")
BUSY_RETRY_AFTER = 5


class BodyTooLarge(Exception):
    pass


def _networks(entries: Iterable[str]) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network] | None:
    """The trusted proxies as networks; None means every peer is trusted (`*`, behind Modal)."""
    found = []
    for entry in entries:
        if entry == "*":
            return None
        found.append(ipaddress.ip_network(entry, strict=False))
    return found


def is_trusted_proxy(address: str, trusted: Iterable[str]) -> bool:
    networks = _networks(trusted)
    if networks is None:
        return True
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in net for net in networks)


def client_ip(peer: str, forwarded_for: str | None, trusted: Iterable[str]) -> str:
    """The address a request came from: the peer, unless the peer is a trusted proxy.

    Walks X-Forwarded-For from the right (the hop nearest us) and stops at the first
    address that is not a trusted proxy: that is the client; anything left of it is
    whatever the client chose to send.
    """
    trusted = tuple(trusted)

    def is_trusted(address: str) -> bool:
        return is_trusted_proxy(address, trusted)

    if not forwarded_for or not is_trusted(peer):
        return peer
    hops = [h.strip() for h in forwarded_for.split(",") if h.strip()]
    for hop in reversed(hops):
        if not is_trusted(hop):
            return hop
    return hops[0] if hops else peer


def key_matches(given: str | None, key: str) -> bool:
    """Constant time whatever the lengths: both sides are hashed first."""
    if not given:
        return False
    return hmac.compare_digest(hashlib.sha256(given.encode()).digest(), hashlib.sha256(key.encode()).digest())


def given_key(headers: dict[str, str]) -> str | None:
    """`x-api-key: K` or `Authorization: Bearer K`; a bare `Authorization: K` is not a key."""
    if headers.get("x-api-key"):
        return headers["x-api-key"].strip()
    scheme, _, value = headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return None


class RateLimits:
    """Moving-window limits from the `limits` library, kept in this process's memory."""

    def __init__(self, per_ip: str, per_key: str):
        self._limiter = MovingWindowRateLimiter(MemoryStorage())
        self.per_ip = parse_many(per_ip)
        self.per_key = parse_many(per_key)

    def hit(self, items: list[RateLimitItem], *identity: str) -> int | None:
        """Count one request; the seconds to wait when a limit is exceeded, else None."""
        for item in items:
            if not self._limiter.hit(item, *identity):
                reset, _ = self._limiter.get_window_stats(item, *identity)
                return max(math.ceil(reset - time.time()), 1)
        return None


@dataclass
class Generations:
    """At most `limit` generations run; `queue` more wait; the rest are told to come back."""

    limit: int
    queue: int
    running: int = 0
    waiting: int = 0

    def __post_init__(self) -> None:
        self._slots = asyncio.Semaphore(self.limit)

    def full(self) -> bool:
        return self.running + self.waiting >= self.limit + self.queue

    async def __aenter__(self) -> None:
        self.waiting += 1
        try:
            await self._slots.acquire()
        finally:
            self.waiting -= 1
        self.running += 1

    async def __aexit__(self, *exc: object) -> None:
        self.running -= 1
        self._slots.release()


class Gate:
    def __init__(self, app: ASGIApp, settings: Settings):
        self.app = app
        self.settings = settings
        self.key = settings.backend_api_key
        self.max_body = settings.max_body_kb * 1024
        self.limits = RateLimits(settings.rate_limit_ip, settings.rate_limit_key)
        self.files_limit = [type(i)(i.amount * 10, i.multiples) for i in self.limits.per_ip]  # 3-4 files a part
        self.generations = Generations(settings.server_concurrency, settings.server_queue)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path, method = scope["path"], scope["method"]
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if path in OPEN_PATHS or (path in DOCS_PATHS and self.settings.api_docs):
            await self.app(scope, receive, send)
            return
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body:
            await send_error(send, 413, f"The request body is {int(declared) // 1024} KB; the limit is "
                             f"{self.settings.max_body_kb} KB (NATURALCAD_MAX_BODY_KB).")
            return
        ip = client_ip((scope.get("client") or ("?", 0))[0], headers.get("x-forwarded-for"),
                       self.settings.trusted_proxies)
        generation = method == "POST" and path in GENERATION_PATHS
        signed_file = path.startswith("/v1/runs/") and b"sig=" in scope.get("query_string", b"")
        wait = self.limits.hit(self.limits.per_ip if generation else self.files_limit, "ip", ip)
        if wait is not None:
            await send_error(send, 429, f"Too many requests from this address; try again in {wait} s.",
                             headers={"Retry-After": str(wait)})
            return
        if self.key and not signed_file:
            given = given_key(headers)
            if not key_matches(given, self.key):
                await send_error(send, 401, "Missing or wrong API key: send it as `x-api-key: <key>` or "
                                 "`Authorization: Bearer <key>`.", headers={"WWW-Authenticate": "Bearer"})
                return
            if generation:
                wait = self.limits.hit(self.limits.per_key, "key", hashlib.sha256((given or "").encode()).hexdigest())
                if wait is not None:
                    await send_error(send, 429, f"Too many requests with this API key; try again in {wait} s.",
                                     headers={"Retry-After": str(wait)})
                    return
        try:
            replay = await _read_capped(receive, self.max_body)
        except BodyTooLarge:
            await send_error(send, 413, f"The request body is over the {self.settings.max_body_kb} KB limit "
                             "(NATURALCAD_MAX_BODY_KB).")
            return
        if not generation:
            await self.app(scope, replay, send)
            return
        if self.generations.full():
            await send_error(send, 503, "The backend is busy with other parts; try again in a few seconds.",
                             headers={"Retry-After": str(BUSY_RETRY_AFTER)})
            return
        async with self.generations:
            await self.app(scope, replay, send)


async def _read_capped(receive: Receive, limit: int) -> Receive:
    """Read the body (at most `limit` bytes, even when chunked) and replay it to the app."""
    chunks: list[bytes] = []
    seen = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break  # the client went away
        chunk = message.get("body", b"")
        seen += len(chunk)
        if seen > limit:
            raise BodyTooLarge()
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    body = b"".join(chunks)
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()  # after the body: wait for the disconnect as usual

    return replay
