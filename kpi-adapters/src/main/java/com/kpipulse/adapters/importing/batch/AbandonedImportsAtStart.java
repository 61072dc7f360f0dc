package com.kpipulse.adapters.importing.batch;

import com.kpipulse.application.importing.ImportObservations;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * At start, says INTERRUPTED the imports a process killed in their middle left RUNNING, most likely this replica's
 * previous life; the history does it again before it is read, so a batch whose dead connection PostgreSQL had not
 * closed yet is caught then.
 */
@ApplicationScoped
public class AbandonedImportsAtStart {

    private static final Logger LOG = Logger.getLogger(AbandonedImportsAtStart.class);

    private final ImportObservations imports;

    public AbandonedImportsAtStart(ImportObservations imports) {
        this.imports = imports;
    }

    void start(@Observes StartupEvent started) {
        try {
            int interrupted = imports.interruptAbandoned();
            if (interrupted > 0) {
                LOG.warnf("%d import(s) left running by a process that stopped in their middle are marked interrupted;"
                        + " none of their values was stored", interrupted);
            }
        } catch (RuntimeException e) {
            // the history says it again when it is read; a start does not fail on it
            LOG.warnf("Could not look for interrupted imports at start: %s", e.getMessage());
        }
    }
}
