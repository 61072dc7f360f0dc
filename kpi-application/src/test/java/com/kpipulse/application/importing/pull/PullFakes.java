package com.kpipulse.application.importing.pull;

import com.kpipulse.application.cluster.RunOnce;
import com.kpipulse.application.importing.ImportCommand;
import com.kpipulse.application.importing.ImportObservations;
import com.kpipulse.application.importing.ImportReport;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** Stand-ins for what the pull use cases call besides the contracted fakes of {@code application.testing}. */
final class PullFakes {

    private PullFakes() {
    }

    /** The import use case seen from outside: records every command and answers with a scripted report. */
    static final class RecordingImports extends ImportObservations {
        final List<ImportCommand> commands = new ArrayList<>();
        Function<ImportCommand, ImportReport> answer;

        RecordingImports() {
            super(null, null, null, null, null, null, null, null, null);
        }

        @Override
        public ImportReport importFile(ImportCommand command) {
            commands.add(command);
            return answer.apply(command);
        }
    }

    /** Runs the work unless told another replica holds the name. */
    static final class LocalRunOnce implements RunOnce {
        final List<String> names = new ArrayList<>();
        boolean heldElsewhere;

        @Override
        public <T> Optional<T> exclusively(String name, Supplier<T> work) {
            names.add(name);
            return heldElsewhere ? Optional.empty() : Optional.ofNullable(work.get());
        }
    }

    static PullReports pullReports(PullConnections connections, Secrets secrets, RecordingImports imports,
                                   RunOnce runOnce, Clock clock, ReportSource... sources) {
        return new PullReports(connections, List.of(sources), secrets, imports, runOnce, clock);
    }
}
