-- ADR 6, written once: when several source systems deliver a measure for the same period and channel, only the one
-- with the best priority counts (measure_source_priority; a system without a priority comes after those with one,
-- ties by name, so the choice is stable). This view holds the rollup rows of that system; the others stay stored as
-- a cross-check. The KPI readers take it as it is (values per channel) or keep the values of the same measure, period,
-- channel and system (values per campaign), so the campaigns of a channel add up to the channel's figure.
-- Conditions on measure, grain, period and channel reach into the ranking, which is partitioned by them: a reader
-- ranks only the rows it asks for.
create view rollup_that_counts as
select measure, grain, period_start, channel, source_system, currency, value
from (select r.measure, r.grain, r.period_start, r.channel, r.source_system, r.currency, r.value,
             dense_rank() over (partition by r.measure, r.grain, r.period_start, r.channel
                                order by coalesce(p.priority, 1000), r.source_system) as rank
      from observation_rollup r
      left join measure_source_priority p on p.measure = r.measure and p.source_system = r.source_system) ranked
where rank = 1;
