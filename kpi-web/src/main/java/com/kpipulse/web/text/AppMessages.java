package com.kpipulse.web.text;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** UI texts. Russian here (the default), English in {@code messages/msg_en.properties}. */
@MessageBundle(value = "msg", locale = "ru")
public interface AppMessages {

    @Message("KPI Pulse")
    String app_name();

    @Message("Главная")
    String nav_home();

    @Message("Скоркарды")
    String nav_scorecards();

    @Message("Настройка")
    String nav_admin();

    @Message("Загрузки")
    String nav_imports();

    @Message("Выйти")
    String logout();

    @Message("Выход из KPI Pulse")
    String logout_title();

    @Message("Нажмите кнопку, чтобы выйти. Выход завершает сеанс и в службе входа.")
    String logout_text();

    @Message("English")
    String switch_language();

    @Message("Этот сервер отвечает по адресу {url}.")
    String misdirected(String url);

    @Message("en")
    String other_language();

    @Message("Здравствуйте, {name}!")
    String greeting(String name);

    @Message("Ваши роли")
    String your_roles();

    @Message("Ваши скоркарды")
    String your_scorecards();






    @Message("Настройка (администратор)")
    String admin_title();

    @Message("Каталог KPI: {count} показателей.")
    String admin_catalog_count(int count);

    @Message("Новая цель (мастер SMART)")
    String admin_new_goal();

    @Message("Каталог KPI и свои формулы")
    String admin_catalog();

    @Message("Ввести значения вручную (опросы, рынок, дебиторка)")
    String admin_values();

    @Message("Каналы: сопоставление источников")
    String admin_channels();

    @Message("Состав скоркард по ролям")
    String admin_scorecards();

    @Message("Каталог каналов")
    String admin_channel_catalog();

    @Message("Настройки компании: валюта и часовой пояс")
    String admin_settings();

    @Message("Загрузить файл с данными")
    String admin_upload();

    @Message("REST API (OpenAPI)")
    String admin_api();

    @Message("Цели (изменить)")
    String admin_goals();

    @Message("Доступ запрещён")
    String forbidden_title();

    @Message("У роли «{roles}» нет доступа к этой странице. Если он нужен, обратитесь к администратору.")
    String forbidden_text(String roles);

    @Message("Вернуться на главную")
    String back_home();

    @Message("Что-то пошло не так")
    String error_title();

    @Message("Мы записали ошибку под номером {id}. Попробуйте ещё раз; если повторится, сообщите этот номер администратору.")
    String error_text(String id);

    @Message("Страница не найдена")
    String not_found_title();

    @Message("Такой страницы нет. Проверьте адрес.")
    String not_found_text();

    @Message("Вы вышли из KPI Pulse")
    String signed_out_title();

    @Message("Войти снова")
    String sign_in_again();

    @Message("База данных недоступна")
    String database_unavailable_title();

    @Message("Сервер сейчас не может связаться с базой данных — обычно это на минуту-другую. Обновите страницу чуть позже. Если вы что-то сохраняли, это не сохранено: повторите, когда страница откроется.")
    String database_unavailable_text();

    @Message("Вход временно недоступен")
    String sign_in_unavailable_title();

    @Message("Сервер входа (Keycloak) сейчас не отвечает, поэтому войти нельзя. Кто уже вошёл, продолжает работать. Попробуйте войти через несколько минут; если не выйдет, сообщите администратору.")
    String sign_in_unavailable_text();

    @Message("Попробовать снова")
    String sign_in_try_again();

    @Message("Перейти к содержимому")
    String skip_to_content();

    @Message("Не получилось: сервер ответил «{status}». Обновите страницу; если повторится — сообщите администратору.")
    String request_failed(String status);

    @Message("Нет прав на это действие.")
    String request_forbidden();

    @Message("Нет связи с сервером. Проверьте сеть и повторите.")
    String request_offline();

    @Message("Запрос не удалось прочитать")
    String invalid_title();

    @Message("В адресе есть значение, которое нельзя использовать:")
    String invalid_text();

    @Message("Цель")
    String api_goal();

    @Message("Показатель")
    String api_kpi();

    @Message("Сопоставление каналов")
    String api_channels();

    @Message("Скоркард")
    String api_scorecard();

    @Message("Каталог каналов")
    String api_channel_catalog();

    @Message("Настройки компании")
    String api_settings();

    @Message("{what} изменил другой пользователь: сейчас это версия {version}. Прочитайте заново и повторите изменение.")
    String api_stale(String what, long version);

    @Message("«{sent}» — не версия: пришлите в If-Match ETag из ответа на чтение, например \"3\", или номер версии в теле")
    String api_version_unreadable(String sent);

    @Message("«{sent}» — не шаг периода: ожидается неделя, месяц или квартал (WEEK, MONTH, QUARTER)")
    String problem_not_a_grain(String sent);

    @Message("«{sent}» — не шаг периода: ожидается день, неделя, месяц, квартал или год (DAY, WEEK, MONTH, QUARTER, YEAR)")
    String problem_not_an_api_grain(String sent);

    @Message("нет канала «{sent}»: ожидается один из {known}")
    String problem_no_such_channel(String sent, String known);

    @Message("«{sent}» — не код канала: ожидаются латинские буквы в нижнем регистре, цифры и _, например vk_ads")
    String problem_not_a_channel_code(String sent);

    @Message("не больше {max} каналов за раз")
    String problem_too_many_channels(int max);

    @Message("«to» ({to}) раньше «from» ({from})")
    String problem_to_before_from(String to, String from);

    @Message("в интервале больше {max} периодов такого шага: выберите шаг крупнее или интервал короче")
    String problem_too_many_points(long max);

    @Message("в интервале больше {max} дней: выберите интервал короче")
    String problem_span_too_long(int max);

    @Message("«{sent}» — не номер версии: обновите страницу и повторите")
    String problem_not_a_version(String sent);

    @Message("значение не того типа (ожидается текст, число, список или объект)")
    String api_body_wrong_type();

    @Message("тело запроса не той структуры")
    String api_body_wrong_shape();

    @Message("тело запроса — не корректный JSON")
    String api_body_not_json();

    @Message("в теле слишком глубокая вложенность или слишком длинное число или текст")
    String api_body_too_deep();

    @Message("тело запроса не читается как JSON")
    String api_body_unreadable();

    @Message("строка {line}, столбец {column}")
    String api_body_at(long line, long column);

    @Message("поле {field}")
    String api_body_field(String field);

    @Message("Код в адресе и в теле должен совпадать")
    String api_code_mismatch();

    @Message("Пришлите описание показателя в JSON")
    String api_kpi_body_required();

    @Message("«{sent}» не подходит для {field}: ожидается одно из {expected}")
    String api_not_one_of(String sent, String field, String expected);

    @Message("Пришлите заметку в JSON: {example}")
    String api_note_body_required(String example);
}
