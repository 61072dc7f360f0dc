-- Proposals (issue 14): what a cycle proposes about its deviations, one row each. The title and the reasoning are
-- messages as kind and arguments (JSON, each with its English text for readers of the table, as cycle_figure's
-- evidence in V22), the reallocation the budget planner's channels and moves as JSON. A cycle run again deletes its
-- period's OPEN rows and inserts its own; accepted and rejected rows stay. No foreign key to cycle_snapshot (a run
-- replaces its snapshot's rows) nor to corrective_action (the action is made in the same transaction, through its
-- own store). version: 1 when made, 2 once decided.
create table proposal (
    id               uuid        primary key,
    period_code      text        not null,
    period_start     date        not null,
    period_end       date        not null check (period_end > period_start),
    position         integer     not null,
    kind             text        not null check (kind in ('CAMPAIGNS', 'DATA_FIX', 'REALLOCATION')),
    kpi              text        not null,
    channel          text,
    cause            text        not null check (cause in ('DATA', 'SEASON', 'BUDGET', 'STRATEGY', 'CHANNEL', 'NONE', 'UNEXPLAINED')),
    title            text        not null,
    reasoning        text        not null,
    effect_kpi       text,
    effect_direction text check (effect_direction in ('UP', 'DOWN')),
    effect_size      numeric,
    effect_low       numeric,
    effect_high      numeric,
    reallocation     text,
    status           text        not null check (status in ('OPEN', 'ACCEPTED', 'REJECTED')),
    action_id        uuid,
    rejected_reason  text,
    rejected_by      text,
    rejected_at      timestamptz,
    made_at          timestamptz not null,
    version          bigint      not null default 1,
    constraint proposal_effect_whole check ((effect_kpi is null) = (effect_direction is null)
        and (effect_kpi is null) = (effect_size is null) and (effect_kpi is null) = (effect_low is null)
        and (effect_kpi is null) = (effect_high is null)),
    constraint proposal_reallocation_kept check ((kind = 'REALLOCATION') = (reallocation is not null)),
    constraint proposal_accepted_with_action check ((status = 'ACCEPTED') = (action_id is not null)),
    constraint proposal_rejected_with_reason check ((status = 'REJECTED') = (rejected_reason is not null)
        and (rejected_reason is null) = (rejected_by is null) and (rejected_reason is null) = (rejected_at is null))
);

create index proposal_of_period on proposal (period_code, position);
create index proposal_rejected on proposal (period_start) where status = 'REJECTED';
