-- KPIs admins define with the formula language; checked against the catalog before they are stored.
create table custom_kpi (
    code           text primary key check (code ~ '^[a-z][a-z0-9_]*$'),
    name_ru        text        not null,
    name_en        text        not null,
    formula        text        not null,
    unit           text        not null,
    direction      text        not null,
    level          text        not null,
    kpi_group      text        not null,
    explanation_ru text        not null default '',
    explanation_en text        not null default '',
    defined_at     timestamptz not null default now()
);

-- Context on values (seed 002: numbers need context): who wrote what about a KPI on a day.
create table annotation (
    id         uuid primary key,
    kpi        text        not null,
    day        date        not null,
    channel    text        not null default '',
    author     text        not null,
    written_at timestamptz not null,
    body       text        not null check (length(body) between 1 and 2000)
);
create index annotation_kpi_day on annotation (kpi, day);

-- Which KPIs each role's scorecard shows, in order, when an admin changed the default.
create table scorecard_layout (
    role     text not null check (role in ('admin', 'marketing-head', 'marketer', 'smm-specialist', 'viewer')),
    position int  not null,
    kpi      text not null,
    primary key (role, position)
);
