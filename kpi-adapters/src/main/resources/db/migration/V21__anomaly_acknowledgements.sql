-- Anomalies in incoming data somebody acknowledged (issue 13): one row per anomaly, keyed by its stable id
-- (measure.source.channel.day.kind); the day again for reading a span.
create table anomaly_acknowledgement (
    anomaly_id      text        primary key,
    day             date        not null,
    acknowledged_by text        not null,
    acknowledged_at timestamptz not null,
    note            text        not null default ''
);

create index anomaly_acknowledgement_day on anomaly_acknowledgement (day);
