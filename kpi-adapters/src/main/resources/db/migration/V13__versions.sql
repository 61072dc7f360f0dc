-- Versions for the records admins edit: a writer may name the version it read, and the adapters check it in the
-- statement that writes, so of two admins who read the same version only one replaces it. A record starts at
-- version 1 and grows by one with every change; rows stored before this migration start at 1.

alter table goal add column version bigint not null default 1 check (version >= 1);
alter table custom_kpi add column version bigint not null default 1 check (version >= 1);

-- The channel mapping is one record for the admins who edit it (replaced as a whole), so its version lives in a
-- single row beside the rules. Locking that row also makes replacements of the mapping wait for each other.
create table channel_mapping (
    id      boolean primary key default true check (id),
    version bigint  not null default 1 check (version >= 1)
);
insert into channel_mapping (id, version) values (true, 1);

-- A role's scorecard composition is its rows in scorecard_layout; its version is one row per role that has been
-- recomposed at least once (no row: the role shows its default composition, version 0).
create table scorecard_layout_version (
    role    text   primary key check (role in ('admin', 'marketing-head', 'marketer', 'smm-specialist', 'viewer')),
    version bigint not null check (version >= 1)
);
insert into scorecard_layout_version (role, version) select distinct role, 1 from scorecard_layout;
