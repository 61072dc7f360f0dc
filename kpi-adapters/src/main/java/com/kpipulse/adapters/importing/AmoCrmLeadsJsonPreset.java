package com.kpipulse.adapters.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.kpipulse.application.importing.ImportInput;
import com.kpipulse.application.importing.ImportPreset;
import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.importing.RowSink;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.text.Message;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * amoCRM / Kommo API v4 leads ({@code GET /api/v4/leads}, {@code _embedded.leads[]}): a lead per creation day; status
 * 142 ("Успешно реализовано") is won on its {@code closed_at} day with {@code price} as revenue; 143 is lost. Unix
 * times are read in option {@code timezone} (default: the company's time zone); the account currency comes from
 * option {@code currency} (default: the company's currency). The source is {@code utm_source / utm_medium} from the tracking fields.
 */
@ApplicationScoped
public class AmoCrmLeadsJsonPreset implements ImportPreset {

    static final int WON = 142;

    @Override
    public String id() {
        return "amocrm-leads-json";
    }

    @Override
    public String sourceSystem() {
        return "amocrm";
    }

    @Override
    public String descriptionRu() {
        return "amoCRM: сделки из API v4 (_embedded.leads), успешные — статус 142";
    }

    @Override
    public String descriptionEn() {
        return "amoCRM / Kommo: API v4 leads (_embedded.leads), won = status 142";
    }

    @Override
    public void read(ImportInput input, RowSink sink) throws IOException {
        ZoneId zone;
        try {
            zone = input.options().containsKey("timezone") ? ZoneId.of(input.options().get("timezone"))
                    : input.company().zone();
        } catch (DateTimeException e) {
            sink.reject(new RowProblem(0, "timezone", Message.of(FileProblemKind.UNKNOWN_TIME_ZONE,
                    InputProblem.excerpt(input.options().get("timezone")))));
            return;
        }
        String currency = input.currency();
        FlexibleDate dates = new FlexibleDate(input.company().today());
        DealOutcomes outcomes = new DealOutcomes(sink);
        JsonArrays.stream(input.content(), "_embedded.leads", sink, (index, lead, top) -> {
            String path = "_embedded.leads[" + (index - 1) + "]";
            JsonDeal deal = new JsonDeal(index, path, lead, dates);
            LocalDate created = deal.epochDate("created_at", zone, true);
            boolean won = lead.path("status_id").asInt() == WON;
            LocalDate closed = won ? deal.epochDate("closed_at", zone, true) : null;
            BigDecimal price = deal.amount("price");
            if (deal.problems().isEmpty() && outcomes.firstOccurrence(index, lead.path("id").asText(),
                    List.of(lead.toString()))) {
                String source = JsonDeal.join(utm(lead, "UTM_SOURCE"), utm(lead, "UTM_MEDIUM"));
                String campaign = utm(lead, "UTM_CAMPAIGN");
                outcomes.created(index, created, source, campaign);
                if (won) {
                    outcomes.won(index, closed, source, campaign, price, currency, null);
                }
            }
            deal.problems().forEach(sink::reject);
        });
        outcomes.finish();
    }

    /** A tracking field by {@code field_code}, else by a field named like it ("utm_source"). */
    private static String utm(JsonNode lead, String code) {
        for (JsonNode field : lead.path("custom_fields_values")) {
            if (code.equalsIgnoreCase(field.path("field_code").asText())
                    || code.equalsIgnoreCase(field.path("field_name").asText())) {
                return JsonArrays.text(field.path("values").path(0).path("value"));
            }
        }
        return null;
    }
}
