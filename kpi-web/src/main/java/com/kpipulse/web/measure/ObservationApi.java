package com.kpipulse.web.measure;

import com.kpipulse.application.evaluation.PermittedValues;
import com.kpipulse.application.importing.EnterValues;
import com.kpipulse.application.importing.ImportProblemKind;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.domain.input.DateWindow;
import com.kpipulse.domain.input.DecimalInput;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.input.InputProblemKind;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.text.Message;
import com.kpipulse.web.access.AccessAnswers;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.evaluation.ValuesQuery;
import com.kpipulse.web.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/v1/observations}: values no system exports (surveys, market size, receivables) go in with POST; stored
 * values come out as a spreadsheet-safe CSV.
 */
@Path("/api/v1/observations")
@Tag(name = "measures")
public class ObservationApi {

    /** The request body. {@code source} names the system, {@code manual} when absent. */
    public record ObservationsRequest(String source, List<ObservationJson> observations) {
    }

    /** One value; {@code value} is a decimal string or number, money needs {@code currency}. */
    public record ObservationJson(String measure, String periodStart, String grain, String channel, String campaign,
                                  String value, String currency) {
    }

    /** A request with many bad elements lists this many; fixing them shows the next ones. */
    static final int MAX_PROBLEMS = 1000;

    @Inject
    EnterValues enterValues;

    @Inject
    PermittedValues values;

    @Inject
    CurrentReader reader;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETER})
    @Operation(summary = "Store values; the same source, measure, period and dimensions replace the old value; "
            + "one invalid element rejects the whole request with 422")
    public Response enter(ObservationsRequest request) {
        if (request == null || request.observations() == null) {
            return rejected(List.of(new EnterValues.Problem(0, "observations", Message.of(ImportProblemKind.NOTHING_SENT))));
        }
        String source = request.source() == null || request.source().isBlank() ? "manual" : request.source().strip();
        List<EnterValues.Problem> problems = new ArrayList<>();
        if (source.length() > TextInput.CODE || !source.matches("[a-z][a-z0-9_]*")) {
            problems.add(new EnterValues.Problem(0, "source", Message.of(ImportProblemKind.NOT_A_SOURCE_CODE,
                    InputProblem.excerpt(source), TextInput.CODE)));
        }
        if (request.observations().size() > EnterValues.MAX_VALUES) {
            return rejected(List.of(new EnterValues.Problem(EnterValues.MAX_VALUES, "observations",
                    Message.of(ImportProblemKind.TOO_MANY_VALUES, request.observations().size(), EnterValues.MAX_VALUES))));
        }
        List<ObservationRow> rows = new ArrayList<>();
        for (int i = 0; i < request.observations().size() && problems.size() < MAX_PROBLEMS; i++) {
            toRow(i, request.observations().get(i), problems).ifPresent(rows::add);
        }
        if (!problems.isEmpty()) {
            return rejected(problems);
        }
        return switch (enterValues.enter(source, rows, identity.getPrincipal().getName())) {
            case EnterValues.Outcome.Stored stored ->
                    Response.ok(Map.of("stored", stored.values(), "duplicates", stored.duplicates(),
                            "changed", stored.changed())).build();
            case EnterValues.Outcome.Rejected rejected -> rejected(rejected.problems());
        };
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    @Operation(summary = "Stored values as CSV for a spreadsheet (UTF-8 with BOM); texts that look like formulas are "
            + "neutralised; the measures the caller may read (403 when one asked for is not)")
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("measure") List<String> measures, @QueryParam("channel") List<String> channels) {
        ValuesQuery query = ValuesQuery.parse(from, to, "DAY", channels);
        List<ValuesQuery.FieldError> errors = new ArrayList<>(query.errors().stream()
                .filter(error -> !error.field().equals("grain")).toList());
        Set<String> wanted = new java.util.LinkedHashSet<>();
        for (String measure : measures == null ? List.<String>of() : measures) {
            TextInput.line(measure, TextInput.CODE).ifPresentOrElse(
                    problem -> errors.add(ValuesQuery.FieldError.of("measure", problem)),
                    () -> wanted.add(measure.strip()));
        }
        if (!errors.isEmpty()) {
            return ValuesQuery.rejected(errors);
        }
        PermittedValues.Export export = AccessAnswers.orRefuse(
                values.export(reader.get(), wanted, query.from(), query.to(), query.channels()), "measures " + wanted);
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            writer.write("source_system,measure,grain,period_start,channel,campaign,source,value,currency\r\n");
            export.forEach(value -> {
                try {
                    writer.write(String.join(",", SpreadsheetCsv.text(value.sourceSystem()),
                            SpreadsheetCsv.text(value.measure()), value.grain(), value.periodStart().toString(),
                            SpreadsheetCsv.text(value.channel()), SpreadsheetCsv.text(value.campaign()),
                            SpreadsheetCsv.text(value.source()), value.value().toPlainString(),
                            value.currency() == null ? "" : value.currency()));
                    writer.write("\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"kpi-values-" + query.from() + "-"
                + query.to() + ".csv\"").build();
    }

    /**
     * One element of the request as a row, or its problems: every text bounded and checked for characters that are
     * not text, the value read by size before it is parsed, the day strictly {@code YYYY-MM-DD}. The measure,
     * the channel, the window of days and the value's range are the import's rules, checked by the use case.
     */
    private static Optional<ObservationRow> toRow(int index, ObservationJson json, List<EnterValues.Problem> problems) {
        int before = problems.size();
        if (json == null) {
            problems.add(new EnterValues.Problem(index, "observations", Message.of(ImportProblemKind.NULL_ELEMENT)));
            return Optional.empty();
        }
        if (json.measure() == null || json.measure().isBlank()) {
            problems.add(new EnterValues.Problem(index, "measure", Message.of(InputProblemKind.REQUIRED)));
        }
        text(index, "measure", json.measure(), TextInput.CODE, problems);
        text(index, "grain", json.grain(), TextInput.CODE, problems);
        text(index, "channel", json.channel(), TextInput.CODE, problems);
        text(index, "campaign", json.campaign(), TextInput.NAME, problems);
        text(index, "currency", json.currency(), TextInput.CODE, problems);
        LocalDate start = switch (DateWindow.parseIso(json.periodStart())) {
            case DateWindow.Parsed parsed -> parsed.day();
            case DateWindow.Refused refused -> {
                problems.add(new EnterValues.Problem(index, "periodStart", refused.problem().toMessage()));
                yield null;
            }
        };
        Grain grain = null;
        if (problems.size() == before) {
            try {
                grain = Grain.valueOf((json.grain() == null ? "DAY" : json.grain()).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new EnterValues.Problem(index, "grain", Message.of(ImportProblemKind.NOT_A_GRAIN,
                        InputProblem.excerpt(json.grain()))));
            }
        }
        BigDecimal value = switch (DecimalInput.parse(json.value())) {
            case DecimalInput.Parsed parsed -> parsed.value();
            case DecimalInput.Refused refused -> {
                problems.add(new EnterValues.Problem(index, "value", refused.problem().toMessage()));
                yield null;
            }
        };
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ObservationRow(index, json.measure().strip(), start, grain,
                blankToNull(json.channel()), blankToNull(json.campaign()), null, value,
                json.currency() == null ? null : json.currency().strip().toUpperCase(Locale.ROOT)));
    }

    private static void text(int index, String field, String text, int max, List<EnterValues.Problem> problems) {
        TextInput.line(text, max).ifPresent(problem -> problems.add(new EnterValues.Problem(index, field,
                problem.toMessage())));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Response rejected(List<EnterValues.Problem> problems) {
        return Response.status(422).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("errors", problems.stream().map(ProblemJson::of).toList())).build();
    }

    /**
     * One refused element: its index and field, the stable code of what is wrong, and the sentence in English
     * ({@code message}, as before) and in Russian.
     */
    public record ProblemJson(int index, String field, String code, String message, String messageRu) {

        static ProblemJson of(EnterValues.Problem problem) {
            return new ProblemJson(problem.index(), problem.field(), problem.message().code(),
                    problem.message().english(), problem.message().russian());
        }
    }
}
