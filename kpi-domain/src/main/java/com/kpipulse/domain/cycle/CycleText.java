package com.kpipulse.domain.cycle;

import com.kpipulse.domain.text.MessageKind;

import java.util.Locale;

/** What a kept cycle says besides its figures. Sentences under {@code cycle.*}. */
public enum CycleText implements MessageKind {
    /**
     * {0} a sentence of evidence kept with an older snapshot whose kind the texts no longer know, as it was written
     * (English) when the cycle ran.
     */
    EVIDENCE_AS_WRITTEN;

    @Override
    public String key() {
        return "cycle." + name().toLowerCase(Locale.ROOT);
    }
}
