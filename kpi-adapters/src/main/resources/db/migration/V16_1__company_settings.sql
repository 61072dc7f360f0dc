-- The company's settings: the currency of money no file names (GA4 and amoCRM exports carry none) and the time zone
-- of its clock (which day "today" is). One row from the start, versioned like the other records admins edit.
create table company_settings (
    id        boolean primary key default true check (id),
    currency  char(3) not null check (currency ~ '^[A-Z]{3}$'),
    time_zone text    not null check (length(time_zone) between 1 and 64),
    version   bigint  not null default 1 check (version >= 1)
);
insert into company_settings (id, currency, time_zone, version) values (true, 'RUB', 'Europe/Moscow', 1);

-- Kept in memory by every replica (the clock asks for the zone often): a change is a change notice like the others.
create trigger company_settings_changed after insert or update or delete or truncate on company_settings
    for each statement execute function kpi_notify_data_changed();
