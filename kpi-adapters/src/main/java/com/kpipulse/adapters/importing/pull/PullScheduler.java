package com.kpipulse.adapters.importing.pull;

import com.kpipulse.application.importing.pull.PullConnection;
import com.kpipulse.application.importing.pull.PullConnections;
import com.kpipulse.application.importing.pull.PullReports;
import com.kpipulse.application.importing.pull.TokenReference;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Drives {@link PullReports} on a schedule ({@code kpi.pull.every}, default hourly; {@code off} to stop). Every
 * replica runs the timer; the use case lets one of them pull at a time.
 */
@ApplicationScoped
public class PullScheduler {

    private static final Logger LOG = Logger.getLogger(PullScheduler.class);

    private final PullReports pullReports;
    private final PullConnections connections;
    private final AesGcmSecrets secrets;

    @Inject
    public PullScheduler(PullReports pullReports, PullConnections connections, AesGcmSecrets secrets) {
        this.pullReports = pullReports;
        this.connections = connections;
        this.secrets = secrets;
    }

    @Scheduled(identity = "pull-reports", every = "${kpi.pull.every:1h}", delayed = "${kpi.pull.delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void pull() {
        if (pullReports.pullDue().isEmpty()) {
            LOG.debug("Another replica is pulling the reports; this one skips the round");
        }
    }

    /** Says at startup, not at the first failed pull, that stored tokens cannot be read without the key. */
    @ActivateRequestContext
    public void checkTheKey(@Observes StartupEvent started) {
        if (secrets.hasKey()) {
            return;
        }
        long encrypted = connections.enabled().stream().map(PullConnection::token)
                .filter(TokenReference.Encrypted.class::isInstance).count();
        if (encrypted > 0) {
            LOG.errorf("%d API connection(s) keep their token encrypted, but %s", encrypted,
                    AesGcmSecrets.missingKeyMessage());
        }
    }
}
