-- An import is recorded as RUNNING when it begins (in a transaction of its own) and held by its own transaction
-- (select … for update) until it ends as COMMITTED or REJECTED. A RUNNING batch nobody holds was left by a process
-- that died in the middle: it is marked INTERRUPTED (none of its values is stored, its transaction died with it).
alter table import_batch drop constraint import_batch_status_check;
alter table import_batch add constraint import_batch_status_check
    check (status in ('COMMITTED', 'REJECTED', 'RUNNING', 'INTERRUPTED'));
-- The sweep for abandoned batches runs before the history is read: it finds the few RUNNING ones without a scan.
create index import_batch_running on import_batch (imported_at) where status = 'RUNNING';
