package com.kpipulse.web.correction;

import com.kpipulse.application.company.CurrentSettings;
import com.kpipulse.application.access.ActionRights;
import com.kpipulse.application.correction.BudgetReallocation;
import com.kpipulse.application.correction.ProposeCorrections;
import com.kpipulse.application.correction.ReallocateBudget;
import com.kpipulse.domain.correction.budget.BudgetAnswer;
import com.kpipulse.domain.correction.budget.ChannelPlan;
import com.kpipulse.domain.correction.budget.Estimate;
import com.kpipulse.domain.correction.budget.Outcome;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.text.Message;
import com.kpipulse.web.access.AccessAnswers;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.access.InvalidInput;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.security.Roles;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.text.Formats;
import com.kpipulse.web.text.Names;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /budget}: the budget reallocation on a page. A form (period, outcome, largest shift; the last whole week,
 * revenue and ±30 % when opened without them), then the proposal as a table (each paid channel's spend now and
 * proposed, what its next rouble brings, the expected change of its outcome with the interval), the moves in words,
 * the channels without a curve and why, and each fitted channel's curve as a small SVG with today's and the proposed
 * spend marked. The same reading of the parameters as the API; an unusable one is said above the form with 422.
 */
@Path("/budget")
@Produces(MediaType.TEXT_HTML)
public class BudgetPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(BudgetForm form, List<String> problems, BudgetView view,
                                            boolean mayPropose);
    }

    /**
     * The form as sent: {@code targets} are the modes (the total kept, or a cost or ROMI target reached at the least
     * spend) and {@code targetValue} the target's figure.
     */
    public record BudgetForm(String period, String kpi, String maxShift, List<Choice> outcomes, List<Choice> targets,
                             String targetValue) {
    }

    public record Choice(String value, String label, boolean chosen) {
    }

    /**
     * The answer: {@code summary} the proposal in one sentence or why there is none; {@code rows} each channel;
     * {@code total} the sums; {@code moves}, {@code notes} sentences; {@code curves} each fitted channel's chart.
     */
    public record BudgetView(boolean declined, String summary, String weeksRead, boolean noWholeWeek, List<Row> rows,
                             Row total, List<String> moves, List<String> notes, List<Curve> curves) {
    }

    /** A channel in the table; {@code marginal} is what its next rouble brings, with the interval, in words. */
    public record Row(String code, String name, String spendNow, String proposed, String marginal, String effect,
                      String effectInterval, boolean atLimit, boolean noCurve) {
    }

    public record Curve(String code, String name, String svg) {
    }

    @Inject
    ReallocateBudget reallocate;

    @Inject
    ProposeCorrections propose;

    @Inject
    CurrentReader reader;

    @Inject
    CurrentSettings settings;

    @Inject
    Clock clock;

    @Inject
    Ui ui;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    public Response page(@QueryParam("period") String period, @QueryParam("kpi") String kpi,
                         @QueryParam("maxShift") String maxShift, @QueryParam("targetKind") String targetKind,
                         @QueryParam("targetValue") String targetValue) {
        Locale locale = ui.locale();
        BudgetMessages messages = Bundles.of(BudgetMessages.class, locale);
        String asked = period == null || period.isBlank()
                ? Period.of(Grain.WEEK, LocalDate.now(clock)).previous().code() : period;
        String chosenKpi = kpi == null || kpi.isBlank() ? Outcome.REVENUE.kpi().value() : kpi;
        String shift = maxShift == null || maxShift.isBlank()
                ? Formats.number(BudgetQuery.DEFAULT_SHIFT, 2, locale) : maxShift;
        String kind = targetKind == null ? "" : targetKind.strip();
        String value = targetValue == null ? "" : targetValue.strip();
        BudgetForm form = new BudgetForm(asked, chosenKpi, shift, outcomes(chosenKpi, messages),
                targets(kind, messages), value);
        ReallocateBudget.Request request;
        try {
            request = BudgetQuery.read(asked, chosenKpi, shift, kind.isEmpty() ? null : kind + ":" + value);
        } catch (InvalidInput invalid) {
            // the form names the target by its mode and figure, not as the API's cac:1500
            List<String> problems = invalid.problems().stream().map(problem -> problem.field().equals("target")
                    ? targetProblem(problem.code(), value, chosenKpi, messages)
                    : problem.reason().in(locale)).toList();
            return Response.status(422).entity(ui.page(Templates.page(form, problems, null, false))).build();
        }
        BudgetReallocation reallocation = AccessAnswers.orRefuse(reallocate.propose(reader.get(), request),
                "budget reallocation of " + chosenKpi);
        boolean mayPropose = ActionRights.mayPropose(reader.get()) && kind.isEmpty()
                && reallocation.answer() instanceof BudgetAnswer.Proposal proposal && !proposal.moves().isEmpty()
                && CyclePeriod.parse(asked).isPresent();
        return Response.ok(ui.page(Templates.page(form, List.of(), view(reallocation, messages, locale), mayPropose)))
                .build();
    }

    /**
     * The reallocation on the page proposed to the week's or month's cycle («Предложить»): kept among the cycle's
     * proposals, to accept or reject there and on the weekly review; then the cycle's page, at the proposal. A period
     * without a cycle, or a reallocation the planner declines, is said above the form with 422.
     */
    @POST
    @Path("propose")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST})
    public Response propose(@RestForm("period") String period, @RestForm("kpi") String kpi,
                            @RestForm("maxShift") String maxShift) {
        Locale locale = ui.locale();
        BudgetMessages messages = Bundles.of(BudgetMessages.class, locale);
        String chosenKpi = kpi == null || kpi.isBlank() ? Outcome.REVENUE.kpi().value() : kpi;
        String shift = maxShift == null || maxShift.isBlank()
                ? Formats.number(BudgetQuery.DEFAULT_SHIFT, 2, locale) : maxShift;
        String asked = period == null ? "" : period;
        BudgetForm form = new BudgetForm(asked, chosenKpi, shift, outcomes(chosenKpi, messages), targets("", messages),
                "");
        ReallocateBudget.Request request;
        try {
            request = BudgetQuery.read(asked, chosenKpi, shift, null);
        } catch (InvalidInput invalid) {
            List<String> problems = invalid.problems().stream().map(problem -> problem.reason().in(locale)).toList();
            return Response.status(422).entity(ui.page(Templates.page(form, problems, null, false))).build();
        }
        Optional<CyclePeriod> cycle = CyclePeriod.parse(asked.strip());
        if (cycle.isEmpty()) {
            return Response.status(422).entity(ui.page(Templates.page(form, List.of(messages.propose_not_a_cycle()),
                    null, false))).build();
        }
        return switch (propose.onRequest(reader.get(), cycle.get(), request.outcome(), request.limit())) {
            case ProposeCorrections.Requested.Made made -> Response.seeOther(URI.create("/cycles/" + cycle.get().code()
                    + "#proposal-" + made.proposal().id())).build();
            case ProposeCorrections.Requested.NoCycle none -> Response.status(422).entity(ui.page(Templates.page(form,
                    List.of(messages.propose_no_cycle(none.period().period().label(locale))), null, false))).build();
            case ProposeCorrections.Requested.Declined declined -> Response.status(422).entity(ui.page(
                    Templates.page(form, List.of(declined.reason().in(locale)), null, false))).build();
            case ProposeCorrections.Requested.Denied denied -> throw new ForbiddenException("budget proposal");
        };
    }

    /** What is wrong with the target the form was sent, in the form's words. */
    private static String targetProblem(String code, String value, String kpi, BudgetMessages messages) {
        String outcome = ReallocateBudget.outcomeOf(kpi).map(chosen -> switch (chosen) {
            case REVENUE -> messages.kpi_revenue();
            case ORDERS -> messages.kpi_orders();
            case NEW_CUSTOMERS -> messages.kpi_new_customers();
        }).orElse(kpi);
        return code.equals("TARGET_DOES_NOT_SUIT") ? messages.form_target_does_not_suit(outcome)
                : messages.form_not_a_target(InputProblem.excerpt(value));
    }

    /** The second mode's targets as the API names them ({@code cac:1500}, {@code romi:0.5}), or the total kept. */
    private static List<Choice> targets(String chosen, BudgetMessages messages) {
        return List.of(new Choice("", messages.mode_keep_total(), chosen.isEmpty()),
                new Choice("cac", messages.mode_cac(), chosen.equals("cac")),
                new Choice("romi", messages.mode_romi(), chosen.equals("romi")));
    }

    private static List<Choice> outcomes(String chosen, BudgetMessages messages) {
        return Arrays.stream(Outcome.values()).map(outcome -> new Choice(outcome.kpi().value(), switch (outcome) {
            case REVENUE -> messages.kpi_revenue();
            case ORDERS -> messages.kpi_orders();
            case NEW_CUSTOMERS -> messages.kpi_new_customers();
        }, outcome.kpi().value().equals(chosen))).toList();
    }

    private BudgetView view(BudgetReallocation reallocation, BudgetMessages messages, Locale locale) {
        Currency currency = Currency.getInstance(settings.current().currency());
        Outcome outcome = reallocation.outcome();
        List<Period> history = reallocation.history();
        String weeksRead = messages.weeks_read(Formats.date(history.getFirst().start(), locale),
                Formats.date(history.getLast().lastDay(), locale), history.size(), reallocation.current().size());
        boolean noWholeWeek = reallocation.current().isEmpty();
        return switch (reallocation.answer()) {
            case BudgetAnswer.Proposal proposal -> new BudgetView(false, proposal.summary().in(locale), weeksRead,
                    noWholeWeek, proposal.channels().stream().map(plan -> row(plan, outcome, currency, messages,
                    locale)).toList(),
                    total(proposal.spendNow(), proposal.spendProposed(), proposal.outcomeChange(), outcome, currency,
                            messages, locale),
                    proposal.moves().stream().map(move -> move.why().in(locale)).toList(),
                    proposal.notes().stream().map(note -> note.in(locale)).toList(), curves(proposal, currency, locale));
            case BudgetAnswer.Declined declined -> new BudgetView(true, declined.reason().in(locale), weeksRead,
                    noWholeWeek, List.of(), null, List.of(),
                    declined.noCurves().stream().map(none -> none.message().in(locale)).toList(), List.of());
        };
    }

    private static Row row(ChannelPlan plan, Outcome outcome, Currency currency, BudgetMessages messages,
                           Locale locale) {
        return row(plan.channel(), plan.spendNow(), plan.spendProposed(), plan.note(), plan.outcomeChange(),
                plan.atLimit(), plan.noCurve().isPresent(), outcome, currency, messages, locale);
    }

    /**
     * A channel's row of the table, from the planner's figures for it (as a proposal keeps them too): spend now and
     * proposed, what its next rouble brings ({@code note}), the expected change of its outcome and the interval.
     */
    static Row row(String channel, BigDecimal spendNow, BigDecimal spendProposed, Message note,
                   Optional<Estimate> change, boolean atLimit, boolean noCurve, Outcome outcome, Currency currency,
                   BudgetMessages messages, Locale locale) {
        return new Row(channel, Names.channel(channel, locale), Formats.money(spendNow, currency, locale),
                Formats.money(spendProposed, currency, locale), note.in(locale),
                change.map(estimate -> signed(estimate.expected(), outcome, currency, locale)).orElse(""),
                change.map(estimate -> interval(estimate, outcome, currency, messages, locale)).orElse(""),
                atLimit, noCurve);
    }

    /** The table's sums: the weekly spend now and proposed, and the expected change of the outcome. */
    static Row total(BigDecimal spendNow, BigDecimal spendProposed, Estimate change, Outcome outcome,
                     Currency currency, BudgetMessages messages, Locale locale) {
        return new Row("", messages.total(), Formats.money(spendNow, currency, locale),
                Formats.money(spendProposed, currency, locale), "", signed(change.expected(), outcome, currency, locale),
                interval(change, outcome, currency, messages, locale), false, false);
    }

    /** Each fitted channel's response curve, today's and the proposed spend marked, as the page draws it. */
    static List<Curve> curves(BudgetAnswer.Proposal proposal, Currency currency, Locale locale) {
        BudgetMessages messages = Bundles.of(BudgetMessages.class, locale);
        return proposal.channels().stream().filter(plan -> plan.curve().isPresent())
                .map(plan -> curve(plan, currency, messages, locale)).toList();
    }

    private static Curve curve(ChannelPlan plan, Currency currency, BudgetMessages messages, Locale locale) {
        String name = Names.channel(plan.channel(), locale);
        return new Curve(plan.channel(), name, CurveChart.svg("curve-" + plan.channel(),
                messages.curve_title(name), messages.curve_description(Formats.money(plan.spendNow(), currency, locale),
                        Formats.money(plan.spendProposed(), currency, locale)), plan.curve().orElseThrow(),
                plan.spendNow().doubleValue(), plan.spendProposed().doubleValue(), messages.curve_now(),
                messages.curve_proposed()));
    }

    private static String interval(Estimate estimate, Outcome outcome, Currency currency, BudgetMessages messages,
                                   Locale locale) {
        return messages.interval(Formats.percent(new BigDecimal("0.8"), locale),
                signed(estimate.low(), outcome, currency, locale), signed(estimate.high(), outcome, currency, locale));
    }

    /** The change of the outcome with its sign: money in whole units, counts to a tenth. */
    private static String signed(BigDecimal value, Outcome outcome, Currency currency, Locale locale) {
        String figure = outcome.money() ? Formats.roughly(value, outcome.unit(), Optional.of(currency), locale)
                : Formats.number(value, 1, locale);
        return value.signum() > 0 ? "+" + figure : figure;
    }
}
