package com.kpipulse.web.review;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the weekly review's presenter view and of the followers' view. Russian here, English in
 * {@code messages/pres_en.properties}.
 */
@MessageBundle(value = "pres", locale = "ru")
public interface PresenterMessages {

    @Message("Ведение обзора: {week}")
    String present_title(String week);

    @Message("Слежу за обзором: {week}")
    String follow_title(String week);

    @Message("К повестке")
    String back();

    @Message("На весь экран")
    String fullscreen();

    @Message("Выйти из полноэкранного режима")
    String leave_fullscreen();

    @Message("Клавиши: → следующий пункт, ← предыдущий, D — решение.")
    String keys();

    @Message("Пункт {place} из {total}")
    String place(int place, int total);

    @Message("Раздел {number}. {title}")
    String section(int number, String title);

    @Message("Время раздела")
    String timer();

    @Message("из {minutes} мин")
    String time_box(int minutes);

    @Message("Назад")
    String previous();

    @Message("Далее")
    String next();

    @Message("Все пункты сняты с повестки.")
    String nothing();

    @Message("Экран следует за ведущим: пункт меняется сам. Заметки к пункту можно добавлять одновременно с другими.")
    String following();

    @Message("Обзор закрыт: следить больше не за чем.")
    String closed();
}
