-- Rollup of the observation store for reading: values summed over campaigns and sources, per measure, period,
-- channel, source system and currency. It is what every KPI reader asked of the raw rows (the engine never looks
-- at campaigns), so a scorecard reads one row per channel and day instead of one per campaign and source.
-- Kept exact by statement-level triggers on observation, in the writing transaction: whoever writes (an import, a
-- manual value, a test with SQL) leaves rollup and store consistent, and a rolled-back import leaves both as they were.
create table observation_rollup (
    measure       text collate "C" not null,
    period_start  date             not null,
    grain         text collate "C" not null,
    channel       text collate "C" not null,
    source_system text collate "C" not null,
    currency      text collate "C" not null,  -- '' when the values have none
    value         numeric(30, 6)   not null,
    row_count     bigint           not null,  -- observations behind the sum; the row goes when it reaches 0
    primary key (measure, period_start, grain, channel, source_system, currency)
);
create index observation_rollup_empty on observation_rollup (measure) where row_count = 0;

-- How far each source system's values of a measure reach, per grain: the data-freshness line of a scorecard.
create table measure_freshness (
    measure       text collate "C" not null,
    source_system text collate "C" not null,
    grain         text collate "C" not null,
    last_start    date             not null,
    primary key (measure, source_system, grain)
);

insert into observation_rollup (measure, period_start, grain, channel, source_system, currency, value, row_count)
select measure, period_start, grain, channel, source_system, coalesce(currency, ''), sum(value), count(*)
from observation
group by measure, period_start, grain, channel, source_system, coalesce(currency, '');

insert into measure_freshness (measure, source_system, grain, last_start)
select measure, source_system, grain, max(period_start)
from observation
group by measure, source_system, grain;

-- Inserts add their sums, deletes subtract theirs, updates add the difference; a rollup row whose count reaches 0
-- is removed (a partial index finds those).
create function observation_rollup_on_insert() returns trigger language plpgsql as $$
begin
    insert into observation_rollup as r (measure, period_start, grain, channel, source_system, currency, value, row_count)
    select measure, period_start, grain, channel, source_system, coalesce(currency, ''), sum(value), count(*)
    from new_rows
    group by measure, period_start, grain, channel, source_system, coalesce(currency, '')
    on conflict (measure, period_start, grain, channel, source_system, currency)
        do update set value = r.value + excluded.value, row_count = r.row_count + excluded.row_count;

    insert into measure_freshness as f (measure, source_system, grain, last_start)
    select measure, source_system, grain, max(period_start)
    from new_rows
    group by measure, source_system, grain
    on conflict (measure, source_system, grain)
        do update set last_start = greatest(f.last_start, excluded.last_start);
    return null;
end $$;

create function observation_rollup_on_update() returns trigger language plpgsql as $$
begin
    insert into observation_rollup as r (measure, period_start, grain, channel, source_system, currency, value, row_count)
    select measure, period_start, grain, channel, source_system, currency, sum(value), sum(n)
    from (select measure, period_start, grain, channel, source_system, coalesce(currency, '') as currency, value, 1 as n
          from new_rows
          union all
          select measure, period_start, grain, channel, source_system, coalesce(currency, ''), -value, -1
          from old_rows) as delta
    group by measure, period_start, grain, channel, source_system, currency
    having sum(value) <> 0 or sum(n) <> 0
    on conflict (measure, period_start, grain, channel, source_system, currency)
        do update set value = r.value + excluded.value, row_count = r.row_count + excluded.row_count;
    delete from observation_rollup where row_count = 0;

    insert into measure_freshness as f (measure, source_system, grain, last_start)
    select measure, source_system, grain, max(period_start)
    from new_rows
    group by measure, source_system, grain
    on conflict (measure, source_system, grain)
        do update set last_start = greatest(f.last_start, excluded.last_start);
    return null;
end $$;

create function observation_rollup_on_delete() returns trigger language plpgsql as $$
begin
    insert into observation_rollup as r (measure, period_start, grain, channel, source_system, currency, value, row_count)
    select measure, period_start, grain, channel, source_system, coalesce(currency, ''), -sum(value), -count(*)
    from old_rows
    group by measure, period_start, grain, channel, source_system, coalesce(currency, '')
    on conflict (measure, period_start, grain, channel, source_system, currency)
        do update set value = r.value + excluded.value, row_count = r.row_count + excluded.row_count;
    delete from observation_rollup where row_count = 0;

    -- a deletion can shorten a reach: recount it for the measures touched, from the rollup
    delete from measure_freshness where measure in (select distinct measure from old_rows);
    insert into measure_freshness (measure, source_system, grain, last_start)
    select measure, source_system, grain, max(period_start)
    from observation_rollup
    where measure in (select distinct measure from old_rows)
    group by measure, source_system, grain;
    return null;
end $$;

create function observation_rollup_on_truncate() returns trigger language plpgsql as $$
begin
    truncate observation_rollup, measure_freshness;
    return null;
end $$;

create trigger observation_rollup_insert after insert on observation
    referencing new table as new_rows for each statement execute function observation_rollup_on_insert();
create trigger observation_rollup_update after update on observation
    referencing old table as old_rows new table as new_rows for each statement execute function observation_rollup_on_update();
create trigger observation_rollup_delete after delete on observation
    referencing old table as old_rows for each statement execute function observation_rollup_on_delete();
create trigger observation_rollup_truncate after truncate on observation
    for each statement execute function observation_rollup_on_truncate();

-- Change notices: every committed change to what a scorecard shows sends a notice on channel "kpi_data_changed"
-- (PostgreSQL delivers it only at commit, once per transaction and payload). Each replica listens and drops the
-- scorecards it computed before; see ADR 8.
create function kpi_notify_data_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('kpi_data_changed', tg_table_name);
    return null;
end $$;

create trigger observation_changed after insert or update or delete or truncate on observation
    for each statement execute function kpi_notify_data_changed();
create trigger measure_source_priority_changed after insert or update or delete or truncate on measure_source_priority
    for each statement execute function kpi_notify_data_changed();
create trigger goal_changed after insert or update or delete or truncate on goal
    for each statement execute function kpi_notify_data_changed();
create trigger goal_kpi_changed after insert or update or delete or truncate on goal_kpi
    for each statement execute function kpi_notify_data_changed();
create trigger custom_kpi_changed after insert or update or delete or truncate on custom_kpi
    for each statement execute function kpi_notify_data_changed();
create trigger scorecard_layout_changed after insert or update or delete or truncate on scorecard_layout
    for each statement execute function kpi_notify_data_changed();
