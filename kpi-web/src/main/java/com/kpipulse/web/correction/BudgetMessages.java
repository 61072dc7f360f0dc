package com.kpipulse.web.correction;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the budget reallocation page and of the reallocation API's refusals. Russian here, English in
 * {@code messages/bud_en.properties}.
 */
@MessageBundle(value = "bud", locale = "ru")
public interface BudgetMessages {

    @Message("Перераспределение бюджета")
    String title();

    @Message("Бюджет")
    String nav();

    @Message("Для каждого платного канала по его неделям строится кривая отклика: как результат зависит от недельного расхода. Деньги переносятся туда, где следующий рубль приносит больше, и каждый канал сдвигается не больше чем на заданную долю. Расход сейчас — средний за полные недели выбранного периода.")
    String intro();

    @Message("Период")
    String form_period();

    @Message("неделя 2026-W05, месяц 2026-01 или квартал 2026-Q1")
    String form_period_hint();

    @Message("Результат")
    String form_kpi();

    @Message("Выручка")
    String kpi_revenue();

    @Message("Заказы")
    String kpi_orders();

    @Message("Новые клиенты")
    String kpi_new_customers();

    @Message("Наибольший сдвиг канала")
    String form_max_shift();

    @Message("доля от 0 до 1: 0,3 — не больше ±30 %")
    String form_max_shift_hint();

    @Message("Рассчитать")
    String form_submit();

    @Message("Режим")
    String form_mode();

    @Message("«{sent}» — не цель: введите число — для стоимости рубли (1500), для ROMI долю (0,5 — это 50 %)")
    String form_not_a_target(String sent);

    @Message("Этот режим не подходит к результату «{outcome}»: для выручки — цель по ROMI, для заказов и новых клиентов — по стоимости")
    String form_target_does_not_suit(String outcome);

    @Message("Предложить на обзор")
    String propose();

    @Message("Перераспределение станет предложением цикла этого периода: его примут или отклонят на странице цикла и на обзоре недели.")
    String propose_hint();

    @Message("Предложить можно перераспределение недели или месяца: у них есть цикл мониторинга")
    String propose_not_a_cycle();

    @Message("Для периода «{period}» ещё нет цикла мониторинга: запустите его на странице «Циклы мониторинга», потом предложите")
    String propose_no_cycle(String period);

    @Message("Перераспределить, сохранив общий бюджет")
    String mode_keep_total();

    @Message("Достичь стоимости клиента (заказа) не выше цели, с наименьшим расходом")
    String mode_cac();

    @Message("Достичь ROMI не ниже цели, с наименьшим расходом")
    String mode_romi();

    @Message("Цель")
    String form_target_value();

    @Message("для стоимости — рубли (1500), для ROMI — доля (0,5 — это 50 %)")
    String form_target_value_hint();

    @Message("Канал")
    String col_channel();

    @Message("Расход сейчас, в неделю")
    String col_spend_now();

    @Message("Предложено")
    String col_proposed();

    @Message("Отдача следующего рубля")
    String col_marginal();

    @Message("Ожидаемое изменение результата, в неделю")
    String col_effect();

    @Message("Всего")
    String total();

    @Message("{share} интервал: от {low} до {high}")
    String interval(String share, String low, String high);

    @Message("на пределе сдвига")
    String at_limit();

    @Message("нет кривой")
    String no_curve();

    @Message("Что сделать")
    String moves_title();

    @Message("Кривые отклика")
    String curves_title();

    @Message("Кривая отклика «{channel}»: ожидаемый результат за неделю при разном расходе; отмечены расход сейчас и предложенный")
    String curve_title(String channel);

    @Message("Расход сейчас {now}, предложено {proposed} в неделю")
    String curve_description(String now, String proposed);

    @Message("сейчас")
    String curve_now();

    @Message("предложено")
    String curve_proposed();

    @Message("Недели истории: {from} – {to} ({count} нед.), расход сейчас — средний за {current} нед. периода.")
    String weeks_read(String from, String to, int count, int current);

    @Message("В периоде нет ни одной завершённой недели: расход сейчас не из чего взять. Выберите период, который уже прошёл.")
    String no_whole_week();

    @Message("«{sent}» — не период: нужна неделя 2026-W05, месяц 2026-01 или квартал 2026-Q1")
    String not_a_period(String sent);

    @Message("Нужен период: неделя 2026-W05, месяц 2026-01 или квартал 2026-Q1")
    String period_required();

    @Message("«{sent}» — не результат, для которого строится перераспределение: нужна выручка (revenue), заказы (orders) или новые клиенты (new_customers)")
    String not_an_outcome(String sent);

    @Message("Наибольший сдвиг — доля больше 0 и не больше 1 (0,3 — это ±30 %), а указано «{sent}»")
    String shift_out_of_range(String sent);

    @Message("«{sent}» — не цель: нужна cac:1500 (стоимость клиента или заказа не выше) или romi:0.5 (ROMI не ниже 50 %)")
    String not_a_target(String sent);

    @Message("Цель «{sent}» не подходит к результату {kpi}: для выручки — romi, для заказов и новых клиентов — cac")
    String target_does_not_suit(String sent, String kpi);
}
