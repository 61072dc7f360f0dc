-- The channel catalog becomes data admins edit: code, names in Russian and English, paid or organic, social or not,
-- and the order pages list the channels in. One record for the admins who edit it (replaced as a whole), so its
-- version lives in a single row beside the channels, as the channel mapping's does (V13).
create table channel (
    code     text    primary key check (code ~ '^[a-z][a-z0-9_]*$' and length(code) <= 64),
    name_ru  text    not null check (length(name_ru) between 1 and 300),
    name_en  text    not null check (length(name_en) between 1 and 300),
    paid     boolean not null,
    social   boolean not null,
    position integer not null
);

create table channel_catalog (
    id      boolean primary key default true check (id),
    version bigint  not null default 1 check (version >= 1)
);
insert into channel_catalog (id, version) values (true, 1);

-- The nine channels the product knew until now (domain.channel.ChannelCatalog.seed()).
insert into channel (code, name_ru, name_en, paid, social, position) values
    ('yandex_direct', 'Яндекс Директ', 'Yandex Direct', true, false, 1),
    ('vk_ads', 'VK Реклама', 'VK Ads', true, false, 2),
    ('google_ads', 'Google Ads', 'Google Ads', true, false, 3),
    ('seo', 'SEO', 'SEO', false, false, 4),
    ('smm_vk', 'ВКонтакте (SMM)', 'VK (SMM)', false, true, 5),
    ('telegram', 'Telegram', 'Telegram', false, true, 6),
    ('email', 'Email-рассылки', 'Email', false, false, 7),
    ('direct', 'Прямые заходы', 'Direct visits', false, false, 8),
    ('referral', 'Переходы с сайтов', 'Referrals', false, false, 9);

-- Channels an admin's mapping or stored values already name stay valid: they join the catalog under their code
-- (organic, not social; an admin names them properly on the catalog page).
insert into channel (code, name_ru, name_en, paid, social, position)
select code, code, code, false, false, 9 + row_number() over (order by code)
from (select channel as code from channel_rule
      union
      select channel from observation_series where channel <> '') named
where code ~ '^[a-z][a-z0-9_]*$' and length(code) <= 64 and code not in (select code from channel);

-- A mapping rule names a channel of the catalog; the catalog refuses to remove one a rule names (so does the use
-- case first, with the reason).
alter table channel_rule add constraint channel_rule_channel_in_catalog foreign key (channel) references channel (code);

-- Pages keep the catalog in memory until the data changes: a change of it is a change notice like the others (V7).
create trigger channel_changed after insert or update or delete or truncate on channel
    for each statement execute function kpi_notify_data_changed();
create trigger channel_catalog_changed after insert or update or delete or truncate on channel_catalog
    for each statement execute function kpi_notify_data_changed();
