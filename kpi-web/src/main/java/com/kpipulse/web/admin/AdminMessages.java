package com.kpipulse.web.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the admin setup pages. Russian here, English in {@code messages/adm_en.properties}. */
@MessageBundle(value = "adm", locale = "ru")
public interface AdminMessages {

    // --- the KPI catalog ---------------------------------------------------------------------------------------

    @Message("Каталог KPI")
    String catalog_title();

    @Message("Код")
    String code();

    @Message("Название")
    String name();

    @Message("Формула")
    String formula();

    @Message("Единица")
    String unit();

    @Message("Направление")
    String direction();

    @Message("свой")
    String custom();

    @Message("Новый показатель")
    String new_kpi();

    @Message("Код (латиница, цифры, _)")
    String code_hint();

    @Message("Название по-русски")
    String name_ru();

    @Message("Название по-английски")
    String name_en();

    @Message("Пояснение по-русски")
    String explanation_ru();

    @Message("Пояснение по-английски")
    String explanation_en();

    @Message("Например: (revenue - ad_spend) / leads. Проверяется сразу при вводе.")
    String formula_hint();

    @Message("Формула в порядке.")
    String formula_ok();

    @Message("позиция {position}")
    String at_position(int position);

    @Message("больше — лучше")
    String higher_better();

    @Message("меньше — лучше")
    String lower_better();

    @Message("— выберите —")
    String choose();

    @Message("Добавить показатель")
    String add_kpi();

    @Message("Показатель «{code}» добавлен.")
    String kpi_added(String code);

    @Message("Изменить")
    String edit();

    @Message("Изменить показатель «{code}»")
    String edit_kpi(String code);

    @Message("Сохранить показатель")
    String save_kpi();

    @Message("Новый показатель вместо изменения")
    String new_instead();

    @Message("Показатель «{code}» сохранён.")
    String kpi_saved(String code);

    @Message("Показатель изменил другой пользователь — обновите страницу, чтобы увидеть изменения")
    String kpi_stale();

    @Message("Удалить")
    String delete();

    @Message("Удалить показатель «{name}» ({code})?")
    String delete_kpi_title(String name, String code);

    @Message("Показатель исчезнет из каталога и со скоркард, где он был. Это нельзя отменить.")
    String delete_kpi_text();

    @Message("Да, удалить")
    String delete_confirm();

    @Message("Отмена")
    String cancel();

    @Message("Показатель «{code}» удалён.")
    String kpi_removed(String code);

    @Message("Показатель не удалён:")
    String kpi_not_removed();

    @Message("Что можно писать в формуле: коды базовых показателей")
    String measures_title();

    @Message("Нажмите на код, чтобы вставить его в формулу. Можно называть и коды KPI из таблицы ниже.")
    String measures_hint();

    @Message("деньги")
    String unit_money();

    @Message("%")
    String unit_percent();

    @Message("штуки")
    String unit_count();

    @Message("секунды")
    String unit_seconds();

    @Message("минуты")
    String unit_minutes();

    @Message("баллы")
    String unit_points();

    // --- values by hand ----------------------------------------------------------------------------------------

    @Message("Данные вручную")
    String values_title();

    @Message("Для показателей, которые не выгружает ни одна система: ответы NPS, опрос узнаваемости, объём рынка, дебиторка.")
    String values_hint();

    @Message("Показатель")
    String measure();

    @Message("Начало периода")
    String period_start();

    @Message("Период")
    String grain();

    @Message("день")
    String day();

    @Message("неделя")
    String week();

    @Message("месяц")
    String month();

    @Message("Канал (необязательно)")
    String channel();

    @Message("без канала")
    String no_channel();

    @Message("Значение")
    String value();

    @Message("Валюта (для денег)")
    String currency();

    @Message("Сохранить значение")
    String save_value();

    @Message("Значение сохранено.")
    String value_saved();

    @Message("Значение удалено.")
    String value_removed();

    @Message("Изменить значение")
    String editing_value();

    @Message("Отменить изменение")
    String cancel_edit();

    @Message("Введено вручную")
    String values_list_title();

    @Message("Вручную пока ничего не введено.")
    String values_none();

    @Message("Записано")
    String recorded();

    @Message("Удалить это значение?")
    String delete_value_confirm();

    @Message("Страница {number} из {pages}")
    String page_of(int number, int pages);

    @Message("← Новее")
    String page_newer();

    @Message("Старее →")
    String page_older();

    // --- the channel mapping -----------------------------------------------------------------------------------

    @Message("Сопоставление каналов")
    String channels_title();

    @Message("Правило — источник, как его пишут системы (utm_source / utm_medium, источник Метрики; * в конце совпадает с остальным), и канал из каталога каналов. Побеждает самое точное правило; порядок строк — для вашего удобства. Новые загрузки сразу используют новые правила.")
    String channels_hint();

    @Message("Источник")
    String source_pattern();

    @Message("Канал")
    String rule_channel();

    @Message("— выберите канал —")
    String choose_channel();

    @Message("{value} (нет в каталоге)")
    String not_in_catalog(String value);

    @Message("Изменить каталог каналов")
    String edit_channel_catalog();

    @Message("Сохранить правила")
    String save_rules();

    @Message("Правила сохранены.")
    String rules_saved();

    @Message("Сопоставление каналов изменил другой пользователь — обновите страницу, чтобы увидеть изменения")
    String channels_stale();

    // --- rows of a form ----------------------------------------------------------------------------------------

    @Message("Добавить строку")
    String row_add();

    @Message("Удалить строку")
    String row_remove();

    @Message("Переместить выше")
    String row_up();

    @Message("Переместить ниже")
    String row_down();

    @Message("Не сохранено: исправьте отмеченные поля.")
    String not_saved();

    // --- scorecards --------------------------------------------------------------------------------------------

    @Message("Скоркарды ролей")
    String scorecards_title();

    @Message("KPI из каталога в порядке показа, от 1 до 12.")
    String scorecards_hint();

    @Message("— выберите KPI —")
    String choose_kpi();

    @Message("Сохранить")
    String save();

    @Message("Скоркарда «{role}» сохранена.")
    String scorecard_saved(String role);

    @Message("Скоркарду «{role}» изменил другой пользователь — обновите страницу, чтобы увидеть изменения")
    String scorecard_stale(String role);

    // --- the channel catalog -----------------------------------------------------------------------------------

    @Message("Каталог каналов")
    String channel_catalog_title();

    @Message("Каналы, по которым отдел считает показатели, в порядке показа: их видят все страницы, фильтры, загрузки и сопоставление каналов. Канал, который называют правила сопоставления или сохранённые значения, удалить нельзя.")
    String channel_catalog_hint();

    @Message("Тип")
    String channel_kind();

    @Message("платный")
    String paid();

    @Message("органический")
    String organic();

    @Message("Соцсеть")
    String social();

    @Message("да")
    String yes();

    @Message("нет")
    String no();

    @Message("Сохранить каталог")
    String save_channels();

    @Message("Каталог каналов сохранён.")
    String channels_saved();

    @Message("Каталог каналов изменил другой пользователь — обновите страницу, чтобы увидеть изменения")
    String channel_catalog_stale();

    // --- company settings --------------------------------------------------------------------------------------

    @Message("Настройки компании")
    String settings_title();

    @Message("Валюта — для денег в файлах, где валюта не указана (GA4, amoCRM): её же предлагает форма загрузки. Часовой пояс определяет, какой сегодня день: окно дат значений и день сделок из CRM.")
    String settings_hint();

    @Message("Валюта компании")
    String company_currency();

    @Message("Часовой пояс")
    String time_zone();

    @Message("Сохранить настройки")
    String save_settings();

    @Message("Настройки сохранены.")
    String settings_saved();

    @Message("Настройки изменил другой пользователь — обновите страницу, чтобы увидеть изменения")
    String settings_stale();

    // --- what can be wrong with a setup form (application.setup.SetupProblem.Kind) ------------------------------

    @Message("Заполните это поле.")
    String problem_required();

    @Message("«{value}» — не из списка: выберите значение из списка.")
    String problem_not_a_choice(String value);

    @Message("«{value}» — не код: нужны строчные латинские буквы, цифры и _, например yandex_direct.")
    String problem_not_a_code(String value);

    @Message("«{value}» уже есть в строке {row}.")
    String problem_repeated(String value, String row);

    @Message("Канала «{value}» нет в каталоге каналов.")
    String problem_unknown_channel(String value);

    @Message("Базового показателя «{value}» нет.")
    String problem_unknown_measure(String value);

    @Message("KPI «{value}» нет в каталоге.")
    String problem_unknown_kpi(String value);

    @Message("«{value}» совпал бы с любым источником: напишите начало источника перед *.")
    String problem_pattern_matches_all(String value);

    @Message("Канал «{value}» нельзя удалить: его называют правила сопоставления ({count}).")
    String problem_channel_has_rules(String value, String count);

    @Message("Канал «{value}» нельзя удалить: по нему сохранены значения.")
    String problem_channel_has_values(String value);

    @Message("Добавьте хотя бы одну строку.")
    String problem_empty();

    @Message("Строк слишком много: {count}, можно не больше {max}.")
    String problem_too_many(String count, String max);

    @Message("«{value}» — не валюта: выберите код ISO, например RUB, USD, EUR.")
    String problem_not_a_currency(String value);

    @Message("«{value}» — не часовой пояс: выберите название, например Europe/Moscow.")
    String problem_not_a_zone(String value);

    @Message("Неделя начинается в понедельник, а {day} — не понедельник.")
    String problem_week_start(String day);

    @Message("Месяц начинается с первого числа, а не {day}.")
    String problem_month_start(String day);

    @Message("{value} меньше нуля: этот показатель не бывает отрицательным.")
    String problem_negative(String value);

    @Message("Это деньги: выберите валюту.")
    String problem_currency_required();

    @Message("Этого значения больше нет: его удалил или изменил другой пользователь.")
    String problem_gone();

    @Message("«{sent}» — нет такой роли: обновите страницу и повторите.")
    String refused_role(String sent);

    @Message("«{sent}» — не действие этой формы: обновите страницу и повторите.")
    String refused_action(String sent);

    @Message("«{sent}» — не ключ значения: обновите страницу и повторите.")
    String refused_value_key(String sent);

    @Message("«{sent}» — не номер страницы.")
    String refused_page(String sent);
}
