package com.kpipulse.web.scorecard;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the scorecard pages: Russian here, English in {@code messages/sc_en.properties}. Templates: {@code sc:}. */
@MessageBundle(value = "sc", locale = "ru")
public interface ScorecardMessages {

    @Message("Скоркарда: {role}")
    String title(String role);

    @Message("Период")
    String grain_label();

    @Message("Неделя")
    String grain_week();

    @Message("Месяц")
    String grain_month();

    @Message("Квартал")
    String grain_quarter();

    @Message("Каналы (ничего не отмечено — все каналы)")
    String channels_label();

    @Message("Показать")
    String apply();

    @Message("Выбор периода")
    String period_nav();

    @Message("Предыдущий период")
    String previous();

    @Message("Следующий период")
    String next();

    @Message("с {from} по {to}")
    String period_range(String from, String to);

    @Message("Свежесть данных")
    String freshness_label();

    @Message("данные по {day}")
    String fresh_until(String day);

    @Message("Данных пока нет: загрузите выгрузки или подключите источники.")
    String no_data_yet();

    @Message("Показатели")
    String kpis_caption();

    @Message("Показатель")
    String col_kpi();

    @Message("Факт")
    String col_actual();

    @Message("План")
    String col_target();

    @Message("Выполнение")
    String col_attainment();

    @Message("Статус")
    String col_status();

    @Message("Динамика, 13 периодов")
    String col_sparkline();

    @Message("К прошлому периоду")
    String col_trend();

    @Message("Формула: {formula}")
    String formula(String formula);

    @Message("нет цели")
    String no_target();

    @Message("План задаётся целью; ни одна видимая вам цель не ставит план на этот период.")
    String no_target_reason();

    @Message("Планы целей заданы на все каналы, поэтому при фильтре по каналам статус не оценивается.")
    String targets_need_all_channels();

    @Message("Цель: {title}")
    String goal_of_row(String title);

    @Message("лучше")
    String trend_better();

    @Message("хуже")
    String trend_worse();

    @Message("без изменений")
    String trend_same();

    @Message("Динамика «{kpi}» с {from} по {to}")
    String sparkline_label(String kpi, String from, String to);

    @Message("Цели")
    String goals_caption();

    @Message("Цель")
    String col_goal();

    @Message("Факт с начала цели")
    String col_actual_to_date();

    @Message("Должно быть")
    String col_due();

    @Message("к {day}")
    String by_day(String day);

    @Message("План цели")
    String col_goal_target();

    @Message("Прогресс")
    String col_progress();

    @Message("Видимых вам целей с планом на этот период нет.")
    String no_goals();

    @Message("По каналам")
    String channels_caption();

    @Message("Канал")
    String col_channel();

    @Message("Воронка")
    String funnel_caption();

    @Message("Этап")
    String col_stage();

    @Message("Количество")
    String col_count();

    @Message("Конверсия из предыдущего этапа")
    String col_conversion();

    @Message("Слабое звено: {from} → {to} (конверсия {rate}) — здесь теряется больше всего людей.")
    String weakest_stage(String from, String to, String rate);

    @Message("слабое звено")
    String weakest_mark();

    @Message("Не удалось обновить скоркарду. Попробуйте ещё раз; если повторится, сообщите администратору.")
    String load_failed();

    @Message("Загрузка…")
    String loading();
}
