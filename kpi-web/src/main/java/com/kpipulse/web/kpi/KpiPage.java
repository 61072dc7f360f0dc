package com.kpipulse.web.kpi;

import com.kpipulse.web.page.Htmx;

import com.kpipulse.application.analysis.AnnotateValues;
import com.kpipulse.application.evaluation.ExplainByCampaign;
import com.kpipulse.application.evaluation.ExplainKpi;
import com.kpipulse.application.evaluation.KpiExplanation;
import com.kpipulse.application.evaluation.ValueSeries;
import com.kpipulse.application.goal.PaceAgainstGoals;
import com.kpipulse.application.goal.PeriodJudgement;
import com.kpipulse.application.goal.TargetTrack;
import com.kpipulse.application.measure.SourceSummary;
import com.kpipulse.domain.analysis.Annotation;
import com.kpipulse.domain.evaluation.KpiEvaluation;
import com.kpipulse.domain.evaluation.PhasingMethod;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.input.DateWindow;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.web.access.AccessAnswers;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.access.Parameters;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.text.Formats;
import com.kpipulse.web.text.Names;
import com.kpipulse.web.security.Roles;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.scorecard.StatusView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The KPI detail page: the figure, its history against the target and the pace towards its goal, the channels behind
 * it (and, one channel at a time, its campaigns), the base-measure values the formula used, notes, and where the
 * values came from.
 */
@Path("/kpis/{code}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
public class KpiPage {


    @CheckedTemplate
    static class Templates {
        static native TemplateInstance detail(KpiDetailView view, Optional<CampaignsView> campaigns);

        static native TemplateInstance detail$notes(KpiDetailView view);

        static native TemplateInstance detail$campaigns(Optional<CampaignsView> campaigns);
    }

    /**
     * What the page shows, ready for the template; {@code periodLabel} as it follows "за" / "for".
     *
     * @param provisional the period's note while its data do not cover it to the end; "" for a complete one
     * @param chartProvisional the chart draws a provisional period (hollow point, dashed segment)
     */
    public record KpiDetailView(String code, String name, String explanation, String formula, String periodLabel,
                                KpiValue value, String provisional, JudgementView judgement, LineChart.Chart chart,
                                boolean chartProvisional, Optional<PacingView> pacing,
                                List<ChannelRow> channels, List<MeasureRow> measures, List<Annotation> notes,
                                List<SourceSummary> sources, String grain, String previousDay, String nextDay,
                                String today, String error) {
    }

    /**
     * The KPI in the shown period against the goals the reader may see, judged as the scorecard rows judge it.
     *
     * @param status empty when no goal judges the period (yet)
     */
    public record JudgementView(Optional<StatusView> status, String text) {
    }

    /** One channel in the drill-down. */
    public record ChannelRow(String channel, String name, KpiValue now, KpiValue before) {
    }

    /** One base measure of the formula. */
    public record MeasureRow(String code, String name, KpiValue value) {
    }

    /**
     * The pace towards the goal the KPI belongs to: the goal, its target and span, where it stood at the end of the
     * last period shown, and the chart of the due amount against the actual since the goal's start.
     */
    public record PacingView(String goalTitle, boolean cumulative, KpiValue goalTarget, LocalDate start,
                             LocalDate deadline, String spread, Optional<PaceNow> last, LineChart.Chart chart) {
    }

    /** Where the goal stood on a day: the actual since its start, what was due by then, and the two compared. */
    public record PaceNow(LocalDate asOf, KpiValue actual, KpiValue due, String attainment, StatusView status) {
    }

    /**
     * The KPI per campaign of one channel, in the period shown and the one before.
     *
     * @param notPerCampaign why the campaigns have no value, when a measure of the KPI is not kept per campaign; ""
     */
    public record CampaignsView(String channel, String channelName, String periodLabel, List<CampaignRow> rows,
                                String notPerCampaign) {
    }

    /** One campaign; {@code named} is false for values that came without a campaign. */
    public record CampaignRow(String name, boolean named, KpiValue now, KpiValue before) {
    }

    @Inject
    ExplainKpi explain;

    @Inject
    ExplainByCampaign byCampaign;

    @Inject
    PaceAgainstGoals pace;

    @Inject
    AnnotateValues annotations;

    @Inject
    CurrentReader reader;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @Inject
    Ui ui;

    /**
     * The page; with {@code channel} it also lists that channel's campaigns. An htmx request for a channel gets only
     * the campaign fragment, so the channel table's links expand it in place and still work as plain links.
     */
    @GET
    public TemplateInstance detail(@PathParam("code") String code, @QueryParam("grain") String grain,
                                   @QueryParam("day") String day, @QueryParam("channel") String channel,
                                   @HeaderParam(Htmx.REQUEST_HEADER) String htmx) {
        Grain shownGrain = Parameters.grain(grain, Grain.WEEK);
        LocalDate shownDay = Parameters.day("day", day).orElseGet(this::today);
        Optional<String> shownChannel = Parameters.channel(channel);
        if (Htmx.asked(htmx) && shownChannel.isPresent()) {
            return ui.page(Templates.detail$campaigns(campaigns(code, shownGrain, shownDay, shownChannel)));
        }
        KpiDetailView view = view(code, shownGrain, shownDay, null);
        return ui.page(Templates.detail(view, campaigns(code, shownGrain, shownDay, shownChannel)));
    }

    @POST
    @Path("notes")
    public Response addNote(@PathParam("code") String code, @RestForm("day") String day, @RestForm("text") String text,
                            @RestForm("grain") String grain) {
        Grain shownGrain = Parameters.grain(grain, Grain.WEEK);
        String error = switch (annotations.annotate(reader.get(), code, day, null, text)) {
            case AnnotateValues.Outcome.Added added -> null;
            case AnnotateValues.Outcome.Rejected rejected -> rejected.reason().in(ui.locale());
            case AnnotateValues.Outcome.Denied denied -> throw new ForbiddenException("KPI " + code);
        };
        LocalDate shownDay = DateWindow.parsePlanned(day) instanceof DateWindow.Parsed parsed ? parsed.day() : today();
        KpiDetailView view = view(code, shownGrain, shownDay, error);
        return Response.status(error == null ? 200 : 422).entity(ui.page(Templates.detail$notes(view))).build();
    }

    private KpiDetailView view(String code, Grain grain, LocalDate day, String error) {
        KpiExplanation explanation = AccessAnswers.orRefuse(explain.explain(reader.get(), code, grain, day, Set.of()),
                "KPI " + code);
        KpiDefinition kpi = explanation.kpi();
        Locale locale = ui.locale();
        KpiDetailMessages messages = messages(locale);
        Period period = explanation.period();
        List<ValueSeries.PeriodValue> history = explanation.history().values();
        List<String> labels = history.stream().map(value -> value.period().label(locale)).toList();
        TargetTrack track = pace.track(kpi, grain, history.stream().map(ValueSeries.PeriodValue::period).toList(),
                identity.getRoles());
        Map<Integer, String> provisional = new HashMap<>();
        for (int i = 0; i < history.size(); i++) {
            int index = i;
            history.get(i).coverage().note().ifPresent(note -> provisional.put(index, note.in(locale)));
        }
        Optional<Currency> currency = explanation.history().total() instanceof KpiValue.Known known
                ? known.currency() : Optional.empty();
        LineChart.Chart chart = LineChart.of("kpi-chart", messages.chart_label(kpi.name(locale)), labels, List.of(
                new LineChart.Line(LineChart.Style.ACTUAL, messages.legend_actual(), messages.look_solid(),
                        history.stream().map(value -> value.value().number().orElse(null)).toList(), provisional),
                new LineChart.Line(LineChart.Style.TARGET, messages.legend_target(), messages.look_dashed(),
                        track.steps().stream().map(step -> step.target().orElse(null)).toList())),
                value -> Formats.number(value, kpi.unit(), currency, locale));
        List<ChannelRow> channels = explanation.byChannel().stream()
                .map(channel -> new ChannelRow(channel.channel(), Names.channel(channel.channel(), locale), channel.value(),
                        channel.previous())).toList();
        List<MeasureRow> measures = explanation.measures().stream()
                .map(measure -> new MeasureRow(measure.code(), measure.name(locale), measure.value())).toList();
        KpiValue current = history.get(history.size() - 1).value();
        JudgementView judgement = judgement(kpi, pace.judge(kpi, period, identity.getRoles()), currency, messages);
        return new KpiDetailView(code, kpi.name(locale), kpi.explanation(locale), kpi.formula(), period.labelAsObject(locale),
                current, explanation.coverage().note().map(note -> note.in(locale)).orElse(""), judgement, chart,
                !provisional.isEmpty(), pacing(kpi, track, labels, provisional, explanation.history().total(), messages),
                channels, measures, explanation.annotations(),
                explanation.sources(), grain.name(), period.previous().start().toString(),
                period.next().start().toString(), period.start().toString(), error);
    }

    /** The period against the goals, in the same words and figures as the scorecard's row. */
    private JudgementView judgement(KpiDefinition kpi, PeriodJudgement judgement, Optional<Currency> currency,
                                    KpiDetailMessages messages) {
        Locale locale = ui.locale();
        return switch (judgement) {
            case PeriodJudgement.Judged judged when judged.evaluation().target().number().isEmpty() ->
                    new JudgementView(Optional.of(StatusView.of(judged.evaluation().status(), locale)),
                            messages.judgement_not_covered(judged.evaluation().reason().in(locale), judged.goal().title()));
            case PeriodJudgement.Judged judged -> {
                KpiEvaluation evaluation = judged.evaluation();
                yield new JudgementView(Optional.of(StatusView.of(evaluation.status(), locale)), messages.judgement_judged(
                        Formats.display(evaluation.actual(), locale),
                        Formats.number(evaluation.target().number().orElseThrow(), kpi.unit(), currency, locale),
                        Formats.date(judged.window().start(), locale), Formats.date(judged.window().lastDay(), locale),
                        evaluation.attainment().map(value -> Formats.percent(value, locale)).orElse("—"),
                        judged.goal().title()));
            }
            case PeriodJudgement.Upcoming upcoming -> new JudgementView(Optional.empty(), messages.judgement_upcoming(
                    upcoming.goal().title(), Formats.number(upcoming.target(), kpi.unit(), currency, locale),
                    Formats.date(upcoming.from(), locale)));
            case PeriodJudgement.NoChannelPlan none -> new JudgementView(Optional.empty(), messages.judgement_none());
            case PeriodJudgement.NoGoal none -> new JudgementView(Optional.empty(), messages.judgement_none());
        };
    }

    /** The pace chart: the actual added up (or the rate) since the goal's start against what was due by then. */
    private Optional<PacingView> pacing(KpiDefinition kpi, TargetTrack track, List<String> labels,
                                        Map<Integer, String> provisional, KpiValue overHistory,
                                        KpiDetailMessages messages) {
        if (track.pacedGoal().isEmpty()) {
            return Optional.empty();
        }
        TargetTrack.PacedGoal paced = track.pacedGoal().get();
        Goal goal = paced.goal();
        // targets are plain figures; money ones are in the currency the KPI's values are in
        Optional<Currency> currency = overHistory instanceof KpiValue.Known known ? known.currency() : Optional.empty();
        // the chart starts with the period the goal starts in: the periods before it have no pace to show
        List<TargetTrack.Step> steps = track.steps();
        int from = IntStream.range(0, steps.size()).filter(i -> steps.get(i).pace().isPresent()).findFirst().orElse(0);
        List<TargetTrack.Step> shown = steps.subList(from, steps.size());
        // a pace taken before its period's end (or the goal's deadline) because the data stop there is provisional
        Map<Integer, String> provisionalPace = new HashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            TargetTrack.Step step = shown.get(i);
            LocalDate end = min(step.period().lastDay(), goal.period().orElseThrow().lastDay());
            if (provisional.containsKey(from + i) && step.pace().filter(now -> now.asOf().isBefore(end)).isPresent()) {
                provisionalPace.put(i, provisional.get(from + i));
            }
        }
        LineChart.Chart chart = LineChart.of("kpi-pacing", messages.pacing_title(goal.title()),
                labels.subList(from, labels.size()), List.of(
                new LineChart.Line(LineChart.Style.SINCE_START, paced.cumulative() ? messages.legend_since_start_total()
                        : messages.legend_since_start_rate(), messages.look_solid(), shown.stream()
                        .map(step -> step.pace().flatMap(p -> p.actualSinceStart().number()).orElse(null)).toList(),
                        provisionalPace),
                new LineChart.Line(LineChart.Style.DUE, paced.cumulative() ? messages.legend_due_total()
                        : messages.legend_due_rate(), messages.look_dotted(), shown.stream()
                        .map(step -> step.pace().map(TargetTrack.Pace::due).orElse(null)).toList())),
                value -> Formats.number(value, kpi.unit(), currency, ui.locale()));
        PhasingMethod method = goal.kpis().stream().filter(goalKpi -> goalKpi.kpi().equals(kpi.code()))
                .map(goalKpi -> goalKpi.phasing().method()).findFirst().orElse(PhasingMethod.EVEN);
        String spread = switch (method) {
            case EVEN -> messages.spread_even();
            case SEASONAL -> messages.spread_seasonal();
            case MANUAL -> messages.spread_manual();
        };
        Optional<PaceNow> last = track.steps().reversed().stream().map(TargetTrack.Step::pace).flatMap(Optional::stream)
                .findFirst().map(now -> new PaceNow(now.asOf(), now.actualSinceStart(),
                        new KpiValue.Known(now.due(), kpi.unit(), currency),
                        now.evaluation().attainment().map(value -> Formats.percent(value, ui.locale())).orElse("—"),
                        StatusView.of(now.evaluation().status(), ui.locale())));
        return Optional.of(new PacingView(goal.title(), paced.cumulative(),
                new KpiValue.Known(paced.goalTarget(), kpi.unit(), currency), goal.start(),
                goal.period().orElseThrow().lastDay(), spread, last, chart));
    }

    /** The campaigns of one channel of the catalog; nothing when no channel is asked for. */
    private Optional<CampaignsView> campaigns(String code, Grain grain, LocalDate day, Optional<String> channel) {
        if (channel.isEmpty()) {
            return Optional.empty();
        }
        Locale locale = ui.locale();
        ExplainByCampaign.Breakdown breakdown = AccessAnswers.orRefuse(
                byCampaign.explain(reader.get(), code, grain, day, channel.get()), "KPI " + code);
        String channelName = Names.channel(channel.get(), locale);
        String notPerCampaign = breakdown.notPerCampaign().isEmpty() ? "" : messages(locale).campaigns_not_per_campaign(
                breakdown.kpi().name(locale),
                breakdown.notPerCampaign().stream().map(measure -> measure.name(locale)).collect(Collectors.joining(", ")),
                channelName);
        return Optional.of(new CampaignsView(channel.get(), channelName, Period.of(grain, day).label(locale),
                breakdown.campaigns().stream().map(row -> new CampaignRow(row.campaign(), row.hasCampaign(), row.value(),
                        row.previous())).toList(), notPerCampaign));
    }

    private static KpiDetailMessages messages(Locale locale) {
        return Bundles.of(KpiDetailMessages.class, locale);
    }

    private LocalDate today() {
        return LocalDate.now(clock).minusDays(1);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

}
