package com.kpipulse.web.importing;

import com.kpipulse.application.importing.ImportStatus;
import com.kpipulse.application.importing.pull.PullStatus;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the import screens. Russian here (the default), English in {@code messages/imp_en.properties}. */
@MessageBundle(value = "imp", locale = "ru")
public interface ImportMessages {

    @Message("Загрузки данных")
    String list_title();

    @Message("Загрузить файл")
    String new_import();

    @Message("Последние загрузки")
    String past_imports();

    @Message("Загрузок ещё не было.")
    String no_imports();

    @Message("Когда")
    String col_when();

    @Message("Кто")
    String col_who();

    @Message("Файл")
    String col_file();

    @Message("Формат")
    String col_preset();

    @Message("Статус")
    String col_status();

    @Message("Строк / значений")
    String col_counts();

    @Message("Период")
    String col_period();

    @Message("Подключения к API")
    String connections();

    @Message("Подключений к API нет.")
    String no_connections();

    @Message("Подключение")
    String col_connection();

    @Message("Последняя синхронизация")
    String col_last_sync();

    @Message("ещё не было")
    String never_synced();

    @Message("{#when status}{#is COMMITTED}Загружено{#is PREVIEW}Предпросмотр{#is REJECTED}Отклонено{#is RUNNING}Загружается{#is INTERRUPTED}Прервано{/when}")
    String status(ImportStatus status);

    @Message("{#when status}{#is IMPORTED}Загружено{#is NO_DATA}Нет данных{#is REJECTED}Отклонено{#is FAILED}Ошибка{/when}")
    String sync_status(PullStatus status);

    @Message("Загрузка файла")
    String upload_title();

    @Message("Файл выгрузки")
    String field_file();

    @Message("CSV, TSV, XLSX или JSON из рекламного кабинета, аналитики или CRM.")
    String field_file_hint();

    @Message("Формат (пресет)")
    String field_preset();

    @Message("Определить автоматически")
    String auto_detect();

    @Message("Сопоставление столбцов (только для формата «generic»)")
    String field_mapping();

    @Message("По строке на столбец: «Заголовок = код», например «Расход = ad_spend». Коды: date, channel, campaign, source, currency и коды показателей. Пусто: заголовки, совпадающие с кодами, берутся как есть.")
    String field_mapping_hint();

    @Message("Валюта денежных столбцов")
    String field_currency();

    @Message("Для сумм, валюту которых не называет файл (GA4, amoCRM). Валюту компании меняет администратор в настройках.")
    String field_currency_hint();

    @Message("{currency} — валюта компании, если в файле её нет")
    String currency_of_company(String currency);

    @Message("Проверить и показать")
    String preview_button();

    @Message("Загрузить")
    String confirm_button();

    @Message("Файл передаётся и проверяется…")
    String in_progress();

    /** Before the bytes sent so far: «Передано 12,5 из 40,2 МБ (31 %)». */
    @Message("Передано")
    String upload_sending();

    @Message("из")
    String upload_of();

    @Message("МБ")
    String upload_megabytes();

    /** Once the last byte is sent, until the server reports the first rows checked. */
    @Message("Файл передан, проверяем строки…")
    String upload_checking();

    /** While the server checks the rows: «Файл передан, проверено строк: 120 000…» (the count formatted). */
    @Message("Файл передан, проверено строк: {rows}…")
    String upload_rows_checked(String rows);

    @Message("Выберите файл.")
    String choose_file();

    @Message("Предпросмотр: ничего ещё не сохранено")
    String preview_title();

    @Message("Формат «{preset}» определён автоматически; если он не тот, выберите формат в списке и проверьте снова.")
    String guessed(String preset);

    @Message("Формат «{preset}».")
    String chosen(String preset);

    @Message("Строк: {rows}, значений: {values}, период {period}.")
    String counts(String rows, String values, String period);

    @Message("Первые значения так, как они будут сохранены")
    String first_values();

    @Message("Строка")
    String col_line();

    @Message("Показатель")
    String col_measure();

    @Message("Дата")
    String col_date();

    @Message("Канал")
    String col_channel();

    @Message("Кампания")
    String col_campaign();

    @Message("Источник")
    String col_source();

    @Message("Значение")
    String col_value();

    @Message("Сопоставление столбцов")
    String mapping_title();

    @Message("Столбец файла")
    String col_header();

    @Message("Куда")
    String col_target();

    @Message("Сопоставление не задано: столбцы, чьи заголовки совпадают с кодами, берутся как есть.")
    String mapping_by_headers();

    @Message("Файл не будет загружен: исправьте ошибки и проверьте снова. Ни одно значение не сохранено.")
    String problems_intro();

    @Message("Ошибки")
    String problems_title();

    @Message("Столбец")
    String col_column();

    @Message("Что не так")
    String col_reason();

    @Message("весь файл")
    String whole_file();

    @Message("…и ещё {count} ошибок.")
    String more_problems(String count);

    @Message("Файл или настройки изменились после предпросмотра. Проверьте новый предпросмотр и подтвердите снова.")
    String changed_since_preview();

    @Message("Строка «{line}» не в виде «Заголовок = код».")
    String bad_mapping_line(String line);

    @Message("Отчёт о загрузке")
    String report_title();

    @Message("Все значения сохранены.")
    String committed_text();

    @Message("Новых значений: {added}, заменено: {replaced}, без изменений: {unchanged}.")
    String written(String added, String replaced, String unchanged);

    @Message("Файл отклонён, ни одно значение не сохранено.")
    String rejected_text();

    @Message("Файл ещё загружается: его значения появятся все сразу, когда загрузка закончится.")
    String running_text();

    @Message("Загрузка прервалась: сервер остановился, не закончив её. Ни одно значение из файла не сохранено — загрузите его ещё раз.")
    String interrupted_text();

    @Message("Все загрузки")
    String all_imports();

    @Message("Загрузить ещё файл")
    String another();

    @Message("Перед загрузкой")
    String warnings_title();

    @Message("Запрос отклонён: у вашей роли нет прав на это действие.")
    String error_forbidden();

    @Message("Не получилось выполнить запрос. Попробуйте ещё раз; если повторится, сообщите администратору.")
    String error_other();
}
