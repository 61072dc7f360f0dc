package com.kpipulse.web.scorecard;

import com.kpipulse.application.goal.PeriodJudgement;
import com.kpipulse.application.scorecard.Scorecard;
import com.kpipulse.domain.evaluation.KpiEvaluation;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.period.Coverage;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.web.text.Formats;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One KPI row of a scorecard in the reader's language: name with its explanation and formula, actual, target,
 * attainment, status in words, sparkline and trend. Numbers stay numbers; the template formats them. Every row
 * says why it has the status it has, also when there is no target (no goal, no target per channel, a period to
 * come) and when there is no value because the KPI is counted for other periods.
 *
 * @param reason     why the status is what it is (or why there is no target)
 * @param targetNote which days the target is for, when not the whole period (and their actual, when it differs from
 *                   the period's)
 * @param shareNote  under a channel filter: how the channels' target was taken from the goal's
 * @param onlyPer    when the KPI has no value for this grain: why, and where it has one
 * @param provisional the KPI's data do not cover the period to its end: its figure is to date
 * @param coverageNote the KPI's own note when it covers fewer days than the page says («неполный период: данные по
 *                     01.12, 1 из 31 дня»); "" otherwise
 * @param trendNote  what the trend compares: the same days of the period before, for a provisional period; ""
 */
public record ScorecardRowView(String code, String name, String explanation, String formula, KpiValue actual,
                               Optional<KpiValue> target, Optional<BigDecimal> attainment, StatusView status,
                               String reason, Optional<String> goalTitle, String targetNote, String shareNote,
                               boolean fromGoal, Optional<OnlyPer> onlyPer, boolean provisional, String coverageNote,
                               Sparkline sparkline, Optional<Trend> trend, String trendNote) {

    /** A KPI counted only for other periods: why (the title), and a link to the grain it has a value for. */
    public record OnlyPer(String reason, String linkText, String href) {
    }

    static ScorecardRowView from(Scorecard.Row row, Period period, Coverage page, Locale locale,
                                 ScorecardMessages messages, Function<Grain, String> linkToGrain) {
        KpiDefinition kpi = row.kpi();
        PeriodJudgement judgement = row.judgement();
        Optional<KpiEvaluation> evaluation = row.evaluation();
        StatusView status = switch (judgement) {
            case PeriodJudgement.Judged judged -> StatusView.of(judged.evaluation().status(), locale);
            case PeriodJudgement.Upcoming upcoming -> StatusView.upcoming(messages.upcoming());
            case PeriodJudgement.NoChannelPlan none -> StatusView.noTarget(messages.no_channel_plan());
            case PeriodJudgement.NoGoal none -> StatusView.noTarget(messages.no_target());
        };
        Optional<Currency> currency = row.actual() instanceof KpiValue.Known known ? known.currency() : Optional.empty();
        String reason = switch (judgement) {
            case PeriodJudgement.Judged judged -> judged.evaluation().reason().in(locale);
            case PeriodJudgement.Upcoming upcoming -> messages.upcoming_reason(
                    Formats.number(upcoming.target(), kpi.unit(), currency, locale), Formats.date(upcoming.from(), locale));
            case PeriodJudgement.NoChannelPlan none -> switch (none.reason()) {
                case LEVEL_FOR_ALL_CHANNELS -> messages.no_channel_plan_level(none.goal().title());
                case NO_BASE_FOR_SHARE -> messages.no_channel_plan_base(none.goal().title(),
                        none.base().map(base -> range(base, locale)).orElse(""));
            };
            case PeriodJudgement.NoGoal none -> messages.no_target_reason();
        };
        Optional<KpiValue> target = switch (judgement) {
            case PeriodJudgement.Judged judged -> Optional.of(judged.evaluation().target());
            case PeriodJudgement.Upcoming upcoming -> Optional.of(new KpiValue.Known(upcoming.target(), kpi.unit(), currency));
            default -> Optional.empty();
        };
        String targetNote = "";
        String shareNote = "";
        if (judgement instanceof PeriodJudgement.Judged judged) {
            if (!judged.window().equals(period)) {
                KpiValue windowActual = judged.evaluation().actual();
                boolean sameActual = windowActual.number().isEmpty() && row.actual().number().isEmpty()
                        || windowActual.number().isPresent() && row.actual().number().isPresent()
                        && windowActual.number().get().compareTo(row.actual().number().get()) == 0;
                targetNote = sameActual ? messages.target_window(day(judged.window().start(), locale),
                        day(judged.window().lastDay(), locale))
                        : messages.target_window_actual(day(judged.window().start(), locale),
                        day(judged.window().lastDay(), locale), Formats.display(windowActual, locale));
            }
            shareNote = judged.share().map(share -> share.ofBaseline()
                    ? messages.channel_share_baseline(Formats.percent(share.share(), locale), range(share.base(), locale))
                    : messages.channel_share_before(Formats.percent(share.share(), locale), range(share.base(), locale)))
                    .orElse("");
        }
        Optional<OnlyPer> onlyPer = row.perPeriodOnly().map(only -> {
            Optional<Grain> shown = only.grains().stream().filter(grain -> !per(grain, messages).isEmpty()).findFirst();
            String per = shown.map(grain -> per(grain, messages)).orElse("");
            return new OnlyPer(messages.per_period_only(only.measure().name(locale), only.grains().stream()
                    .map(grain -> grains(grain, messages)).collect(Collectors.joining(", ")), per), per,
                    shown.map(linkToGrain).orElse(""));
        });
        Coverage coverage = row.coverage();
        String coverageNote = coverage.equals(page) ? "" : coverage.note().map(note -> note.in(locale)).orElse("");
        return new ScorecardRowView(kpi.code().value(), kpi.name(locale), kpi.explanation(locale), kpi.formula(),
                row.actual(), target, evaluation.flatMap(KpiEvaluation::attainment), status, reason,
                judgement instanceof PeriodJudgement.Judged judged ? Optional.of(judged.goal().title()) : Optional.empty(),
                targetNote, shareNote, row.fromGoal(), onlyPer, coverage.provisional(), coverageNote,
                Sparkline.of(row.history(), row.coverages().stream().map(Coverage::provisional).toList()),
                Trend.of(kpi, row.actual(), row.previous()), coverage.provisional() ? messages.trend_same_days() : "");
    }

    /** The title text: what the KPI is and how it is computed. */
    public String tooltip() {
        return explanation.isBlank() ? formula : explanation + " — " + formula;
    }

    private static String day(java.time.LocalDate day, Locale locale) {
        return Formats.dayMonth(day, locale);
    }

    private static String range(Period period, Locale locale) {
        return Formats.date(period.start(), locale) + "–" + Formats.date(period.lastDay(), locale);
    }

    private static String grains(Grain grain, ScorecardMessages messages) {
        return switch (grain) {
            case DAY -> messages.grains_day();
            case WEEK -> messages.grains_week();
            case MONTH -> messages.grains_month();
            case QUARTER -> messages.grains_quarter();
            case YEAR -> messages.grains_year();
        };
    }

    /** "за месяц" for the grains a scorecard shows; "" for the others. */
    private static String per(Grain grain, ScorecardMessages messages) {
        return switch (grain) {
            case WEEK -> messages.per_week();
            case MONTH -> messages.per_month();
            case QUARTER -> messages.per_quarter();
            case DAY, YEAR -> "";
        };
    }
}
