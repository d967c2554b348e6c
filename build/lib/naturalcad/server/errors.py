"""The one error shape every non-2xx answer of the backend has: `{"error": {code, message}}`."""

from __future__ import annotations

import json
from typing import Any

from starlette.types import Send

CODES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
    413: "too_large", 422: "invalid_body", 429: "rate_limited", 500: "internal", 503: "busy",
}


def body(status: int, message: str, code: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"error": {"code": code or CODES.get(status, "error"), "message": message, **extra}}


async def send_error(send: Send, status: int, message: str, code: str | None = None,
                     headers: dict[str, str] | None = None) -> None:
    """Answer straight from the ASGI layer (before the app, before the body is read)."""
    payload = json.dumps(body(status, message, code)).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()),
           (b"connection", b"close")]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": payload})
