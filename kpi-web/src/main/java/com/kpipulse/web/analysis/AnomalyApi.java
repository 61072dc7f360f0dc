package com.kpipulse.web.analysis;

import com.kpipulse.application.analysis.Acknowledgement;
import com.kpipulse.application.analysis.FindAnomalies;
import com.kpipulse.application.measure.SourceSystems;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.analysis.anomaly.Finding;
import com.kpipulse.domain.analysis.anomaly.SeriesVerdict;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.text.Message;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.access.InvalidInput;
import com.kpipulse.web.access.Parameters;
import com.kpipulse.web.security.Roles;
import com.kpipulse.web.text.AppMessages;
import com.kpipulse.web.text.Bundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/anomalies}: the check of incoming data ({@link FindAnomalies}) per base measure, source system and
 * channel, and acknowledging what it found.
 */
@Path("/api/v1/anomalies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "anomalies")
@RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
public class AnomalyApi {

    /** Without {@code from}, the week up to {@code to}; without {@code to}, up to yesterday. */
    static final int DEFAULT_DAYS = 7;

    @Inject
    FindAnomalies anomalies;

    @Inject
    CurrentReader reader;

    @Inject
    Clock clock;

    /** A code with its name in both languages. */
    public record NamedJson(String code, String nameRu, String nameEn) {
        static NamedJson of(String code, LocalizedText name) {
            return new NamedJson(code, name.ru(), name.en());
        }
    }

    /** A sentence: its stable code and both languages. */
    public record TextJson(String code, String ru, String en) {
        static TextJson of(Message message) {
            return new TextJson(message.code(), message.russian(), message.english());
        }
    }

    /** Who acknowledged an anomaly, when, and their note (null when none). */
    public record AcknowledgedJson(String by, Instant at, String note) {
        static AcknowledgedJson of(Acknowledgement acknowledgement) {
            return new AcknowledgedJson(acknowledgement.by(), acknowledgement.at(),
                    acknowledgement.note().isEmpty() ? null : acknowledgement.note());
        }
    }

    /**
     * One unusual day: {@code value}, {@code ratio} and {@code score} are null for a day without data; {@code ratio}
     * is the value over the usual one (0.38 is −62 %), {@code score} the distance in the series' own noise (negative
     * below); {@code channel} null when the values came without one; {@code acknowledged} null until somebody did.
     */
    public record AnomalyJson(String id, NamedJson measure, NamedJson source, NamedJson channel, LocalDate day,
                              String kind, BigDecimal value, BigDecimal usual, Double ratio, Double score,
                              String currency, TextJson evidence, AcknowledgedJson acknowledged) {

        static AnomalyJson of(FindAnomalies.Anomaly anomaly) {
            var key = anomaly.id().series();
            var names = anomaly.names();
            Finding finding = anomaly.finding();
            Finding.UnusualValue unusual = finding instanceof Finding.UnusualValue value ? value : null;
            return new AnomalyJson(anomaly.id().toString(), NamedJson.of(key.measure().value(), names.measure()),
                    NamedJson.of(key.source(), names.source()),
                    names.channel().map(name -> NamedJson.of(key.channel(), name)).orElse(null), finding.day(),
                    anomaly.kind().name(), unusual == null ? null : unusual.value(), finding.usual(),
                    unusual == null ? null : unusual.ratio(), unusual == null ? null : unusual.score(),
                    anomaly.currency().map(currency -> currency.getCurrencyCode()).orElse(null),
                    TextJson.of(finding.evidence()), anomaly.acknowledgement().map(AcknowledgedJson::of).orElse(null));
        }
    }

    /** A series no day of the span could be judged in, and why. */
    public record NotJudgedJson(String measure, NamedJson source, String channel, String reason, TextJson explanation) {
        static NotJudgedJson of(SeriesVerdict.NotJudged verdict) {
            var key = verdict.series();
            return new NotJudgedJson(key.measure().value(), NamedJson.of(key.source(), SourceSystems.name(key.source())),
                    key.channel().isEmpty() ? null : key.channel(), verdict.reason().name(),
                    TextJson.of(verdict.explanation()));
        }
    }

    /** The days judged ({@code to} at most yesterday), what was found, newest first, and the series not judged. */
    public record AnomaliesJson(LocalDate from, LocalDate to, long seriesDaysJudged, List<AnomalyJson> anomalies,
                                List<NotJudgedJson> notJudged) {
    }

    /** An optional note on an acknowledgement. */
    public record AcknowledgeJson(String note) {
    }

    @GET
    @Operation(summary = "Unusual days in incoming data per measure, source system and channel, from..to (inclusive, "
            + "at most 92 days; by default the last 7 whole days), with evidence in both languages and acknowledgements")
    public AnomaliesJson find(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate end = Parameters.day("to", to).orElse(LocalDate.now(clock).minusDays(1));
        LocalDate start = Parameters.day("from", from).orElse(end.minusDays(DEFAULT_DAYS - 1));
        if (end.isBefore(start)) {
            throw InvalidInput.of("to", "TO_BEFORE_FROM", Bundles.both(AppMessages.class,
                    texts -> texts.problem_to_before_from(end.toString(), start.toString())));
        }
        if (ChronoUnit.DAYS.between(start, end) >= FindAnomalies.MOST_DAYS) {
            throw InvalidInput.of("from", "SPAN_TOO_LONG", Bundles.both(AppMessages.class,
                    texts -> texts.problem_span_too_long(FindAnomalies.MOST_DAYS)));
        }
        FindAnomalies.Anomalies found = anomalies.in(reader.get(), start, end);
        return new AnomaliesJson(found.from(), found.to(), found.seriesDays(),
                found.anomalies().stream().map(AnomalyJson::of).toList(),
                found.notJudged().stream().map(NotJudgedJson::of).toList());
    }

    @POST
    @Path("{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER})
    @Operation(summary = "Acknowledge an anomaly the data still show, with an optional note (replaces an earlier "
            + "acknowledgement); 404 when there is no such anomaly")
    public Response acknowledge(@PathParam("id") String id, AcknowledgeJson json) {
        return switch (anomalies.acknowledge(reader.get(), id, json == null ? null : json.note())) {
            case FindAnomalies.Outcome.Acknowledged done -> Response.ok(AcknowledgedJson.of(done.acknowledgement())).build();
            case FindAnomalies.Outcome.NotFound missing -> throw new NotFoundException("anomaly " + InputProblem.excerpt(id));
            case FindAnomalies.Outcome.Denied denied -> throw new ForbiddenException("anomaly " + InputProblem.excerpt(id));
            case FindAnomalies.Outcome.Rejected rejected -> Response.status(422).entity(Map.of("errors", List.of(Map.of(
                    "field", rejected.field(), "message", rejected.reason().en(), "messageRu", rejected.reason().ru()))))
                    .build();
        };
    }
}
