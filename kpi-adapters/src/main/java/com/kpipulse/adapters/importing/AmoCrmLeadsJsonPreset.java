package com.kpipulse.adapters.importing;

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

/**
 * amoCRM / Kommo API v4 leads ({@code GET /api/v4/leads}, {@code _embedded.leads[]}): a lead per creation day; status
 * 142 ("Успешно реализовано") is won on its {@code closed_at} day with {@code price} as revenue; 143 is lost. Unix
 * times are read in option {@code timezone} (default: the company's time zone); the account currency comes from
 * option {@code currency} (default: the company's currency). The source is {@code utm_source / utm_medium} from the tracking fields.
 * Leads are read from the token stream ({@link StreamedLead}): a demo-sized export is tens of megabytes.
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
        JsonArrays.read(input.content(), "_embedded.leads", sink, (index, parser, top) -> {
            StreamedLead lead = StreamedLead.read(parser);
            JsonDeal deal = new JsonDeal(index, "_embedded.leads", lead.fields(), dates);
            LocalDate created = deal.epochDate("created_at", zone, true);
            boolean won = lead.field("status_id").asInt() == WON;
            LocalDate closed = won ? deal.epochDate("closed_at", zone, true) : null;
            BigDecimal price = deal.amount("price");
            if (deal.problems().isEmpty() && outcomes.firstOccurrence(index, lead.field("id").asText(),
                    lead.fingerprint())) {
                String source = JsonDeal.join(lead.tracking("UTM_SOURCE"), lead.tracking("UTM_MEDIUM"));
                String campaign = lead.tracking("UTM_CAMPAIGN");
                outcomes.created(index, created, source, campaign);
                if (won) {
                    outcomes.won(index, closed, source, campaign, price, currency, null);
                }
            }
            deal.problems().forEach(sink::reject);
        });
        outcomes.finish();
    }
}
