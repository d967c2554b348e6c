"""The SQL in supabase/ against a real Postgres 15, through a real PostgREST."""

from __future__ import annotations

import json
import uuid

import pytest
from postgrest.exceptions import APIError
from supabase import create_client

from .stack import MIGRATIONS, ROOT

pytestmark = [pytest.mark.db]

COLUMNS = {
    "run_id": "text", "created_at": "timestamp with time zone", "delivered_at": "timestamp with time zone",
    "deployment": "text", "prompt": "text", "mode": "text", "output_type": "text", "family": "text",
    "source": "text", "model": "text", "backend_available": "boolean", "success": "boolean",
    "runtime_seconds": "double precision", "error": "text", "params": "jsonb", "geometry": "jsonb",
    "reading": "jsonb", "artifacts": "jsonb", "thumbnail": "jsonb", "attempts": "integer", "notices": "jsonb",
    "warnings": "jsonb", "code": "text", "parent_run_id": "text",
}


def test_the_migrations_apply_to_an_empty_database_and_again(stack):
    database = f"fresh_{uuid.uuid4().hex[:8]}"
    stack.postgres.psql(f"create database {database}")
    try:
        assert stack.postgres.psql("select count(*) from pg_tables where schemaname = 'public'", database=database) == "0"
        applied = stack.postgres.apply_migrations(database)
        assert applied == sorted(p.name for p in MIGRATIONS.glob("*.sql")) and len(applied) == 2
        assert stack.postgres.apply_migrations(database) == applied  # re-running is harmless
        columns = dict(line.split("|") for line in stack.postgres.psql(
            "select column_name, data_type from information_schema.columns "
            "where table_schema = 'public' and table_name = 'naturalcad_runs'", database=database).splitlines())
        assert columns == COLUMNS
        key = stack.postgres.psql(
            "select a.attname from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey) "
            "where i.indrelid = 'public.naturalcad_runs'::regclass and i.indisprimary", database=database)
        assert key == "run_id"
        indexes = set(stack.postgres.psql(
            "select indexname from pg_indexes where tablename = 'naturalcad_runs'", database=database).splitlines())
        assert {"naturalcad_runs_created_at", "naturalcad_runs_success", "naturalcad_runs_source",
                "naturalcad_runs_family", "naturalcad_runs_deployment", "naturalcad_runs_prompt_trgm"} <= indexes
        assert stack.postgres.psql("select relrowsecurity from pg_class where oid = 'public.naturalcad_runs'::regclass",
                                   database=database) == "t"
        # Plain Postgres has no `storage` schema: the Storage migration made nothing.
        assert stack.postgres.psql("select count(*) from pg_namespace where nspname = 'storage'", database=database) == "0"
    finally:
        stack.postgres.psql(f"drop database {database}")


def test_the_text_filter_is_served_by_an_index(stack):
    plan = stack.postgres.psql("set enable_seqscan = off; explain select run_id from naturalcad_runs "
                               "where prompt ilike '%flange%' order by created_at desc limit 50")
    assert "naturalcad_runs_prompt_trgm" in plan


def _row(run_id: str) -> dict:
    return {"run_id": run_id, "created_at": "2026-12-01T10:00:00+00:00", "prompt": "anon was here", "success": True}


def test_row_level_security_refuses_anon_writes_and_hides_rows_until_a_policy_is_on(stack):
    service = create_client(stack.url, stack.service_key)
    anon = create_client(stack.url, stack.anon_key)
    mine = f"rls-{uuid.uuid4().hex[:8]}"
    service.table("naturalcad_runs").upsert(_row(mine), on_conflict="run_id").execute()

    for attempt in (lambda: anon.table("naturalcad_runs").insert(_row(f"anon-{uuid.uuid4().hex[:6]}")).execute(),
                    lambda: anon.table("naturalcad_runs").upsert(_row(mine)).execute(),
                    lambda: anon.table("naturalcad_runs").update({"prompt": "defaced"}).eq("run_id", mine).execute(),
                    lambda: anon.table("naturalcad_runs").delete().eq("run_id", mine).execute()):
        with pytest.raises(APIError) as refused:
            attempt()
        assert refused.value.code == "42501"  # permission denied
    assert json.loads(stack.postgres.psql(
        f"select json_build_object('prompt', prompt) from naturalcad_runs where run_id = '{mine}'")) == {"prompt": "anon was here"}
    assert stack.postgres.psql("select count(*) from naturalcad_runs where run_id like 'anon-%'") == "0"

    assert anon.table("naturalcad_runs").select("run_id").eq("run_id", mine).execute().data == []  # no policy, no rows
    stack.postgres.psql(file=ROOT / "supabase" / "policies" / "anon_reads_runs.sql")
    try:
        assert anon.table("naturalcad_runs").select("run_id").eq("run_id", mine).execute().data == [{"run_id": mine}]
        with pytest.raises(APIError):  # reading does not make writing possible
            anon.table("naturalcad_runs").insert(_row(f"anon-{uuid.uuid4().hex[:6]}")).execute()
    finally:
        stack.postgres.psql('drop policy "anon reads runs" on public.naturalcad_runs')
