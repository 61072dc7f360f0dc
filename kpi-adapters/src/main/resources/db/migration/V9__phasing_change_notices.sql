-- Hand-typed weekly targets (V8) change what scorecards show: their changes send the notice of ADR 8 too.
create trigger goal_kpi_phasing_part_changed after insert or update or delete or truncate on goal_kpi_phasing_part
    for each statement execute function kpi_notify_data_changed();
