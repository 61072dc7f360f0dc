package com.kpipulse.web.review;

import com.kpipulse.application.access.Reader;
import com.kpipulse.application.review.AddAddendum;
import com.kpipulse.application.review.AddNote;
import com.kpipulse.application.review.AppendOutcome;
import com.kpipulse.application.review.CloseReview;
import com.kpipulse.application.review.EditAgenda;
import com.kpipulse.application.review.ReadReviews;
import com.kpipulse.application.review.RecordAttendance;
import com.kpipulse.application.review.RecordDecision;
import com.kpipulse.application.review.ReviewOutcome;
import com.kpipulse.application.review.ReviewProblem;
import com.kpipulse.application.review.ReviewRecord;
import com.kpipulse.application.review.StartOutcome;
import com.kpipulse.application.review.StartReview;
import com.kpipulse.application.review.TakeAction;
import com.kpipulse.web.correction.ActionRequestJson;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.input.InputProblemKind;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.domain.review.Addendum;
import com.kpipulse.domain.review.ReviewId;
import com.kpipulse.domain.review.ReviewNote;
import com.kpipulse.web.access.AccessAnswers;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.access.Parameters;
import com.kpipulse.web.correction.ActionNames;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/v1/reviews}: the weekly reviews (issue 15). The marketing head and admins start and run them (agenda,
 * decisions, attendance, closing, addenda); marketers and the SMM specialist read them and add notes; the viewer reads
 * closed ones ({@link com.kpipulse.application.access.ReviewRights}). Unfit input is a 422 with each field and its
 * reason in both languages, nothing stored; a change against an older version (of the review, or of an item's
 * decision) is a 409, and so is any change to a closed review, whose minutes are frozen.
 */
@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reviews")
@RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
public class ReviewApi {

    /** One field's problem: its stable code and the reason in both languages. */
    public record ProblemJson(String field, String code, String message, String messageRu, String messageEn) {
        static ProblemJson of(ReviewProblem problem) {
            return new ProblemJson(problem.field(), problem.reason().code(), problem.reason().english(),
                    problem.reason().russian(), problem.reason().english());
        }
    }

    @Inject
    StartReview start;

    @Inject
    ReadReviews read;

    @Inject
    EditAgenda agenda;

    @Inject
    AddNote notes;

    @Inject
    RecordDecision decisions;

    @Inject
    RecordAttendance attendance;

    @Inject
    CloseReview close;

    @Inject
    AddAddendum addenda;

    @Inject
    TakeAction take;

    @Inject
    ReviewContent content;

    @Inject
    MinutesMarkdown minutes;

    @Inject
    ActionNames names;

    @Inject
    CurrentReader reader;

    @GET
    @Operation(summary = "The reviews the caller may read, the latest week first; q=<text> only those whose decisions, "
            + "notes, addenda, KPIs (code or name), people (login or name) or week match it")
    public List<ReviewJson.SummaryJson> history(@QueryParam("q") String query) {
        Parameters.line("q", query, TextInput.NAME);
        return read.history(reader.get(), query).stream().map(review -> ReviewJson.summary(review, names)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A review with its agenda, decisions, notes, attendance and addenda; its ETag is its version")
    public Response find(@PathParam("id") String id) {
        ReviewRecord record = found(id);
        return Response.ok(ReviewJson.of(record, names)).tag(Versions.etag(record.review().version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD})
    @Operation(summary = "Start the review of a week (week=2026-W49, by default the latest weekly cycle's): 201 with "
            + "its generated agenda, 409 with the open one's id when the week has one, 422 when the week is no week "
            + "or has no cycle yet")
    public Response start(ReviewRequestJson.StartJson json) {
        return switch (start.start(reader.get(), json == null ? null : json.week())) {
            case StartOutcome.Started started -> Response.created(URI.create("/api/v1/reviews/"
                            + started.review().value().id()))
                    .entity(ReviewJson.of(new ReviewRecord(started.review(), List.of(), Optional.empty(), List.of()),
                            names))
                    .tag(Versions.etag(started.review().version())).build();
            case StartOutcome.AlreadyOpen open -> {
                Map<String, Object> body = new LinkedHashMap<>();
                LocalizedText said = Bundles.both(ReviewMessages.class, ReviewMessages::done_open);
                body.put("error", "already_open");
                body.put("message", said.en());
                body.put("messageRu", said.ru());
                body.put("messageEn", said.en());
                body.put("id", open.open().toString());
                yield Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON).entity(body).build();
            }
            case StartOutcome.NoCycle none -> {
                LocalizedText said = none.week()
                        .map(week -> Bundles.both(ReviewMessages.class, texts -> texts.no_cycle(week.code())))
                        .orElseGet(() -> Bundles.both(ReviewMessages.class, ReviewMessages::no_weekly_cycle));
                yield invalid(List.of(new ProblemJson("week", "review.no_cycle", said.en(), said.ru(), said.en())));
            }
            case StartOutcome.Rejected rejected -> problems(rejected.problems());
            case StartOutcome.Denied denied -> throw new ForbiddenException("review");
        };
    }

    @PUT
    @Path("{id}/agenda")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD})
    @Operation(summary = "Put the agenda's items in a new order (order: every item's number once) at the version read")
    public Response reorder(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            ReviewRequestJson.OrderJson json) {
        ReviewId review = ReviewParameters.id(id);
        if (json == null) {
            return bodyRequired();
        }
        return answer(agenda.reorder(reader.get(), review, Versions.expected(ifMatch, json.version()),
                json.order() == null ? List.of() : json.order()));
    }

    @POST
    @Path("{id}/agenda/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD})
    @Operation(summary = "Add an item of the head's own (section 1 to 6, title) at the end of its section")
    public Response addItem(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            ReviewRequestJson.AddItemJson json) {
        ReviewId review = ReviewParameters.id(id);
        if (json == null) {
            return bodyRequired();
        }
        return answer(agenda.add(reader.get(), review, Versions.expected(ifMatch, json.version()), json.section(),
                json.title()));
    }

    @PUT
    @Path("{id}/agenda/items/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD})
    @Operation(summary = "Drop an item from the meeting (dropped=true) or take it back (dropped=false)")
    public Response drop(@PathParam("id") String id, @PathParam("number") String number,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ReviewRequestJson.DropJson json) {
        ReviewId review = ReviewParameters.id(id);
        int item = ReviewParameters.item(number);
        if (json == null) {
            return bodyRequired();
        }
        if (json.dropped() == null) {
            return problems(List.of(new ReviewProblem("dropped", InputProblem.of(InputProblemKind.REQUIRED)
                    .toMessage())));
        }
        return answer(agenda.drop(reader.get(), review, Versions.expected(ifMatch, json.version()), item,
                json.dropped()));
    }

    @PUT
    @Path("{id}/items/{number}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD})
    @Operation(summary = "Write the item's decision at the decision's version read (version, 0 while there is none): "
            + "409 when somebody changed the decision since; an empty text takes it back")
    public Response decide(@PathParam("id") String id, @PathParam("number") String number,
                           ReviewRequestJson.DecisionJson json) {
        ReviewId review = ReviewParameters.id(id);
        int item = ReviewParameters.item(number);
        if (json == null) {
            return bodyRequired();
        }
        long version = json.version() == null ? 0 : json.version();
        return answer(decisions.record(reader.get(), review, item, version, json.text()));
    }

    @POST
    @Path("{id}/items/{number}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST})
    @Operation(summary = "Add a note to an item of an open review: 201 with it; notes are appended, never replaced")
    public Response note(@PathParam("id") String id, @PathParam("number") String number,
                         ReviewRequestJson.TextJson json) {
        ReviewId review = ReviewParameters.id(id);
        int item = ReviewParameters.item(number);
        AppendOutcome<ReviewNote> outcome = notes.add(reader.get(), review, item, json == null ? null : json.text());
        return appended(outcome, note -> new ReviewJson.TextJson(ReviewJson.PersonJson.of(note.author(), names),
                note.at(), note.text()));
    }

    @POST
    @Path("{id}/items/{number}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST})
    @Operation(summary = "Take an action on an item of an open review (the body as POST /api/v1/actions takes it): "
            + "201 with the action's id and the review, the action kept on the item for next week's agenda; 422 with "
            + "each unfit field, 403 when the caller may not give it to that owner, 409 when the review is closed")
    public Response takeAction(@PathParam("id") String id, @PathParam("number") String number,
                               ActionRequestJson json) {
        ReviewId review = ReviewParameters.id(id);
        int item = ReviewParameters.item(number);
        if (json == null) {
            return bodyRequired();
        }
        return switch (take.take(reader.get(), review, item, json.input())) {
            case TakeAction.Outcome.Taken taken -> {
                ReviewRecord record = AccessAnswers.orRefuse(read.find(reader.get(), review), "review");
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("action", taken.action().toString());
                body.put("review", ReviewJson.of(new ReviewRecord(taken.review(), record.notes(), record.minutes(),
                        record.addenda()), names));
                yield Response.created(URI.create("/api/v1/actions/" + taken.action())).entity(body)
                        .tag(Versions.etag(taken.review().version())).build();
            }
            case TakeAction.Outcome.Refused refused -> answer(refused.why());
        };
    }

    @PUT
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD})
    @Operation(summary = "Record who attended (present: logins), replacing what was recorded")
    public Response attendance(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               ReviewRequestJson.AttendanceJson json) {
        ReviewId review = ReviewParameters.id(id);
        if (json == null) {
            return bodyRequired();
        }
        return answer(attendance.record(reader.get(), review, Versions.expected(ifMatch, json.version()),
                json.present() == null ? List.of() : json.present()));
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD})
    @Operation(summary = "Close the review with each participant's rating (ratings: login → 1 to 10): its minutes are "
            + "frozen; afterwards only addenda")
    public Response close(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          ReviewRequestJson.CloseJson json) {
        ReviewId review = ReviewParameters.id(id);
        if (json == null) {
            return bodyRequired();
        }
        Map<String, String> ratings = new LinkedHashMap<>();
        if (json.ratings() != null) {
            json.ratings().forEach((login, rating) -> ratings.put(login, rating == null ? "" : String.valueOf(rating)));
        }
        Reader who = reader.get();
        return answer(close.close(who, review, Versions.expected(ifMatch, json.version()), ratings,
                record -> minutes.frozen(who, record, content.cycleOf(who, record.review().value()))));
    }

    @POST
    @Path("{id}/addenda")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD})
    @Operation(summary = "Add a dated addendum to a closed review's frozen minutes: 201 with it, 409 while it is open")
    public Response addendum(@PathParam("id") String id, ReviewRequestJson.TextJson json) {
        ReviewId review = ReviewParameters.id(id);
        AppendOutcome<Addendum> outcome = addenda.add(reader.get(), review, json == null ? null : json.text());
        return appended(outcome, addendum -> new ReviewJson.TextJson(ReviewJson.PersonJson.of(addendum.author(),
                names), addendum.at(), addendum.text()));
    }

    private ReviewRecord found(String id) {
        return AccessAnswers.orRefuse(read.find(reader.get(), ReviewParameters.id(id)),
                "review " + ReviewParameters.shown(id));
    }

    private Response answer(ReviewOutcome outcome) {
        return switch (outcome) {
            case ReviewOutcome.Saved saved -> {
                ReviewRecord record = AccessAnswers.orRefuse(read.find(reader.get(), saved.review().value().id()),
                        "review");
                yield Response.ok(ReviewJson.of(new ReviewRecord(saved.review(), record.notes(), record.minutes(),
                        record.addenda()), names)).tag(Versions.etag(saved.review().version())).build();
            }
            case ReviewOutcome.Rejected rejected -> problems(rejected.problems());
            case ReviewOutcome.NotFound notFound -> throw new NotFoundException("No such review");
            case ReviewOutcome.Denied denied -> throw new ForbiddenException("review");
            case ReviewOutcome.Stale stale -> stale(stale.currentVersion());
            case ReviewOutcome.Frozen frozen -> conflict("frozen", Bundles.both(ReviewMessages.class,
                    ReviewMessages::frozen));
        };
    }

    private static <T> Response appended(AppendOutcome<T> outcome, java.util.function.Function<T, Object> json) {
        return switch (outcome) {
            case AppendOutcome.Appended<T> appended -> Response.status(201).entity(json.apply(appended.value())).build();
            case AppendOutcome.Rejected<T> rejected -> problems(rejected.problems());
            case AppendOutcome.NotFound<T> notFound -> throw new NotFoundException("No such review");
            case AppendOutcome.Denied<T> denied -> throw new ForbiddenException("review");
            case AppendOutcome.WrongStatus<T> wrong -> wrong.closed()
                    ? conflict("frozen", Bundles.both(ReviewMessages.class, ReviewMessages::frozen))
                    : conflict("still_open", Bundles.both(ReviewMessages.class, ReviewMessages::still_open));
        };
    }

    static Response problems(List<ReviewProblem> problems) {
        return invalid(problems.stream().map(ProblemJson::of).toList());
    }

    private static Response invalid(List<ProblemJson> problems) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "invalid");
        body.put("message", String.join("; ", problems.stream().map(problem -> problem.field() + ": "
                + problem.messageEn()).toList()));
        body.put("errors", problems);
        return Response.status(422).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    /** 409: somebody changed the review (or the item's decision) since it was read; with its version now. */
    private static Response stale(long currentVersion) {
        Response conflict = conflict("stale", Bundles.both(ReviewMessages.class, texts -> texts.stale(currentVersion)));
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) conflict.getEntity();
        body.put("currentVersion", currentVersion);
        return conflict;
    }

    private static Response conflict(String error, LocalizedText said) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", said.en());
        body.put("messageRu", said.ru());
        body.put("messageEn", said.en());
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    private static Response bodyRequired() {
        LocalizedText said = Bundles.both(ReviewMessages.class, ReviewMessages::body_required);
        return invalid(List.of(new ProblemJson("body", "BODY_REQUIRED", said.en(), said.ru(), said.en())));
    }
}
