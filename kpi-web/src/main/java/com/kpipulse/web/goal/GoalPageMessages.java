package com.kpipulse.web.goal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the goals list and a goal's page. Russian here, English in {@code messages/gp_en.properties}. */
@MessageBundle(value = "gp", locale = "ru")
public interface GoalPageMessages {

    @Message("Цели")
    String list_title();

    @Message("Цели в архиве")
    String archived_title();

    @Message("Действующие")
    String shelf_pursued();

    @Message("В архиве")
    String shelf_archived();

    @Message("Новая цель")
    String new_goal();

    @Message("Целей пока нет.")
    String none();

    @Message("В архиве целей нет.")
    String none_archived();

    @Message("Цель")
    String col_goal();

    @Message("Статус")
    String col_status();

    @Message("Ответственный")
    String col_owner();

    @Message("Срок")
    String col_deadline();

    @Message("Выполнение")
    String col_progress();

    @Message("в плане")
    String state_on_track();

    @Message("под угрозой")
    String state_at_risk();

    @Message("отстаёт")
    String state_off_track();

    @Message("нет данных")
    String state_no_data();

    @Message("ещё не началась")
    String state_not_started();

    @Message("завершена")
    String state_ended();

    @Message("в архиве")
    String state_archived();

    @Message("{kpi}: {reached} плана, к {day} нужно {due}")
    String progress_total(String kpi, String reached, String day, String due);

    @Message("{kpi}: {reached} плана")
    String progress_total_ended(String kpi, String reached);

    @Message("{kpi}: {actual} при плане {target}")
    String progress_level(String kpi, String actual, String target);

    @Message("начнётся {day}")
    String starts(String day);

    @Message("Ответственный: {owner}")
    String owner(String owner);

    @Message("{start} — {deadline}")
    String span(String start, String deadline);

    @Message("Бизнес-задача: {objective}")
    String objective(String objective);

    @Message("Видят: {roles}")
    String visible_to(String roles);

    @Message("все роли")
    String everyone();

    @Message("Как идёт цель на {day}")
    String as_of(String day);

    @Message("Показатель")
    String col_kpi();

    @Message("План на всю цель")
    String col_target();

    @Message("Нужно к этому дню")
    String col_due();

    @Message("Факт с начала цели")
    String col_actual();

    @Message("Темп")
    String col_pace();

    @Message("без плана")
    String no_target();

    @Message("нет плана: базовый период без данных")
    String target_unknown();

    @Message("нет в каталоге")
    String kpi_gone();

    @Message("Прогноз к сроку")
    String forecast_heading();

    @Message("прогноза нет: это не сумма по дням (доли, средние и остатки не прогнозируются)")
    String forecast_not_a_sum();

    @Message("прогноза нет: показателя нет в каталоге")
    String forecast_not_in_catalog();

    @Message("прогноза нет: у цели нет срока")
    String forecast_no_deadline();

    @Message("Цель создана.")
    String done_created();

    @Message("Цель перенесена в архив: она больше не задаёт планы на скоркартах и страницах KPI.")
    String done_archived();

    @Message("Цель возвращена из архива.")
    String done_unarchived();

    @Message("Цель удалена.")
    String done_deleted();

    @Message("Цель изменил другой пользователь — обновите страницу и повторите")
    String stale();

    @Message("Управление целью")
    String manage();

    @Message("Изменить в мастере")
    String edit();

    @Message("В архив")
    String archive();

    @Message("Вернуть из архива")
    String unarchive();

    @Message("Удалить цель")
    String delete();

    @Message("Да, удалить цель безвозвратно")
    String delete_confirm();

    @Message("Чтобы удалить цель, отметьте подтверждение. Если цель больше не нужна, но её история важна, перенесите её в архив.")
    String delete_unconfirmed();

    @Message("Все цели")
    String back_to_list();

    @Message("«{text}» — не да и не нет: ожидается true или false")
    String not_a_flag(String text);
}
