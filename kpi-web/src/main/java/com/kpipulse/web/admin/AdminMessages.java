package com.kpipulse.web.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the admin setup pages. Russian here, English in {@code messages/adm_en.properties}. */
@MessageBundle(value = "adm", locale = "ru")
public interface AdminMessages {

    @Message("Каталог KPI")
    String catalog_title();

    @Message("Код")
    String code();

    @Message("Название")
    String name();

    @Message("Формула")
    String formula();

    @Message("Единица")
    String unit();

    @Message("Направление")
    String direction();

    @Message("свой")
    String custom();

    @Message("Новый показатель")
    String new_kpi();

    @Message("Код (латиница, цифры, _)")
    String code_hint();

    @Message("Название по-русски")
    String name_ru();

    @Message("Название по-английски")
    String name_en();

    @Message("Пояснение")
    String explanation();

    @Message("Например: (revenue - ad_spend) / leads. Проверяется сразу при вводе.")
    String formula_hint();

    @Message("Формула в порядке.")
    String formula_ok();

    @Message("позиция {position}")
    String at_position(int position);

    @Message("больше — лучше")
    String higher_better();

    @Message("меньше — лучше")
    String lower_better();

    @Message("Добавить показатель")
    String add_kpi();

    @Message("Показатель «{code}» добавлен.")
    String kpi_added(String code);

    @Message("Данные вручную")
    String values_title();

    @Message("Для показателей, которые не выгружает ни одна система: ответы NPS, опрос узнаваемости, объём рынка, дебиторка.")
    String values_hint();

    @Message("Показатель")
    String measure();

    @Message("Начало периода")
    String period_start();

    @Message("Период")
    String grain();

    @Message("день")
    String day();

    @Message("неделя")
    String week();

    @Message("месяц")
    String month();

    @Message("Канал (необязательно)")
    String channel();

    @Message("Значение")
    String value();

    @Message("Валюта (для денег)")
    String currency();

    @Message("Сохранить значение")
    String save_value();

    @Message("Сохранено: {measure} за {day}.")
    String value_saved(String measure, String day);

    @Message("Каналы")
    String channels_title();

    @Message("Одно правило в строке: «источник = канал». Источник — как его пишут системы (utm_source / utm_medium, источник Метрики); * в конце совпадает с остальным. Новые загрузки сразу используют новые правила.")
    String channels_hint();

    @Message("Правила")
    String rules();

    @Message("Сохранить правила")
    String save_rules();

    @Message("Правила сохранены.")
    String rules_saved();

    @Message("Скоркарды ролей")
    String scorecards_title();

    @Message("Коды KPI через запятую, в порядке показа (от 1 до 12).")
    String scorecards_hint();

    @Message("Сохранить")
    String save();

    @Message("Скоркарда «{role}» сохранена.")
    String scorecard_saved(String role);

    @Message("Изменить")
    String edit();

    @Message("Изменить показатель «{code}»")
    String edit_kpi(String code);

    @Message("Сохранить показатель")
    String save_kpi();

    @Message("Новый показатель вместо изменения")
    String new_instead();

    @Message("Показатель «{code}» сохранён.")
    String kpi_saved(String code);

    @Message("Показатель изменил другой пользователь — обновите страницу, чтобы увидеть изменения")
    String kpi_stale();

    @Message("Сопоставление каналов изменил другой пользователь — обновите страницу, чтобы увидеть изменения")
    String channels_stale();

    @Message("Скоркарду «{role}» изменил другой пользователь — обновите страницу, чтобы увидеть изменения")
    String scorecard_stale(String role);
}
