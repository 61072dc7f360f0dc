package com.kpipulse.web.kpi;

import com.kpipulse.application.analysis.AnnotateValues;
import com.kpipulse.application.evaluation.ExplainKpi;
import com.kpipulse.application.evaluation.KpiExplanation;
import com.kpipulse.application.evaluation.SourceSummary;
import com.kpipulse.application.evaluation.ValueSeries;
import com.kpipulse.application.goal.ManageGoals;
import com.kpipulse.application.kpi.KpiCatalogs;
import com.kpipulse.application.scorecard.RoleScorecards;
import com.kpipulse.domain.analysis.Annotation;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.scorecard.Role;
import com.kpipulse.web.layout.Roles;
import com.kpipulse.web.layout.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The KPI detail page: the figure, its history against the target, the channels behind it, the base-measure values
 * the formula used, notes, and where the values came from.
 */
@Path("/kpis/{code}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
public class KpiPage {

    private static final Set<String> SEE_EVERY_KPI = Set.of(Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance detail(KpiDetailView view);

        static native TemplateInstance detail$notes(KpiDetailView view);
    }

    /** What the page shows, ready for the template. */
    public record KpiDetailView(String code, String name, String explanation, String formula, String periodLabel,
                                KpiValue value, String chart, List<ChannelRow> channels, List<MeasureRow> measures,
                                List<Annotation> notes, List<SourceSummary> sources, String grain, String previousDay,
                                String nextDay, String today, String error) {
    }

    /** One channel in the drill-down. */
    public record ChannelRow(String channel, KpiValue now, KpiValue before) {
    }

    /** One base measure of the formula. */
    public record MeasureRow(String code, String name, KpiValue value) {
    }

    @Inject
    ExplainKpi explain;

    @Inject
    AnnotateValues annotations;

    @Inject
    KpiCatalogs catalogs;

    @Inject
    RoleScorecards scorecards;

    @Inject
    ManageGoals goals;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance detail(@PathParam("code") String code, @QueryParam("grain") String grain,
                                   @QueryParam("day") String day) {
        return ui.page(Templates.detail(view(code, grain(grain), day(day), null)));
    }

    @POST
    @Path("notes")
    public Response addNote(@PathParam("code") String code, @RestForm("day") String day, @RestForm("text") String text,
                            @RestForm("grain") String grain) {
        mayOpen(code);
        LocalDate noteDay = parse(day).orElse(null);
        String error = switch (annotations.annotate(code, noteDay, null, text, identity.getPrincipal().getName())) {
            case AnnotateValues.Outcome.Added added -> null;
            case AnnotateValues.Outcome.Rejected rejected -> rejected.reason();
        };
        KpiDetailView view = view(code, grain(grain), noteDay == null ? today() : noteDay, error);
        return Response.status(error == null ? 200 : 422).entity(ui.page(Templates.detail$notes(view))).build();
    }

    private KpiDetailView view(String code, Grain grain, LocalDate day, String error) {
        KpiDefinition kpi = mayOpen(code);
        KpiExplanation explanation = explain.explain(code, grain, day, Set.of()).orElseThrow(() -> new NotFoundException(code));
        Locale locale = ui.locale();
        Period period = explanation.period();
        List<LineChart.Point> points = new ArrayList<>();
        List<Goal> visibleGoals = goals.visibleTo(identity.getRoles());
        for (ValueSeries.PeriodValue value : explanation.history().values()) {
            points.add(new LineChart.Point(value.period().label(locale), value.value().number().orElse(null),
                    targetIn(kpi, value.period(), grain, visibleGoals).orElse(null)));
        }
        List<ChannelRow> channels = explanation.byChannel().stream()
                .map(channel -> new ChannelRow(channel.channel(), channel.value(), channel.previous())).toList();
        List<MeasureRow> measures = explanation.measures().stream()
                .map(measure -> new MeasureRow(measure.code(), "en".equals(locale.getLanguage()) ? measure.nameEn()
                        : measure.nameRu(), measure.value())).toList();
        KpiValue current = explanation.history().values().get(explanation.history().values().size() - 1).value();
        return new KpiDetailView(code, kpi.name(locale), "en".equals(locale.getLanguage()) ? kpi.explanationEn()
                : kpi.explanationRu(), kpi.formula(), period.label(locale), current,
                LineChart.svg(points, kpi.name(locale)), channels, measures, explanation.annotations(),
                explanation.sources(), grain.name(), period.previous().start().toString(),
                period.next().start().toString(), period.start().toString(), error);
    }

    /**
     * The target of a visible goal for this period: an absolute level for ratios and levels; for additive KPIs the
     * goal's total spread evenly over its periods.
     */
    private Optional<BigDecimal> targetIn(KpiDefinition kpi, Period period, Grain grain, List<Goal> visibleGoals) {
        for (Goal goal : visibleGoals) {
            Optional<Period> goalPeriod = goal.period();
            if (goalPeriod.isEmpty() || !goalPeriod.get().contains(period.start())) {
                continue;
            }
            for (GoalKpi goalKpi : goal.kpis()) {
                if (goalKpi.kpi().equals(kpi.code()) && goalKpi.target().orElse(null) instanceof Target.Absolute absolute) {
                    if (!catalogs.current().isAdditive(kpi)) {
                        return Optional.of(absolute.value());
                    }
                    int periods = goalPeriod.get().split(grain).size();
                    return Optional.of(absolute.value().divide(BigDecimal.valueOf(periods), MathContext.DECIMAL64));
                }
            }
        }
        return Optional.empty();
    }

    /** Every KPI for admins, the head and marketers; others the KPIs of their scorecards and visible goals. */
    private KpiDefinition mayOpen(String code) {
        KpiDefinition kpi = catalogs.current().find(code).orElseThrow(() -> new NotFoundException("No KPI " + code));
        Set<String> roles = identity.getRoles();
        if (roles.stream().anyMatch(SEE_EVERY_KPI::contains)) {
            return kpi;
        }
        boolean onScorecard = roles.stream().flatMap(role -> Role.fromClaim(role).stream())
                .anyMatch(role -> scorecards.codesOf(role).contains(code));
        boolean inGoal = goals.visibleTo(roles).stream()
                .anyMatch(goal -> goal.kpis().stream().anyMatch(goalKpi -> goalKpi.kpi().value().equals(code)));
        if (!onScorecard && !inGoal) {
            throw new ForbiddenException("KPI " + code + " is not on the scorecards of " + roles);
        }
        return kpi;
    }

    private static Grain grain(String grain) {
        if (grain == null) {
            return Grain.WEEK;
        }
        return switch (grain.toUpperCase(Locale.ROOT)) {
            case "MONTH" -> Grain.MONTH;
            case "QUARTER" -> Grain.QUARTER;
            default -> Grain.WEEK;
        };
    }

    private LocalDate day(String day) {
        return parse(day).orElseGet(this::today);
    }

    private LocalDate today() {
        return LocalDate.now(clock).minusDays(1);
    }

    private static Optional<LocalDate> parse(String day) {
        try {
            return day == null || day.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(day.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
