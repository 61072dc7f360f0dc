package com.kpipulse.application.importing.pull;

import com.kpipulse.application.cluster.RunOnce;
import com.kpipulse.application.importing.ImportCommand;
import com.kpipulse.application.importing.ImportObservations;
import com.kpipulse.application.importing.ImportReport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** Stand-ins for what the pull use cases call besides the contracted fakes of {@code application.testing}. */
final class PullFakes {

    private PullFakes() {
    }

    /** Answers with a scripted result per connection name and remembers what was asked. */
    static final class ScriptedSource implements ReportSource {
        record Request(String connection, AccessToken token, LocalDate from, LocalDate to) {
        }

        final PullConnection.Kind kind;
        final List<Request> requests = new ArrayList<>();
        final Map<String, Function<PullConnection, FetchedReport>> answers = new LinkedHashMap<>();

        ScriptedSource(PullConnection.Kind kind) {
            this.kind = kind;
        }

        @Override
        public PullConnection.Kind kind() {
            return kind;
        }

        @Override
        public FetchedReport fetch(PullConnection connection, AccessToken token, LocalDate from, LocalDate to) {
            requests.add(new Request(connection.name(), token, from, to));
            return answers.getOrDefault(connection.name(), c -> new FetchedReport.NoData("nothing scripted"))
                    .apply(connection);
        }
    }

    /** The import use case seen from outside: records every command and answers with a scripted report. */
    static final class RecordingImports extends ImportObservations {
        final List<ImportCommand> commands = new ArrayList<>();
        Function<ImportCommand, ImportReport> answer;

        RecordingImports() {
            super(null, null, null, null, null, null, null);
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
