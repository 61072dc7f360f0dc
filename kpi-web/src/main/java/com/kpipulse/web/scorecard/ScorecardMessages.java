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

    @Message("Соцсети (ничего не отмечено — все)")
    String social_channels_label();

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

    @Message("За период: факт и план за дни периода, которые покрывает цель, по {day} включительно — последний день, который закончился и за который пришли данные.")
    String rows_note(String day);

    @Message("неполный")
    String provisional_badge();

    @Message("Идёт сейчас: {period}, данные неполные")
    String running_link(String period);

    @Message("против тех же дней предыдущего периода")
    String trend_same_days();

    @Message("последний период неполный")
    String sparkline_provisional();

    @Message("Показатель")
    String col_kpi();

    @Message("Факт за период")
    String col_actual();

    @Message("План за период")
    String col_target();

    @Message("Выполнение за период")
    String col_attainment();

    @Message("Статус за период")
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

    @Message("на {from}–{to}")
    String target_window(String from, String to);

    @Message("на {from}–{to}, факт за эти дни {actual}")
    String target_window_actual(String from, String to, String actual);

    @Message("впереди")
    String upcoming();

    @Message("Цель ставит на этот период план {target}; оценивать его начнём с {from}.")
    String upcoming_reason(String target, String from);

    @Message("нет плана по каналам")
    String no_channel_plan();

    @Message("У цели «{goal}» нет плана по каналам: она задаёт уровень для всех каналов вместе, на каналы он не делится.")
    String no_channel_plan_level(String goal);

    @Message("У цели «{goal}» нет плана по каналам, а долю выбранных каналов не из чего взять: за {base} по ним нет данных.")
    String no_channel_plan_base(String goal, String base);

    @Message("План каналов — их доля в плане цели для всех каналов: {share}, как в базовом периоде цели ({base}).")
    String channel_share_baseline(String share, String base);

    @Message("План каналов — их доля в плане цели для всех каналов: {share}, как за {base} — столько же дней перед началом цели.")
    String channel_share_before(String share, String base);

    @Message("Цель: {title}")
    String goal_of_row(String title);

    @Message("из цели")
    String from_goal();

    @Message("«{measure}» учитываются только {grains}: в другие периоды их не сложить и на них не разделить, поэтому значение есть только {per}.")
    String per_period_only(String measure, String grains, String per);

    @Message("помесячно")
    String grains_month();

    @Message("по неделям")
    String grains_week();

    @Message("поквартально")
    String grains_quarter();

    @Message("по дням")
    String grains_day();

    @Message("по годам")
    String grains_year();

    @Message("за месяц")
    String per_month();

    @Message("за неделю")
    String per_week();

    @Message("за квартал")
    String per_quarter();

    @Message("лучше")
    String trend_better();

    @Message("хуже")
    String trend_worse();

    @Message("без изменений")
    String trend_same();

    @Message("Динамика «{kpi}»: {from} — {to}")
    String sparkline_label(String kpi, String from, String to);

    @Message("Цели")
    String goals_caption();

    @Message("С начала цели: факт со старта цели по {day} против того, что должно набраться к этому дню. Цели заданы для всех каналов вместе.")
    String goals_note(String day);

    @Message("Цель")
    String col_goal();

    @Message("Факт с начала цели")
    String col_actual_to_date();

    @Message("Должно быть с начала цели")
    String col_due();

    @Message("к {day}")
    String by_day(String day);

    @Message("План цели")
    String col_goal_target();

    @Message("Выполнение с начала цели")
    String col_attainment_since();

    @Message("Прогресс к плану цели")
    String col_progress();

    @Message("Статус с начала цели")
    String col_status_since();

    @Message("Видимых вам целей с планом на этот период нет.")
    String no_goals();

    @Message("Экономика каналов")
    String channels_caption();

    @Message("По соцсетям")
    String social_caption();

    @Message("Кнопка ⇅ у заголовка сортирует по столбцу (ещё раз — в обратном порядке); итог остаётся внизу.")
    String sort_hint();

    @Message("Сортировать по столбцу «@column»")
    String sort_by();

    @Message("Канал")
    String col_channel();

    @Message("Соцсеть")
    String col_network();

    @Message("Все каналы")
    String total_all();

    @Message("Выбранные каналы вместе")
    String total_chosen();

    @Message("Без данных за этот период: {channels}.")
    String without_data(String channels);

    @Message("Нет данных «{missing}» по этому каналу — показан «{standIn}»: {formula}.")
    String cell_stood_in(String missing, String standIn, String formula);

    @Message("* «{column}» канала — это «{standIn}» ({formula}): «{missing}» не ведутся по каналам.")
    String stood_in_footnote(String column, String standIn, String formula, String missing);

    @Message("Нет данных «{measure}» за этот период.")
    String cell_no_data(String measure);

    @Message("«{measure}» за этот период — 0, делить не на что.")
    String cell_zero(String measure);

    @Message("Воронки")
    String funnel_caption();

    @Message("Для воронок за этот период мало данных: нужны хотя бы два этапа подряд.")
    String no_funnel_data();

    @Message("Этап")
    String col_stage();

    @Message("Количество")
    String col_count();

    @Message("Конверсия из предыдущего этапа")
    String col_conversion();

    @Message("Обычно (среднее за прошлые периоды)")
    String col_usual();

    @Message("Против обычного")
    String col_change();

    @Message("по каналам, где есть оба этапа: {channels}")
    String step_scope(String channels);

    @Message("Этап «{stage}» без данных за период — конверсии через него нет.")
    String gap_before(String stage);

    @Message("Слабое звено: {from} → {to} — конверсия {rate} против обычных {usual} ({change}): этот шаг просел сильнее всех.")
    String weakest_stage(String from, String to, String rate, String usual, String change);

    @Message("Ни один шаг воронок не просел против своей истории.")
    String no_weakest();

    @Message("слабое звено")
    String weakest_mark();

    @Message("Не удалось обновить скоркарду. Попробуйте ещё раз; если повторится, сообщите администратору.")
    String load_failed();

    @Message("Загрузка…")
    String loading();

    @Message("Прогноз к сроку")
    String col_forecast();

    @Message("прогноз на странице цели")
    String forecast_link();
}
