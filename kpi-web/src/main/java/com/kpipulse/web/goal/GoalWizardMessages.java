package com.kpipulse.web.goal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the goal wizard. Russian here, English in {@code messages/gw_en.properties}. */
@MessageBundle(value = "gw", locale = "ru")
public interface GoalWizardMessages {

    @Message("Новая цель")
    String title();

    @Message("1. Что хотим получить")
    String step_goal();

    @Message("Формулировка цели")
    String goal_title();

    @Message("Например: «Увеличить онлайн-продажи на 20%»")
    String goal_title_hint();

    @Message("Бизнес-задача")
    String objective();

    @Message("— выберите —")
    String choose();

    @Message("Продажи")
    String objective_sales();

    @Message("Трафик")
    String objective_traffic();

    @Message("Узнаваемость бренда")
    String objective_brand();

    @Message("Отношения с клиентами")
    String objective_customers();

    @Message("2. KPI и план")
    String step_kpis();

    @Message("3–5 показателей из каталога: начните вводить название по-русски или по-английски и выберите из списка. С шестого KPI появится предупреждение. План в процентах пишите в процентах: 25 — это 25 %.")
    String kpis_hint();

    @Message("«{text}» нет в каталоге KPI: выберите показатель из списка")
    String kpi_unknown(String text);

    @Message("Для прироста к базе укажите базовый период: с какого по какое число сравнивать")
    String baseline_missing();

    @Message("KPI {n}")
    String kpi_n(int n);

    @Message("План")
    String target_kind();

    @Message("без плана")
    String target_none();

    @Message("число")
    String target_absolute();

    @Message("прирост к базе, %")
    String target_relative();

    @Message("Значение плана")
    String target_value();

    @Message("Прирост, %")
    String change_percent();

    @Message("Базовый период (для прироста)")
    String baseline();

    @Message("с")
    String from();

    @Message("по")
    String to();

    @Message("3. Срок и распределение плана")
    String step_period();

    @Message("Начало")
    String start();

    @Message("Срок")
    String deadline();

    @Message("Распределение по неделям")
    String phasing();

    @Message("равномерно")
    String phasing_even();

    @Message("как в прошлом году (сезонность)")
    String phasing_seasonal();

    @Message("вручную по неделям")
    String phasing_manual();

    @Message("Впишите план каждой недели: для суммы (выручка, заказы) — её долю, для доли или среднего — уровень недели. Для начала подставлено равномерное распределение.")
    String manual_hint();

    @Message("«{kpi}» вручную по неделям")
    String manual_of(String kpi);

    @Message("Неделя {week}, {days}")
    String manual_week(String week, String days);

    @Message("Сумма {sum} из плана {target}; разница {difference}")
    String manual_sum(String sum, String target, String difference);

    @Message("Сумма {sum}: сходится с планом")
    String manual_balanced(String sum);

    @Message("Уровни по неделям; план цели — {target}")
    String manual_levels(String target);

    @Message("Равномерного распределения для начала нет: {reason}")
    String manual_no_split(String reason);

    @Message("4. Ответственный и доступ")
    String step_owner();

    @Message("Ответственный")
    String owner();

    @Message("Кто видит цель")
    String visible_to();

    @Message("{login} (нет среди пользователей)")
    String owner_not_listed(String login);

    @Message("Список пользователей сейчас недоступен: можно оставить прежнего ответственного или назначить себя.")
    String owners_unavailable();

    @Message("«{login}» нет среди пользователей: выберите ответственного из списка")
    String owner_unknown(String login);

    @Message("Версия формы")
    String field_version();

    @Message("✕ Ошибка")
    String severity_error();

    @Message("! Предупреждение")
    String severity_warning();

    @Message("i Справка")
    String severity_info();

    @Message("Страница цели")
    String goal_page_link();

    @Message("5. Проверка SMART")
    String step_review();

    @Message("Заполните поля — здесь появятся замечания по SMART и проверка реалистичности.")
    String review_empty();

    @Message("Замечаний нет: цель конкретна, измерима, ограничена сроком.")
    String review_clean();

    @Message("План «{kpi}» по неделям")
    String phasing_of(String kpi);

    @Message("Неделя")
    String week();

    @Message("План")
    String plan();

    @Message("Создать цель")
    String submit();

    @Message("Изменить цель")
    String edit_title();

    @Message("Сохранить цель")
    String save();

    @Message("Цель сохранена.")
    String saved();

    @Message("Цель изменил другой пользователь — обновите страницу, чтобы увидеть изменения")
    String goal_stale();

    @Message("У этой цели есть настройки, которых мастер не показывает (у KPI разные базовые периоды или распределения плана). При сохранении они станут такими, как в форме.")
    String edit_lossy();

    @Message("«{sent}» — не идентификатор этой цели: не указывайте его или укажите {id}")
    String problem_not_this_goal(String sent, String id);

    @Message("«{sent}» — не бизнес-задача: ожидается SALES, TRAFFIC, BRAND_AWARENESS или CUSTOMER_RELATIONS")
    String problem_not_an_objective(String sent);

    @Message("{count} KPI — слишком много для одной цели: не больше {max}")
    String problem_too_many_kpis(int count, int max);

    @Message("«{sent}» — не роль: ожидается admin, marketing-head, marketer, smm-specialist или viewer")
    String problem_not_a_role(String sent);

    @Message("здесь нужен KPI, например {example}")
    String problem_kpi_required(String example);

    @Message("нужен код KPI, например romi")
    String problem_kpi_code_required();

    @Message("«{sent}» — не код KPI: ожидаются латинские буквы в нижнем регистре, цифры и _, например romi")
    String problem_not_a_kpi_code(String sent);

    @Message("«{sent}» — не способ распределения: ожидается EVEN, SEASONAL или MANUAL")
    String problem_not_a_phasing(String sent);

    @Message("недели вводятся вручную: они нужны только при распределении MANUAL, а не {method}")
    String problem_parts_without_manual(String method);

    @Message("для распределения вручную (MANUAL) нужна часть плана на каждую неделю цели")
    String problem_manual_needs_parts();

    @Message("здесь нужна часть плана на неделю: начало недели и значение")
    String problem_part_required();

    @Message("«{sent}» увела бы показатель ниже нуля: изменение не меньше −100 %")
    String problem_below_zero(String sent);

    @Message("«{sent}» — не вид плана: ожидается ABSOLUTE, RELATIVE или NONE")
    String problem_not_a_target_kind(String sent);

    @Message("нужно значение, например 1500000,50")
    String problem_value_required();

    @Message("период заканчивается ({last}) раньше, чем начинается ({first})")
    String problem_ends_before_start(String last, String first);

    @Message("обязательное поле: дата в виде ГГГГ-ММ-ДД")
    String problem_date_required();

    @Message("пришлите цель в JSON")
    String problem_body_required();

    @Message("нужно поле archived: true — в архив, false — вернуть из архива")
    String problem_archived_required();
}
