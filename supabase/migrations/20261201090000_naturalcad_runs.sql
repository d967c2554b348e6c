-- NaturalCAD shared run history: one row per finished run, from every deployment.
--
-- Applies to an empty Supabase project and to an empty plain Postgres 15 that has the roles
-- Supabase provides (anon, authenticated, service_role). The Storage bucket is in the next
-- migration, which does nothing where there is no `storage` schema.

create schema if not exists extensions;
create extension if not exists pg_trgm with schema extensions;

create table if not exists public.naturalcad_runs (
    run_id            text primary key,
    created_at        timestamptz not null,
    delivered_at      timestamptz not null default now(),
    deployment        text not null default '',
    prompt            text not null default '',
    mode              text,
    output_type       text,
    family            text,
    source            text,
    model             text,
    backend_available boolean not null default false,
    success           boolean not null default false,
    runtime_seconds   double precision,
    error             text,
    params            jsonb not null default '{}'::jsonb,
    geometry          jsonb not null default '{}'::jsonb,
    reading           jsonb,
    -- format -> {name, bytes, path (in the bucket), url}; path and url are null when the
    -- deployment has no bucket configured.
    artifacts         jsonb not null default '{}'::jsonb,
    thumbnail         jsonb,
    attempts          integer not null default 0,
    notices           jsonb not null default '[]'::jsonb,
    warnings          jsonb not null default '[]'::jsonb,
    code              text not null default '',
    parent_run_id     text
);

comment on table public.naturalcad_runs is
    'NaturalCAD runs from every deployment; written by the service role through the app''s outbox (upsert on run_id).';

-- The History page's filters: newest first, by result, source, family, deployment, and a
-- text search over prompt, family and run id (ILIKE, served by trigram indexes).
create index if not exists naturalcad_runs_created_at on public.naturalcad_runs (created_at desc, run_id desc);
create index if not exists naturalcad_runs_success on public.naturalcad_runs (success, created_at desc);
create index if not exists naturalcad_runs_source on public.naturalcad_runs (source, created_at desc);
create index if not exists naturalcad_runs_family on public.naturalcad_runs (family, created_at desc);
create index if not exists naturalcad_runs_deployment on public.naturalcad_runs (deployment, created_at desc);
create index if not exists naturalcad_runs_parent on public.naturalcad_runs (parent_run_id) where parent_run_id is not null;
create index if not exists naturalcad_runs_prompt_trgm on public.naturalcad_runs using gin (prompt extensions.gin_trgm_ops);
create index if not exists naturalcad_runs_family_trgm on public.naturalcad_runs using gin (family extensions.gin_trgm_ops);

-- Row-level security: the service role writes (and reads); nobody else sees a row until the
-- operator turns a read policy on (supabase/policies/anon_reads_runs.sql).
alter table public.naturalcad_runs enable row level security;

revoke all on public.naturalcad_runs from anon, authenticated;
grant select on public.naturalcad_runs to anon, authenticated;  -- still filtered by RLS: no policy, no rows
grant select, insert, update, delete on public.naturalcad_runs to service_role;

drop policy if exists "service role writes runs" on public.naturalcad_runs;
create policy "service role writes runs" on public.naturalcad_runs
    for all to service_role using (true) with check (true);
