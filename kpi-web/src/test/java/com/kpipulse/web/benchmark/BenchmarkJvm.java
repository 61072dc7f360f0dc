package com.kpipulse.web.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.stream.Collectors;

/** The JVM a benchmark ran in, for its report: figures of another collector or compiler are not comparable. */
final class BenchmarkJvm {

    private BenchmarkJvm() {
    }

    /** E.g. {@code Java 25.0.1; collectors Copy, MarkSweepCompact; HotSpot 64-Bit Tiered Compilers; -XX:+UseSerialGC}. */
    static String describe() {
        String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
        String options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("-XX:") || argument.startsWith("-Xm"))
                .collect(Collectors.joining(" "));
        return "Java " + Runtime.version() + "; collectors " + collectors + "; "
                + ManagementFactory.getCompilationMXBean().getName() + (options.isEmpty() ? "" : "; " + options);
    }
}
