-- An action's effect window (issue 14, follow-up): how many days after its due date its effect is watched before it is
-- measured, 7 to 90, two weeks unless the person chose otherwise; the actions stored before keep two weeks.
alter table corrective_action
    add column effect_window_days int not null default 14,
    add constraint corrective_action_effect_window check (effect_window_days between 7 and 90);
