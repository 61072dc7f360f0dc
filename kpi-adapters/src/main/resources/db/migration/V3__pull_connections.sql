-- Connections to reporting APIs (Yandex Metrica, Yandex Direct) pulled on a schedule.
-- token_ref never holds a token in clear: 'env:NAME' names a variable or config key, 'aes:...' is the token
-- encrypted with AES-GCM under kpi.secrets.key.
create table pull_connection (
    id                uuid primary key,
    name              text    not null unique,
    kind              text    not null check (kind in ('METRICA', 'DIRECT')),
    account           text    not null,
    token_ref         text    not null check (token_ref like 'env:%' or token_ref like 'aes:%'),
    currency          char(3) not null,
    window_days       int     not null default 30 check (window_days between 1 and 365),
    enabled           boolean not null default true,
    base_url          text,
    last_sync_at      timestamptz,
    last_sync_status  text check (last_sync_status in ('IMPORTED', 'NO_DATA', 'REJECTED', 'FAILED')),
    last_sync_message text,
    last_import_batch uuid references import_batch (id) on delete set null
);
