package com.kpipulse.web.correction;

import com.kpipulse.application.goal.ManageGoals;
import com.kpipulse.application.kpi.ReadKpiCatalog;
import com.kpipulse.application.people.People;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.correction.ActionDetails;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.web.text.Names;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an action names, as people know it: a KPI by its name, a channel by the catalog's name, a person by the name
 * the directory gives, a goal by its title (when the reader may see it). A code nobody knows any more is shown as it is.
 */
@ApplicationScoped
public class ActionNames {

    @Inject
    ReadKpiCatalog catalog;

    @Inject
    People people;

    @Inject
    ManageGoals goals;

    public LocalizedText kpi(String code) {
        return catalog.find(code).map(kpi -> LocalizedText.of(kpi.nameRu(), kpi.nameEn()))
                .orElse(LocalizedText.of(code, code));
    }

    public String kpi(String code, Locale locale) {
        return catalog.find(code).map(kpi -> kpi.name(locale)).orElse(code);
    }

    public Optional<KpiDefinition> kpiDefinition(String code) {
        return catalog.find(code);
    }

    public LocalizedText channel(String code) {
        return LocalizedText.of(Names.channel(code, Locale.forLanguageTag("ru")), Names.channel(code, Locale.ENGLISH));
    }

    public String channel(String code, Locale locale) {
        return Names.channel(code, locale);
    }

    public String person(String login) {
        return people.nameOf(login);
    }

    /** The goal's title, if the goal is there and the reader's roles see it. */
    public Optional<String> goal(GoalId id, Set<String> roles) {
        return goals.find(id, roles).map(goal -> goal.value().title());
    }

    /** The goal, the KPI and the channels an action is for, by their names, as its row in a list says them. */
    public String forWhat(ActionDetails details, Set<String> roles, Locale locale) {
        return ActionRow.forWhat(details, roles, this, locale);
    }
}
