package com.kpipulse.adapters.importing.pull;

import com.kpipulse.application.importing.pull.PullConnection;
import com.kpipulse.application.importing.pull.PullConnections;
import com.kpipulse.application.importing.pull.PullReports;
import com.kpipulse.application.importing.pull.TokenReference;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Drives {@link PullReports} on a schedule ({@code kpi.pull.every}, default hourly; {@code off} to stop). Every
 * replica runs the timer; the use case lets one of them pull at a time, and pulls each connection once an interval
 * whichever replica's timer comes first.
 */
@ApplicationScoped
public class PullScheduler {

    private static final Logger LOG = Logger.getLogger(PullScheduler.class);

    private final PullReports pullReports;
    private final PullConnections connections;
    private final AesGcmSecrets secrets;
    private final Duration every;

    @Inject
    public PullScheduler(PullReports pullReports, PullConnections connections, AesGcmSecrets secrets,
                         @ConfigProperty(name = "kpi.pull.every", defaultValue = "1h") String every) {
        this.pullReports = pullReports;
        this.connections = connections;
        this.secrets = secrets;
        this.every = interval(every);
    }

    /** The timer's interval in the scheduler's own syntax ({@code 1h}, {@code PT30M}); {@code off} never fires. */
    static Duration interval(String every) {
        String value = every.strip();
        if (value.equalsIgnoreCase("off") || value.equalsIgnoreCase("disabled")) {
            return Duration.ofHours(1);
        }
        return DurationConverter.parseDuration(value);
    }

    @Scheduled(identity = "pull-reports", every = "${kpi.pull.every:1h}", delayed = "${kpi.pull.delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void pull() {
        if (pullReports.pullScheduled(every).isEmpty()) {
            LOG.debug("Another replica is pulling the reports; this one skips the round");
        }
    }

    /**
     * Says at startup, not at the first failed pull, that stored tokens cannot be read without the key. A database
     * that does not answer yet only makes it say it could not look: the app starts, and readiness names the database.
     */
    @ActivateRequestContext
    public void checkTheKey(@Observes StartupEvent started) {
        if (secrets.hasKey()) {
            return;
        }
        long encrypted;
        try {
            encrypted = connections.enabled().stream().map(PullConnection::token)
                    .filter(TokenReference.Encrypted.class::isInstance).count();
        } catch (RuntimeException e) {
            // a database that is away at start must not stop the start: readiness says it, and the first pull would
            LOG.warnf("Could not check the stored API tokens at start: %s", e.getMessage());
            return;
        }
        if (encrypted > 0) {
            LOG.errorf("%d API connection(s) keep their token encrypted, but %s", encrypted,
                    AesGcmSecrets.missingKeyMessage());
        }
    }
}
