package com.kpipulse.application.analysis;

import com.kpipulse.domain.analysis.anomaly.Finding;
import com.kpipulse.domain.analysis.anomaly.SeriesKey;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An anomaly's stable id, made of what it is about: measure, source system, channel ({@code -} for none), day and
 * kind, e.g. {@code visits.yandex_metrica.seo.2026-03-03.drop}. The same data judged again give the same id, so an
 * acknowledgement stays with its anomaly however often the check is run; a re-delivered value that turns a drop into a
 * zero is a new anomaly.
 */
public record AnomalyId(SeriesKey series, LocalDate day, AnomalyKind kind) {

    /** Codes as the store keeps them; a dot would make the id ambiguous. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final String NO_CHANNEL = "-";
    /** Longer text is no id: five codes of at most 64 characters and a day. */
    private static final int LONGEST = 5 * 65 + 10;

    public AnomalyId {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
    }

    public static AnomalyId of(Finding finding) {
        return new AnomalyId(finding.series(), finding.day(), AnomalyKind.of(finding));
    }

    /** The id read back from its text; empty when the text is no id this class writes. */
    public static Optional<AnomalyId> parse(String text) {
        if (text == null || text.length() > LONGEST) {
            return Optional.empty();
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 5 || !CODE.matcher(parts[0]).matches() || !CODE.matcher(parts[1]).matches()
                || !CODE.matcher(parts[2]).matches()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse(parts[3]);
            AnomalyKind kind = AnomalyKind.valueOf(parts[4].toUpperCase(java.util.Locale.ROOT));
            if (!parts[4].equals(kind.code())) {
                return Optional.empty();
            }
            String channel = parts[2].equals(NO_CHANNEL) ? "" : parts[2];
            return Optional.of(new AnomalyId(SeriesKey.of(parts[0], parts[1], channel), day, kind));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code measure.source.channel.day.kind}. */
    @Override
    public String toString() {
        return String.join(".", series.measure().value(), series.source(),
                series.channel().isEmpty() ? NO_CHANNEL : series.channel(), day.toString(), kind.code());
    }
}
