-- Who wrote each load of values: the importing user for a file, the person for values typed in (until now a typed-in
-- value had no "who" at all: it has no import batch). The view shows it as a last column.
alter table observation_load add column recorded_by text;

create or replace view observation as
select s.source_system, s.measure, s.grain, v.period_start, s.channel, s.campaign, s.source, v.value, v.currency,
       l.import_batch, l.recorded_at, v.series_id, v.ctid as value_row, l.recorded_by
from observation_value v
join observation_series s on s.id = v.series_id
left join observation_load l on l.id = v.load_id;
