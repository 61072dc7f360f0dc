package com.kpipulse.application.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What an import did, for the API, the import screen and the batch history.
 *
 * @param rows          data lines (or JSON elements) read
 * @param observations  values read from them (one line usually carries several measures)
 * @param from          first day covered, or null when nothing was read
 * @param to            last day covered (inclusive), or null
 * @param errors        the problems, in file order, at most {@link ImportObservations#MAX_REPORTED_PROBLEMS}
 * @param moreErrors    how many problems were left out of {@code errors}
 * @param preview       the first values as they will be stored
 */
public record ImportReport(UUID id, ImportStatus status, String presetId, String fileName, String importedBy,
                           Instant at, long rows, long observations, LocalDate from, LocalDate to,
                           List<RowProblem> errors, long moreErrors, List<ObservationRow> preview) {

    public ImportReport {
        errors = List.copyOf(errors);
        preview = List.copyOf(preview);
    }
}
