"""Fetch a backend's artifact files: time-limited, size-capped, from allowed hosts only.

A backend answer names URLs the app will fetch; a compromised or misconfigured backend
must not be able to point the app at another host (an internal address, a huge file), so
each URL's host must be the backend's own or the configured Storage host, redirects are
not followed, and a body over the cap is cut off and refused.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from ..formats import FILE_NAMES


class DownloadError(Exception):
    """A file could not be fetched; the message is a sentence for a notice."""


@dataclass(frozen=True)
class DownloadPolicy:
    allowed_hosts: frozenset[str]  # "host:port" as in the URL (default ports filled in)
    max_bytes: int
    deadline: float  # time.monotonic() by which every file must be in


def host_of(url: str) -> str:
    parts = urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme, 0)
    return f"{(parts.hostname or '').lower()}:{port}"


def allowed_hosts(*urls: str | None) -> frozenset[str]:
    return frozenset(host_of(u) for u in urls if u)


def fetch_all(urls: dict[str, str], directory: Path, policy: DownloadPolicy, client: httpx.Client,
              headers: dict[str, str] | None = None) -> dict[str, Path]:
    """Download every known format into `directory`; all or nothing (a partial set is removed)."""
    directory.mkdir(parents=True, exist_ok=True)
    done: dict[str, Path] = {}
    try:
        for fmt, url in urls.items():
            if fmt not in FILE_NAMES or not url:
                continue
            done[fmt] = _fetch(url, directory / FILE_NAMES[fmt], policy, client, headers or {})
    except DownloadError:
        for path in done.values():
            path.unlink(missing_ok=True)
        raise
    return done


def _fetch(url: str, target: Path, policy: DownloadPolicy, client: httpx.Client, headers: dict[str, str]) -> Path:
    name = target.suffix.lstrip(".").upper()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise DownloadError(f"the backend's {name} link is not an http(s) URL")
    if host_of(url) not in policy.allowed_hosts:
        raise DownloadError(f"the backend's {name} link points to {parts.hostname!r}, which is neither the backend "
                            "nor the configured Storage host")
    left = policy.deadline - time.monotonic()
    if left <= 0:
        raise DownloadError(f"no time was left to download the {name} file")
    partial = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        with client.stream("GET", url, headers=headers, timeout=left, follow_redirects=False) as response:
            if response.status_code != 200:
                raise DownloadError(f"the backend's {name} link answered HTTP {response.status_code}")
            declared = int(response.headers.get("content-length") or 0)
            if declared > policy.max_bytes:
                raise DownloadError(f"the {name} file is {declared / 1_048_576:.1f} MB, over the "
                                    f"{policy.max_bytes / 1_048_576:g} MB cap")
            size = 0
            with open(partial, "wb") as handle:
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > policy.max_bytes:
                        raise DownloadError(f"the {name} file is over the {policy.max_bytes / 1_048_576:g} MB cap")
                    if time.monotonic() > policy.deadline:
                        raise DownloadError(f"the {name} download did not finish in time")
                    handle.write(chunk)
        if size == 0:
            raise DownloadError(f"the backend's {name} file is empty")
        partial.replace(target)
        return target
    except httpx.TimeoutException:
        raise DownloadError(f"the {name} download did not finish in time") from None
    except httpx.HTTPError as err:
        raise DownloadError(f"the {name} file could not be downloaded ({type(err).__name__})") from None
    finally:
        partial.unlink(missing_ok=True)
