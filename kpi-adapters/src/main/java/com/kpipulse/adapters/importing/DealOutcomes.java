package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.RowSink;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.domain.period.Grain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What CRM presets make of deals (amoCRM leads, Bitrix24 and HubSpot deals): a created deal is a lead on its
 * creation day; a won deal is a converted lead, an order and its amount as revenue on its closing day (and a new
 * customer when the CRM says so). Lost deals add nothing. Counts are per day and raw source; channel mapping of the
 * source happens later.
 */
public final class DealOutcomes {

    private final ObservationCollector collector;

    public DealOutcomes(RowSink sink) {
        this.collector = new ObservationCollector(sink);
    }

    /** Whether this deal id is new in the file; a repeat is reported like a duplicated row. */
    public boolean firstOccurrence(long line, String dealId, List<String> content) {
        return collector.firstOccurrence(line, List.of(dealId), content);
    }

    /** The same, with the deal's whole content already taken in as a fingerprint. */
    public boolean firstOccurrence(long line, String dealId, long contentFingerprint) {
        return collector.firstOccurrence(line, List.of(dealId), contentFingerprint);
    }

    public void created(long line, LocalDate day, String source, String campaign) {
        count(line, "leads", day, source, campaign);
    }

    /** A won deal; {@code amount} may be null (no budget), {@code newCustomer} null when unknown. */
    public void won(long line, LocalDate day, String source, String campaign, BigDecimal amount, String currency,
                    Boolean newCustomer) {
        count(line, "converted_leads", day, source, campaign);
        count(line, "orders", day, source, campaign);
        if (Boolean.TRUE.equals(newCustomer)) {
            count(line, "new_customers", day, source, campaign);
        }
        if (amount != null && currency != null) {
            collector.accept(new ObservationRow(line, "revenue", day, Grain.DAY, null, campaign, source, amount,
                    currency), null);
        }
    }

    public void finish() {
        collector.finish();
    }

    private void count(long line, String measure, LocalDate day, String source, String campaign) {
        collector.accept(new ObservationRow(line, measure, day, Grain.DAY, null, campaign, source, BigDecimal.ONE,
                null), null);
    }
}
