package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.ImportInput;
import com.kpipulse.application.importing.ImportPreset;
import com.kpipulse.application.importing.RowSink;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.text.Message;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Bitrix24 {@code crm.deal.list} responses ({@code result[]}, all values strings): a lead per {@code DATE_CREATE}
 * day; {@code STAGE_SEMANTIC_ID} S is won on {@code CLOSEDATE} with {@code OPPORTUNITY} in {@code CURRENCY_ID} as
 * revenue (a new customer when {@code IS_RETURN_CUSTOMER} is N), F is lost, P in progress. Dates are read as the
 * portal's clock shows them. The source is {@code UTM_SOURCE / UTM_MEDIUM}.
 */
@ApplicationScoped
public class Bitrix24DealsJsonPreset implements ImportPreset {

    @Override
    public String id() {
        return "bitrix24-deals-json";
    }

    @Override
    public String sourceSystem() {
        return "bitrix24";
    }

    @Override
    public String descriptionRu() {
        return "Битрикс24: сделки из crm.deal.list (успешные — STAGE_SEMANTIC_ID = S)";
    }

    @Override
    public String descriptionEn() {
        return "Bitrix24: deals from crm.deal.list (won = STAGE_SEMANTIC_ID S)";
    }

    @Override
    public void read(ImportInput input, RowSink sink) throws IOException {
        DealOutcomes outcomes = new DealOutcomes(sink);
        FlexibleDate dates = new FlexibleDate(input.company().today());
        JsonArrays.stream(input.content(), "result", sink, (index, node, top) -> {
            JsonDeal deal = new JsonDeal(index, "result", node, dates);
            LocalDate created = deal.date("DATE_CREATE", true);
            String semantic = deal.text("STAGE_SEMANTIC_ID");
            boolean won = "S".equalsIgnoreCase(semantic);
            if (semantic != null && !List.of("S", "F", "P").contains(semantic.toUpperCase(Locale.ROOT))) {
                deal.problem("STAGE_SEMANTIC_ID", Message.of(FileProblemKind.NOT_A_STAGE, InputProblem.excerpt(semantic)));
            }
            LocalDate closed = won ? deal.date(deal.text("CLOSEDATE") != null ? "CLOSEDATE" : "DATE_MODIFY", true)
                    : null;
            BigDecimal amount = deal.amount("OPPORTUNITY");
            String currency = deal.text("CURRENCY_ID");
            if (won && amount != null && amount.signum() > 0 && currency == null) {
                deal.problem("CURRENCY_ID", Message.of(FileProblemKind.CURRENCY_MISSING));
            }
            if (deal.problems().isEmpty() && outcomes.firstOccurrence(index, deal.text("ID"),
                    JsonArrays.fingerprint(node))) {
                String source = JsonDeal.join(deal.text("UTM_SOURCE"), deal.text("UTM_MEDIUM"));
                String campaign = deal.text("UTM_CAMPAIGN");
                outcomes.created(index, created, source, campaign);
                if (won) {
                    String returning = deal.text("IS_RETURN_CUSTOMER");
                    outcomes.won(index, closed, source, campaign, amount, currency,
                            returning == null ? null : "N".equalsIgnoreCase(returning));
                }
            }
            deal.problems().forEach(sink::reject);
        });
        outcomes.finish();
    }
}
