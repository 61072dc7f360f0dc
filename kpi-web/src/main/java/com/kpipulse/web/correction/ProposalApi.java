package com.kpipulse.web.correction;

import com.kpipulse.application.correction.DecideProposal;
import com.kpipulse.application.correction.ProposalOutcome;
import com.kpipulse.application.correction.ReadActions;
import com.kpipulse.application.correction.ReadProposals;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.correction.proposal.ProposalId;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.page.Versions;
import com.kpipulse.web.security.Roles;
import com.kpipulse.web.text.Bundles;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/v1/proposals}: what the cycles propose about their deviations. Every role reads the proposals about
 * KPIs it may read; whoever may propose actions accepts one (it becomes an action: owner and due date, checked as an
 * action's are) or rejects one (with a reason). Unfit input is a 422 with each field and its reason in both
 * languages, nothing stored; a decision made against an older version, or on a proposal decided already, is a 409.
 */
@Path("/api/v1/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "proposals")
@RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
public class ProposalApi {

    /** Accepting: the owner's login, the due date {@code YYYY-MM-DD}, the version read (or {@code If-Match}). */
    public record AcceptJson(Long version, String owner, String due) {
    }

    /** Rejecting: why, and the version read (or {@code If-Match}). */
    public record RejectJson(Long version, String reason) {
    }

    /** A decision: the proposal as it is now, and the action it became when accepted. */
    public record DecisionJson(ProposalJson proposal, ActionJson action) {
    }

    @Inject
    ReadProposals read;

    @Inject
    DecideProposal decide;

    @Inject
    ReadActions actions;

    @Inject
    ActionNames names;

    @Inject
    CurrentReader reader;

    @Inject
    Ui ui;

    @GET
    @Operation(summary = "The proposals of a cycle (period=2026-W05 or 2026-01) about the KPIs the caller may read, "
            + "in the order they were made; 422 for a period that is no week or month")
    public Response list(@QueryParam("period") String period) {
        Optional<CyclePeriod> cycle = ProposalParameters.period(period);
        if (cycle.isEmpty()) {
            return unfit(List.of(ProposalParameters.notAPeriod(period)));
        }
        return Response.ok(read.ofPeriod(reader.get(), cycle.get()).stream()
                .map(proposal -> ProposalJson.of(proposal, names)).toList()).build();
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST})
    @Operation(summary = "Accept a proposal: it becomes a corrective action for the owner by the due date, pre-filled "
            + "from the proposal; 200 with both, 422 with each unfit field (unknown owner, due date in the past) and "
            + "nothing stored, 409 when it changed since the version read or was decided, 404 when unknown")
    public Response accept(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           AcceptJson json) {
        ProposalId proposal = ProposalParameters.id(id);
        if (json == null) {
            return bodyRequired();
        }
        return answer(decide.accept(reader.get(), ui.locale(), proposal, Versions.expected(ifMatch, json.version()),
                json.owner(), json.due()));
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST})
    @Operation(summary = "Reject a proposal with a reason: the same proposal for the same cause is not made again for "
            + "four weeks; 200 with it, 422 without a reason and nothing stored, 409 when it changed since the version "
            + "read or was decided, 404 when unknown")
    public Response reject(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           RejectJson json) {
        ProposalId proposal = ProposalParameters.id(id);
        if (json == null) {
            return bodyRequired();
        }
        return answer(decide.reject(reader.get(), proposal, Versions.expected(ifMatch, json.version()), json.reason()));
    }

    private Response answer(ProposalOutcome outcome) {
        return switch (outcome) {
            case ProposalOutcome.Decided decided -> Response.ok(new DecisionJson(
                    ProposalJson.of(decided.proposal(), names),
                    decided.action().map(action -> ActionJson.of(action, actions.today(), names,
                            reader.get().claims(), Optional.empty())).orElse(null)))
                    .tag(Versions.etag(decided.proposal().version())).build();
            case ProposalOutcome.Rejected rejected -> ActionApi.problems(rejected.problems());
            case ProposalOutcome.NotFound notFound -> throw new NotFoundException("No such proposal");
            case ProposalOutcome.Denied denied -> throw new ForbiddenException("proposal");
            case ProposalOutcome.Stale stale -> conflict(Bundles.both(ProposalMessages.class,
                    texts -> texts.stale(stale.currentVersion())), stale.currentVersion(), "stale");
            case ProposalOutcome.AlreadyDecided already -> conflict(Bundles.both(ProposalMessages.class,
                    texts -> texts.already_decided(ProposalViews.statusLabel(already.status(), texts))),
                    already.currentVersion(), "decided");
        };
    }

    private static Response conflict(LocalizedText said, long currentVersion, String error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", said.en());
        body.put("messageRu", said.ru());
        body.put("messageEn", said.en());
        body.put("currentVersion", currentVersion);
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON).entity(body)
                .tag(Versions.etag(currentVersion)).build();
    }

    private static Response unfit(List<ActionApi.ProblemJson> problems) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "invalid");
        body.put("message", String.join("; ", problems.stream()
                .map(problem -> problem.field() + ": " + problem.messageEn()).toList()));
        body.put("errors", problems);
        return Response.status(422).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    private static Response bodyRequired() {
        LocalizedText said = Bundles.both(ProposalMessages.class, ProposalMessages::body_required);
        return unfit(List.of(new ActionApi.ProblemJson("body", "BODY_REQUIRED", said.en(), said.ru(), said.en())));
    }
}
