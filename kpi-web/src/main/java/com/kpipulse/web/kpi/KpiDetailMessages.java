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

    @Message("Факт и план по периодам")
    String chart_title();

    @Message("Факт")
    String legend_actual();

    @Message("План")
    String legend_target();

    @Message("По каналам")
    String by_channel();

    @Message("Канал")
    String channel();

    @Message("Сейчас")
    String now();

    @Message("Период раньше")
    String before();

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
