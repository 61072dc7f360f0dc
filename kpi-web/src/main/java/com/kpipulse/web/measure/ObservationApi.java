package com.kpipulse.web.measure;

import com.kpipulse.application.importing.EnterValues;
import com.kpipulse.application.importing.ObservationRow;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.web.layout.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code POST /api/v1/observations}: values no system exports (surveys, market size, receivables). */
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
