-- Observations of base measures: one value of one measure for one period and one set of dimensions,
-- as delivered by one source system. The natural key makes a re-delivery replace the old value.
create table observation (
    id            bigint generated always as identity primary key,
    measure       text          not null,
    period_start  date          not null,
    grain         text          not null check (grain in ('DAY', 'WEEK', 'MONTH')),
    channel       text          not null default '',
    campaign      text          not null default '',
    source        text          not null default '',
    source_system text          not null,
    value         numeric(24, 6) not null,
    currency      char(3),
    import_batch  uuid,
    recorded_at   timestamptz   not null default now(),
    constraint observation_natural_key
        unique (source_system, measure, grain, period_start, channel, campaign, source)
);

-- Reads go by measure and period (scorecards, KPI detail); the value rides along for index-only scans.
create index observation_measure_period on observation (measure, grain, period_start) include (value, channel);
