-- The observation store split in two (ADR 9): a series names what is measured (source system, measure, grain,
-- channel, campaign, source) once; a value row is just (period, series, value, currency, load). A million-row import
-- of new keys is then one COPY into a table without a B-tree, which PostgreSQL takes about as fast as a bare table.
-- The natural key stays guarded: per series and month, observation_month marks the days that hold a value (one bit
-- per day of the month), under a primary key; a load that brings a day already marked takes the merge path, which
-- replaces by key. `observation` becomes a
-- view with the old columns, so every reader and every SQL statement written against it keeps working.

-- A series id is derived from the series' key (the first 64 bits of an MD5 of its parts): an import names its series
-- while it streams values, before it may ask the database anything. The importer derives it the same way in Java;
-- a collision (two keys, one id) is detected when the series is inserted and rejects the import.
create function kpi_series_id(source_system text, measure text, grain text, channel text, campaign text,
                              source text) returns bigint
    language sql immutable strict parallel safe as $$
    select ('x' || left(md5(concat_ws(chr(31), source_system, measure, grain, channel, campaign, source)), 16))::bit(64)::bigint
$$;

create table observation_series (
    id            bigint primary key,
    source_system text collate "C" not null,
    measure       text collate "C" not null,
    grain         text collate "C" not null check (grain in ('DAY', 'WEEK', 'MONTH')),
    channel       text collate "C" not null default '',
    campaign      text collate "C" not null default '',
    source        text collate "C" not null default '',
    constraint observation_series_key unique (source_system, measure, grain, channel, campaign, source)
);
create index observation_series_measure on observation_series (measure, grain, channel);

-- One row per write: an import batch, a typed-in entry, an SQL statement through the view. Values point here
-- instead of each carrying a 16-byte batch id and a timestamp.
create table observation_load (
    id           bigint generated always as identity primary key,
    import_batch uuid,
    recorded_at  timestamptz not null default now()
);

create table observation_value (
    period_start date           not null,
    series_id    bigint         not null,
    value        numeric(24, 6) not null,
    currency     char(3),
    load_id      bigint         not null
);
-- Imports arrive roughly in period order, so a block-range index finds periods at almost no cost to the writer.
create index observation_value_period on observation_value using brin (period_start) with (autosummarize = on);

-- Which days of each month hold a value of a series, as bits (bit d-1 for day d; a week or month is marked on the
-- day it starts): the guard of the natural key for direct loads, which may add days to a month but never mark a
-- day twice.
create table observation_month (
    series_id   bigint  not null,
    month_start date    not null,
    day_mask    integer not null,
    primary key (series_id, month_start)
);

create function kpi_day_bit(day date) returns integer language sql immutable strict parallel safe as $$
    select (1 << (extract(day from day)::integer - 1))
$$;

insert into observation_series (id, source_system, measure, grain, channel, campaign, source)
select distinct kpi_series_id(source_system, measure, grain, channel, campaign, source),
       source_system, measure, grain, channel, campaign, source
from observation;

insert into observation_load (import_batch, recorded_at)
select import_batch, max(recorded_at) from observation group by import_batch;

insert into observation_value (period_start, series_id, value, currency, load_id)
select o.period_start, kpi_series_id(o.source_system, o.measure, o.grain, o.channel, o.campaign, o.source),
       o.value, o.currency, l.id
from observation o
join observation_load l on l.import_batch is not distinct from o.import_batch
order by o.period_start;

insert into observation_month (series_id, month_start, day_mask)
select series_id, date_trunc('month', period_start)::date, bit_or(kpi_day_bit(period_start))
from observation_value
group by 1, 2;

-- the rollup and the freshness of V7 already hold the right sums; only the old table and its triggers go
drop table observation;
drop function observation_rollup_on_insert();
drop function observation_rollup_on_update();
drop function observation_rollup_on_delete();
drop function observation_rollup_on_truncate();

-- The deltas every writer applies: to the rollup (summed over campaigns and sources), to the month marks and to
-- the data freshness. Arrays, so that a bulk load passes a few thousand pre-summed rows in one call.
create function observation_rollup_add(measures text[], periods date[], grains text[], channels text[],
                                       systems text[], currencies text[], sums numeric[], counts bigint[])
    returns void language plpgsql as $$
begin
    insert into observation_rollup as r (measure, period_start, grain, channel, source_system, currency, value, row_count)
    select * from unnest(measures, periods, grains, channels, systems, currencies, sums, counts)
    on conflict (measure, period_start, grain, channel, source_system, currency)
        do update set value = r.value + excluded.value, row_count = r.row_count + excluded.row_count;
    delete from observation_rollup where row_count = 0;
end $$;

-- Days taken by new values (merge path, view), and days freed by deletes.
create function observation_month_mark(series bigint[], months date[], masks integer[])
    returns void language plpgsql as $$
begin
    insert into observation_month as m (series_id, month_start, day_mask)
    select * from unnest(series, months, masks)
    on conflict (series_id, month_start) do update set day_mask = m.day_mask | excluded.day_mask;
end $$;

create function observation_month_clear(series bigint[], months date[], masks integer[])
    returns void language plpgsql as $$
begin
    update observation_month m set day_mask = m.day_mask & ~a.mask
    from unnest(series, months, masks) as a (series_id, month_start, mask)
    where m.series_id = a.series_id and m.month_start = a.month_start;
    delete from observation_month m
    where m.day_mask = 0 and (m.series_id, m.month_start) in (select * from unnest(series, months));
end $$;

create function observation_freshness_extend(measures text[], systems text[], grains text[], lasts date[])
    returns void language plpgsql as $$
begin
    insert into measure_freshness as f (measure, source_system, grain, last_start)
    select * from unnest(measures, systems, grains, lasts)
    on conflict (measure, source_system, grain) do update set last_start = greatest(f.last_start, excluded.last_start);
end $$;

-- Values added by a merge or through the view (a direct load sums its own in the JVM): sums, marked days, reach.
create function observation_values_added(series bigint[], periods date[], vals numeric[], currencies text[])
    returns void language plpgsql as $$
begin
    perform observation_rollup_add(array_agg(measure), array_agg(period_start), array_agg(grain), array_agg(channel),
                                   array_agg(source_system), array_agg(currency), array_agg(total), array_agg(n))
    from (select s.measure, a.period_start, s.grain, s.channel, s.source_system, coalesce(a.currency, '') as currency,
                 sum(a.value) as total, count(*) as n
          from unnest(series, periods, vals, currencies) as a (series_id, period_start, value, currency)
          join observation_series s on s.id = a.series_id
          group by 1, 2, 3, 4, 5, 6) as sums;
    perform observation_month_mark(array_agg(series_id), array_agg(month_start), array_agg(mask))
    from (select a.series_id, date_trunc('month', a.period_start)::date as month_start,
                 bit_or(kpi_day_bit(a.period_start)) as mask
          from unnest(series, periods) as a (series_id, period_start)
          group by 1, 2) as months;
    perform observation_freshness_extend(array_agg(measure), array_agg(source_system), array_agg(grain), array_agg(last_start))
    from (select s.measure, s.source_system, s.grain, max(a.period_start) as last_start
          from unnest(series, periods) as a (series_id, period_start)
          join observation_series s on s.id = a.series_id
          group by 1, 2, 3) as reach;
end $$;

-- Updates and deletes (a merge replacing values, a test cleaning up) are kept in the sums by statement triggers.
-- Inserts are not: the bulk load would pay for a transition table of a million rows it has already summed.
create function observation_value_on_update() returns trigger language plpgsql as $$
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
    return null;
end $$;

create function observation_value_on_delete() returns trigger language plpgsql as $$
begin
    perform observation_rollup_add(array_agg(measure), array_agg(period_start), array_agg(grain), array_agg(channel),
                                   array_agg(source_system), array_agg(currency), array_agg(total), array_agg(n))
    from (select s.measure, o.period_start, s.grain, s.channel, s.source_system, coalesce(o.currency::text, '') as currency,
                 -sum(o.value) as total, -count(*) as n
          from old_rows o join observation_series s on s.id = o.series_id
          group by 1, 2, 3, 4, 5, 6) as delta;
    perform observation_month_clear(array_agg(series_id), array_agg(month_start), array_agg(mask))
    from (select o.series_id, date_trunc('month', o.period_start)::date as month_start,
                 bit_or(kpi_day_bit(o.period_start)) as mask
          from old_rows o group by 1, 2) as months;

    -- a deletion can shorten a reach: recount it for the measures touched, from the rollup
    delete from measure_freshness
    where measure in (select s.measure from old_rows o join observation_series s on s.id = o.series_id);
    insert into measure_freshness (measure, source_system, grain, last_start)
    select measure, source_system, grain, max(period_start)
    from observation_rollup
    where measure in (select s.measure from old_rows o join observation_series s on s.id = o.series_id)
    group by measure, source_system, grain;
    return null;
end $$;

create function observation_value_on_truncate() returns trigger language plpgsql as $$
begin
    truncate observation_rollup, measure_freshness, observation_month;
    return null;
end $$;

create trigger observation_value_update after update on observation_value
    referencing old table as old_rows new table as new_rows for each statement execute function observation_value_on_update();
create trigger observation_value_delete after delete on observation_value
    referencing old table as old_rows for each statement execute function observation_value_on_delete();
create trigger observation_value_truncate after truncate on observation_value
    for each statement execute function observation_value_on_truncate();
create trigger observation_value_changed after insert or update or delete or truncate on observation_value
    for each statement execute function kpi_notify_data_changed();

-- The old shape, for reading and for hand-written SQL. The load is joined with a left join on its key, so a query
-- that does not ask for the batch or the time does not pay for the join.
create view observation as
select s.source_system, s.measure, s.grain, v.period_start, s.channel, s.campaign, s.source, v.value, v.currency,
       l.import_batch, l.recorded_at, v.series_id, v.ctid as value_row
from observation_value v
join observation_series s on s.id = v.series_id
left join observation_load l on l.id = v.load_id;

-- Writes through the view, a row at a time (tests, an operator's fix). As with the table it replaces, a second value
-- for a stored key is refused: replacing by key is what an import does.
create function observation_view_insert() returns trigger language plpgsql as $$
declare
    series_key bigint := kpi_series_id(new.source_system, new.measure, new.grain, coalesce(new.channel, ''),
                                       coalesce(new.campaign, ''), coalesce(new.source, ''));
    load_key   bigint;
begin
    if exists (select 1 from observation_value where series_id = series_key and period_start = new.period_start) then
        raise exception using errcode = 'unique_violation', constraint = 'observation_natural_key',
            message = format('a value of %s for %s %s is stored already (observation_natural_key)',
                             new.measure, lower(new.grain), new.period_start);
    end if;
    insert into observation_series (id, source_system, measure, grain, channel, campaign, source)
    values (series_key, new.source_system, new.measure, new.grain, coalesce(new.channel, ''),
            coalesce(new.campaign, ''), coalesce(new.source, ''))
    on conflict do nothing;
    insert into observation_load (import_batch, recorded_at)
    values (new.import_batch, coalesce(new.recorded_at, now())) returning id into load_key;
    insert into observation_value (period_start, series_id, value, currency, load_id)
    values (new.period_start, series_key, new.value, new.currency, load_key);
    perform observation_values_added(array[series_key], array[new.period_start], array[new.value::numeric],
                                     array[new.currency::text]);
    return new;
end $$;

create function observation_view_update() returns trigger language plpgsql as $$
begin
    if (new.source_system, new.measure, new.grain, new.period_start, new.channel, new.campaign, new.source)
        is distinct from
       (old.source_system, old.measure, old.grain, old.period_start, old.channel, old.campaign, old.source) then
        raise exception 'the natural key of a stored value cannot be updated: delete the value and insert the new one';
    end if;
    update observation_value set value = new.value, currency = new.currency where ctid = old.value_row;
    return new;
end $$;

create function observation_view_delete() returns trigger language plpgsql as $$
begin
    delete from observation_value where ctid = old.value_row;
    return old;
end $$;

create trigger observation_insert instead of insert on observation
    for each row execute function observation_view_insert();
create trigger observation_update instead of update on observation
    for each row execute function observation_view_update();
create trigger observation_delete instead of delete on observation
    for each row execute function observation_view_delete();

-- Sums recomputed from the values, for an operator in doubt and for bulk SQL that bypasses the writers (the
-- scorecard benchmark seeds ten million values this way).
create function observation_sums_rebuild() returns void language plpgsql as $$
begin
    delete from observation_rollup;
    delete from observation_month;
    delete from measure_freshness;
    insert into observation_rollup (measure, period_start, grain, channel, source_system, currency, value, row_count)
    select s.measure, v.period_start, s.grain, s.channel, s.source_system, coalesce(v.currency::text, ''), sum(v.value),
           count(*)
    from observation_value v join observation_series s on s.id = v.series_id
    group by 1, 2, 3, 4, 5, 6;
    insert into observation_month (series_id, month_start, day_mask)
    select series_id, date_trunc('month', period_start)::date, bit_or(kpi_day_bit(period_start))
    from observation_value group by 1, 2;
    insert into measure_freshness (measure, source_system, grain, last_start)
    select measure, source_system, grain, max(period_start) from observation_rollup group by 1, 2, 3;
end $$;
