-- The rollup's daily rows summed per month (ADR 27): what a scorecard's sparkline of thirteen months reads instead of
-- four hundred days per measure and channel. One row per measure, month, channel, source system and currency of the
-- rollup's rows of grain DAY; row_count is how many of those days are behind the sum, and the row goes when it
-- reaches 0. Kept exact by statement triggers on observation_rollup, whoever writes it: the triggers and functions
-- of the store (V10, V31), the direct load's COPY of its sums, a rebuild.
create table observation_rollup_month (
    measure       text collate "C" not null,
    month_start   date             not null,
    channel       text collate "C" not null,
    source_system text collate "C" not null,
    currency      text collate "C" not null,
    value         numeric(30, 6)   not null,
    row_count     bigint           not null,
    primary key (measure, month_start, channel, source_system, currency)
);

-- Each statement's days added to their months (inserted days), their differences (updated ones), or taken away
-- (deleted ones: a month left with no day goes). Straight from the transition tables, grouped by month.
create function observation_rollup_on_insert_month() returns trigger language plpgsql as $$
begin
    insert into observation_rollup_month as m (measure, month_start, channel, source_system, currency, value, row_count)
    select measure, date_trunc('month', period_start)::date, channel, source_system, currency, sum(value), count(*)
    from new_rows where grain = 'DAY'
    group by 1, 2, 3, 4, 5
    on conflict (measure, month_start, channel, source_system, currency)
        do update set value = m.value + excluded.value, row_count = m.row_count + excluded.row_count;
    return null;
end $$;

create function observation_rollup_on_update_month() returns trigger language plpgsql as $$
begin
    insert into observation_rollup_month as m (measure, month_start, channel, source_system, currency, value, row_count)
    select measure, date_trunc('month', period_start)::date, channel, source_system, currency, sum(value), sum(n)
    from (select measure, period_start, channel, source_system, currency, value, 1 as n
          from new_rows where grain = 'DAY'
          union all
          select measure, period_start, channel, source_system, currency, -value, -1
          from old_rows where grain = 'DAY') as d
    group by 1, 2, 3, 4, 5
    having sum(value) <> 0 or sum(n) <> 0
    on conflict (measure, month_start, channel, source_system, currency)
        do update set value = m.value + excluded.value, row_count = m.row_count + excluded.row_count;
    return null;
end $$;

create function observation_rollup_on_delete_month() returns trigger language plpgsql as $$
begin
    insert into observation_rollup_month as m (measure, month_start, channel, source_system, currency, value, row_count)
    select measure, date_trunc('month', period_start)::date, channel, source_system, currency, -sum(value), -count(*)
    from old_rows where grain = 'DAY'
    group by 1, 2, 3, 4, 5
    on conflict (measure, month_start, channel, source_system, currency)
        do update set value = m.value + excluded.value, row_count = m.row_count + excluded.row_count;
    delete from observation_rollup_month m
    using (select distinct measure, date_trunc('month', period_start)::date as month_start, channel, source_system,
                           currency
           from old_rows where grain = 'DAY') as d
    where m.row_count = 0 and m.measure = d.measure and m.month_start = d.month_start and m.channel = d.channel
      and m.source_system = d.source_system and m.currency = d.currency;
    return null;
end $$;

create function observation_rollup_on_truncate_month() returns trigger language plpgsql as $$
begin
    truncate observation_rollup_month;
    return null;
end $$;

create trigger observation_rollup_insert_month after insert on observation_rollup
    referencing new table as new_rows for each statement execute function observation_rollup_on_insert_month();
create trigger observation_rollup_update_month after update on observation_rollup
    referencing old table as old_rows new table as new_rows
    for each statement execute function observation_rollup_on_update_month();
create trigger observation_rollup_delete_month after delete on observation_rollup
    referencing old table as old_rows for each statement execute function observation_rollup_on_delete_month();
create trigger observation_rollup_truncate_month after truncate on observation_rollup
    for each statement execute function observation_rollup_on_truncate_month();

insert into observation_rollup_month (measure, month_start, channel, source_system, currency, value, row_count)
select measure, date_trunc('month', period_start)::date, channel, source_system, currency, sum(value), count(*)
from observation_rollup
where grain = 'DAY'
group by 1, 2, 3, 4, 5;

-- Statistics now, so the first reads after the migration are planned on the table's size, not on an empty table's.
analyze observation_rollup_month;
