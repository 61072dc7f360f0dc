package com.kpipulse.web.analysis;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Why a KPI deviates, in a few words: the cause a cycle's deviation and a scorecard's row name. Russian here, English
 * in {@code messages/cause_en.properties}.
 */
@MessageBundle(value = "cause", locale = "ru")
public interface CauseMessages {

    @Message("Данные")
    String data();

    @Message("Сезон")
    String season();

    @Message("Бюджет")
    String budget();

    @Message("Стратегия")
    String strategy();

    @Message("Канал")
    String channel();

    @Message("В пределах обычных колебаний")
    String none();

    @Message("Не объяснено")
    String unexplained();

    @Message("{cause} — {channels}")
    String with_channels(String cause, String channels);

    @Message("без канала")
    String without_channel();

    @Message("Также подходит: {causes}")
    String also_fits(String causes);

    @Message("Возможно, дело в данных — аномалий во входных данных: {count}")
    String possible_data(String count);

    @Message("Почему?")
    String why_link();

    @Message("Почему «{kpi}» отклоняется")
    String why_link_label(String kpi);

    @Message("к плану")
    String against_plan();

    @Message("к прошлому периоду")
    String against_previous();

    @Message("к тому же периоду год назад")
    String against_last_year();

    @Message("Причину назвать нельзя: анализ не нашёл, с чем сравнить.")
    String not_analysed();
}
