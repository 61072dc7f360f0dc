package com.kpipulse.application.importing.pull;

import java.util.Map;
import java.util.Objects;

/** What a reporting API gave for one request: a payload to import, an empty report, or why there is none. */
public sealed interface FetchedReport {

    /**
     * The report as the API sent it.
     *
     * @param presetId the import preset that reads it
     * @param options  the preset options the request implies (e.g. {@code currency})
     */
    record Payload(String fileName, byte[] bytes, String presetId, Map<String, String> options) implements FetchedReport {

        public Payload {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(presetId, "presetId");
            options = Map.copyOf(options);
        }
    }

    /** The API answered, with no rows for the period. */
    record NoData(String reason) implements FetchedReport {
    }

    /** No report: the reason says what the API answered and what to do, e.g. "queued, retry in 60 s". */
    record Failure(String reason) implements FetchedReport {

        public Failure {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
