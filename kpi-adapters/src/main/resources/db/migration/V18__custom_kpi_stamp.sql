-- A stamp of the custom KPIs as a whole, moved by every statement that changes them (hand-written SQL included).
-- Each replica keeps the catalog it validated in memory and reads only this stamp to know whether the catalog still
-- holds. Stamps come from a sequence, so the stamp of a change that rolled back is never the stamp of another.
create sequence custom_kpi_stamp_seq;

create table custom_kpi_stamp (
    id    boolean primary key default true check (id),
    stamp bigint  not null
);
insert into custom_kpi_stamp (id, stamp) values (true, nextval('custom_kpi_stamp_seq'));

create function custom_kpi_restamp() returns trigger language plpgsql as $$
begin
    update custom_kpi_stamp set stamp = nextval('custom_kpi_stamp_seq');
    return null;
end;
$$;

create trigger custom_kpi_restamped after insert or update or delete or truncate on custom_kpi
    for each statement execute function custom_kpi_restamp();
