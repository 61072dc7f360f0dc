package com.kpipulse.application.measure;

import com.kpipulse.domain.period.Grain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Rows of one import that give different values (or currencies) for the same natural key: the file contradicts
 * itself. The import says it as a problem of its later line.
 *
 * @param firstLine the first line that names the key
 * @param lastLine  the last line that names it
 * @param channel   the key's channel, {@code ""} for none; so are {@code campaign} and {@code source}
 * @param lowest    the lowest value given for the key
 * @param highest   the highest (the same as {@code lowest} when only the currencies differ)
 */
public record Contradiction(long firstLine, long lastLine, String measure, LocalDate periodStart, Grain grain,
                            String channel, String campaign, String source, BigDecimal lowest, BigDecimal highest) {

    public Contradiction {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(grain, "grain");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(source, "source");
    }
}
