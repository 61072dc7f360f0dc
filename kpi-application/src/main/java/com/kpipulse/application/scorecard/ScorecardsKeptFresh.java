package com.kpipulse.application.scorecard;

import com.kpipulse.application.evaluation.DataVersion;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Keeps the scorecards people look at fresh when the data change, so the first view after an import or a typed value
 * finds its scorecard computed instead of computing it while the person waits. A moment after a change committed
 * here ({@link #changedHere()}) or anywhere (the {@link DataVersion} moves), the most recently viewed scorecards
 * ({@link RecentScorecards#viewedRecently}) are computed again, one after the other, on one background thread of
 * this replica; changes that come in the meantime are taken together. Each replica does it for what its own readers
 * looked at. The data version is trusted only when two reads agree: while a replica does not listen for change
 * notices every read is new, and nothing is computed in advance then.
 */
@ApplicationScoped
public class ScorecardsKeptFresh {

    /** How many of the most recently viewed scorecards are computed again after a change. */
    static final int MOST = 12;
    /** How often the data version is looked at, and how long a change waits for others to come with it. */
    static final long POLL_MS = 250;
    static final long SETTLE_MS = 150;

    private final RecentScorecards recent;
    private final DataVersion version;
    private final Consumer<ScorecardRequest> recompute;
    private final ScheduledExecutorService thread;
    private final AtomicBoolean due = new AtomicBoolean();
    private long seen = Long.MIN_VALUE;

    @Inject
    public ScorecardsKeptFresh(RecentScorecards recent, DataVersion version, ScorecardRecompute recompute) {
        this(recent, version, recompute::recompute, Executors.newSingleThreadScheduledExecutor(task ->
                Thread.ofPlatform().daemon().name("kpi-scorecards-fresh").unstarted(task)));
    }

    ScorecardsKeptFresh(RecentScorecards recent, DataVersion version, Consumer<ScorecardRequest> recompute,
                        ScheduledExecutorService thread) {
        this.recent = recent;
        this.version = version;
        this.recompute = recompute;
        this.thread = thread;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        thread.scheduleWithFixedDelay(this::look, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }

    /** A change was committed through this replica: its readers' scorecards are computed again a moment later. */
    public void changedHere() {
        soon();
    }

    /** Looks whether the data changed elsewhere since the last look; the first look only learns the version. */
    void look() {
        long first = version.current();
        if (version.current() != first || first == seen) {
            return;
        }
        boolean known = seen != Long.MIN_VALUE;
        seen = first;
        if (known) {
            soon();
        }
    }

    private void soon() {
        if (due.compareAndSet(false, true)) {
            thread.schedule(this::refresh, SETTLE_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** Computes the recently viewed scorecards again; one that fails is left for its next view to compute. */
    void refresh() {
        due.set(false);
        for (ScorecardRequest request : recent.viewedRecently(MOST)) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            try {
                recompute.accept(request);
            } catch (RuntimeException e) {
                // the next view computes it and shows what went wrong, as without this
            }
        }
    }
}
