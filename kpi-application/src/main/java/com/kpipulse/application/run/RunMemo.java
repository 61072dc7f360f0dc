package com.kpipulse.application.run;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a run of work reads of the department's settings (goals, layouts, how far each source has delivered), read
 * once for the run: the monitoring cycle computes some two hundred scorecards that would otherwise each read them
 * again. Inside a run ({@link #open}) a read is kept under its key for the rest of the run; outside a run every read
 * goes to the store, so pages see each change at once. A run belongs to the thread that opened it (ADR 15) and keeps
 * nothing after it is closed.
 */
@ApplicationScoped
public class RunMemo {

    private final ThreadLocal<Map<Object, Object>> running = new ThreadLocal<>();

    /** A run, closed when the work is done; opened inside another run, it is part of that one. */
    public interface Run extends AutoCloseable {
        @Override
        void close();
    }

    /** Opens a run on this thread. */
    public Run open() {
        if (running.get() != null) {
            return () -> { };
        }
        running.set(new HashMap<>());
        return running::remove;
    }

    /** What {@code read} gives, read once per run under {@code key}; read each time outside a run. */
    @SuppressWarnings("unchecked")
    public <T> T once(Object key, Supplier<T> read) {
        Map<Object, Object> kept = running.get();
        if (kept == null) {
            return read.get();
        }
        Object found = kept.get(key);
        if (found == null) {
            found = read.get();
            kept.put(key, found);
        }
        return (T) found;
    }
}
