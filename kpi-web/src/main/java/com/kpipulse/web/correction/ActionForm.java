package com.kpipulse.web.correction;

import java.util.List;
import java.util.Map;

/**
 * The action form as shown: what is in its fields (as typed, or pre-filled), the choices it offers and, after a
 * refused save, each field's reason.
 *
 * @param id       the action's id when it is changed; "" for a new one
 * @param version  the version the form was read at; "" for a new one
 * @param note     how it was pre-filled, "" when it was not
 * @param cause    the analysis' cause, "" when none
 * @param errors   the reason per field ({@code title}, {@code owner}, {@code dueDate}, …)
 * @param problem  what the form says over its fields (nothing saved, or changed meanwhile); "" when all went well
 * @param effectWindowDays the days after the due date the effect is watched, as typed
 */
public record ActionForm(String id, String version, String title, String goal, String kpi, List<Choice> goals,
                         List<Choice> kpis, List<Choice> channels, List<Choice> owners, String due, String hypothesis,
                         String effectKpi, String effectDirection, String effectSize, List<Choice> effectKpis,
                         String effectWindowDays, String note, String cause, String peopleNote,
                         Map<String, String> errors, String problem) {

    /** One choice of a select or a box: its value, its label, whether it is chosen. */
    public record Choice(String value, String label, boolean chosen) {
    }

    public boolean editing() {
        return !id.isEmpty();
    }

    /** The reason a field was refused, "" when it was not. */
    public String error(String field) {
        return errors.getOrDefault(field, "");
    }
}
