-- What the values of each series and month come to, in one number (ADR 25): the sum, modulo 2^62, of a hash of each
-- value's day, value and currency, worked out in the JVM by the loads that write the values. A re-delivery whose
-- month gives the same days with the same fingerprint leaves that month unread. Null when not known: every writer
-- that does not work it out (a merge, a value typed in, a deletion, a write through the view) sets it to null, and
-- the next re-delivery of the month reads its values and sets it again. Months stored before this are not known.
alter table observation_month add column fingerprint bigint;
alter table observation_month add constraint observation_month_fingerprint_check
    check (fingerprint between 0 and 4611686018427387903);

-- Days taken by new values (merge path, view): their values are not hashed here, so the month is no longer known.
create or replace function observation_month_mark(series bigint[], months date[], masks integer[])
    returns void language plpgsql as $$
begin
    insert into observation_month as m (series_id, month_start, day_mask)
    select * from unnest(series, months, masks)
    on conflict (series_id, month_start) do update set day_mask = m.day_mask | excluded.day_mask, fingerprint = null;
end $$;

-- Days freed by deletes.
create or replace function observation_month_clear(series bigint[], months date[], masks integer[])
    returns void language plpgsql as $$
begin
    update observation_month m set day_mask = m.day_mask & ~a.mask, fingerprint = null
    from unnest(series, months, masks) as a (series_id, month_start, mask)
    where m.series_id = a.series_id and m.month_start = a.month_start;
    delete from observation_month m
    where m.day_mask = 0 and (m.series_id, m.month_start) in (select * from unnest(series, months));
end $$;

-- Values changed in place: their months are no longer known. Every such month row is written, even one already
-- unknown, so that a re-delivery that locked the month to set its fingerprint waits for this change, or this change
-- for it.
create or replace function observation_value_on_update() returns trigger language plpgsql as $$
begin
    perform observation_rollup_add(array_agg(measure), array_agg(period_start), array_agg(grain), array_agg(channel),
                                   array_agg(source_system), array_agg(currency), array_agg(total), array_agg(n))
    from (select s.measure, d.period_start, s.grain, s.channel, s.source_system, d.currency, sum(d.value) as total,
                 sum(d.n) as n
          from (select series_id, period_start, coalesce(currency::text, '') as currency, value, 1 as n from new_rows
                union all
                select series_id, period_start, coalesce(currency::text, ''), -value, -1 from old_rows) as d
          join observation_series s on s.id = d.series_id
          group by 1, 2, 3, 4, 5, 6
          having sum(d.value) <> 0 or sum(d.n) <> 0) as delta;
    perform observation_freshness_extend(array_agg(measure), array_agg(source_system), array_agg(grain), array_agg(last_start))
    from (select s.measure, s.source_system, s.grain, max(n.period_start) as last_start
          from new_rows n join observation_series s on s.id = n.series_id
          group by 1, 2, 3) as reach;
    update observation_month m set fingerprint = null
    from (select distinct series_id, date_trunc('month', period_start)::date as month_start from old_rows) as o
    where m.series_id = o.series_id and m.month_start = o.month_start;
    return null;
end $$;
