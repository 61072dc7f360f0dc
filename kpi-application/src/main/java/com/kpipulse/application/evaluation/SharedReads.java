package com.kpipulse.application.evaluation;

import com.kpipulse.application.measure.MonthSums;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.application.measure.WholeMonths;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The store's values, read once per span inside a run of work that asks many overlapping questions: the monitoring
 * cycle asks for some two hundred scorecards and a hundred analyses of one period, most of them about the same weeks
 * seen through other measures or one channel. Inside a run ({@link #open}), a question that lies within what the run
 * has read (its measures, its days, its channels) is answered from memory, narrowed exactly as the store would answer
 * it; any other is read from the store and kept for the rest of the run. Outside a run every question goes to the
 * store, so pages see each change at once.
 * <p>
 * A run belongs to the thread that opened it (a cycle is one transaction on one thread) and reads nothing it did not
 * ask for, except that it reads every channel when it is asked about all of them.
 */
@ApplicationScoped
@Typed(SharedReads.class) // asked for by name by the use cases a run goes through; others read the store itself
public class SharedReads implements ValuesThatCount {

    private final ValuesThatCount store;
    private final ThreadLocal<Reads> running = new ThreadLocal<>();

    @Inject
    public SharedReads(ValuesThatCount store) {
        this.store = store;
    }

    /** A run, closed when the work is done; opened inside another run, it is part of that one. */
    public interface Run extends AutoCloseable {
        @Override
        void close();
    }

    /** Opens a run on this thread and reads each span of {@code measures} in every channel, for the run to share. */
    public Run open(Set<MeasureCode> measures, Collection<Period> spans) {
        if (running.get() != null) {
            return () -> { };
        }
        Reads reads = new Reads();
        running.set(reads);
        spans.forEach(span -> perChannel(measures, span, Set.of()));
        return running::remove;
    }

    @Override
    public ObservationSet perChannel(Set<MeasureCode> measures, Period span, Set<String> channels) {
        Reads reads = running.get();
        return reads == null ? store.perChannel(measures, span, channels)
                : reads.answer(reads.perChannel, measures, span, channels, store::perChannel);
    }

    /**
     * {@link #perChannel}, read from the store now, on this thread, when the run has not read it yet; narrowing what
     * the run holds to the question is left to whichever thread takes the answer, since it reads nothing: a run's
     * scorecards are computed on the common fork-join pool while the run's thread reads on (ADR 26).
     */
    public Supplier<ObservationSet> perChannelNarrowedLater(Set<MeasureCode> measures, Period span,
                                                           Set<String> channels) {
        Reads reads = running.get();
        if (reads != null) {
            for (Read read : reads.perChannel) {
                if (read.covers(measures, span, channels)) {
                    Set<MeasureCode> asked = Set.copyOf(measures);
                    Set<String> chosen = Set.copyOf(channels);
                    return () -> read.narrowedTo(asked, span, chosen);
                }
            }
        }
        ObservationSet values = perChannel(measures, span, channels);
        return () -> values;
    }

    /**
     * Outside a run, as the store answers it; inside, from the run's reads as {@link #perChannel} answers, as a read
     * of whole months answers ({@link MonthSums}).
     */
    @Override
    public ObservationSet perChannel(Set<MeasureCode> measures, Period span, Set<String> channels, WholeMonths months) {
        return running.get() == null ? store.perChannel(measures, span, channels, months)
                : MonthSums.of(perChannel(measures, span, channels), span, months);
    }

    @Override
    public ObservationSet perCampaign(Set<MeasureCode> measures, Period span, Set<String> channels) {
        Reads reads = running.get();
        return reads == null ? store.perCampaign(measures, span, channels)
                : reads.answer(reads.perCampaign, measures, span, channels, store::perCampaign);
    }

    /** One of the store's two questions. */
    @FunctionalInterface
    private interface Question {
        ObservationSet ask(Set<MeasureCode> measures, Period span, Set<String> channels);
    }

    /** One span read: its measures, days and channels (empty: every channel), and what the store answered. */
    private record Read(Set<MeasureCode> measures, Period span, Set<String> channels, ObservationSet values) {

        boolean covers(Set<MeasureCode> asked, Period days, Set<String> chosen) {
            return measures.containsAll(asked) && span.encloses(days)
                    && (channels.isEmpty() || !chosen.isEmpty() && channels.containsAll(chosen));
        }

        /** What the store answers for the narrower question: the values whose first day is in it. */
        ObservationSet narrowedTo(Set<MeasureCode> asked, Period days, Set<String> chosen) {
            if (asked.equals(measures) && days.equals(span) && chosen.equals(channels)) {
                return values;
            }
            DimensionSelection selection = chosen.isEmpty() ? DimensionSelection.all()
                    : DimensionSelection.where("channel", chosen.toArray(String[]::new));
            List<Observation> kept = new ArrayList<>();
            asked.forEach(measure -> kept.addAll(values.startingIn(measure, days, selection)));
            return ObservationSet.of(kept);
        }
    }

    /** What one run has read, per channel and per campaign. */
    private static final class Reads {
        private final List<Read> perChannel = new ArrayList<>();
        private final List<Read> perCampaign = new ArrayList<>();

        ObservationSet answer(List<Read> done, Set<MeasureCode> measures, Period span, Set<String> channels,
                              Question store) {
            for (Read read : done) {
                if (read.covers(measures, span, channels)) {
                    return read.narrowedTo(measures, span, channels);
                }
            }
            ObservationSet values = store.ask(measures, span, channels);
            done.add(new Read(Set.copyOf(measures), span, Set.copyOf(channels), values));
            return values;
        }
    }
}
