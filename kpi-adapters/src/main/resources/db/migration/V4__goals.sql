-- SMART goals and the KPIs (with targets) that measure them.
create table goal (
    id                     uuid primary key,
    title                  text not null,
    objective              text check (objective in ('SALES', 'TRAFFIC', 'BRAND_AWARENESS', 'CUSTOMER_RELATIONS')),
    owner                  text not null,
    start_date             date not null,
    deadline               date,
    baseline_start         date,
    baseline_end_exclusive date,
    visible_to             text not null default ''
);

create table goal_kpi (
    goal_id                       uuid not null references goal (id) on delete cascade,
    position                      int  not null,
    kpi                           text not null,
    target_kind                   text not null check (target_kind in ('NONE', 'ABSOLUTE', 'RELATIVE')),
    target_value                  numeric,
    target_baseline_start         date,
    target_baseline_end_exclusive date,
    target_change                 numeric,
    primary key (goal_id, position),
    check (target_kind <> 'ABSOLUTE' or target_value is not null),
    check (target_kind <> 'RELATIVE' or (target_change is not null and target_baseline_start is not null
                                         and target_baseline_end_exclusive is not null))
);
