package com.kpipulse.web.correction;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of a cycle's proposals on the cycle page and in the «Почему» block, and of the proposals API's refusals.
 * Russian here, English in {@code messages/prop_en.properties}.
 */
@MessageBundle(value = "prop", locale = "ru")
public interface ProposalMessages {

    @Message("Предложения")
    String title();

    @Message("Что цикл предлагает сделать с отклонениями: по причине каждого, с обоснованием и ожидаемым эффектом. Принятое предложение становится действием; отклонённое с той же причиной не повторяется четыре недели.")
    String intro();

    @Message("Предложений нет: для отклонений этого цикла нечего предложить, или их уже разобрали.")
    String none();

    @Message("Предложения цикла {period}")
    String of_cycle(String period);

    @Message("Кампании")
    String kind_campaigns();

    @Message("Данные")
    String kind_data_fix();

    @Message("Бюджет")
    String kind_reallocation();

    @Message("Открыто")
    String status_open();

    @Message("Принято")
    String status_accepted();

    @Message("Отклонено")
    String status_rejected();

    @Message("Ожидаемый эффект: {kpi} {direction} на {size} (от {low} до {high})")
    String effect(String kpi, String direction, String size, String low, String high);

    @Message("вырастет")
    String up();

    @Message("снизится")
    String down();

    @Message("Шаги")
    String moves();

    @Message("Кривые отклика каналов — на странице «Бюджет»")
    String curves_link();

    @Message("Принять")
    String accept();

    @Message("Принять предложение «{title}»")
    String accept_label(String title);

    @Message("Ответственный (логин)")
    String owner();

    @Message("Срок")
    String due();

    @Message("Отклонить")
    String reject();

    @Message("Отклонить предложение «{title}»")
    String reject_label(String title);

    @Message("Причина отклонения")
    String reason();

    @Message("Принято: стало действием")
    String accepted();

    @Message("Открыть действие")
    String open_action();

    @Message("Отклонено {when}, {who}: {reason}")
    String rejected(String when, String who, String reason);

    @Message("Предложение изменилось с тех пор, как вы его открыли (теперь версия {version}): обновите страницу.")
    String stale(long version);

    @Message("Предложение уже решено: {status}.")
    String already_decided(String status);

    @Message("«{text}» — не период цикла: ожидается неделя 2026-W05 или месяц 2026-01")
    String problem_not_a_period(String text);

    @Message("Нужно тело запроса в JSON")
    String body_required();
}
