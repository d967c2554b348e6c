"""Fixtures for the shared-history tests: one real Supabase-shaped stack per session.

Postgres 15 + PostgREST 12 + the path-mapping gateway + the Storage test double, on
127.0.0.1, started here and stopped at the end of the session. Without the binaries the
tests skip with the reason, except under CI (`CI=true`) or `NATURALCAD_REQUIRE_SUPABASE_STACK=1`,
where a missing binary is a failure: CI installs them (`.ci/run`), so their absence is a bug.
"""

from __future__ import annotations

import os
import uuid

import pytest

from naturalcad import config, supabase

from .stack import MissingBinary, SupabaseStack

BUCKET = "naturalcad-runs"


def _required() -> bool:
    return os.environ.get("CI", "").lower() == "true" or os.environ.get("NATURALCAD_REQUIRE_SUPABASE_STACK") == "1"


@pytest.fixture(scope="session")
def stack():
    try:
        started = SupabaseStack.start()
    except MissingBinary as err:
        if _required():
            pytest.fail(f"the Supabase test stack is required here but cannot start: {err}", pytrace=False)
        pytest.skip(f"the Supabase test stack cannot start: {err}")
    yield started
    started.stop()


@pytest.fixture
def bucket(stack) -> str:
    stack.storage.state.buckets[BUCKET] = False  # private, as the migration makes it
    return BUCKET


@pytest.fixture
def shared_settings(stack, bucket, tmp_path):
    """Settings of one deployment writing to the stack, with a fresh data directory."""
    made = config.load_settings({
        "NATURALCAD_DATA_DIR": str(tmp_path / "data"), "NATURALCAD_EXEC_TIMEOUT_SECONDS": "20",
        "SUPABASE_URL": stack.url, "SUPABASE_SERVICE_ROLE_KEY": stack.service_key, "SUPABASE_BUCKET": bucket,
        "NATURALCAD_DEPLOYMENT": f"test-{uuid.uuid4().hex[:6]}"})
    config.set_settings(made)
    yield made
    supabase.stop_drainers(wait=0)
    config.set_settings(None)


@pytest.fixture
def postgrest_back(stack):
    """Makes sure PostgREST is up again after a test that stopped it."""
    yield stack.postgrest
    if stack.postgrest.process is None:
        stack.postgrest.start()
