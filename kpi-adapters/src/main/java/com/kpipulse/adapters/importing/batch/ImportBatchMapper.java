package com.kpipulse.adapters.importing.batch;

import com.kpipulse.adapters.text.StoredMessages;
import com.kpipulse.application.importing.ImportProblemKind;
import com.kpipulse.application.importing.ImportReport;
import com.kpipulse.application.importing.ImportStatus;
import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.measure.Written;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Between the import report of the application and its rows in {@code import_batch} / {@code import_problem}. */
final class ImportBatchMapper {

    private ImportBatchMapper() {
    }

    static ImportBatchJpaEntity toEntity(ImportReport report, String sourceSystem) {
        ImportBatchJpaEntity entity = new ImportBatchJpaEntity();
        copy(report, sourceSystem, entity);
        return entity;
    }

    /** Writes the report onto the batch's row, a new one or the RUNNING one the import began with. */
    static void copy(ImportReport report, String sourceSystem, ImportBatchJpaEntity entity) {
        entity.id = report.id();
        entity.preset = report.presetId();
        entity.sourceSystem = sourceSystem;
        entity.fileName = report.fileName();
        entity.importedBy = report.importedBy();
        entity.importedAt = report.at();
        entity.status = report.status().name();
        entity.rowCount = report.rows();
        entity.observationCount = report.observations();
        entity.periodFrom = report.from();
        entity.periodTo = report.to();
        entity.moreProblems = report.moreErrors();
        entity.valuesAdded = report.written().map(Written::added).orElse(null);
        entity.valuesReplaced = report.written().map(Written::replaced).orElse(null);
        entity.valuesUnchanged = report.written().map(Written::unchanged).orElse(null);
        entity.problems.clear();
        List<RowProblem> errors = report.errors();
        for (int i = 0; i < errors.size(); i++) {
            ImportProblemJpaEntity problem = new ImportProblemJpaEntity();
            problem.key = new ImportProblemJpaEntity.Key(report.id(), i);
            problem.batch = entity;
            problem.line = errors.get(i).line();
            problem.columnName = errors.get(i).column();
            problem.message = errors.get(i).message().in(Locale.ENGLISH);
            problem.kind = errors.get(i).message().code();
            problem.args = StoredMessages.args(errors.get(i).message());
            entity.problems.add(problem);
        }
    }

    static ImportReport toReport(ImportBatchJpaEntity entity) {
        List<RowProblem> problems = entity.problems.stream()
                .map(problem -> new RowProblem(problem.line, problem.columnName,
                        StoredMessages.read(problem.kind, problem.args, problem.message, ImportProblemKind.LEGACY)))
                .toList();
        Optional<Written> written = entity.valuesAdded == null ? Optional.empty()
                : Optional.of(new Written(entity.valuesAdded, entity.valuesReplaced, entity.valuesUnchanged));
        return new ImportReport(entity.id, ImportStatus.valueOf(entity.status), entity.preset, entity.fileName,
                entity.importedBy, entity.importedAt, entity.rowCount, entity.observationCount, entity.periodFrom,
                entity.periodTo, problems, entity.moreProblems, List.of(), Optional.empty(), List.of(), written);
    }
}
