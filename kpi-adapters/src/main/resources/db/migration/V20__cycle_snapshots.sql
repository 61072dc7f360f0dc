-- The monitoring cycle (issue 13): one snapshot per week or month, kept as it was until a new run for the same period
-- replaces it as a whole (delete and insert in one transaction, under a transaction advisory lock per period, so
-- concurrent runs follow each other). Figures per KPI, in total (channel null) and per channel; completeness per source.
create table cycle_snapshot (
    period_code                  text primary key,
    grain                        text        not null check (grain in ('WEEK', 'MONTH')),
    period_start                 date        not null,
    period_end                   date        not null check (period_end > period_start),
    provisional                  boolean     not null,
    last_whole_day               date        not null,
    ran_at                       timestamptz not null,
    ran_by                       text        not null,
    off_track                    integer     not null,
    at_risk                      integer     not null,
    off_track_three_in_a_row     integer     not null
);

create index cycle_snapshot_by_start on cycle_snapshot (period_start);

create table cycle_figure (
    period_code                  text    not null references cycle_snapshot on delete cascade,
    position                     integer not null,
    kpi                          text    not null,
    channel                      text,
    unit                         text    not null,
    direction                    text    not null,
    currency                     char(3),
    actual                       numeric,
    judgement                    text    not null check (judgement in ('JUDGED', 'UPCOMING', 'NO_CHANNEL_PLAN', 'NO_GOAL')),
    target                       numeric,
    attainment                   numeric,
    status                       text check (status in ('ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA')),
    goal_id                      text,
    previous                     numeric,
    last_year                    numeric,
    impact_kind                  text    not null check (impact_kind in ('MONEY', 'SHARE', 'NONE')),
    impact                       numeric,
    off_track_three_in_a_row     boolean not null,
    primary key (period_code, position)
);

create table cycle_source (
    period_code                  text    not null references cycle_snapshot on delete cascade,
    source_system                text    not null,
    last_day                     date    not null,
    covered_days                 integer not null,
    due_days                     integer not null,
    primary key (period_code, source_system)
);
