package com.kpipulse.application.importing;

import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.application.measure.Replacement;
import com.kpipulse.domain.text.Message;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * @param replaces      in a preview, the stored values the file would change
 * @param warnings      what an importer should know though nothing stops the file ({@link ImportWarningKind}):
 *                      values it would replace, dates more than a year old
 */
public record ImportReport(UUID id, ImportStatus status, String presetId, String fileName, String importedBy,
                           Instant at, long rows, long observations, LocalDate from, LocalDate to,
                           List<RowProblem> errors, long moreErrors, List<ObservationRow> preview,
                           Optional<Replacement> replaces, List<Message> warnings) {

    public ImportReport {
        errors = List.copyOf(errors);
        preview = List.copyOf(preview);
        Objects.requireNonNull(replaces, "replaces");
        warnings = List.copyOf(warnings);
    }

    /** A report without replacements or warnings: a rejected file, a stored one (they are said in previews only). */
    public ImportReport(UUID id, ImportStatus status, String presetId, String fileName, String importedBy,
                        Instant at, long rows, long observations, LocalDate from, LocalDate to,
                        List<RowProblem> errors, long moreErrors, List<ObservationRow> preview) {
        this(id, status, presetId, fileName, importedBy, at, rows, observations, from, to, errors, moreErrors, preview,
                Optional.empty(), List.of());
    }
}
