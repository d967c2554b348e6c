"""Artifact links a browser can open: HMAC-signed, expiring, no header needed.

The signing key is derived from the API key, so every container of one deployment signs
and checks alike; with no API key (loopback development) it is random per process.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import time
from urllib.parse import urlencode

_EXPIRES = re.compile(r"[0-9]{1,15}")


class LinkError(Exception):
    """A link that is expired or was not signed by this deployment."""

    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.code = code


class Signer:
    def __init__(self, api_key: str | None):
        seed = api_key.encode() if api_key else secrets.token_bytes(32)
        self._key = hmac.new(seed, b"naturalcad artifact links v1", hashlib.sha256).digest()

    def _mac(self, run_id: str, fmt: str, expires: int) -> str:
        digest = hmac.new(self._key, f"{run_id}/{fmt}/{expires}".encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).decode().rstrip("=")

    def path(self, run_id: str, fmt: str, expires: int) -> str:
        """`/v1/runs/<id>/files/<fmt>?expires=…&sig=…`, to put after the public base URL."""
        query = urlencode({"expires": expires, "sig": self._mac(run_id, fmt, expires)})
        return f"/v1/runs/{run_id}/files/{fmt}?{query}"

    def check(self, run_id: str, fmt: str, expires: str | None, sig: str | None, now: float | None = None) -> None:
        # A link is anyone's input: `expires` is ASCII digits of a sane length ("²".isdigit() is
        # True, int() of 5,000 digits raises) and `sig` ASCII (compare_digest raises on other text).
        if not expires or not sig or not _EXPIRES.fullmatch(expires) or not sig.isascii() or len(sig) > 128:
            raise LinkError("This link is incomplete: it needs its expires and sig parts.", "bad_signature")
        if not hmac.compare_digest(self._mac(run_id, fmt, int(expires)), sig):
            raise LinkError("This link was not issued by this backend (its signature does not match).",
                            "bad_signature")
        if int(expires) < (time.time() if now is None else now):
            raise LinkError("This link has expired; generate the part again for fresh links.", "link_expired")
