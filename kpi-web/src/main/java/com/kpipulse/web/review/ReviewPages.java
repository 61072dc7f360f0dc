package com.kpipulse.web.review;

import com.kpipulse.application.access.ActionRights;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.correction.ActionInput;
import com.kpipulse.application.access.ReviewRights;
import com.kpipulse.application.people.People;
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
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.domain.cycle.CycleSnapshot;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.domain.review.AgendaItem;
import com.kpipulse.domain.review.AgendaSection;
import com.kpipulse.domain.review.ReviewId;
import com.kpipulse.domain.review.WeeklyReview;
import com.kpipulse.web.access.AccessAnswers;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.access.Parameters;
import com.kpipulse.web.correction.ActionFormContent;
import com.kpipulse.web.page.Htmx;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.page.Versions;
import com.kpipulse.web.security.Roles;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.text.Formats;
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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The weekly reviews on pages: the history with its search and the «Начать обзор недели» form ({@code /reviews}), a
 * review's agenda ({@code /reviews/{id}}: section by section with time boxes, each item an element {@code item-N}
 * with its figures, notes and decision; notes and decisions sent with htmx and the item coming back in place; the
 * agenda's order, dropped items, attendance and closing with plain forms), the frozen minutes with their addenda
 * ({@code /reviews/{id}/minutes}) and the minutes in Markdown ({@code /reviews/{id}/minutes.md}) and PDF
 * ({@code /reviews/{id}/minutes.pdf}). Who may do what is
 * the application's to say ({@link ReviewRights}); pages only offer what it allows.
 */
@Path("/reviews")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
public class ReviewPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance agenda(AgendaView view);

        static native TemplateInstance item(ReviewContent.ItemView item, boolean mayRun, boolean mayNote, String error,
                                            long version, TakeForm takes);

        static native TemplateInstance minutes(MinutesView view);
    }

    /** A review in the history. */
    public record Row(String id, String week, String status, boolean open, String started, long decisions) {
    }

    /** The history: the search as typed, the reviews found, and the start form for those who run reviews. */
    public record ListView(String query, List<Row> rows, boolean mayStart, String problem) {
    }

    /** Somebody who may be recorded as attending, checked when recorded. */
    public record PersonChoice(String login, String name, boolean present) {
    }

    /** What the form of an action taken on an item offers: the people to give it to (the reader first chosen), a due date. */
    public record TakeForm(List<PersonChoice> people, String due) {
    }

    /** A section number and title, for the form that adds an item. */
    public record SectionChoice(int number, String title) {
    }

    /** A review's agenda page. */
    public record AgendaView(String id, String week, String title, boolean open, String started, String closed,
                             String total, long version, List<ReviewContent.SectionView> sections,
                             List<ReviewContent.Participant> participants, List<PersonChoice> people,
                             List<SectionChoice> sectionChoices, TakeForm takes, boolean mayRun, boolean mayNote,
                             String done, String problem) {
    }

    /** A closed review's minutes as frozen, with its addenda. */
    public record MinutesView(String id, String week, String title, boolean frozen, String frozenAt, String text,
                              List<String> addenda, boolean mayAdd, String problem) {
    }

    /** How far ahead an action taken in a review is due unless the person chooses otherwise: the next review. */
    static final int DUE_IN_DAYS = 7;

    @Inject
    ReadReviews read;

    @Inject
    TakeAction take;

    @Inject
    StartReview start;

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
    ReviewContent content;

    @Inject
    MinutesMarkdown markdown;

    @Inject
    MinutesPdf pdf;

    @Inject
    People people;

    @Inject
    CurrentReader reader;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance list(@QueryParam("q") String query) {
        Parameters.line("q", query, TextInput.NAME);
        return listPage(query, "");
    }

    /** Starts the review of the week in the form (blank: the latest weekly cycle's) and opens it. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD})
    public Response start(@RestForm String week) {
        ReviewMessages texts = texts();
        return switch (start.start(reader.get(), week)) {
            case StartOutcome.Started started -> seeOther("/reviews/" + started.review().value().id() + "?done=started");
            case StartOutcome.AlreadyOpen open -> seeOther("/reviews/" + open.open() + "?done=open");
            case StartOutcome.NoCycle none -> Response.status(422).entity(listPage("", none.week()
                    .map(period -> texts.no_cycle(period.period().label(ui.locale())))
                    .orElseGet(texts::no_weekly_cycle))).build();
            case StartOutcome.Rejected rejected -> Response.status(422).entity(listPage("", said(rejected.problems())))
                    .build();
            case StartOutcome.Denied denied -> throw new ForbiddenException("review");
        };
    }

    @GET
    @Path("{id}")
    public TemplateInstance review(@PathParam("id") String id, @QueryParam("done") String done) {
        ReviewMessages texts = texts();
        String said = switch (done == null ? "" : done) {
            case "started" -> texts.done_started();
            case "open" -> texts.done_open();
            case "saved" -> texts.done_saved();
            default -> "";
        };
        return agendaPage(ReviewParameters.id(id), said, "");
    }

    /**
     * Changes the agenda: {@code op} up or down (the item one place earlier or later), drop or restore (the item),
     * add (an item of the head's own: {@code section}, {@code title}); at the version the page was read at.
     */
    @POST
    @Path("{id}/agenda")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD})
    public Response changeAgenda(@PathParam("id") String id, @RestForm String version, @RestForm String op,
                                 @RestForm String item, @RestForm String section, @RestForm String title) {
        ReviewId review = ReviewParameters.id(id);
        ExpectedVersion expected = Versions.fromForm(version);
        if (item != null && !item.isBlank()) {
            ReviewParameters.item(item);
        }
        Reader who = reader.get();
        String action = op == null ? "" : op;
        ReviewOutcome outcome = switch (action) {
            case "up", "down" -> agenda.reorder(who, review, expected, moved(review, item, action.equals("up")));
            case "drop", "restore" -> agenda.drop(who, review, expected, ReviewParameters.item(item),
                    action.equals("drop"));
            case "add" -> agenda.add(who, review, expected, section, title);
            default -> throw new NotFoundException("No agenda change " + ReviewParameters.shown(op));
        };
        return afterChange(review, outcome, item);
    }

    @POST
    @Path("{id}/items/{number}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST})
    public Response note(@PathParam("id") String id, @PathParam("number") String number, @RestForm String text,
                         @HeaderParam(Htmx.REQUEST_HEADER) String htmx) {
        ReviewId review = ReviewParameters.id(id);
        int item = ReviewParameters.item(number);
        ReviewMessages texts = texts();
        String error = switch (notes.add(reader.get(), review, item, text)) {
            case AppendOutcome.Appended<?> appended -> "";
            case AppendOutcome.Rejected<?> rejected -> said(rejected.problems());
            case AppendOutcome.WrongStatus<?> wrong -> texts.frozen();
            case AppendOutcome.NotFound<?> notFound -> throw new NotFoundException("review " + review);
            case AppendOutcome.Denied<?> denied -> throw new ForbiddenException("review " + review);
        };
        return itemAnswer(review, item, error, Htmx.asked(htmx));
    }

    @POST
    @Path("{id}/items/{number}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD})
    public Response decide(@PathParam("id") String id, @PathParam("number") String number, @RestForm String version,
                           @RestForm String text, @HeaderParam(Htmx.REQUEST_HEADER) String htmx) {
        ReviewId review = ReviewParameters.id(id);
        int item = ReviewParameters.item(number);
        long read = switch (Versions.fromForm(version)) {
            case ExpectedVersion.Exactly exactly -> exactly.version();
            case ExpectedVersion.Any any -> 0;
        };
        ReviewMessages texts = texts();
        String error = switch (decisions.record(reader.get(), review, item, read, text)) {
            case ReviewOutcome.Saved saved -> "";
            case ReviewOutcome.Rejected rejected -> said(rejected.problems());
            case ReviewOutcome.Stale stale -> texts.stale(stale.currentVersion());
            case ReviewOutcome.Frozen frozen -> texts.frozen();
            case ReviewOutcome.NotFound notFound -> throw new NotFoundException("review " + review);
            case ReviewOutcome.Denied denied -> throw new ForbiddenException("review " + review);
        };
        return itemAnswer(review, item, error, Htmx.asked(htmx));
    }

    @POST
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD})
    public Response attendance(@PathParam("id") String id, @RestForm String version,
                               @RestForm List<String> present) {
        ReviewId review = ReviewParameters.id(id);
        return afterChange(review, attendance.record(reader.get(), review, Versions.fromForm(version),
                present == null ? List.of() : present), null);
    }

    /** Closes the review with the ratings: {@code login} and {@code rating} in pairs, a blank rating none. */
    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD})
    public Response close(@PathParam("id") String id, @RestForm String version, @RestForm List<String> login,
                          @RestForm List<String> rating) {
        ReviewId review = ReviewParameters.id(id);
        Map<String, String> ratings = new LinkedHashMap<>();
        List<String> logins = login == null ? List.of() : login;
        List<String> given = rating == null ? List.of() : rating;
        for (int i = 0; i < Math.min(logins.size(), given.size()); i++) {
            if (given.get(i) != null && !given.get(i).isBlank()) {
                ratings.put(logins.get(i), given.get(i));
            }
        }
        Reader who = reader.get();
        ReviewOutcome outcome = close.close(who, review, Versions.fromForm(version), ratings,
                record -> markdown.frozen(who, record, content.cycleOf(who, record.review().value())));
        if (outcome instanceof ReviewOutcome.Saved) {
            return seeOther("/reviews/" + review + "/minutes");
        }
        return afterChange(review, outcome, null);
    }

    /** Takes an action on the item: proposed as on its own page and kept on the item. */
    @POST
    @Path("{id}/items/{number}/actions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST})
    public Response takeAction(@PathParam("id") String id, @PathParam("number") String number,
                               @RestForm String title, @RestForm String goal, @RestForm String kpi,
                               @RestForm List<String> channels, @RestForm String owner, @RestForm String dueDate,
                               @RestForm String effectKpi, @RestForm String effectDirection,
                               @RestForm String effectSize) {
        ReviewId review = ReviewParameters.id(id);
        int item = ReviewParameters.item(number);
        List<String> named = channels == null ? List.of() : channels.stream().filter(code -> code != null
                && !code.isBlank()).toList();
        // the expected effect counts once a direction is chosen: the item's KPI rides along with every form
        boolean expects = effectDirection != null && !effectDirection.isBlank();
        ActionInput input = ActionFormContent.input(title, blankAsNone(goal), blankAsNone(kpi), named, owner, dueDate,
                null, expects ? blankAsNone(effectKpi) : null, expects ? effectDirection : null,
                expects ? blankAsNone(effectSize) : null, null);
        return switch (take.take(reader.get(), review, item, input)) {
            case TakeAction.Outcome.Taken taken -> seeOther("/reviews/" + review + "?done=saved#item-" + item);
            case TakeAction.Outcome.Refused refused -> afterChange(review, refused.why(), number);
        };
    }

    private static String blankAsNone(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @GET
    @Path("{id}/minutes")
    public TemplateInstance minutes(@PathParam("id") String id) {
        return minutesPage(ReviewParameters.id(id), "");
    }

    @POST
    @Path("{id}/addenda")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD})
    public Response addendum(@PathParam("id") String id, @RestForm String text) {
        ReviewId review = ReviewParameters.id(id);
        ReviewMessages texts = texts();
        return switch (addenda.add(reader.get(), review, text)) {
            case AppendOutcome.Appended<?> appended -> seeOther("/reviews/" + review + "/minutes");
            case AppendOutcome.Rejected<?> rejected -> Response.status(422)
                    .entity(minutesPage(review, said(rejected.problems()))).build();
            case AppendOutcome.WrongStatus<?> wrong -> Response.status(409)
                    .entity(minutesPage(review, texts.still_open())).build();
            case AppendOutcome.NotFound<?> notFound -> throw new NotFoundException("review " + review);
            case AppendOutcome.Denied<?> denied -> throw new ForbiddenException("review " + review);
        };
    }

    /**
     * The minutes in Markdown, in the reader's language: as frozen when the review closed, followed by its addenda;
     * a draft of the review as it stands while it is open.
     */
    @GET
    @Path("{id}/minutes.md")
    @Produces("text/markdown; charset=UTF-8")
    public Response markdown(@PathParam("id") String id) {
        ReviewRecord record = readable(ReviewParameters.id(id));
        return Response.ok(minutesText(record).getBytes(StandardCharsets.UTF_8), "text/markdown; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"" + fileName(record) + ".md\"").build();
    }

    /** The same minutes as the Markdown, typeset in PDF. */
    @GET
    @Path("{id}/minutes.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") String id) {
        ReviewRecord record = readable(ReviewParameters.id(id));
        String title = texts().minutes_title(record.review().value().week().period().label(ui.locale()));
        return Response.ok(pdf.of(minutesText(record), title), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + fileName(record) + ".pdf\"").build();
    }

    private ReviewRecord readable(ReviewId review) {
        return AccessAnswers.orRefuse(read.find(reader.get(), review), "review " + review);
    }

    /** The frozen minutes with their addenda, or the open review's draft, in the reader's language. */
    private String minutesText(ReviewRecord record) {
        Reader who = reader.get();
        Locale locale = ui.locale();
        return record.minutes().map(frozen -> markdown.withAddenda(frozen.markdown().in(locale), record.addenda(),
                        locale))
                .orElseGet(() -> markdown.of(who, record, content.cycleOf(who, record.review().value()), locale));
    }

    private static String fileName(ReviewRecord record) {
        return "review-" + record.review().value().week().code();
    }

    private List<String> moved(ReviewId review, String item, boolean up) {
        int number = ReviewParameters.item(item);
        List<AgendaItem> items = AccessAnswers.orRefuse(read.find(reader.get(), review), "review " + review)
                .review().value().items();
        List<String> order = new ArrayList<>(items.stream().map(one -> Integer.toString(one.number())).toList());
        int at = order.indexOf(Integer.toString(number));
        int to = up ? at - 1 : at + 1;
        if (at >= 0 && to >= 0 && to < order.size()) {
            order.set(at, order.get(to));
            order.set(to, Integer.toString(number));
        }
        return order;
    }

    private Response afterChange(ReviewId review, ReviewOutcome outcome, String item) {
        ReviewMessages texts = texts();
        String anchor = item == null || item.isBlank() ? "" : "#item-" + ReviewParameters.item(item);
        return switch (outcome) {
            case ReviewOutcome.Saved saved -> seeOther("/reviews/" + review + "?done=saved" + anchor);
            case ReviewOutcome.Rejected rejected -> Response.status(422).entity(agendaPage(review, "",
                    texts.fix_fields() + " " + said(rejected.problems()))).build();
            case ReviewOutcome.Stale stale -> Response.status(409).entity(agendaPage(review, "",
                    texts.stale(stale.currentVersion()))).build();
            case ReviewOutcome.Frozen frozen -> Response.status(409).entity(agendaPage(review, "", texts.frozen()))
                    .build();
            case ReviewOutcome.NotFound notFound -> throw new NotFoundException("review " + review);
            case ReviewOutcome.Denied denied -> throw new ForbiddenException("review " + review);
        };
    }

    /** htmx gets the item back in place (with the reason when refused), a plain form the review's page. */
    private Response itemAnswer(ReviewId review, int number, String error, boolean htmx) {
        if (!htmx) {
            return error.isEmpty() ? seeOther("/reviews/" + review + "?done=saved#item-" + number)
                    : Response.status(422).entity(agendaPage(review, "", error)).build();
        }
        Reader who = reader.get();
        ReviewRecord record = AccessAnswers.orRefuse(read.find(who, review), "review " + review);
        AgendaItem item = record.review().value().item(number)
                .orElseThrow(() -> new NotFoundException("item " + number));
        ReviewContent.ItemView view = content.item(who, record, item, content.cycleOf(who, record.review().value()),
                texts(), ui.locale());
        return Response.status(error.isEmpty() ? 200 : 422).entity(ui.page(Templates.item(view,
                ReviewContent.mayRun(who, record.review().value()), ReviewContent.mayNote(who, record.review().value()),
                error, record.review().version(), takeForm(who)))).build();
    }

    private TemplateInstance listPage(String query, String problem) {
        Reader who = reader.get();
        Locale locale = ui.locale();
        ReviewMessages texts = texts();
        List<Row> rows = read.history(who, query).stream().map(found -> {
            WeeklyReview review = found.value();
            return new Row(review.id().toString(), review.week().period().label(locale),
                    review.open() ? texts.status_open() : texts.status_closed(), review.open(),
                    content.person(review.startedBy()) + ", " + Formats.whenOf(review.startedAt(), locale),
                    review.items().stream().filter(AgendaItem::decidedSomething).count());
        }).toList();
        return ui.page(Templates.list(new ListView(query == null ? "" : query, rows, ReviewRights.mayRun(who), problem)));
    }

    private TemplateInstance agendaPage(ReviewId id, String done, String problem) {
        Reader who = reader.get();
        Locale locale = ui.locale();
        ReviewMessages texts = texts();
        ReviewRecord record = AccessAnswers.orRefuse(read.find(who, id), "review " + id);
        WeeklyReview review = record.review().value();
        Optional<CycleSnapshot> cycle = content.cycleOf(who, review);
        List<ReviewContent.SectionView> sections = content.sections(who, record, cycle, locale);
        int total = review.kept().stream().mapToInt(AgendaItem::minutes).sum();
        List<PersonChoice> choices = people.everyone().orElse(List.of()).stream()
                .map(person -> new PersonChoice(person.login(), person.name(),
                        review.attendance().stream().anyMatch(login -> login.equalsIgnoreCase(person.login()))))
                .toList();
        List<SectionChoice> sectionChoices = Arrays.stream(AgendaSection.values())
                .map(section -> new SectionChoice(section.number(), ReviewContent.sectionTitle(section, texts)))
                .toList();
        String closed = review.closedBy().map(by -> texts.closed(content.person(by),
                Formats.whenOf(review.closedAt().orElseThrow(), locale))).orElse("");
        return ui.page(Templates.agenda(new AgendaView(review.id().toString(), review.week().code(),
                texts.review_title(review.week().period().label(locale)), review.open(),
                texts.started(content.person(review.startedBy()), Formats.whenOf(review.startedAt(), locale)), closed,
                texts.total_minutes(total), record.review().version(), sections, content.participants(review), choices,
                sectionChoices, takeForm(who), ReviewContent.mayRun(who, review), ReviewContent.mayNote(who, review), done,
                problem)));
    }

    private TemplateInstance minutesPage(ReviewId id, String problem) {
        Reader who = reader.get();
        Locale locale = ui.locale();
        ReviewMessages texts = texts();
        ReviewRecord record = AccessAnswers.orRefuse(read.find(who, id), "review " + id);
        WeeklyReview review = record.review().value();
        List<String> added = record.addenda().stream().map(addendum -> Formats.whenOf(addendum.at(), locale) + ", "
                + content.person(addendum.author()) + ": " + addendum.text()).toList();
        return ui.page(Templates.minutes(new MinutesView(review.id().toString(), review.week().code(),
                texts.minutes_title(review.week().period().label(locale)), record.minutes().isPresent(),
                record.minutes().map(frozen -> texts.frozen_at(Formats.whenOf(frozen.frozenAt(), locale))).orElse(""),
                record.minutes().map(frozen -> frozen.markdown().in(locale)).orElse(""), added,
                !review.open() && ReviewRights.mayRun(who), problem)));
    }

    /** The people an action may be given to, the reader chosen; due in a week (the next review). */
    private TakeForm takeForm(Reader who) {
        List<PersonChoice> everyone = people.everyone().orElse(List.of()).stream()
                .filter(person -> ActionRights.mayAssignTo(who, person.login()))
                .map(person -> new PersonChoice(person.login(), person.name(), person.login().equalsIgnoreCase(who.name())))
                .toList();
        return new TakeForm(everyone, read.today().plusDays(DUE_IN_DAYS).toString());
    }

    private String said(List<ReviewProblem> problems) {
        return String.join(" ", problems.stream().map(problem -> ActionFormContent.asTyped(problem.reason(),
                ui.locale())).toList());
    }

    private ReviewMessages texts() {
        return Bundles.of(ReviewMessages.class, ui.locale());
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }

}
