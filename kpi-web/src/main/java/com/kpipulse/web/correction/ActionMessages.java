package com.kpipulse.web.correction;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the corrective actions: their pages, the «Мои действия» block of the scorecards, the «Создать действие»
 * links and the API's refusals. Russian here, English in {@code messages/act_en.properties}.
 */
@MessageBundle(value = "act", locale = "ru")
public interface ActionMessages {

    @Message("Действия")
    String nav();

    @Message("Корректирующие действия")
    String list_title();

    @Message("Что отдел решил сделать после отклонений: кто делает, к какому сроку, почему это должно помочь и как далеко продвинулось. Просроченные выделены.")
    String intro();

    @Message("Мои")
    String filter_mine();

    @Message("Просроченные")
    String filter_overdue();

    @Message("Цель")
    String filter_goal();

    @Message("Статус")
    String filter_status();

    @Message("Все цели")
    String any_goal();

    @Message("Все статусы")
    String any_status();

    @Message("Показать")
    String filter_apply();

    @Message("Сбросить")
    String filter_reset();

    @Message("Таких действий нет.")
    String none();

    @Message("Действие")
    String col_title();

    @Message("Для чего")
    String col_for();

    @Message("Исполнитель")
    String col_owner();

    @Message("Срок")
    String col_due();

    @Message("Статус")
    String col_status();

    @Message("просрочено")
    String overdue();

    @Message("Перевести в")
    String move_to();

    @Message("Причина (при отмене)")
    String drop_reason_placeholder();

    @Message("Почему отменено")
    String drop_reason();

    @Message("«{title}»")
    String goal_title(String title);

    @Message("Сменить статус")
    String change_status();

    @Message("Сменить статус действия «{title}»")
    String change_status_label(String title);

    @Message("Создать действие")
    String create();

    @Message("Создать действие по «{kpi}»")
    String create_for(String kpi);

    @Message("Новое действие")
    String new_title();

    @Message("Заполнено по анализу отклонения «{kpi}», {period}. Проверьте и допишите.")
    String prefilled(String kpi, String period);

    @Message("Причина по анализу: {cause}")
    String prefilled_cause(String cause);

    @Message("Исправить «{kpi}»: {cause}")
    String prefilled_title(String kpi, String cause);

    @Message("Название")
    String field_title();

    @Message("Цель")
    String field_goal();

    @Message("KPI")
    String field_kpi();

    @Message("Каналы")
    String field_channels();

    @Message("Исполнитель")
    String field_owner();

    @Message("Срок")
    String field_due();

    @Message("Гипотеза: почему это поможет")
    String field_hypothesis();

    @Message("Ожидаемый эффект")
    String field_effect();

    @Message("KPI эффекта")
    String field_effect_kpi();

    @Message("Направление")
    String field_effect_direction();

    @Message("Размер, %")
    String field_effect_size();

    @Message("— без цели —")
    String no_goal();

    @Message("— без KPI —")
    String no_kpi();

    @Message("— без эффекта —")
    String no_effect();

    @Message("рост")
    String up();

    @Message("снижение")
    String down();

    @Message("{kpi}: {direction} на {size}")
    String effect(String kpi, String direction, String size);

    @Message("все каналы")
    String all_channels();

    @Message("Сохранить")
    String save();

    @Message("Создать")
    String submit_create();

    @Message("Изменить действие")
    String edit();

    @Message("Предложил(а) {by} {at}")
    String created(String by, String at);

    @Message("Причина отмены: {reason}")
    String dropped_because(String reason);

    @Message("Комментарии")
    String comments();

    @Message("Комментариев пока нет.")
    String no_comments();

    @Message("Комментарий")
    String comment_label();

    @Message("Добавить комментарий")
    String comment_add();

    @Message("{author}, {at}")
    String comment_by(String author, String at);

    @Message("История статусов")
    String history();

    @Message("{at} — {by} предложил(а)")
    String history_proposed(String at, String by);

    @Message("{at} — {by} перевёл(а): {from} → {to}")
    String history_step(String at, String by, String from, String to);

    @Message("{at} — {by} отменил(а): {from} → {to}, причина: {reason}")
    String history_dropped(String at, String by, String from, String to, String reason);

    @Message("Действие создано.")
    String done_created();

    @Message("Изменения сохранены.")
    String done_saved();

    @Message("Действие изменили, пока вы его читали: сейчас у него версия {version}. Ниже — как оно выглядит теперь; повторите изменение, если оно ещё нужно.")
    String stale(long version);

    @Message("Исправьте отмеченные поля: ничего не сохранено.")
    String fix_fields();

    @Message("Размер эффекта — больше 0 и не больше 1000 %.")
    String effect_size_percent();

    @Message("Мои действия")
    String mine_title();

    @Message("У вас нет открытых действий.")
    String mine_none();

    @Message("Все мои действия")
    String mine_all();

    @Message("Список сотрудников сейчас недоступен: назначить действие можно только себе.")
    String people_unavailable();

    @Message("Тело запроса пусто: пришлите действие в JSON.")
    String body_required();

    @Message("«{value}» — не да/нет: ожидается true или false")
    String problem_not_a_flag(String value);

    @Message("«{value}» — не идентификатор цели")
    String problem_not_a_goal_id(String value);

    @Message("«{value}» — не статус: ожидается PROPOSED, ACCEPTED, IN_PROGRESS, DONE или DROPPED")
    String problem_not_a_status(String value);

    @Message("Сработало ли?")
    String effect_heading();

    @Message("Действие не называет KPI — измерять нечего.")
    String effect_no_kpi();

    @Message("Измерим после {date}: когда закончится окно проверки после срока и придут данные.")
    String effect_after(String date);

    @Message("Окно измерения: {first} – {last}")
    String effect_window(String first, String last);

    @Message("До начала")
    String effect_before();

    @Message("В окне измерения")
    String effect_after_start();

    @Message("Без действия было бы")
    String effect_counterfactual();

    @Message("Эффект (интервал 95 %)")
    String effect_effect();

    @Message("Сравнивали с")
    String effect_against();

    @Message("собственным ходом KPI до начала")
    String effect_own_course();

    @Message("{effect} (от {low} до {high})")
    String effect_interval(String effect, String low, String high);

    @Message("сработало")
    String verdict_worked();

    @Message("без эффекта")
    String verdict_no_effect();

    @Message("стало хуже")
    String verdict_worse();

    @Message("не ясно")
    String verdict_inconclusive();

    @Message("ещё рано")
    String verdict_not_yet();

    @Message("мало данных")
    String verdict_too_little_data();

    @Message("нечего измерять")
    String verdict_no_kpi();

    @Message("Окно проверки, дней")
    String field_effect_window();

    @Message("Сколько дней после срока ждать, прежде чем измерить, сработало ли: от 7 до 90, обычно 14.")
    String field_effect_window_hint();

    @Message("Окно проверки")
    String effect_window_label();

    @Message("{days} дн. после срока, до {last}")
    String effect_window_days(int days, String last);

    @Message("Проверка после {date}")
    String check_after(String date);

    @Message("Сработало")
    String badge_worked();

    @Message("Нет эффекта")
    String badge_no_effect();

    @Message("Хуже")
    String badge_worse();

    @Message("Не ясно")
    String badge_inconclusive();

    @Message("Мало данных")
    String badge_too_little_data();

    @Message("Сработало ли")
    String col_effect();
}
