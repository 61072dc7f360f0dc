package com.kpipulse.domain.goal;

import com.kpipulse.domain.LocalizedText;

/** Seed 001: what a marketing goal serves. */
public enum BusinessObjective {
    SALES(LocalizedText.of("продажи", "sales")),
    TRAFFIC(LocalizedText.of("трафик", "traffic")),
    BRAND_AWARENESS(LocalizedText.of("узнаваемость бренда", "brand awareness")),
    CUSTOMER_RELATIONS(LocalizedText.of("отношения с клиентами", "customer relations"));

    private final LocalizedText label;

    BusinessObjective(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
