-- Raw files are kept gzip-compressed from now on (about a sixth of the size for CSV exports, and less to write while
-- an import holds its transaction). Files kept before stay as they were; the column says which is which.
alter table import_raw add column encoding text not null default 'identity' check (encoding in ('identity', 'gzip'));
