package com.kpipulse.application.measure;

import java.time.Instant;

/**
 * Where the values of a measure in a span came from: the source system, the import batch (file, who, when) and how
 * many values it delivered; {@code file} is null for values typed in.
 */
public record SourceSummary(String measure, String sourceSystem, long values, String file, String importedBy,
                            Instant importedAt) {
}
