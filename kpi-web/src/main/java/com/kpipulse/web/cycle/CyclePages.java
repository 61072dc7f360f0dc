package com.kpipulse.web.cycle;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.ActionRights;
import com.kpipulse.application.analysis.FindAnomalies;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.correction.MeasureActionEffect;
import com.kpipulse.application.correction.ProposeCorrections;
import com.kpipulse.application.correction.ReadProposals;
import com.kpipulse.application.cycle.ReadCycles;
import com.kpipulse.application.cycle.RunCycle;
import com.kpipulse.application.cycle.ScheduledCycles;
import com.kpipulse.application.kpi.ReadKpiCatalog;
import com.kpipulse.application.people.People;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.domain.cycle.CycleFigure;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.cycle.CycleSnapshot;
import com.kpipulse.domain.cycle.CycleSummary;
import com.kpipulse.domain.cycle.Impact;
import com.kpipulse.domain.cycle.SourceCompleteness;
import com.kpipulse.domain.evaluation.Figures;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.web.access.AccessAnswers;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.analysis.CauseView;
import com.kpipulse.web.correction.ActionFollowUp;
import com.kpipulse.web.correction.ActionNames;
import com.kpipulse.web.correction.ProposalView;
import com.kpipulse.web.correction.ProposalViews;
import com.kpipulse.web.page.Htmx;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.scorecard.StatusView;
import com.kpipulse.web.security.Roles;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.text.Formats;
import com.kpipulse.web.text.Names;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The monitoring cycles on pages: the list ({@code /cycles}) and a cycle ({@code /cycles/2026-W48}) with its
 * deviations ranked by their effect on the goal, each KPI linked to its page for the cycle's period, and how complete
 * each source's data was. The period's anomalies in the incoming data are judged when they are read, which takes a
 * while on a large store: the page comes at once and loads them beside it with htmx
 * ({@code /cycles/2026-W48/anomalies}, the same doors as the page); without scripts its link opens the page with them.
 * Who ran a cycle is named as the directory knows them. Admins and the marketing head run a cycle with the
 * «Запустить» form (CSRF token, like every form); a run for a period that has one replaces it, and makes its
 * proposals again. The cycle's proposals («Предложения») follow its deviations, each accepted or rejected in place
 * ({@link com.kpipulse.web.correction.ProposalPages}). Below them, «Проверка действий» follows up the actions
 * decided before: the done ones whose check window ended in the period or the one before, with whether they
 * worked, read when the page is asked for.
 */
@Path("/cycles")
@Produces(MediaType.TEXT_HTML)
public class CyclePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<SummaryRow> cycles, boolean mayRun, String suggested);

        static native TemplateInstance cycle(CycleView cycle, AnomaliesView anomalies, boolean mayRun, String done,
                                             boolean mayAct, List<CheckRow> checks,
                                             List<ProposalView> proposals);

        static native TemplateInstance cycle$anomalies(AnomaliesView anomalies);
    }

    /** A stored cycle in the list. */
    public record SummaryRow(String code, String label, boolean provisional, String ranAt, String ranBy, long offTrack,
                             long atRisk, long offTrackThreeInARow) {
    }

    /**
     * A cycle's page; {@code ran} is empty when the period has no cycle yet (then there are no rows either).
     *
     * @param labelAsObject the period after «за» («за неделю 48 (23–29 ноября 2026)»)
     * @param asOf          the last day counted, for a period that was not over
     */
    public record CycleView(String code, String label, String labelAsObject, boolean stored, boolean provisional,
                            String asOf, String ran, List<DeviationRow> deviations, List<SourceRow> sources) {
    }

    /**
     * The period's unusual days in its incoming data, for the cycle {@code code}: {@code loaded} once they were
     * judged, else the section says it is loading them and links to the page that shows them.
     */
    public record AnomaliesView(String code, boolean loaded, List<AnomalyRow> rows) {

        static AnomaliesView notYetLoaded(String code) {
            return new AnomaliesView(code, false, List.of());
        }
    }

    /**
     * @param cause   why it deviated, as the analysis said when the cycle ran; empty when it could not be analysed
     * @param whyHref the KPI's «Почему» block for the period, against what the cause was measured from
     * @param actionHref the form of a new corrective action, pre-filled from this deviation's analysis
     */
    public record DeviationRow(String kpiName, String href, String channel, String actual, String target,
                               String attainment, StatusView status, String previous, String lastYear, String impact,
                               boolean offTrackThreeInARow, Optional<CauseView> cause, String whyHref,
                               String actionHref) {
    }

    /** An unusual day in the period's incoming data, with its evidence and who acknowledged it, if anybody did. */
    public record AnomalyRow(String id, String evidence, String acknowledged) {
    }

    /**
     * A done action whose check window ended in the cycle's period or the one before, with whether it worked.
     *
     * @param windowEnd the last day of its check window
     */
    public record CheckRow(String id, String title, String forWhat, String windowEnd, ActionFollowUp followUp) {
    }

    public record SourceRow(String source, String lastDay, String covered, boolean complete) {
    }

    @Inject
    ReadCycles cycles;

    @Inject
    RunCycle runCycle;

    @Inject
    ProposeCorrections propose;

    @Inject
    ReadProposals read;

    @Inject
    ProposalViews proposals;

    @Inject
    FindAnomalies anomalies;

    @Inject
    ReadKpiCatalog catalog;

    @Inject
    People people;

    @Inject
    MeasureActionEffect effects;

    @Inject
    ActionNames actionNames;

    @Inject
    CurrentReader reader;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @Inject
    Ui ui;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    public TemplateInstance list() {
        Locale locale = ui.locale();
        CycleMessages messages = Bundles.of(CycleMessages.class, locale);
        LocalDate today = LocalDate.now(clock);
        List<SummaryRow> rows = cycles.between(LocalDate.of(CyclePeriod.FIRST_YEAR, 1, 1), today).stream()
                .map(summary -> row(summary, messages, locale)).toList();
        String suggested = CyclePeriod.of(Grain.WEEK, today).previous().code();
        return ui.page(Templates.list(rows, mayRun(), suggested));
    }

    @GET
    @Path("{period}")
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    public Response cycle(@PathParam("period") String period, @QueryParam("done") String done) {
        CyclePeriod chosen = CycleInput.period("period", period);
        Locale locale = ui.locale();
        CycleMessages messages = Bundles.of(CycleMessages.class, locale);
        String notice = "run".equals(done) ? messages.done_run() : "rerun".equals(done) ? messages.done_rerun() : null;
        return page(chosen, notice, false, messages, locale);
    }

    /**
     * The period's anomalies in the incoming data, through the same doors as the cycle's page: an htmx request gets
     * the section alone, any other the cycle's page with them in it (the link of a page opened without scripts).
     */
    @GET
    @Path("{period}/anomalies")
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    public Response anomalies(@PathParam("period") String period, @HeaderParam(Htmx.REQUEST_HEADER) String htmx) {
        CyclePeriod chosen = CycleInput.period("period", period);
        Locale locale = ui.locale();
        CycleMessages messages = Bundles.of(CycleMessages.class, locale);
        if (!Htmx.asked(htmx)) {
            return page(chosen, null, true, messages, locale);
        }
        CycleSnapshot snapshot = AccessAnswers.orRefuse(cycles.of(reader.get(), chosen), "cycle " + chosen.code());
        return Response.ok(ui.page(Templates.cycle$anomalies(anomalies(snapshot.period(), messages, locale)))).build();
    }

    /** The cycle's page; with {@code withAnomalies} the anomalies are judged now, else the page loads them itself. */
    private Response page(CyclePeriod chosen, String notice, boolean withAnomalies, CycleMessages messages,
                          Locale locale) {
        return switch (cycles.of(reader.get(), chosen)) {
            case Access.Granted<CycleSnapshot> granted -> Response.ok(ui.page(Templates.cycle(
                    view(granted.value(), messages, locale),
                    withAnomalies ? anomalies(chosen, messages, locale) : AnomaliesView.notYetLoaded(chosen.code()),
                    mayRun(), notice, mayAct(), checks(chosen, locale),
                    proposals.of(read.ofPeriod(reader.get(), chosen), reader.get(), locale)))).build();
            default -> Response.status(404).entity(ui.page(Templates.cycle(new CycleView(chosen.code(),
                    chosen.period().label(locale), chosen.period().labelAsObject(locale), false, false, "", "",
                    List.of(), List.of()), AnomaliesView.notYetLoaded(chosen.code()), mayRun(), null,
                    mayAct(), List.of(), List.of()))).build();
        };
    }

    /** Runs the cycle of the period and shows it. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD})
    public Response run(@RestForm String period) {
        CyclePeriod chosen = CycleInput.period("period", period);
        return switch (runCycle.run(chosen, identity.getPrincipal().getName())) {
            case RunCycle.Outcome.Ran ran -> {
                propose.forCycle(chosen);
                yield Response.seeOther(URI.create("/cycles/" + chosen.code() + "?done="
                        + (ran.replaced() ? "rerun" : "run"))).build();
            }
            case RunCycle.Outcome.NotStarted notStarted -> throw CycleInput.notStarted(notStarted);
        };
    }

    /**
     * The follow-up of the actions decided in earlier cycles: the done ones whose check window ended from the start of
     * the period before to the end of this one, read now, not kept with the cycle.
     */
    private List<CheckRow> checks(CyclePeriod period, Locale locale) {
        Reader who = reader.get();
        return effects.endedBetween(who, period.period().previous().start(), period.period().lastDay()).stream()
                .map(checked -> {
                    CorrectiveAction action = checked.action().value();
                    return new CheckRow(action.id().toString(), action.details().title(),
                            actionNames.forWhat(action.details(), who.claims(), locale),
                            Formats.date(action.details().effectWindowEnd(), locale),
                            ActionFollowUp.of(action, Optional.of(checked.effect()), locale));
                }).toList();
    }

    /** Whether the reader may propose corrective actions, so a deviation offers to create one. */
    private boolean mayAct() {
        return ActionRights.mayPropose(reader.get());
    }

    private boolean mayRun() {
        return ui.hasRole(Roles.ADMIN) || ui.hasRole(Roles.MARKETING_HEAD);
    }

    private SummaryRow row(CycleSummary summary, CycleMessages messages, Locale locale) {
        return new SummaryRow(summary.period().code(), summary.period().period().label(locale), summary.provisional(),
                Formats.whenOf(summary.ranAt(), locale), ranBy(summary.ranBy(), messages), summary.offTrack(),
                summary.atRisk(), summary.offTrackThreeInARow());
    }

    private CycleView view(CycleSnapshot snapshot, CycleMessages messages, Locale locale) {
        CyclePeriod period = snapshot.period();
        List<DeviationRow> deviations = snapshot.deviations().stream()
                .map(figure -> deviation(figure, period, messages, locale)).toList();
        List<SourceRow> sources = snapshot.completeness().stream().map(source -> source(source, messages, locale)).toList();
        return new CycleView(period.code(), period.period().label(locale), period.period().labelAsObject(locale), true,
                snapshot.provisional(), Formats.date(snapshot.lastWholeDay(), locale),
                messages.ran(Formats.whenOf(snapshot.ranAt(), locale), ranBy(snapshot.ranBy(), messages)),
                deviations, sources);
    }

    private AnomaliesView anomalies(CyclePeriod period, CycleMessages messages, Locale locale) {
        return new AnomaliesView(period.code(), true, anomalies.dataCauses(reader.get(), period.period()).stream()
                .map(anomaly -> anomaly(anomaly, messages, locale)).toList());
    }

    private DeviationRow deviation(CycleFigure figure, CyclePeriod period, CycleMessages messages, Locale locale) {
        String code = figure.kpi().value();
        String name = catalog.find(code).map(kpi -> kpi.name(locale)).orElse(code);
        String href = "/kpis/" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "?grain=" + period.grain().name()
                + "&day=" + period.period().start()
                + figure.channel().map(channel -> "&channel=" + URLEncoder.encode(channel, StandardCharsets.UTF_8)).orElse("");
        return new DeviationRow(name, href,
                figure.channel().map(channel -> Names.channel(channel, locale)).orElse(messages.all_channels()),
                figure.actual().map(value -> Formats.number(value, figure.unit(), figure.currency(), locale)).orElse("—"),
                figure.target().map(value -> Formats.number(value, figure.unit(), figure.currency(), locale)).orElse("—"),
                figure.attainment().map(value -> Formats.percent(value, locale)).orElse("—"),
                StatusView.of(figure.status().orElseThrow(), locale),
                figure.changeAgainstPrevious().map(change -> change(change, locale)).orElse("—"),
                figure.changeAgainstLastYear().map(change -> change(change, locale)).orElse("—"),
                impact(figure.impact(), messages, locale), figure.offTrackThreeInARow(),
                figure.why().map(why -> CauseView.of(why, locale)),
                "/kpis/" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "/why?grain=" + period.grain().name()
                        + "&day=" + period.period().start()
                        + figure.why().map(why -> "&compareTo=" + why.against().name()).orElse("")
                        + figure.channel().map(channel -> "&channel=" + URLEncoder.encode(channel, StandardCharsets.UTF_8))
                        .orElse(""),
                "/actions/new?kpi=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&grain=" + period.grain().name()
                        + "&day=" + period.period().start()
                        + figure.channel().map(channel -> "&channel=" + URLEncoder.encode(channel, StandardCharsets.UTF_8))
                        .orElse(""));
    }

    private AnomalyRow anomaly(FindAnomalies.Anomaly anomaly, CycleMessages messages, Locale locale) {
        return new AnomalyRow(anomaly.id().toString(), anomaly.finding().evidence().in(locale), anomaly.acknowledgement()
                .map(done -> done.note().isEmpty()
                        ? messages.acknowledged(people.nameOf(done.by()), Formats.whenOf(done.at(), locale))
                        : messages.acknowledged_note(people.nameOf(done.by()), Formats.whenOf(done.at(), locale),
                        done.note()))
                .orElse(""));
    }

    private static String change(CycleFigure.Change change, Locale locale) {
        return change.inPoints() ? Figures.signedPoints(change.value(), locale) : Figures.signedPercent(change.value(), locale);
    }

    private static String impact(Impact impact, CycleMessages messages, Locale locale) {
        return switch (impact) {
            case Impact.InMoney money -> Formats.money(money.amount(), money.currency(), locale);
            case Impact.ShareOfTarget share -> messages.impact_share(Formats.percent(share.share(), locale));
            case Impact.Unmeasured none -> "—";
        };
    }

    private static SourceRow source(SourceCompleteness source, CycleMessages messages, Locale locale) {
        String share = source.share().map(value -> Formats.percent(value, locale)).orElse("—");
        return new SourceRow(Names.source(source.sourceSystem(), locale), Formats.date(source.lastDay(), locale),
                messages.covered(Long.toString(source.coveredDays()), Long.toString(source.dueDays()), share),
                source.complete());
    }

    /** The schedule, or the person by the name the directory knows them by; their login once they are gone. */
    private String ranBy(String actor, CycleMessages messages) {
        return ScheduledCycles.ACTOR.equals(actor) ? messages.by_schedule() : people.nameOf(actor);
    }
}
