package com.kpipulse.application.measure;

import com.kpipulse.domain.period.Grain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Outgoing port: the values of one source system (values typed in: {@code manual}) as a person lists, finds and
 * removes them, one by one by their natural key; values with a campaign or a source are not among them. Writing goes
 * through {@link Observations} like every other value.
 */
public interface ValuesByHand {

    /** The natural key of a value typed in; {@code channel} is null for a value of no channel. */
    record Key(String measure, LocalDate periodStart, Grain grain, String channel) {
        public Key {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(periodStart, "periodStart");
            Objects.requireNonNull(grain, "grain");
            channel = channel == null || channel.isEmpty() ? null : channel;
        }
    }

    /** A stored value with its natural key and who wrote it. */
    record Stored(Key key, BigDecimal value, String currency, Instant recordedAt, String recordedBy) {
    }

    /** The newest first (the last written, then the latest period), {@code limit} from {@code offset}. */
    List<Stored> newestFirst(String sourceSystem, int offset, int limit);

    long count(String sourceSystem);

    Optional<Stored> find(String sourceSystem, Key key);

    /** Removes the value under the key; false when there was none. */
    boolean delete(String sourceSystem, Key key);
}
