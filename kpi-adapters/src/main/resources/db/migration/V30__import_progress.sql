-- How far the check of an upload has come, for its importer's progress bar (application.importing.ImportProgress).
-- Written in transactions of their own while the import's transaction runs, read by whichever replica serves the
-- page; not worth a WAL record or a backup: unlogged, and rows older than a day are dropped as new ones come.
create unlogged table import_progress (
    upload_id    uuid        not null,
    person       text        not null,
    rows_checked bigint      not null check (rows_checked >= 0),
    updated_at   timestamptz not null default now(),
    primary key (upload_id, person)
);
