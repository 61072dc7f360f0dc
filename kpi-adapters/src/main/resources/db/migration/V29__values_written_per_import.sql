-- What a stored import did to the store, key by key (ADR 21): values of new keys added, stored values replaced by
-- another figure or currency, stored values given again unchanged. A re-delivery's report says how much of it was
-- there already. Null for batches recorded before, for rejected files and for imports still running.
alter table import_batch add column values_added bigint, add column values_replaced bigint,
    add column values_unchanged bigint;
alter table import_batch add constraint import_batch_written_check check (
    (values_added is null) = (values_replaced is null) and (values_added is null) = (values_unchanged is null)
    and coalesce(least(values_added, values_replaced, values_unchanged), 0) >= 0);
