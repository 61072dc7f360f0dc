-- Observations of base measures: one value of one measure for one period and one set of dimensions,
-- as delivered by one source system. The natural key makes a re-delivery replace the old value.
-- Codes, channels, campaigns and sources are identifiers, not prose: they compare byte by byte (collation "C"),
-- so the natural-key index never pays for linguistic comparison (ru_RU/en_US collations are much slower).
create table observation (
    source_system text collate "C" not null,
    measure       text collate "C" not null,
    grain         text collate "C" not null check (grain in ('DAY', 'WEEK', 'MONTH')),
    period_start  date          not null,
    channel       text collate "C" not null default '',
    campaign      text collate "C" not null default '',
    source        text collate "C" not null default '',
    value         numeric(24, 6) not null,
    currency      char(3),
    import_batch  uuid,
    recorded_at   timestamptz   not null default now(),
    constraint observation_natural_key
        primary key (source_system, measure, grain, period_start, channel, campaign, source)
);

-- Reads go by measure and period (scorecards, KPI detail); the value rides along for index-only scans.
create index observation_measure_period on observation (measure, grain, period_start) include (value, channel);
