-- Import history: who imported what, when, with which preset, and how it ended.
create table import_batch (
    id                uuid primary key,
    preset            text        not null,
    source_system     text        not null,
    file_name         text        not null,
    imported_by       text        not null,
    imported_at       timestamptz not null,
    status            text        not null check (status in ('COMMITTED', 'REJECTED')),
    row_count         bigint      not null,
    observation_count bigint      not null,
    period_from       date,
    period_to         date,
    more_problems     bigint      not null default 0
);
create index import_batch_latest on import_batch (imported_at desc);

-- The problems of a rejected import, in file order (at most 500 per batch; the rest are counted).
create table import_problem (
    batch_id    uuid   not null references import_batch (id) on delete cascade,
    position    int    not null,
    line        bigint not null,
    column_name text,
    message     text   not null,
    primary key (batch_id, position)
);

-- The raw bytes of every import, streamed into a large object, so values can be re-derived when a mapping changes.
create table import_raw (
    batch_id   uuid primary key references import_batch (id) on delete cascade,
    content    oid    not null,
    size_bytes bigint not null
);

-- Editable channel mapping: raw traffic source (UTM source / medium, Metrica source, platform) -> channel.
-- Metrica's "ad traffic" source covers every ad platform, so it is deliberately not mapped: import ad visits by
-- UTM source / medium instead, or add a rule if one platform is all you run.
create table channel_rule (
    id             bigint generated always as identity primary key,
    source_pattern text not null unique,
    channel        text not null check (channel ~ '^[a-z][a-z0-9_]*$')
);
insert into channel_rule (source_pattern, channel) values
    ('yandex / cpc', 'yandex_direct'), ('yandex.direct*', 'yandex_direct'), ('direct.yandex.ru*', 'yandex_direct'),
    ('яндекс.директ*', 'yandex_direct'),
    ('google / cpc', 'google_ads'), ('google ads*', 'google_ads'), ('paid search', 'google_ads'),
    ('vk / cpc', 'vk_ads'), ('vk ads*', 'vk_ads'), ('mytarget*', 'vk_ads'),
    ('yandex / organic', 'seo'), ('google / organic', 'seo'), ('organic search', 'seo'),
    ('search engine traffic', 'seo'), ('переходы из поисковых систем', 'seo'),
    ('vk.com / social', 'smm_vk'), ('vk / social', 'smm_vk'), ('vk.com*', 'smm_vk'),
    ('social network traffic', 'smm_vk'), ('переходы из социальных сетей', 'smm_vk'), ('organic social', 'smm_vk'),
    ('t.me*', 'telegram'), ('telegram*', 'telegram'), ('messenger traffic', 'telegram'),
    ('переходы из мессенджеров', 'telegram'),
    ('email*', 'email'), ('* / email', 'email'), ('newsletter*', 'email'), ('mailing traffic', 'email'),
    ('переходы из почтовых рассылок', 'email'),
    ('(direct) / (none)', 'direct'), ('(direct)', 'direct'), ('direct', 'direct'), ('direct traffic', 'direct'), ('прямые заходы', 'direct'),
    ('referral', 'referral'), ('link traffic', 'referral'), ('переходы по ссылкам на сайтах', 'referral');

-- When two systems deliver the same measure for the same period and channel, the lower number counts;
-- the others stay stored as a cross-check. Systems not listed come after the listed ones.
create table measure_source_priority (
    measure       text not null,
    source_system text not null,
    priority      int  not null,
    primary key (measure, source_system)
);
insert into measure_source_priority (measure, source_system, priority) values
    ('visits', 'yandex_metrica', 1), ('visits', 'ga4', 2),
    ('unique_visitors', 'yandex_metrica', 1), ('unique_visitors', 'ga4', 2),
    ('revenue', 'manual', 0), ('revenue', 'amocrm', 1), ('revenue', 'bitrix24', 1), ('revenue', 'hubspot', 1),
    ('revenue', 'yandex_metrica', 2), ('revenue', 'ga4', 3),
    ('orders', 'amocrm', 1), ('orders', 'bitrix24', 1), ('orders', 'hubspot', 1), ('orders', 'yandex_metrica', 2),
    ('orders', 'ga4', 3);

-- Who changed what, when, from what to what (goals, targets, mappings, manual values).
create table audit_entry (
    id           bigint generated always as identity primary key,
    at           timestamptz not null,
    actor        text        not null,
    subject_type text        not null,
    subject_id   text        not null,
    action       text        not null,
    before_value text,
    after_value  text
);
create index audit_entry_subject on audit_entry (subject_type, subject_id, at desc);
