-- Import problems as data: the kind of each problem (its key in the texts bundle) and its arguments (JSON), so a
-- stored report reads in the language of whoever opens it. `message` keeps the English sentence for readers of the
-- table; problems stored before have no kind and are shown as they were written.
alter table import_problem add column kind text;
alter table import_problem add column args text;
