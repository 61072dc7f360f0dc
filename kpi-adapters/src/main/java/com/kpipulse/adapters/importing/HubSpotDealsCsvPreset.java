package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.ImportInput;
import com.kpipulse.application.importing.ImportPreset;
import com.kpipulse.application.importing.RowSink;
import com.kpipulse.domain.text.Message;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * HubSpot deals exported as CSV, from the interface ("Record ID", "Create Date", "Close Date", "Deal Stage",
 * "Amount") or a connector table ({@code deal_id}, {@code property_createdate}, {@code property_amount}…): a lead per
 * creation day, a won deal on its close date with its amount. Won means "Is Closed Won" true, the default pipeline's
 * {@code closedwon} stage, or a stage listed in option {@code wonStages} (comma-separated ids or labels, for custom
 * pipelines). Deleted deals are skipped.
 */
@ApplicationScoped
public class HubSpotDealsCsvPreset implements ImportPreset {

    static final ColumnSpec COLUMNS = new ColumnSpec()
            .required("id", "Record ID", "deal_id", "hs_object_id", "id")
            .optional("created", "Create Date", "property_createdate", "createdate")
            .optional("closed", "Close Date", "property_closedate", "closedate")
            .optional("stage", "Deal Stage", "deal_pipeline_stage_id", "property_dealstage", "dealstage")
            .optional("closedWon", "Is Closed Won", "hs_is_closed_won", "property_hs_is_closed_won")
            .optional("amount", "Amount", "property_amount", "amount")
            .optional("currency", "Currency", "deal_currency_code", "property_deal_currency_code")
            .optional("source", "Original Source Type", "Original Traffic Source", "hs_analytics_source",
                    "property_hs_analytics_source")
            .optional("deleted", "is_deleted")
            .requireAny("\"Create Date\"", "created");

    @Override
    public String id() {
        return "hubspot-deals-csv";
    }

    @Override
    public String sourceSystem() {
        return "hubspot";
    }

    @Override
    public String descriptionRu() {
        return "HubSpot: выгрузка сделок в CSV (выигранные — по этапу closed won)";
    }

    @Override
    public String descriptionEn() {
        return "HubSpot: deals export as CSV (won by the closed-won stage)";
    }

    @Override
    public void read(ImportInput input, RowSink sink) throws IOException {
        Optional<DelimitedTable> opened = DelimitedTable.open(input.content(), COLUMNS, sink);
        if (opened.isEmpty()) {
            return;
        }
        Set<String> wonStages = Arrays.stream(input.options().getOrDefault("wonStages", "closedwon,closed won")
                .split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        String fallbackCurrency = input.currency();
        FlexibleDate dates = new FlexibleDate(input.company().today());
        DealOutcomes outcomes = new DealOutcomes(sink);
        try (DelimitedTable table = opened.get()) {
            HeaderIndex header = table.header();
            for (TableRow row = table.next(); row != null; row = table.next()) {
                if ("true".equalsIgnoreCase(row.text("deleted"))) {
                    continue;
                }
                LocalDate created = row.date("created", dates);
                String stage = row.text("stage");
                boolean won = "true".equalsIgnoreCase(row.text("closedWon"))
                        || stage != null && wonStages.contains(stage.toLowerCase(Locale.ROOT));
                LocalDate closed = won ? row.date("closed", dates) : null;
                BigDecimal amount = header.has("amount")
                        ? row.number(header.index("amount").getAsInt(), LocaleNumber.DecimalMark.POINT) : null;
                Optional<Message> implausible = amount == null ? Optional.empty()
                        : ObservationCollector.implausible("revenue", amount);
                if (implausible.isPresent()) {
                    row.problem(header.index("amount").getAsInt(), implausible.get());
                }
                String currency = row.text("currency") != null ? row.text("currency") : fallbackCurrency;
                if (won && amount != null && currency == null) {
                    row.problem(header.index("amount").getAsInt(), Message.of(FileProblemKind.AMOUNT_CURRENCY_UNKNOWN));
                }
                if (row.hasProblems()) {
                    row.problems().forEach(sink::reject);
                    continue;
                }
                if (!outcomes.firstOccurrence(row.line(), row.text("id"), row.cells())) {
                    continue;
                }
                String source = row.text("source");
                outcomes.created(row.line(), created, source, null);
                if (won) {
                    outcomes.won(row.line(), closed, source, null, amount, currency, null);
                }
            }
        }
        outcomes.finish();
    }
}
