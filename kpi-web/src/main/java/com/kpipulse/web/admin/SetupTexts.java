package com.kpipulse.web.admin;

import com.kpipulse.application.setup.SetupProblem;
import com.kpipulse.web.text.Bundles;

import java.util.List;
import java.util.Locale;

/** What is wrong with a setup form, said in the reader's language through the {@code adm} bundle. */
public final class SetupTexts {

    private SetupTexts() {
    }

    public static String of(SetupProblem problem, Locale locale) {
        AdminMessages texts = messages(locale);
        List<String> args = problem.args();
        return switch (problem.kind()) {
            case REQUIRED -> texts.problem_required();
            case INPUT -> problem.input().message(locale);
            case NOT_A_CHOICE -> texts.problem_not_a_choice(args.get(0));
            case NOT_A_CODE -> texts.problem_not_a_code(args.get(0));
            case REPEATED -> texts.problem_repeated(args.get(0), args.get(1));
            case UNKNOWN_CHANNEL -> texts.problem_unknown_channel(args.get(0));
            case UNKNOWN_MEASURE -> texts.problem_unknown_measure(args.get(0));
            case UNKNOWN_KPI -> texts.problem_unknown_kpi(args.get(0));
            case PATTERN_MATCHES_ALL -> texts.problem_pattern_matches_all(args.get(0));
            case CHANNEL_HAS_RULES -> texts.problem_channel_has_rules(args.get(0), args.get(1));
            case CHANNEL_HAS_VALUES -> texts.problem_channel_has_values(args.get(0));
            case EMPTY -> texts.problem_empty();
            case TOO_MANY -> texts.problem_too_many(args.get(0), args.get(1));
            case NOT_A_CURRENCY -> texts.problem_not_a_currency(args.get(0));
            case NOT_A_ZONE -> texts.problem_not_a_zone(args.get(0));
            case WEEK_START -> texts.problem_week_start(args.get(0));
            case MONTH_START -> texts.problem_month_start(args.get(0));
            case NEGATIVE -> texts.problem_negative(args.get(0));
            case CURRENCY_REQUIRED -> texts.problem_currency_required();
            case GONE -> texts.problem_gone();
        };
    }

    /** The admin pages' texts in the reader's language. */
    public static AdminMessages messages(Locale locale) {
        return Bundles.of(AdminMessages.class, locale);
    }
}
