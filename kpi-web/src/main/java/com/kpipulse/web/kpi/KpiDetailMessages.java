package com.kpipulse.web.kpi;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the KPI detail page. Russian here, English in {@code messages/kd_en.properties}. */
@MessageBundle(value = "kd", locale = "ru")
public interface KpiDetailMessages {

    @Message("Формула")
    String formula();

    @Message("Значение за {period}")
    String value_for(String period);

    @Message("Динамика")
    String history();

    @Message("Полые точки и пунктир — неполные периоды: их дни ещё не все закончились или не все пришли из источников. Это «пока», а не спад.")
    String chart_provisional();

    @Message("«Сейчас» — за дни, которые покрывают данные; «период раньше» — те же дни предыдущего периода.")
    String before_same_days();

    @Message("Факт и план по периодам")
    String chart_title();

    @Message("Факт")
    String legend_actual();

    @Message("План")
    String legend_target();

    @Message("{kpi}: факт и план по периодам")
    String chart_label(String kpi);

    @Message("сплошная линия с точками")
    String look_solid();

    @Message("штриховая линия")
    String look_dashed();

    @Message("пунктирная линия")
    String look_dotted();

    @Message("Темп к цели «{goal}»")
    String pacing_title(String goal);

    @Message("Факт нарастающим итогом с начала цели")
    String legend_since_start_total();

    @Message("Факт с начала цели")
    String legend_since_start_rate();

    @Message("Сколько должно быть к концу периода")
    String legend_due_total();

    @Message("Уровень, заданный целью")
    String legend_due_rate();

    @Message("План цели — {target} с {start} по {deadline}, распределён {spread}; пунктир — сколько должно набраться к концу каждого периода.")
    String pacing_note_total(String target, String start, String deadline, String spread);

    @Message("по дням поровну")
    String spread_even();

    @Message("по форме тех же недель прошлого года")
    String spread_seasonal();

    @Message("по неделям, как их задали вручную")
    String spread_manual();

    @Message("Цель — держать {target} с {start} по {deadline}; сплошная линия — значение за всё время с начала цели к концу каждого периода.")
    String pacing_note_rate(String target, String start, String deadline);

    @Message("С начала цели по {day}: факт {actual}, должно быть {due}, выполнение {attainment}.")
    String pacing_now(String day, String actual, String due, String attainment);

    @Message("Прогноз к сроку")
    String legend_forecast();

    @Message("штриховая линия — ожидаемый итог, заливка — интервал, в который итог попадёт с вероятностью 80\u00A0%")
    String look_forecast();

    @Message("Прогноз к {deadline}: ожидается {expected}, с вероятностью 80\u00A0% — от {low} до {high}")
    String pacing_forecast_band(String deadline, String expected, String low, String high);

    @Message("Прогноз: {summary}. Ожидаемый итог — {expected}, с вероятностью 80\u00A0% — от {low} до {high}.")
    String pacing_forecast(String summary, String expected, String low, String high);

    @Message("План и факт за {period}")
    String judgement_title(String period);

    @Message("Факт {actual} при плане {target} на {from}–{to}: выполнение {attainment}. Цель «{goal}».")
    String judgement_judged(String actual, String target, String from, String to, String attainment, String goal);

    @Message("Цель «{goal}» ставит на этот период план {target}; оценивать его начнём с {from}.")
    String judgement_upcoming(String goal, String target, String from);

    @Message("Ни одна видимая вам цель не ставит план на этот период.")
    String judgement_none();

    @Message("{reason} — оценивать нечего. Цель «{goal}».")
    String judgement_not_covered(String reason, String goal);

    @Message("Так же этот период оценивают скоркарды: за дни, которые покрывает цель, по последний день, который закончился и за который пришли данные.")
    String judgement_note();

    @Message("{kpi} по кампаниям не посчитать: «{measures}» канала {channel} ведутся без разбивки по кампаниям.")
    String campaigns_not_per_campaign(String kpi, String measures, String channel);

    @Message("По каналам")
    String by_channel();

    @Message("Канал")
    String channel();

    @Message("Сейчас")
    String now();

    @Message("Период раньше")
    String before();

    @Message("Кампании")
    String campaigns();

    @Message("по кампаниям")
    String show_campaigns();

    @Message("Кампании канала {channel}")
    String campaigns_of(String channel);

    @Message("Показать кампании канала {channel}")
    String campaigns_label(String channel);

    @Message("Кампания")
    String campaign();

    @Message("без кампании")
    String no_campaign();

    @Message("Из чего складывается")
    String measures();

    @Message("Показатель")
    String measure();

    @Message("Значение")
    String value();

    @Message("Заметки")
    String notes();

    @Message("Заметок пока нет: добавьте контекст — акция, сбой счётчика, смена бюджета.")
    String no_notes();

    @Message("День")
    String day();

    @Message("Текст заметки")
    String note_text();

    @Message("Добавить заметку")
    String add_note();

    @Message("Почему")
    String why_title();

    @Message("Почему показатель «{kpi}» отклонился от плана за {period}")
    String why_heading_plan(String kpi, String period);

    @Message("Почему показатель «{kpi}» изменился по сравнению с предыдущим периодом за {period}")
    String why_heading_previous(String kpi, String period);

    @Message("Почему показатель «{kpi}» изменился по сравнению с тем же периодом прошлого года за {period}")
    String why_heading_last_year(String kpi, String period);

    @Message("Почему?")
    String why_open();

    @Message("Сравнить")
    String why_compare();

    @Message("с предыдущим периодом")
    String why_previous();

    @Message("с планом")
    String why_plan();

    @Message("с прошлым годом")
    String why_last_year();

    @Message("Причина")
    String why_cause();

    @Message("данные неполные или с аномалиями")
    String why_cause_data();

    @Message("сезон")
    String why_cause_season();

    @Message("бюджет")
    String why_cause_budget();

    @Message("эффективность упала или выросла широко (стратегия)")
    String why_cause_strategy();

    @Message("канал")
    String why_cause_channel();

    @Message("в пределах обычных колебаний")
    String why_cause_none();

    @Message("не объяснено")
    String why_cause_unexplained();

    @Message("Из чего сложилось отклонение")
    String why_drivers();

    @Message("{kpi}: вклад слагаемых в отклонение")
    String why_chart_label(String kpi);

    @Message("Водопад: слева значение для сравнения ({reference}), затем вклад каждого слагаемого, справа факт ({actual}).")
    String why_chart_desc(String reference, String actual);

    @Message("Сравнение")
    String why_reference_bar();

    @Message("Факт")
    String why_actual_bar();

    @Message("Слагаемое")
    String why_driver();

    @Message("Было")
    String why_before();

    @Message("Стало")
    String why_now();

    @Message("Вклад")
    String why_contribution();

    @Message("Вклад каналов")
    String why_channels();

    @Message("Свой показатель канала")
    String why_rate_effect();

    @Message("Доля канала")
    String why_mix_effect();

    @Message("Объясняют отклонение")
    String why_explained_by();

    @Message("Период ещё не закрыт или источники прислали не все дни: учтено {days} из {total} дней, выводы предварительные.")
    String why_provisional(long days, long total);

    @Message("Отклонение: {change} (было {before}, стало {now})")
    String why_deviation(String change, String before, String now);

    @Message("Учтены дни {days} — по сравнению с теми же днями {reference}: {referenceDays}.")
    String why_same_days(String days, String reference, String referenceDays);

    @Message("прошлой недели")
    String why_same_days_of_week();

    @Message("прошлого месяца")
    String why_same_days_of_month();

    @Message("прошлого квартала")
    String why_same_days_of_quarter();

    @Message("того же периода прошлого года")
    String why_same_days_of_last_year();

    @Message("Последний законченный период: {period}")
    String why_last_over(String period);

    @Message("Идёт сейчас, предварительно: {period}")
    String why_running(String period);

    @Message("«{sent}» — не период: ожидается неделя 2026-W05, месяц 2026-01 или квартал 2026-Q1")
    String why_not_a_period(String sent);

    @Message("«{sent}» — не с чем сравнить: ожидается PLAN, PREVIOUS или LAST_YEAR")
    String why_not_a_reference(String sent);

    @Message("Откуда данные")
    String sources();

    @Message("Система")
    String system();

    @Message("Файл или загрузка")
    String file();

    @Message("Кто")
    String who();

    @Message("Когда")
    String when();

    @Message("Значений")
    String count();

    @Message("введено вручную")
    String typed_in();

    @Message("Неделя")
    String week();

    @Message("Месяц")
    String month();

    @Message("Квартал")
    String quarter();

    @Message("Раньше")
    String previous();

    @Message("Позже")
    String next();

    @Message("Данных за этот период нет.")
    String no_data();
}
