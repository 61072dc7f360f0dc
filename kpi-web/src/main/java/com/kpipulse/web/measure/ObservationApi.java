package com.kpipulse.web.measure;

import com.kpipulse.application.evaluation.ObservationListing;
import com.kpipulse.application.importing.EnterValues;
import com.kpipulse.application.importing.ObservationRow;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.web.evaluation.ValuesQuery;
import com.kpipulse.web.layout.Roles;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    @Inject
    EnterValues enterValues;

    @Inject
    ObservationListing listing;

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
            return rejected(List.of(new EnterValues.Problem(0, "observations", "send {\"observations\":[...]}")));
        }
        String source = request.source() == null || request.source().isBlank() ? "manual" : request.source().strip();
        List<EnterValues.Problem> problems = new ArrayList<>();
        if (!source.matches("[a-z][a-z0-9_]*")) {
            problems.add(new EnterValues.Problem(0, "source", "«" + source + "» must be lower_snake_case, e.g. manual"));
        }
        List<ObservationRow> rows = new ArrayList<>();
        for (int i = 0; i < request.observations().size(); i++) {
            toRow(i, request.observations().get(i), problems).ifPresent(rows::add);
        }
        if (!problems.isEmpty()) {
            return rejected(problems);
        }
        return switch (enterValues.enter(source, rows, identity.getPrincipal().getName())) {
            case EnterValues.Outcome.Stored stored ->
                    Response.ok(Map.of("stored", stored.values(), "changed", stored.changed())).build();
            case EnterValues.Outcome.Rejected rejected -> rejected(rejected.problems());
        };
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    @Operation(summary = "Stored values as CSV for a spreadsheet (UTF-8 with BOM); texts that look like formulas are neutralised")
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("measure") List<String> measures, @QueryParam("channel") List<String> channels) {
        ValuesQuery query = ValuesQuery.parse(from, to, "DAY", channels);
        List<ValuesQuery.FieldError> errors = query.errors().stream().filter(error -> !error.field().equals("grain")).toList();
        if (!errors.isEmpty()) {
            return Response.status(400).type(MediaType.APPLICATION_JSON).entity(Map.of("errors", errors)).build();
        }
        Set<String> wanted = measures == null ? Set.of() : Set.copyOf(measures);
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            writer.write("source_system,measure,grain,period_start,channel,campaign,source,value,currency\r\n");
            listing.forEach(wanted, query.from(), query.to(), query.channels(), value -> {
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

    private static java.util.Optional<ObservationRow> toRow(int index, ObservationJson json, List<EnterValues.Problem> problems) {
        int before = problems.size();
        if (json == null) {
            problems.add(new EnterValues.Problem(index, "observations", "an element is null"));
            return java.util.Optional.empty();
        }
        if (json.measure() == null || json.measure().isBlank()) {
            problems.add(new EnterValues.Problem(index, "measure", "«measure» is required, e.g. nps_promoters"));
        }
        LocalDate start = null;
        try {
            start = json.periodStart() == null ? null : LocalDate.parse(json.periodStart().strip());
        } catch (DateTimeParseException e) {
            start = null;
        }
        if (start == null) {
            problems.add(new EnterValues.Problem(index, "periodStart",
                    "«" + json.periodStart() + "» is not a date: expected YYYY-MM-DD"));
        }
        Grain grain = null;
        try {
            grain = Grain.valueOf((json.grain() == null ? "DAY" : json.grain()).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new EnterValues.Problem(index, "grain", "«" + json.grain() + "» is not DAY, WEEK or MONTH"));
        }
        BigDecimal value = null;
        try {
            value = json.value() == null ? null : new BigDecimal(json.value().strip());
        } catch (NumberFormatException e) {
            value = null;
        }
        if (value == null) {
            problems.add(new EnterValues.Problem(index, "value",
                    "«" + json.value() + "» is not a number: expected digits with a decimal point, e.g. \"1234.50\""));
        }
        if (problems.size() > before) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ObservationRow(index, json.measure().strip(), start, grain,
                blankToNull(json.channel()), blankToNull(json.campaign()), null, value,
                json.currency() == null ? null : json.currency().strip().toUpperCase(Locale.ROOT)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Response rejected(List<EnterValues.Problem> problems) {
        return Response.status(422).type(MediaType.APPLICATION_JSON).entity(Map.of("errors", problems)).build();
    }
}
