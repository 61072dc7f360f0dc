package com.kpipulse.application.importing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Outgoing port: the values of one source system (values typed in: {@code manual}) as a person lists, finds and
 * removes them, one by one by their natural key. Writing goes through {@link Observations} like every other value.
 */
public interface ValuesByHand {

    /** A stored value with its natural key (campaign and source are empty for values typed in) and who wrote it. */
    record Stored(ManualValues.Key key, BigDecimal value, String currency, Instant recordedAt, String recordedBy) {
    }

    /** The newest first (the last written, then the latest period), {@code limit} from {@code offset}. */
    List<Stored> newestFirst(String sourceSystem, int offset, int limit);

    long count(String sourceSystem);

    Optional<Stored> find(String sourceSystem, ManualValues.Key key);

    /** Removes the value under the key; false when there was none. */
    boolean delete(String sourceSystem, ManualValues.Key key);
}
