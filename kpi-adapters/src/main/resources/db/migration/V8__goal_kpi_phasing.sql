-- How each goal KPI's target is spread over the goal's weeks: evenly (what every goal stored before had), by the
-- shape of the same weeks last year, or by hand with one figure per week of the goal.
alter table goal_kpi
    add column phasing text not null default 'EVEN' check (phasing in ('EVEN', 'SEASONAL', 'MANUAL'));

-- The weekly figures of a goal KPI phased by hand: a part of the total, or a rate's level in that week. A week is
-- named by its first day within the goal (the goal's start for a clipped first week, a Monday otherwise).
create table goal_kpi_phasing_part (
    goal_id    uuid    not null,
    position   int     not null,
    week_start date    not null,
    value      numeric not null,
    primary key (goal_id, position, week_start),
    foreign key (goal_id, position) references goal_kpi (goal_id, position) on delete cascade
);
