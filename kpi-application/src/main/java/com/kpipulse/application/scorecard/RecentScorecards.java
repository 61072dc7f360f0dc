package com.kpipulse.application.scorecard;

import com.kpipulse.application.evaluation.DataVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.kpipulse.application.operations.WorkMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Scorecards as {@link ShowScorecard} computes them, kept per replica until the data changes. A department opens the
 * same few pages all week while the data changes a few times a day, so each page is computed once per change: the
 * key is the request, the {@link DataVersion} read before computing, and today's date (the current period and the
 * pacing of goals move at midnight). Concurrent requests for the same page wait for one computation instead of
 * starting their own. Entries of older versions are dropped when a new version is seen; none is kept longer than
 * {@link #KEEP}, and at most {@link #MAX_ENTRIES} are kept. Nothing here is shared between replicas: each computes
 * its own, from the same database. A change made through this replica counts at once ({@link #changedHere()}).
 */
@ApplicationScoped
public class RecentScorecards {

    static final Duration KEEP = Duration.ofMinutes(10);
    static final int MAX_ENTRIES = 2_000;

    private final Function<ScorecardRequest, Scorecard> scorecards;
    /** Many at once, in their order: {@link ShowScorecard#showAll}. */
    private final Function<List<ScorecardRequest>, List<Scorecard>> many;
    private final DataVersion version;
    private final WorkMeter meter;
    private final Clock clock;
    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
    /** The scorecards people looked at (shown with a view), with when: those are kept fresh after a change. */
    private final ConcurrentHashMap<ScorecardRequest, Instant> viewed = new ConcurrentHashMap<>();
    private volatile long newestVersion = Long.MIN_VALUE;
    /** Changes this replica made itself: they count at once, without waiting for the database's notice. */
    private final AtomicLong localChanges = new AtomicLong();

    @Inject
    public RecentScorecards(ShowScorecard scorecards, DataVersion version, WorkMeter meter, Clock clock) {
        this(scorecards::show, scorecards::showAll, version, meter, clock);
    }

    RecentScorecards(Function<ScorecardRequest, Scorecard> scorecards, DataVersion version, WorkMeter meter,
                     Clock clock) {
        this(scorecards, requests -> requests.stream().map(scorecards).toList(), version, meter, clock);
    }

    private RecentScorecards(Function<ScorecardRequest, Scorecard> scorecards,
                             Function<List<ScorecardRequest>, List<Scorecard>> many, DataVersion version,
                             WorkMeter meter, Clock clock) {
        this.scorecards = scorecards;
        this.many = many;
        this.version = version;
        this.meter = meter;
        this.clock = clock;
    }

    public Scorecard show(ScorecardRequest request) {
        return kept(request).scorecard();
    }

    /**
     * A view made from the kept scorecard (say, its table rendered in one language), made once and kept and dropped
     * with the scorecard. {@code viewKey} tells the views of one scorecard apart; it must decide everything the view
     * depends on besides the scorecard.
     */
    public <T> T show(ScorecardRequest request, Class<T> type, Object viewKey, Function<Scorecard, T> view) {
        remember(request);
        Entry entry = kept(request);
        Scorecard scorecard = entry.scorecard();
        return type.cast(entry.views.computeIfAbsent(List.of(type, viewKey), key -> view.apply(scorecard)));
    }

    /**
     * The scorecards of {@code requests}, in their order, as {@link #show} gives each: those kept as they are, the
     * others computed together ({@link ShowScorecard#showAll}: their reads one after the other on this thread, their
     * rows on all cores) and kept. The monitoring cycle asks for some two hundred at once.
     */
    public List<Scorecard> showAll(List<ScorecardRequest> requests) {
        List<Found> found = requests.stream().map(this::find).toList();
        List<Found> computed = found.stream().filter(Found::computes).toList();
        if (!computed.isEmpty()) {
            try {
                List<Scorecard> made = many.apply(computed.stream().map(one -> one.key().request()).toList());
                for (int i = 0; i < computed.size(); i++) {
                    computed.get(i).entry().scorecard.complete(made.get(i));
                }
            } catch (RuntimeException | Error e) {
                computed.forEach(one -> {
                    entries.remove(one.key(), one.entry());
                    one.entry().scorecard.completeExceptionally(e);
                });
                throw e;
            }
        }
        return found.stream().map(one -> one.entry().scorecard()).toList();
    }

    private Entry kept(ScorecardRequest request) {
        Found found = find(request);
        if (found.computes()) {
            try {
                found.entry().scorecard.complete(scorecards.apply(request));
            } catch (RuntimeException | Error e) {
                entries.remove(found.key(), found.entry());
                found.entry().scorecard.completeExceptionally(e);
                throw e;
            }
        }
        return found.entry();
    }

    /** A request's entry, and whether the caller is the one to compute it. */
    private record Found(Key key, Entry entry, boolean computes) {
    }

    private Found find(ScorecardRequest request) {
        long seen = version.current();
        Instant now = clock.instant();
        Key key = new Key(request, seen, localChanges.get(), LocalDate.now(clock));
        Entry entry = entries.get(key);
        if (entry == null || entry.expiredAt(now)) {
            forgetOlderThan(seen, now);
            entry = entries.compute(key, (k, old) -> old != null && !old.expiredAt(now) ? old : new Entry(now));
        }
        boolean computed = entry.claim();
        meter.scorecardServed(!computed);
        return new Found(key, entry, computed);
    }

    /**
     * This replica has just committed a change (a form, an API call): what it kept is out of date now, not only once
     * the database's notice arrives a moment later. A computation still running when this is called keeps its
     * result under the old count, so it is never served.
     */
    public void changedHere() {
        localChanges.incrementAndGet();
        entries.clear();
    }

    /**
     * Remembers a scorecard somebody looked at; what was looked at longer than {@link #KEEP} ago is forgotten once as
     * many are remembered as are kept, so readers asking for ever other days cannot make the list grow.
     */
    private void remember(ScorecardRequest request) {
        Instant now = clock.instant();
        viewed.put(request, now);
        if (viewed.size() > MAX_ENTRIES) {
            viewed.values().removeIf(at -> at.isBefore(now.minus(KEEP)));
            if (viewed.size() > MAX_ENTRIES) {
                viewed.clear();
            }
        }
    }

    /**
     * The scorecards people looked at within the last {@link #KEEP}, the most recently viewed first, at most
     * {@code most}: what {@link ScorecardsKeptFresh} computes again after a change.
     */
    public List<ScorecardRequest> viewedRecently(int most) {
        Instant since = clock.instant().minus(KEEP);
        viewed.values().removeIf(at -> at.isBefore(since));
        return viewed.entrySet().stream()
                .sorted(java.util.Map.Entry.<ScorecardRequest, Instant>comparingByValue().reversed())
                .limit(most).map(java.util.Map.Entry::getKey).toList();
    }

    /** How many scorecards are kept now (for tests and the admin's curiosity). */
    public int size() {
        return entries.size();
    }

    private void forgetOlderThan(long seen, Instant now) {
        if (seen > newestVersion) {
            newestVersion = seen;
            entries.keySet().removeIf(key -> key.version() < seen);
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(entry -> entry.expiredAt(now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
    }

    private record Key(ScorecardRequest request, long version, long localChanges, LocalDate today) {
    }

    private static final class Entry {
        private final Instant created;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CompletableFuture<Scorecard> scorecard = new CompletableFuture<>();
        private final ConcurrentHashMap<Object, Object> views = new ConcurrentHashMap<>();

        Entry(Instant created) {
            this.created = created;
        }

        /** True for the one caller that computes this entry. */
        boolean claim() {
            return claimed.compareAndSet(false, true);
        }

        Scorecard scorecard() {
            try {
                return scorecard.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }

        boolean expiredAt(Instant now) {
            return created.plus(KEEP).isBefore(now);
        }
    }
}
