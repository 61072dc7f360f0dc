package com.kpipulse.web.cycle;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the monitoring cycle pages and of the cycle API's refusals. Russian here, English in {@code messages/cy_en.properties}. */
@MessageBundle(value = "cy", locale = "ru")
public interface CycleMessages {

    @Message("Циклы мониторинга")
    String list_title();

    @Message("Цикл: {period}")
    String cycle_title(String period);

    @Message("Цикл проверяет все KPI целей и карт ролей за неделю или месяц: факт, план, статус и изменения, в целом и по каналам. По расписанию он запускается по понедельникам в 06:00.")
    String intro();

    @Message("Циклов пока нет.")
    String none();

    @Message("Период")
    String col_period();

    @Message("Запущен")
    String col_ran();

    @Message("Кем")
    String col_by();

    @Message("Отстают")
    String col_off_track();

    @Message("Под угрозой")
    String col_at_risk();

    @Message("3 цикла подряд")
    String col_streak();

    @Message("предварительный")
    String provisional();

    @Message("Период ещё не закончился: цифры учитывают дни по {day} включительно и могут измениться.")
    String provisional_note(String day);

    @Message("Запустить")
    String run();

    @Message("Запустить заново")
    String run_again();

    @Message("Неделя (2026-W05) или месяц (2026-01)")
    String run_period();

    @Message("Запущен {when}, {who}.")
    String ran(String when, String who);

    @Message("по расписанию")
    String by_schedule();

    @Message("Отклонения по влиянию на цель")
    String deviations();

    @Message("Сначала отклонения в деньгах, затем остальные — в доле плана; самые большие первыми.")
    String deviations_note();

    @Message("Отклонений нет: все KPI с планом идут по плану.")
    String no_deviations();

    @Message("Показатель")
    String col_kpi();

    @Message("Канал")
    String col_channel();

    @Message("Факт")
    String col_actual();

    @Message("План")
    String col_target();

    @Message("Выполнение")
    String col_attainment();

    @Message("Статус")
    String col_status();

    @Message("К прошлому периоду")
    String col_previous();

    @Message("К прошлому году")
    String col_last_year();

    @Message("Влияние на цель")
    String col_impact();

    @Message("все каналы")
    String all_channels();

    @Message("3 цикла подряд не в плане")
    String streak();

    @Message("{share} плана")
    String impact_share(String share);

    @Message("Полнота данных по источникам")
    String completeness();

    @Message("Источник")
    String col_source();

    @Message("Данные по")
    String col_last_day();

    @Message("Дней с данными")
    String col_covered();

    @Message("{covered} из {due} ({share})")
    String covered(String covered, String due, String share);

    @Message("Ни один источник ещё не прислал данных для этих KPI.")
    String no_sources();

    @Message("Цикл за {period} ещё не запускали.")
    String not_run(String period);

    @Message("Цикл выполнен.")
    String done_run();

    @Message("Цикл выполнен заново: прежний снимок заменён.")
    String done_rerun();

    @Message("«{text}» — не период цикла: нужна неделя вида 2026-W05 или месяц вида 2026-01, с 2000 по 2099 год.")
    String problem_not_a_period(String text);

    @Message("Период «{period}» ещё не начался: цикл за него можно запустить с {day}.")
    String problem_not_started(String period, String day);

    @Message("Начало списка ({from}) позже его конца ({to}).")
    String problem_span(String from, String to);

    @Message("Причина")
    String col_cause();

    @Message("Аномалии во входящих данных")
    String anomalies();

    @Message("Необычные дни в данных источников за период: возможная причина в данных (сломанная выгрузка, пропущенный день), а не в бизнесе.")
    String anomalies_note();

    @Message("Необычных дней в данных за период нет.")
    String no_anomalies();

    @Message("Загрузка…")
    String anomalies_loading();

    @Message("Показать аномалии периода")
    String anomalies_open();

    @Message("Что необычно")
    String col_anomaly();

    @Message("Просмотрено")
    String col_acknowledged();

    @Message("{by}, {at}")
    String acknowledged(String by, String at);

    @Message("{by}, {at}: {note}")
    String acknowledged_note(String by, String at, String note);

    @Message("Проверка действий")
    String checks();

    @Message("Выполненные действия, чьё окно проверки закончилось за этот период или за предыдущий: сработали ли они. Проверка читается сейчас, по данным, пришедшим к этому дню.")
    String checks_note();

    @Message("За этот и предыдущий период не закончилось окно проверки ни одного выполненного действия.")
    String no_checks();

    @Message("Действие")
    String col_action();

    @Message("Окно до")
    String col_window_end();

    @Message("Сработало ли")
    String col_verdict();
}
