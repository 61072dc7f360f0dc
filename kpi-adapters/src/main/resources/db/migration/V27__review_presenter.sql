-- Where a weekly review's presenter is (issue 15): the item shown, who moved there and when, and since when the
-- meeting is in that item's section. Kept with the review rather than in a replica's memory, so every replica shows
-- followers the same item; every move is announced on channel "kpi_review_moved" (payload: the review's id and the
-- item's number), which PostgreSQL delivers to every listening replica when the moving transaction commits (ADR 20).
create table weekly_review_position (
    review_id     uuid        primary key references weekly_review (id) on delete cascade,
    item          int         not null check (item > 0),
    moved_by      text        not null,
    moved_at      timestamptz not null,
    section_since timestamptz not null
);

create function weekly_review_moved() returns trigger language plpgsql as $$
begin
    perform pg_notify('kpi_review_moved', new.review_id::text || ' ' || new.item);
    return null;
end;
$$;

create trigger weekly_review_position_moved after insert or update on weekly_review_position
    for each row execute function weekly_review_moved();
