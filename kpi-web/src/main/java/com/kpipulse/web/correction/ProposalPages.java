package com.kpipulse.web.correction;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.company.CurrentSettings;
import com.kpipulse.application.correction.BudgetReallocation;
import com.kpipulse.application.correction.DecideProposal;
import com.kpipulse.application.correction.ProposalOutcome;
import com.kpipulse.application.correction.ReadProposals;
import com.kpipulse.application.correction.ReallocateBudget;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.correction.budget.BudgetAnswer;
import com.kpipulse.domain.correction.budget.Outcome;
import com.kpipulse.domain.correction.budget.ReallocationMode;
import com.kpipulse.domain.correction.budget.ShiftLimit;
import com.kpipulse.domain.correction.proposal.Proposal;
import com.kpipulse.domain.correction.proposal.ProposalId;
import com.kpipulse.domain.correction.proposal.ProposalKind;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.web.access.AccessAnswers;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.access.InvalidInput;
import com.kpipulse.web.access.Parameters;
import com.kpipulse.web.page.Htmx;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.page.Versions;
import com.kpipulse.web.security.Roles;
import com.kpipulse.web.text.Bundles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A cycle's proposals on pages. {@code /proposals?period=2026-W48} lists them (with {@code kpi}, and {@code channel},
 * those of one KPI: the «Почему» block loads them so with htmx); the cycle's page shows them itself. Accept
 * ({@code /proposals/{id}/accept}: owner, due date) and reject ({@code /proposals/{id}/reject}: a reason) answer an
 * htmx request with the proposal's card in place (with the reasons when refused, 422, or stale, 409) and a plain form
 * with the cycle's page.
 */
@Path("/proposals")
@Produces(MediaType.TEXT_HTML)
public class ProposalPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(String period, String heading, List<ProposalView> proposals);

        static native TemplateInstance list$section(String period, String heading, List<ProposalView> proposals);

        static native TemplateInstance proposal(ProposalView proposal);

        static native TemplateInstance proposal$card(ProposalView proposal);

        static native TemplateInstance curves(String prefix, List<BudgetPage.Curve> curves);
    }

    @Inject
    ReadProposals read;

    @Inject
    DecideProposal decide;

    @Inject
    ProposalViews views;

    @Inject
    ReallocateBudget reallocate;

    @Inject
    CurrentSettings settings;

    @Inject
    CurrentReader reader;

    @Inject
    Ui ui;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    public TemplateInstance list(@QueryParam("period") String period, @QueryParam("kpi") String kpi,
                                 @QueryParam("channel") String channel, @HeaderParam(Htmx.REQUEST_HEADER) String htmx) {
        CyclePeriod cycle = ProposalParameters.period(period).orElseThrow(() -> {
            ActionApi.ProblemJson problem = ProposalParameters.notAPeriod(period);
            return InvalidInput.of("period", problem.code(),
                    com.kpipulse.domain.LocalizedText.of(problem.messageRu(), problem.messageEn()));
        });
        Reader who = reader.get();
        Locale locale = ui.locale();
        List<Versioned<Proposal>> proposals = kpi == null || kpi.isBlank() ? read.ofPeriod(who, cycle)
                : read.ofKpi(who, cycle, Parameters.line("kpi", kpi, 64), Parameters.channel(channel));
        String heading = Bundles.of(ProposalMessages.class, locale).of_cycle(cycle.period().label(locale));
        List<ProposalView> shown = views.of(proposals, who, locale);
        return ui.page(Htmx.asked(htmx) ? Templates.list$section(cycle.code(), heading, shown)
                : Templates.list(cycle.code(), heading, shown));
    }

    /**
     * A reallocation proposal's response curves, loaded by its card when it comes into view: the channels' curves as
     * the budget page fits them now for the proposal's period and outcome, as the reader may read them. Nothing for a
     * proposal of another kind.
     */
    @GET
    @Path("{id}/curves")
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    public TemplateInstance curves(@PathParam("id") String id) {
        Reader who = reader.get();
        Proposal proposal = AccessAnswers.orRefuse(read.find(who, ProposalParameters.id(id)), "proposal").value();
        List<BudgetPage.Curve> curves = List.of();
        Optional<Outcome> outcome = ReallocateBudget.outcomeOf(proposal.kpi().value());
        if (proposal.kind() == ProposalKind.REALLOCATION && outcome.isPresent()
                && reallocate.propose(who, new ReallocateBudget.Request(proposal.period().period(), outcome.get(),
                ShiftLimit.standard(), new ReallocationMode.KeepTotal())) instanceof Access.Granted<BudgetReallocation> granted
                && granted.value().answer() instanceof BudgetAnswer.Proposal answer) {
            curves = BudgetPage.curves(answer, Currency.getInstance(settings.current().currency()), ui.locale());
        }
        return ui.page(Templates.curves("proposal-" + proposal.id(), curves));
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST})
    public Response accept(@PathParam("id") String id, @RestForm String version, @RestForm String owner,
                           @RestForm String due, @HeaderParam(Htmx.REQUEST_HEADER) String htmx) {
        ProposalId proposal = ProposalParameters.id(id);
        ExpectedVersion expected = Versions.fromForm(version);
        return answer(proposal, decide.accept(reader.get(), ui.locale(), proposal, expected, owner, due),
                Htmx.asked(htmx), owner, due, null);
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST})
    public Response reject(@PathParam("id") String id, @RestForm String version, @RestForm String reason,
                           @HeaderParam(Htmx.REQUEST_HEADER) String htmx) {
        ProposalId proposal = ProposalParameters.id(id);
        ExpectedVersion expected = Versions.fromForm(version);
        return answer(proposal, decide.reject(reader.get(), proposal, expected, reason), Htmx.asked(htmx), null, null,
                reason);
    }

    /** The card in place for htmx; the cycle's page for a plain form, or the card on a page when refused. */
    private Response answer(ProposalId id, ProposalOutcome outcome, boolean htmx, String owner, String due,
                            String reason) {
        Locale locale = ui.locale();
        ProposalMessages texts = Bundles.of(ProposalMessages.class, locale);
        return switch (outcome) {
            case ProposalOutcome.Decided decided -> htmx
                    ? Response.ok(ui.page(Templates.proposal$card(views.of(decided.proposal(), reader.get(), locale))))
                    .build()
                    : Response.seeOther(URI.create("/cycles/" + decided.proposal().value().period().code()
                    + "#proposal-" + id)).build();
            case ProposalOutcome.Rejected rejected -> refused(id, 422, htmx, owner, due, reason,
                    String.join(" ", rejected.problems().stream().map(problem -> problem.reason().in(locale)).toList()));
            case ProposalOutcome.Stale stale -> refused(id, 409, htmx, owner, due, reason,
                    texts.stale(stale.currentVersion()));
            case ProposalOutcome.AlreadyDecided already -> refused(id, 409, htmx, owner, due, reason,
                    texts.already_decided(ProposalViews.statusLabel(already.status(), texts)));
            case ProposalOutcome.Denied denied -> throw new ForbiddenException("proposal " + id);
            case ProposalOutcome.NotFound notFound -> throw new NotFoundException("proposal " + id);
        };
    }

    private Response refused(ProposalId id, int status, boolean htmx, String owner, String due, String reason,
                             String why) {
        Reader who = reader.get();
        ProposalView card = views.of(AccessAnswers.orRefuse(read.find(who, id), "proposal " + id), who, ui.locale())
                .refused(owner, due, reason, why);
        return Response.status(status).entity(ui.page(htmx ? Templates.proposal$card(card) : Templates.proposal(card)))
                .build();
    }
}
