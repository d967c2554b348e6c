-- Optional: let the anon key read the shared history (and fetch the run files), for a team
-- that gives its deployments only the anon key for the History page. Not a migration: apply it
-- on purpose (`psql "$DATABASE_URL" -f supabase/policies/anon_reads_runs.sql`, or paste it into
-- the SQL editor). Writes stay with the service role either way.

drop policy if exists "anon reads runs" on public.naturalcad_runs;
create policy "anon reads runs" on public.naturalcad_runs for select to anon, authenticated using (true);

do $storage$
begin
    if to_regclass('storage.objects') is null then
        return;
    end if;
    execute $sql$ drop policy if exists "naturalcad anon reads files" on storage.objects $sql$;
    execute $sql$
        create policy "naturalcad anon reads files" on storage.objects
            for select to anon, authenticated using (bucket_id = 'naturalcad-runs')
    $sql$;
end
$storage$;
