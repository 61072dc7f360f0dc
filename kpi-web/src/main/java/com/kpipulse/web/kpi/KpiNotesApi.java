package com.kpipulse.web.kpi;

import com.kpipulse.application.analysis.AnnotateValues;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.analysis.Annotation;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.text.Message;
import com.kpipulse.web.access.AccessAnswers;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.evaluation.ValuesQuery;
import com.kpipulse.web.security.Roles;
import com.kpipulse.web.text.AppMessages;
import com.kpipulse.web.text.Bundles;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code /api/v1/kpis/{code}/annotations}: notes on a KPI's values, for whoever may read the KPI. */
@Path("/api/v1/kpis/{code}/annotations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "kpis")
@RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
public class KpiNotesApi {

    @Inject
    AnnotateValues annotations;

    @Inject
    CurrentReader reader;

    /** A note on a KPI's value. */
    public record AnnotationJson(String id, String kpi, LocalDate day, String channel, String author, Instant writtenAt,
                                 String text) {
        static AnnotationJson from(Annotation annotation) {
            return new AnnotationJson(annotation.id().toString(), annotation.kpi(), annotation.day(),
                    annotation.channel(), annotation.author(), annotation.writtenAt(), annotation.text());
        }
    }

    /** A new note: the day (YYYY-MM-DD), optionally a channel, and the text. */
    public record NewAnnotationJson(String day, String channel, String text) {
    }

    @GET
    @Operation(summary = "Notes on a KPI's values between two days (inclusive)")
    public Response annotations(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to) {
        ValuesQuery query = ValuesQuery.parse(from, to, "MONTH", List.of());
        if (!query.valid()) {
            return ValuesQuery.rejected(query.errors());
        }
        return Response.ok(AccessAnswers.orRefuse(annotations.of(reader.get(), code, query.from(), query.to()), "KPI " + code)
                .stream().map(AnnotationJson::from).toList()).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a note on a KPI's value for a day (whoever may read the KPI may; the author is the caller)")
    public Response annotate(@PathParam("code") String code, NewAnnotationJson json) {
        if (json == null) {
            return noteRejected("body", Bundles.both(AppMessages.class,
                    texts -> texts.api_note_body_required("{\"day\":\"2026-01-05\",\"text\":\"…\"}")));
        }
        return switch (annotations.annotate(reader.get(), code, json.day(), json.channel(), json.text())) {
            case AnnotateValues.Outcome.Added added -> Response.status(201).entity(AnnotationJson.from(added.annotation())).build();
            case AnnotateValues.Outcome.Rejected rejected ->
                    noteRejected(rejected.field(), rejected.reason());
            case AnnotateValues.Outcome.Denied denied -> throw new ForbiddenException("KPI " + code);
        };
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a note: its author or an admin may")
    public Response removeNote(@PathParam("code") String code, @PathParam("id") String id) {
        UUID noteId;
        try {
            noteId = UUID.fromString(id.length() == 36 ? id : "");
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("note " + InputProblem.excerpt(id));
        }
        return switch (annotations.remove(reader.get(), code, noteId)) {
            case REMOVED -> Response.noContent().build();
            case UNKNOWN -> throw new NotFoundException("note " + id);
            case DENIED -> throw new ForbiddenException("note " + id);
        };
    }

    private static Response noteRejected(String field, LocalizedText reason) {
        return Response.status(422).entity(Map.of("errors", List.of(Map.of("field", field, "message", reason.en(),
                "messageRu", reason.ru())))).build();
    }

    /** A refused note with the stable code of why ({@code note.empty}, {@code input.not_a_date}, …). */
    private static Response noteRejected(String field, Message reason) {
        return Response.status(422).entity(Map.of("errors", List.of(Map.of("field", field, "code", reason.code(),
                "message", reason.english(), "messageRu", reason.russian())))).build();
    }
}
