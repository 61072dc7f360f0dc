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

-- Adds the sums of daily rollup rows (negative ones subtract) to their months; a month left with no day goes (only
-- days taken away can leave one).
create function observation_rollup_month_add(measures text[], months date[], channels text[], systems text[],
                                             currencies text[], sums numeric[], counts bigint[])
    returns void language plpgsql as $$
begin
    insert into observation_rollup_month as m (measure, month_start, channel, source_system, currency, value, row_count)
    select * from unnest(measures, months, channels, systems, currencies, sums, counts)
    on conflict (measure, month_start, channel, source_system, currency)
        do update set value = m.value + excluded.value, row_count = m.row_count + excluded.row_count;
    if exists (select 1 from unnest(counts) as c (n) where c.n < 0) then
        delete from observation_rollup_month m
        where m.row_count = 0
          and (m.measure, m.month_start, m.channel, m.source_system, m.currency)
              in (select * from unnest(measures, months, channels, systems, currencies));
    end if;
end $$;

create function observation_rollup_on_insert_month() returns trigger language plpgsql as $$
begin
    perform observation_rollup_month_add(array_agg(measure), array_agg(month_start), array_agg(channel),
                                         array_agg(source_system), array_agg(currency), array_agg(total), array_agg(n))
    from (select measure, date_trunc('month', period_start)::date as month_start, channel, source_system, currency,
                 sum(value) as total, count(*) as n
          from new_rows where grain = 'DAY'
          group by 1, 2, 3, 4, 5) as sums;
    return null;
end $$;

create function observation_rollup_on_update_month() returns trigger language plpgsql as $$
begin
    perform observation_rollup_month_add(array_agg(measure), array_agg(month_start), array_agg(channel),
                                         array_agg(source_system), array_agg(currency), array_agg(total), array_agg(n))
    from (select measure, date_trunc('month', period_start)::date as month_start, channel, source_system, currency,
                 sum(value) as total, sum(n) as n
          from (select measure, period_start, channel, source_system, currency, value, 1 as n
                from new_rows where grain = 'DAY'
                union all
                select measure, period_start, channel, source_system, currency, -value, -1
                from old_rows where grain = 'DAY') as d
          group by 1, 2, 3, 4, 5
          having sum(value) <> 0 or sum(n) <> 0) as delta;
    return null;
end $$;

create function observation_rollup_on_delete_month() returns trigger language plpgsql as $$
begin
    perform observation_rollup_month_add(array_agg(measure), array_agg(month_start), array_agg(channel),
                                         array_agg(source_system), array_agg(currency), array_agg(total), array_agg(n))
    from (select measure, date_trunc('month', period_start)::date as month_start, channel, source_system, currency,
                 -sum(value) as total, -count(*) as n
          from old_rows where grain = 'DAY'
          group by 1, 2, 3, 4, 5) as sums;
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
