package com.kpipulse.web.cycle;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.ActionRights;
import com.kpipulse.application.analysis.FindAnomalies;
import com.kpipulse.application.cycle.ReadCycles;
import com.kpipulse.application.cycle.RunCycle;
import com.kpipulse.application.cycle.ScheduledCycles;
import com.kpipulse.application.kpi.ReadKpiCatalog;
import com.kpipulse.domain.cycle.CycleFigure;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.cycle.CycleSnapshot;
import com.kpipulse.domain.cycle.CycleSummary;
import com.kpipulse.domain.cycle.Impact;
import com.kpipulse.domain.cycle.SourceCompleteness;
import com.kpipulse.domain.evaluation.Figures;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.analysis.CauseView;
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
 * each source's data was. Admins and the marketing head run a cycle with the «Запустить» form (CSRF token, like every
 * form); a run for a period that has one replaces it.
 */
@Path("/cycles")
@Produces(MediaType.TEXT_HTML)
public class CyclePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<SummaryRow> cycles, boolean mayRun, String suggested);

        static native TemplateInstance cycle(CycleView cycle, boolean mayRun, String done, boolean mayAct);
    }

    /** A stored cycle in the list. */
    public record SummaryRow(String code, String label, boolean provisional, String ranAt, String ranBy, long offTrack,
                             long atRisk, long offTrackThreeInARow) {
    }

    /**
     * A cycle's page; {@code ran} is empty when the period has no cycle yet (then there are no rows either).
     *
     * @param asOf the last day counted, for a period that was not over
     */
    public record CycleView(String code, String label, boolean stored, boolean provisional, String asOf, String ran,
                            List<DeviationRow> deviations, List<SourceRow> sources, List<AnomalyRow> anomalies) {
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

    public record SourceRow(String source, String lastDay, String covered, boolean complete) {
    }

    @Inject
    ReadCycles cycles;

    @Inject
    RunCycle runCycle;

    @Inject
    FindAnomalies anomalies;

    @Inject
    ReadKpiCatalog catalog;

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
        return switch (cycles.of(reader.get(), chosen)) {
            case Access.Granted<CycleSnapshot> granted -> Response.ok(ui.page(Templates.cycle(
                    view(granted.value(), messages, locale), mayRun(), notice, mayAct()))).build();
            default -> Response.status(404).entity(ui.page(Templates.cycle(new CycleView(chosen.code(),
                    chosen.period().label(locale), false, false, "", "", List.of(), List.of(), List.of()), mayRun(),
                    null, mayAct()))).build();
        };
    }

    /** Runs the cycle of the period and shows it. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD})
    public Response run(@RestForm String period) {
        CyclePeriod chosen = CycleInput.period("period", period);
        return switch (runCycle.run(chosen, identity.getPrincipal().getName())) {
            case RunCycle.Outcome.Ran ran -> Response.seeOther(URI.create("/cycles/" + chosen.code() + "?done="
                    + (ran.replaced() ? "rerun" : "run"))).build();
            case RunCycle.Outcome.NotStarted notStarted -> throw CycleInput.notStarted(notStarted);
        };
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
        List<AnomalyRow> unusual = anomalies.dataCauses(reader.get(), period.period()).stream()
                .map(anomaly -> anomaly(anomaly, messages, locale)).toList();
        return new CycleView(period.code(), period.period().label(locale), true, snapshot.provisional(),
                Formats.date(snapshot.lastWholeDay(), locale),
                messages.ran(Formats.whenOf(snapshot.ranAt(), locale), ranBy(snapshot.ranBy(), messages)),
                deviations, sources, unusual);
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

    private static AnomalyRow anomaly(FindAnomalies.Anomaly anomaly, CycleMessages messages, Locale locale) {
        return new AnomalyRow(anomaly.id().toString(), anomaly.finding().evidence().in(locale), anomaly.acknowledgement()
                .map(done -> done.note().isEmpty() ? messages.acknowledged(done.by(), Formats.whenOf(done.at(), locale))
                        : messages.acknowledged_note(done.by(), Formats.whenOf(done.at(), locale), done.note()))
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

    private static String ranBy(String actor, CycleMessages messages) {
        return ScheduledCycles.ACTOR.equals(actor) ? messages.by_schedule() : actor;
    }
}
