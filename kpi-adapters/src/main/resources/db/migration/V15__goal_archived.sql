-- A goal an admin stopped pursuing is archived, not deleted: it stays listed and readable, but sets no targets.
alter table goal add column archived boolean not null default false;
