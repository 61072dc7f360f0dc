package com.kpipulse.web.importing;

import com.kpipulse.application.importing.ImportReport;
import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.application.measure.Replacement;
import com.kpipulse.domain.text.Message;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON shape of an import report. Every problem and warning carries its stable {@code code} and its sentence in
 * English ({@code message}) and Russian ({@code messageRu}); a preview also says which stored values the file would
 * replace ({@code replaces}: how many, from, to; null when none), and a stored one what it wrote ({@code written}:
 * values added, replaced and given again unchanged; null for previews, rejected files and older batches).
 */
public record ImportReportJson(String id, String status, String preset, String fileName, String importedBy,
                               Instant at, long rows, long observations, LocalDate from, LocalDate to,
                               List<ProblemJson> errors, long moreErrors, List<ValueJson> preview,
                               ReplacesJson replaces, List<WarningJson> warnings, WrittenJson written) {

    public record ProblemJson(long line, String column, String code, String message, String messageRu) {
    }

    public record WarningJson(String code, String message, String messageRu) {
    }

    public record ReplacesJson(long values, LocalDate from, LocalDate to) {
    }

    public record WrittenJson(long added, long replaced, long unchanged) {
    }

    public record ValueJson(long line, String measure, LocalDate periodStart, String grain, String channel,
                            String campaign, String source, String value, String currency) {
    }

    static ImportReportJson from(ImportReport report) {
        return new ImportReportJson(report.id().toString(), report.status().name(), report.presetId(),
                report.fileName(), report.importedBy(), report.at(), report.rows(), report.observations(),
                report.from(), report.to(), report.errors().stream().map(ImportReportJson::problem).toList(),
                report.moreErrors(), report.preview().stream().map(ImportReportJson::value).toList(),
                report.replaces().map(ImportReportJson::replaces).orElse(null),
                report.warnings().stream().map(ImportReportJson::warning).toList(),
                report.written().map(counts -> new WrittenJson(counts.added(), counts.replaced(), counts.unchanged()))
                        .orElse(null));
    }

    /** A request refused before any file was read. */
    static ImportReportJson problem(Message message) {
        return new ImportReportJson(null, "REJECTED", null, null, null, null, 0, 0, null, null,
                List.of(problem(RowProblem.ofFile(message))), 0, List.of(), null, List.of(), null);
    }

    private static ProblemJson problem(RowProblem problem) {
        return new ProblemJson(problem.line(), problem.column(), problem.message().code(),
                problem.message().english(), problem.message().russian());
    }

    private static WarningJson warning(Message warning) {
        return new WarningJson(warning.code(), warning.english(), warning.russian());
    }

    private static ReplacesJson replaces(Replacement replacement) {
        return new ReplacesJson(replacement.values(), replacement.from(), replacement.to());
    }

    private static ValueJson value(ObservationRow row) {
        return new ValueJson(row.line(), row.measure(), row.periodStart(), row.grain().name(), row.channel(),
                row.campaign(), row.source(), row.value().toPlainString(), row.currency());
    }
}
