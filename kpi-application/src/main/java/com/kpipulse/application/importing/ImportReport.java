package com.kpipulse.application.importing;

import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.application.measure.Replacement;
import com.kpipulse.application.measure.Written;
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
 * @param written       of a stored file: how many values it added, replaced and gave again unchanged; empty for
 *                      previews, rejected files and batches recorded before the store counted them
 */
public record ImportReport(UUID id, ImportStatus status, String presetId, String fileName, String importedBy,
                           Instant at, long rows, long observations, LocalDate from, LocalDate to,
                           List<RowProblem> errors, long moreErrors, List<ObservationRow> preview,
                           Optional<Replacement> replaces, List<Message> warnings, Optional<Written> written) {

    public ImportReport {
        errors = List.copyOf(errors);
        preview = List.copyOf(preview);
        Objects.requireNonNull(replaces, "replaces");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(written, "written");
    }

    /** A report without counts of what was written: a preview, a rejected file. */
    public ImportReport(UUID id, ImportStatus status, String presetId, String fileName, String importedBy,
                        Instant at, long rows, long observations, LocalDate from, LocalDate to,
                        List<RowProblem> errors, long moreErrors, List<ObservationRow> preview,
                        Optional<Replacement> replaces, List<Message> warnings) {
        this(id, status, presetId, fileName, importedBy, at, rows, observations, from, to, errors, moreErrors, preview,
                replaces, warnings, Optional.empty());
    }

    /** The same report with the counts of what the store took. */
    public ImportReport withWritten(Written counts) {
        return new ImportReport(id, status, presetId, fileName, importedBy, at, rows, observations, from, to, errors,
                moreErrors, preview, replaces, warnings, Optional.of(counts));
    }

    /** A report without replacements, warnings or counts: a rejected file, a running one. */
    public ImportReport(UUID id, ImportStatus status, String presetId, String fileName, String importedBy,
                        Instant at, long rows, long observations, LocalDate from, LocalDate to,
                        List<RowProblem> errors, long moreErrors, List<ObservationRow> preview) {
        this(id, status, presetId, fileName, importedBy, at, rows, observations, from, to, errors, moreErrors, preview,
                Optional.empty(), List.of(), Optional.empty());
    }
}
