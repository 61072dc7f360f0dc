package com.kpipulse.web.review;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the recap mailed to a review's participants when it closes. Russian here, English in
 * {@code messages/recap_en.properties}.
 */
@MessageBundle(value = "recap", locale = "ru")
public interface RecapMessages {

    @Message("Итоги обзора недели {number} ({days})")
    String subject(String number, String days);

    @Message("Здравствуйте, {name}!")
    String greeting(String name);

    @Message("Обзор недели {number} ({days}) закрыт. Его итоги:")
    String intro(String number, String days);

    @Message("Решения")
    String decisions();

    @Message("Решений не принято.")
    String no_decisions();

    @Message("Пункт {number}")
    String item(int number);

    @Message("Действия")
    String actions();

    @Message("Действий не назначено.")
    String no_actions();

    @Message("{title} — ответственный: {owner}, срок: {due}")
    String action(String title, String owner, String due);

    @Message("KPI, которые отстают")
    String off_track();

    @Message("Отстающих KPI нет.")
    String none_off_track();

    @Message("Оценка встречи: {average} из 10")
    String rating(String average);

    @Message("Встречу не оценили.")
    String no_rating();

    @Message("Протокол: {link}")
    String minutes(String link);

    @Message("Письмо отправлено KPI Pulse, потому что вы участвовали в обзоре.")
    String footer();
}
