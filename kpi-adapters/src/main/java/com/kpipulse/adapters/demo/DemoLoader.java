package com.kpipulse.adapters.demo;

import com.kpipulse.application.cluster.RunOnce;
import com.kpipulse.application.demo.DemoDataLoaded;
import com.kpipulse.application.importing.ImportObservations;
import com.kpipulse.application.importing.ImportReport;
import com.kpipulse.application.importing.ImportStatus;
import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.measure.StoredObservations;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Loads the demo company on the first start of an empty product ({@code kpi.demo.enabled}, set by {@code ./kpi run}
 * unless {@code --no-demo}): its files go through the same import use case as an upload, as user {@value #USER}, so
 * the newcomer sees a living product built the way real data is. Replicas starting together load it once.
 * <p>
 * A demo file the presets reject is a bug in the generator, not a user mistake: the start fails and says so.
 * When every file is in, {@link DemoDataLoaded} is fired for what belongs to the demo beyond imports (the goals).
 */
@ApplicationScoped
public class DemoLoader {

    public static final String USER = "demo";
    private static final Logger LOG = Logger.getLogger(DemoLoader.class);
    private static final int PROBLEMS_LOGGED = 10;

    private final ImportObservations imports;
    private final StoredObservations stored;
    private final RunOnce runOnce;
    private final Clock clock;
    private final Event<DemoDataLoaded> loaded;
    private final boolean enabled;

    @Inject
    public DemoLoader(ImportObservations imports, StoredObservations stored, RunOnce runOnce, Clock clock,
                      Event<DemoDataLoaded> loaded, @ConfigProperty(name = "kpi.demo.enabled") boolean enabled) {
        this.imports = imports;
        this.stored = stored;
        this.runOnce = runOnce;
        this.clock = clock;
        this.loaded = loaded;
        this.enabled = enabled;
    }

    public void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        if (!stored.isEmpty()) {
            LOG.info("Demo data: the store already holds values, nothing loaded");
            return;
        }
        if (runOnce.exclusively("demo-load", () -> stored.isEmpty() ? load(clock) : null).isEmpty()) {
            LOG.info("Demo data: another instance loads it, nothing loaded here");
        }
    }

    /**
     * Generates the demo company for the two years before {@code today}'s date and imports every file. Loads
     * unconditionally: the caller decides whether the store should get it.
     *
     * @throws IllegalStateException when a file is rejected (a bug in the generator)
     */
    public DemoDataLoaded load(Clock today) {
        long started = System.nanoTime();
        DemoCompany company = new DemoCompany(today);
        Path directory = null;
        try {
            directory = Files.createTempDirectory("kpi-demo-");
            List<DemoFile> files = company.writeFiles(directory);
            LOG.infof("Demo data: loading %s to %s from %d files", company.firstDay(), company.lastDay(),
                    files.size());
            long values = 0;
            for (int i = 0; i < files.size(); i++) {
                values += importOne(files.get(i), i + 1, files.size());
            }
            DemoDataLoaded result = new DemoDataLoaded(company.firstDay(), company.lastDay(), files.size(), values);
            LOG.infof("Demo data: %s values loaded in %.1f s", count(values), (System.nanoTime() - started) / 1e9);
            loaded.fire(result);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the demo files to " + directory, e);
        } finally {
            deleteQuietly(directory);
        }
    }

    private long importOne(DemoFile file, int number, int of) {
        ImportReport report = imports.importFile(file.command(USER));
        if (report.status() != ImportStatus.COMMITTED) {
            LOG.errorf("Demo data: %d/%d %s was REJECTED by preset %s with %d problems; the first ones:", number, of,
                    file.name(), file.presetId(), report.errors().size() + report.moreErrors());
            report.errors().stream().limit(PROBLEMS_LOGGED).forEach(problem -> LOG.error("  " + describe(problem)));
            throw new IllegalStateException("The demo file " + file.name() + " was rejected by the import preset "
                    + file.presetId() + " (first problem: " + report.errors().stream().findFirst()
                    .map(DemoLoader::describe).orElse("none listed") + "). This is a bug in the demo generator; "
                    + "start with --no-demo to run without demo data.");
        }
        LOG.infof("Demo data: %d/%d %s — %s values", number, of, file.name(), count(report.observations()));
        return report.observations();
    }

    private static String describe(RowProblem problem) {
        return "line " + problem.line() + (problem.column() == null ? "" : ", column " + problem.column()) + ": "
                + problem.message();
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                if (!path.toFile().delete()) {
                    LOG.warnf("Demo data: could not remove the temporary file %s", path);
                }
            });
        } catch (IOException e) {
            LOG.warnf("Demo data: could not remove the temporary files in %s (%s)", directory, e.getMessage());
        }
    }
}
