package com.kpipulse.web.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What a load run measured, page by page: every answer's time and status, kept whole (a minute of 32 people is some
 * ten thousand answers) so that the percentiles are exact rather than estimated from buckets. An answer that never
 * came (a refused connection, a timeout) is counted under the status {@value #NO_ANSWER}. Thread-safe: every
 * simulated person records into it at once.
 */
final class PageTimes {

    /** The status an answer that never came is counted under. */
    static final int NO_ANSWER = 0;

    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    /** One answer of {@code page}: its status and how long it took. */
    void record(String page, int status, long nanos) {
        pages.computeIfAbsent(page, name -> new Page()).add(status, nanos);
    }

    /** Answers with a status of 500 or more, over every page. */
    long serverErrors() {
        return pages.values().stream().mapToLong(page -> page.countOf(status -> status >= 500)).sum();
    }

    /** Requests that got no answer at all, over every page. */
    long unanswered() {
        return pages.values().stream().mapToLong(page -> page.countOf(status -> status == NO_ANSWER)).sum();
    }

    /** The answers of one page with exactly this status. */
    long count(String page, int status) {
        Page times = pages.get(page);
        return times == null ? 0 : times.countOf(s -> s == status);
    }

    long total() {
        return pages.values().stream().mapToLong(Page::size).sum();
    }

    /** A Markdown table: a row per page (by name), then all pages together. */
    List<String> table(double seconds) {
        List<String> lines = new ArrayList<>();
        lines.add("| page | requests | per s | p50 ms | p90 ms | p99 ms | max ms | statuses |");
        lines.add("|---|---:|---:|---:|---:|---:|---:|---|");
        Page all = new Page();
        new TreeMap<>(pages).forEach((name, page) -> {
            lines.add(page.row(name, seconds));
            all.addAll(page);
        });
        lines.add(all.row("**all pages**", seconds));
        return lines;
    }

    /** One page's answers. */
    private static final class Page {
        private long[] nanos = new long[1024];
        private int[] statuses = new int[1024];
        private int size;

        synchronized void add(int status, long took) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
                statuses = Arrays.copyOf(statuses, size * 2);
            }
            nanos[size] = took;
            statuses[size] = status;
            size++;
        }

        synchronized void addAll(Page other) {
            synchronized (other) {
                for (int i = 0; i < other.size; i++) {
                    add(other.statuses[i], other.nanos[i]);
                }
            }
        }

        synchronized int size() {
            return size;
        }

        synchronized long countOf(java.util.function.IntPredicate status) {
            long count = 0;
            for (int i = 0; i < size; i++) {
                if (status.test(statuses[i])) {
                    count++;
                }
            }
            return count;
        }

        synchronized String row(String name, double seconds) {
            long[] sorted = Arrays.copyOf(nanos, size);
            Arrays.sort(sorted);
            Map<String, Long> byStatus = new TreeMap<>();
            for (int i = 0; i < size; i++) {
                byStatus.merge(statuses[i] == NO_ANSWER ? "no answer" : Integer.toString(statuses[i]), 1L, Long::sum);
            }
            String said = byStatus.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(", "));
            return String.format(Locale.ROOT, "| %s | %,d | %.1f | %.0f | %.0f | %.0f | %.0f | %s |", name, size,
                    size / seconds, millis(sorted, 0.50), millis(sorted, 0.90), millis(sorted, 0.99),
                    size == 0 ? 0 : sorted[size - 1] / 1e6, said);
        }

        /** The nearest-rank percentile. */
        private static double millis(long[] sorted, double quantile) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(quantile * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }
    }
}
