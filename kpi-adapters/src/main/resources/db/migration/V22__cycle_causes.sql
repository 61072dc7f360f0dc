-- The cycle analyses its deviations (issue 13): each off-track or at-risk figure keeps the cause the analysis named
-- when the cycle ran. Codes and ids are comma-separated lists; the evidence is a JSON array of messages as kind and
-- arguments (rendered in the reader's language when read), each with its English sentence for readers of the table.
alter table cycle_figure add column cause         text check (cause in ('DATA', 'SEASON', 'BUDGET', 'STRATEGY', 'CHANNEL', 'NONE', 'UNEXPLAINED'));
alter table cycle_figure add column cause_against text check (cause_against in ('PLAN', 'PREVIOUS', 'LAST_YEAR'));
alter table cycle_figure add column causes_also   text;
alter table cycle_figure add column explained_by  text;
alter table cycle_figure add column cause_driver  text;
alter table cycle_figure add column evidence      text;
alter table cycle_figure add column anomalies     text;
alter table cycle_figure add constraint cycle_figure_cause_whole
    check ((cause is null) = (cause_against is null));
