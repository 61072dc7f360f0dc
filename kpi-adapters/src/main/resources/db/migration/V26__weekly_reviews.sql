-- The weekly review (issue 15): one row per review with its week, status, who started and closed it, and its version
-- (1 when started, one more with every change of its agenda, decisions, attendance or status); its agenda items in
-- order, who attended and each participant's rating. One open review per week (a partial unique index). Notes on
-- items, the frozen minutes and the addenda are appended rows that are never changed (ADR 16): a trigger refuses an
-- update of them, and a statement adds a note only to an open review and an addendum only to a closed one.
create table weekly_review (
    id          uuid        primary key,
    week_code   text        not null,
    week_start  date        not null,
    status      text        not null check (status in ('OPEN', 'CLOSED')),
    started_by  text        not null,
    started_at  timestamptz not null,
    closed_by   text,
    closed_at   timestamptz,
    version     bigint      not null default 1,
    constraint weekly_review_closed_whole check ((status = 'CLOSED') = (closed_by is not null)
        and (status = 'CLOSED') = (closed_at is not null))
);

create unique index weekly_review_one_open_per_week on weekly_review (week_code) where status = 'OPEN';
create index weekly_review_latest on weekly_review (week_start desc, started_at desc);

-- An item's subject: its kind and what it names (an action's or a goal's id, a KPI's code with its channel, a source,
-- an anomaly's id, a free item's title); the actions decided on it are their ids joined by commas.
create table weekly_review_item (
    review_id        uuid    not null references weekly_review (id) on delete cascade,
    position         int     not null,
    number           int     not null check (number > 0),
    section          int     not null check (section between 1 and 6),
    subject_kind     text    not null check (subject_kind in ('ACTION', 'GOAL', 'KPI', 'DATA_PROBLEM', 'ANOMALY',
                                                              'TO_DECIDE', 'CONCLUSION', 'FREE')),
    subject          text,
    channel          text,
    cause            text,
    three_in_a_row   boolean not null default false,
    minutes          int     not null check (minutes between 1 and 120),
    dropped          boolean not null default false,
    decision         text    not null default '',
    decision_version bigint  not null default 0,
    actions          text    not null default '',
    primary key (review_id, position),
    unique (review_id, number)
);

create table weekly_review_attendance (
    review_id uuid not null references weekly_review (id) on delete cascade,
    position  int  not null,
    login     text not null,
    primary key (review_id, position),
    unique (review_id, login)
);

create table weekly_review_rating (
    review_id uuid not null references weekly_review (id) on delete cascade,
    login     text not null,
    rating    int  not null check (rating between 1 and 10),
    primary key (review_id, login)
);

create table weekly_review_note (
    id         bigserial   primary key,
    review_id  uuid        not null references weekly_review (id) on delete cascade,
    item       int         not null,
    author     text        not null,
    written_at timestamptz not null,
    text       text        not null
);

create index weekly_review_note_of on weekly_review_note (review_id, id);

create table weekly_review_minutes (
    review_id   uuid        primary key references weekly_review (id) on delete cascade,
    frozen_at   timestamptz not null,
    markdown_ru text        not null,
    markdown_en text        not null
);

create table weekly_review_addendum (
    id         bigserial   primary key,
    review_id  uuid        not null references weekly_review (id) on delete cascade,
    author     text        not null,
    written_at timestamptz not null,
    text       text        not null
);

create index weekly_review_addendum_of on weekly_review_addendum (review_id, id);

create function weekly_review_appended_only() returns trigger language plpgsql as $$
begin
    raise exception '% rows are appended and never changed', tg_table_name;
end;
$$;

create trigger weekly_review_note_unchanged before update on weekly_review_note
    for each row execute function weekly_review_appended_only();
create trigger weekly_review_minutes_unchanged before update on weekly_review_minutes
    for each row execute function weekly_review_appended_only();
create trigger weekly_review_addendum_unchanged before update on weekly_review_addendum
    for each row execute function weekly_review_appended_only();
