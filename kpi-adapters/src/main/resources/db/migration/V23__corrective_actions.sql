-- Corrective actions (seed 001, the cycle's third step: correct). One row per action with what was decided, its
-- status and its version (1 when created, one more with every change, comments included); its comments in order.
-- Channels are catalog codes joined by commas (codes are lower_snake_case). An action keeps its goal's id even after
-- the goal is removed, so there is no foreign key to goal.
create table corrective_action (
    id               uuid        primary key,
    title            text        not null,
    goal_id          uuid,
    kpi              text,
    channels         text        not null default '',
    owner            text        not null,
    due_date         date        not null,
    hypothesis       text        not null default '',
    effect_kpi       text,
    effect_direction text,
    effect_size      numeric,
    status           text        not null,
    drop_reason      text,
    created_by       text        not null,
    created_at       timestamptz not null,
    version          bigint      not null default 1,
    constraint corrective_action_for_goal_or_kpi check (goal_id is not null or kpi is not null),
    constraint corrective_action_status check (status in ('PROPOSED', 'ACCEPTED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    constraint corrective_action_dropped_with_reason check ((status = 'DROPPED') = (drop_reason is not null)),
    constraint corrective_action_effect_whole check ((effect_kpi is null) = (effect_direction is null)
        and (effect_kpi is null) = (effect_size is null))
);

create index corrective_action_owner on corrective_action (lower(owner));
create index corrective_action_goal on corrective_action (goal_id);
create index corrective_action_due on corrective_action (due_date, created_at);

create table corrective_action_comment (
    action_id  uuid        not null references corrective_action (id) on delete cascade,
    position   int         not null,
    author     text        not null,
    written_at timestamptz not null,
    text       text        not null,
    primary key (action_id, position)
);
