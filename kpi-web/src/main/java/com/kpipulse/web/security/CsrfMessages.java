package com.kpipulse.web.security;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the CSRF refusal. Russian here, English in {@code messages/csrf_en.properties}. */
@MessageBundle(value = "csrf", locale = "ru")
public interface CsrfMessages {

    @Message("Запрос не принят")
    String refused_title();

    @Message("Форма устарела или пришла не со страницы KPI Pulse, поэтому ничего не изменено. Обновите страницу и повторите действие.")
    String refused_text();

    @Message("Вернуться на главную")
    String back_home();
}
