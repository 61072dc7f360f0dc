package com.kpipulse.web.review;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the weekly review: its pages, its minutes in Markdown and the API's refusals. Russian here, English in
 * {@code messages/rev_en.properties}.
 */
@MessageBundle(value = "rev", locale = "ru")
public interface ReviewMessages {

    @Message("Обзор недели")
    String nav();

    @Message("Обзоры недели")
    String list_title();

    @Message("Еженедельная встреча отдела: повестка собирается из цикла недели — действия прошлой недели, цели, отклонения с причинами, проблемы данных, решения — и заканчивается протоколом, который после закрытия не меняется.")
    String intro();

    @Message("Поиск по KPI, человеку или слову")
    String search_label();

    @Message("Найти")
    String search_apply();

    @Message("Начать обзор недели")
    String start();

    @Message("Неделя (по умолчанию — неделя последнего цикла)")
    String start_week();

    @Message("Обзоров пока нет.")
    String none();

    @Message("Ничего не нашлось.")
    String none_found();

    @Message("Неделя")
    String col_week();

    @Message("Статус")
    String col_status();

    @Message("Начат")
    String col_started();

    @Message("Решений")
    String col_decisions();

    @Message("идёт")
    String status_open();

    @Message("закрыт")
    String status_closed();

    @Message("Обзор недели: {week}")
    String review_title(String week);

    @Message("Начат(а) {name}, {when}")
    String started(String name, String when);

    @Message("Закрыт(а) {name}, {when}")
    String closed(String name, String when);

    @Message("Действия прошлой недели")
    String section_1();

    @Message("Цели")
    String section_2();

    @Message("KPI, отстающие и под угрозой")
    String section_3();

    @Message("Проблемы данных и аномалии")
    String section_4();

    @Message("Предложения: принять или отклонить")
    String section_5();

    @Message("Итоги")
    String section_6();

    @Message("{minutes} мин")
    String minutes_box(int minutes);

    @Message("Повестка на {minutes} мин")
    String total_minutes(int minutes);

    @Message("снят с повестки")
    String dropped();

    @Message("Снять")
    String drop();

    @Message("Вернуть")
    String restore();

    @Message("Выше")
    String up();

    @Message("Ниже")
    String down();

    @Message("Добавить пункт")
    String add_item();

    @Message("Пункт")
    String add_title();

    @Message("Раздел")
    String add_section();

    @Message("Заметки")
    String notes();

    @Message("Заметок нет.")
    String no_notes();

    @Message("Добавить заметку")
    String add_note();

    @Message("Заметка")
    String note_label();

    @Message("Решение")
    String decision();

    @Message("Решения нет.")
    String no_decision();

    @Message("Записать решение")
    String save_decision();

    @Message("Участники")
    String attendance();

    @Message("Отметить участников")
    String save_attendance();

    @Message("Участники не отмечены.")
    String nobody_attended();

    @Message("Закрыть обзор")
    String close();

    @Message("После закрытия протокол замораживается: его уже не изменить, только дополнить.")
    String close_note();

    @Message("Оценка встречи от {name} (1–10)")
    String rating_for(String name);

    @Message("Оценки встречи")
    String ratings();

    @Message("средняя {value}")
    String average(String value);

    @Message("Протокол")
    String minutes_link();

    @Message("Протокол в Markdown")
    String markdown_link();

    @Message("PDF")
    String pdf_link();

    @Message("Протокол: {week}")
    String minutes_title(String week);

    @Message("Обзор ещё идёт: протокол будет заморожен при закрытии. Черновик — в Markdown.")
    String minutes_not_yet();

    @Message("Протокол заморожен {when}")
    String frozen_at(String when);

    @Message("Дополнения к протоколу")
    String addenda();

    @Message("Дополнений нет.")
    String no_addenda();

    @Message("Добавить дополнение")
    String add_addendum();

    @Message("Дополнение")
    String addendum_label();

    @Message("отстаёт три цикла подряд")
    String streak();

    @Message("Факт {actual}, цель {target}")
    String kpi_fact(String actual, String target);

    @Message("{status} · {owner} · срок {due}")
    String action_fact(String status, String owner, String due);

    @Message("просрочено")
    String action_overdue();

    @Message("Ожидаемый эффект на KPI пункта")
    String action_effect_direction();

    @Message("не задан")
    String action_effect_none();

    @Message("рост")
    String action_effect_up();

    @Message("снижение")
    String action_effect_down();

    @Message("На сколько, %")
    String action_effect_size();

    @Message("Проверка эффекта: {verdict}{figures}")
    String action_effect(String verdict, String figures);

    @Message("6-12: последние 6 недель и 12 месяцев против прошлого года и плана")
    String six_twelve_title();

    @Message("{kpi}: последние 6 недель")
    String six_twelve_weeks(String kpi);

    @Message("{kpi}: последние 12 месяцев")
    String six_twelve_months(String kpi);

    @Message("Факт")
    String six_twelve_actual();

    @Message("Год назад")
    String six_twelve_last_year();

    @Message("План")
    String six_twelve_target();

    @Message("сплошная линия с точками")
    String six_twelve_look_actual();

    @Message("точечная линия с точками")
    String six_twelve_look_last_year();

    @Message("штриховая линия")
    String six_twelve_look_target();

    @Message("Год назад — те же недели (52 недели назад) и те же месяцы; неполный период сравнивается с теми же днями.")
    String six_twelve_note();

    @Message("Действие, которое вам не видно")
    String action_unreadable();

    @Message("Цель, которая вам не видна")
    String goal_unreadable();

    @Message("{kpi}: {actual} из {target} — {status}")
    String goal_kpi(String kpi, String actual, String target, String status);

    @Message("Данные покрывают {covered} из {due} дн. недели, последний день {last}")
    String data_problem(String covered, String due, String last);

    @Message("резкое падение")
    String anomaly_drop();

    @Message("резкий всплеск")
    String anomaly_spike();

    @Message("ноль вместо обычного значения")
    String anomaly_zero();

    @Message("нет данных за день")
    String anomaly_missing();

    @Message("{kpi}: решить, что делать")
    String to_decide(String kpi);

    @Message("Причина по анализу: {cause}")
    String to_decide_fact(String cause);

    @Message("Итоги: решения, новые действия, оценки")
    String conclusion_title();

    @Message("Решений записано: {count}")
    String conclusion_fact(int count);

    @Message("Пункт ведущего")
    String free_fact();

    @Message("В цикле недели этого KPI больше нет")
    String not_in_cycle();

    @Message("Черновик: обзор ещё идёт")
    String md_draft();

    @Message("Участники: {names}")
    String md_participants(String names);

    @Message("Дополнения")
    String md_addenda();

    @Message("Обзор начат: повестка собрана из цикла недели.")
    String done_started();

    @Message("У этой недели уже идёт обзор — вот он.")
    String done_open();

    @Message("Сохранено.")
    String done_saved();

    @Message("Для {week} цикл мониторинга ещё не запускался: обзор собирается из цикла недели. Запустите цикл на странице «Циклы».")
    String no_cycle(String week);

    @Message("Ни один недельный цикл мониторинга ещё не запускался: обзор собирается из цикла недели.")
    String no_weekly_cycle();

    @Message("Обзор изменился, пока вы его читали: сейчас версия {version}. Ниже он такой, какой сейчас; повторите изменение, если оно ещё нужно.")
    String stale(long version);

    @Message("Обзор закрыт: протокол заморожен, исправления — только дополнениями.")
    String frozen();

    @Message("Обзор ещё идёт: дополнения пишутся к протоколу закрытого обзора.")
    String still_open();

    @Message("Исправьте отмеченное:")
    String fix_fields();

    @Message("Тело запроса пусто: пришлите JSON.")
    String body_required();

    @Message("Действия")
    String actions();

    @Message("Новое действие")
    String take_action();

    @Message("Что сделать")
    String action_title();

    @Message("Кто")
    String action_owner();

    @Message("Срок")
    String action_due();

    @Message("Действий нет.")
    String no_actions();

    @Message("Цифры этого KPI вам не видны")
    String kpi_unreadable();

    @Message("Вести обзор")
    String present_link();

    @Message("Следить")
    String follow_link();

    @Message("Прогноз «{kpi}» к сроку: {text}")
    String goal_forecast(String kpi, String text);
}
