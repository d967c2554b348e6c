"""Small helpers for the shared-history tests."""

from __future__ import annotations

import json
import time

from naturalcad import config, pipeline
from naturalcad.request import RunResult

from .stack import SupabaseStack

CUBE = "from build123d import *\nsize = 12.0  # mm, cube edge\nresult = Box(size, size, size)\n"
BROKEN = "from build123d import *\nresult = Box(10, 10, 10) - missing_name\n"


def wait_for(check, timeout: float = 20.0, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"{what} did not happen within {timeout:g} s")


def rows(stack: SupabaseStack, where: str = "true") -> list[dict]:
    """Rows straight from Postgres (as the superuser, past RLS and PostgREST)."""
    out = stack.postgres.psql(f"select coalesce(json_agg(r order by created_at), '[]') from naturalcad_runs r where {where}")
    return json.loads(out)


def count(stack: SupabaseStack, run_id: str) -> int:
    return int(stack.postgres.psql(f"select count(*) from naturalcad_runs where run_id = '{run_id}'"))


def run_cube(settings: config.Settings, code: str = CUBE, prompt: str = "a 12 mm cube") -> RunResult:
    result = pipeline.run_code(code, prompt=prompt, settings=settings)
    return result
