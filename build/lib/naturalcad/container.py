"""The container's entry point: one image serves the app (default) or the API.

    NATURALCAD_ROLE=app   streamlit on $PORT (default 8501)            -- a Space, Community Cloud-like
    NATURALCAD_ROLE=api   the backend on $PORT (default 8000), 0.0.0.0 -- needs NATURALCAD_API_KEY

`python -m naturalcad.container` execs the chosen server (it becomes PID 1's child, so
signals reach it); `--print` shows the command, `--health` checks it answers (HEALTHCHECK).
"""

from __future__ import annotations

import os
import shlex
import sys
import urllib.request
from collections.abc import Mapping

ROLES = {"app": 8501, "api": 8000}


class RoleError(ValueError):
    pass


def role(env: Mapping[str, str]) -> str:
    chosen = (env.get("NATURALCAD_ROLE") or "app").strip().lower()
    if chosen not in ROLES:
        raise RoleError(f"NATURALCAD_ROLE must be 'app' or 'api', got {chosen!r}.")
    return chosen


def port(env: Mapping[str, str]) -> int:
    raw = (env.get("PORT") or "").strip()
    if not raw:
        return ROLES[role(env)]
    if not raw.isdigit() or not 0 < int(raw) < 65536:
        raise RoleError(f"PORT must be a port number, got {raw!r}.")
    return int(raw)


def command(env: Mapping[str, str]) -> list[str]:
    host = (env.get("NATURALCAD_HOST") or "0.0.0.0").strip()
    if role(env) == "api":
        return [sys.executable, "-m", "naturalcad", "serve", "--host", host, "--port", str(port(env))]
    return [sys.executable, "-m", "streamlit", "run", "streamlit_app.py", f"--server.port={port(env)}",
            f"--server.address={host}", "--server.headless=true"]


def health_url(env: Mapping[str, str]) -> str:
    path = "/health" if role(env) == "api" else "/_stcore/health"
    return f"http://127.0.0.1:{port(env)}{path}"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    try:
        cmd = command(os.environ)
        if "--print" in args:
            print(shlex.join(cmd))
            return 0
        if "--health" in args:
            with urllib.request.urlopen(health_url(os.environ), timeout=4) as response:
                return 0 if response.status == 200 else 1
    except RoleError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except OSError:
        return 1
    os.execv(cmd[0], cmd)
    return 0  # not reached


if __name__ == "__main__":
    sys.exit(main())
