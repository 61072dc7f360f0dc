package com.kpipulse.domain.evaluation;

import com.kpipulse.domain.LocalizedText;

public enum Status {
    ON_TRACK(LocalizedText.of("в плане", "on track")),
    AT_RISK(LocalizedText.of("под угрозой", "at risk")),
    OFF_TRACK(LocalizedText.of("отстаёт", "off track")),
    NO_DATA(LocalizedText.of("нет данных", "no data"));

    private final LocalizedText label;

    Status(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
