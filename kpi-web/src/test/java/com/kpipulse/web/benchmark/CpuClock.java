package com.kpipulse.web.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds a run takes on this machine, on the client's side (this JVM, and {@code psql} when it runs as its
 * child) and in the database server's processes: on two cores a run whose two sides together take twice its wall
 * time is bound by the CPU, not by waiting. Read from {@code /proc}: user and system time of every {@code postgres}
 * process and of the ones they reaped (a backend that served {@code psql} has ended when the run is over).
 */
final class CpuClock {

    private static final double TICKS_PER_SECOND = 100;  // USER_HZ on Linux

    private final long clientStart;
    private final long serverStart;

    private CpuClock() {
        clientStart = clientNanos();
        serverStart = serverTicks();
    }

    static CpuClock start() {
        return new CpuClock();
    }

    /** The CPU seconds since {@link #start()}: the client's and the server's; the server's is −1 without {@code /proc}. */
    Seconds stop() {
        long server = serverTicks();
        return new Seconds((clientNanos() - clientStart) / 1e9,
                server < 0 || serverStart < 0 ? -1 : (server - serverStart) / TICKS_PER_SECOND);
    }

    record Seconds(double client, double server) {
    }

    /** This JVM's CPU time and that of the children it reaped ({@code psql}). */
    private static long clientNanos() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long children = ticks(Path.of("/proc/self"), false, true);
        return jvm + Math.max(children, 0) * (long) (1e9 / TICKS_PER_SECOND);
    }

    private static long serverTicks() {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return -1;
        }
        try (Stream<Path> processes = Files.list(proc)) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(process -> Math.max(ticks(process, true, true), 0)).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * A process's own user and system time (fields 14 and 15 of its stat) and, when {@code reaped}, that of its
     * ended children (16 and 17); with {@code onlyPostgres} 0 for any other process; −1 when it cannot be read.
     */
    private static long ticks(Path process, boolean onlyPostgres, boolean reaped) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            if (open < 0 || close < 0) {
                return -1;
            }
            if (onlyPostgres && !stat.substring(open + 1, close).equals("postgres")) {
                return 0;
            }
            String[] fields = stat.substring(close + 2).split(" ");
            long own = onlyPostgres ? Long.parseLong(fields[11]) + Long.parseLong(fields[12]) : 0;
            return own + (reaped ? Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : 0);
        } catch (IOException | RuntimeException e) {
            return onlyPostgres ? 0 : -1;  // a process that ended meanwhile counts in its parent's reaped time
        }
    }
}
