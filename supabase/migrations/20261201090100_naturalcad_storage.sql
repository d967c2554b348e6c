-- NaturalCAD run files in Supabase Storage: a private bucket `naturalcad-runs` holding
-- runs/<run_id>/model.step|stl|glb|dxf and thumbnail.png. Set SUPABASE_BUCKET=naturalcad-runs.
--
-- Supabase projects have the `storage` schema (the Storage API's tables); a plain Postgres
-- does not, and there this migration only raises a notice, so the whole directory applies
-- to an empty plain Postgres too (the test suite does exactly that).

do $migration$
begin
    if to_regclass('storage.buckets') is null or to_regclass('storage.objects') is null then
        raise notice 'no storage schema here (plain Postgres): the NaturalCAD bucket is not created';
        return;
    end if;

    execute $sql$
        insert into storage.buckets (id, name, public)
        values ('naturalcad-runs', 'naturalcad-runs', false)
        on conflict (id) do nothing
    $sql$;

    -- The service role bypasses RLS on Supabase; the policy says so explicitly, and keeps
    -- writes limited to this bucket should the operator give the role's bypass away.
    execute $sql$ drop policy if exists "naturalcad service role writes files" on storage.objects $sql$;
    execute $sql$
        create policy "naturalcad service role writes files" on storage.objects
            for all to service_role
            using (bucket_id = 'naturalcad-runs')
            with check (bucket_id = 'naturalcad-runs')
    $sql$;
end
$migration$;
