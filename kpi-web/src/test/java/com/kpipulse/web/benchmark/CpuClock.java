package com.kpipulse.web.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU seconds a run takes on this machine, on the client's side (this JVM, and {@code psql} when it runs as its
 * child) and in the database server's processes: on two cores a run whose two sides together take twice its wall
 * time is bound by the CPU, not by waiting. Read from {@code /proc}. The server's is split: the sessions (the live
 * backends, {@code postgres: user db …}) and the rest, which no run asks for but which shares the cores: the
 * checkpointer, the WAL and background writers, autovacuum, and every process that ended meanwhile (an autovacuum
 * worker, or the backend that served {@code psql}: its time goes to the server's main process when it ends).
 */
final class CpuClock {

    private static final double TICKS_PER_SECOND = 100;  // USER_HZ on Linux
    private static final List<String> BACKGROUND = List.of("checkpointer", "background writer", "walwriter",
            "autovacuum", "logical replication launcher", "stats", "archiver");

    private final long clientStart;
    private final Server serverStart;

    private CpuClock() {
        clientStart = clientNanos();
        serverStart = Server.now();
    }

    static CpuClock start() {
        return new CpuClock();
    }

    /** The CPU seconds since {@link #start()}; the server's are −1 without {@code /proc}. */
    Seconds stop() {
        Server server = Server.now();
        boolean known = server != null && serverStart != null;
        return new Seconds((clientNanos() - clientStart) / 1e9,
                known ? (server.sessions - serverStart.sessions) / TICKS_PER_SECOND : -1,
                known ? (server.rest - serverStart.rest) / TICKS_PER_SECOND : -1);
    }

    /** The client's, the server's sessions' and the rest of the server's CPU seconds. */
    record Seconds(double client, double sessions, double rest) {

        /** The server's in all. */
        double server() {
            return sessions < 0 ? -1 : sessions + rest;
        }
    }

    /** This JVM's CPU time and that of the children it reaped ({@code psql}). */
    private static long clientNanos() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        Stat self = Stat.of(Path.of("/proc/self"));
        return jvm + (self == null ? 0 : self.reaped) * (long) (1e9 / TICKS_PER_SECOND);
    }

    /** Clock ticks of the server's processes so far: its sessions' and the rest. */
    private record Server(long sessions, long rest) {

        static Server now() {
            Path proc = Path.of("/proc");
            if (!Files.isDirectory(proc)) {
                return null;
            }
            long sessions = 0;
            long rest = 0;
            try (Stream<Path> processes = Files.list(proc)) {
                for (Path process : processes.filter(p -> p.getFileName().toString().chars()
                        .allMatch(Character::isDigit)).toList()) {
                    Stat stat = Stat.of(process);
                    if (stat == null || !stat.name.equals("postgres")) {
                        continue;
                    }
                    String title = title(process);
                    boolean session = title.startsWith("postgres: ")
                            && BACKGROUND.stream().noneMatch(title.substring("postgres: ".length())::startsWith);
                    sessions += session ? stat.own : 0;
                    rest += (session ? 0 : stat.own) + stat.reaped;
                }
            } catch (IOException e) {
                return null;
            }
            return new Server(sessions, rest);
        }

        private static String title(Path process) {
            try {
                return new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
                        .replace('\0', ' ').strip();
            } catch (IOException e) {
                return "";
            }
        }
    }

    /**
     * A process's name and clock ticks: its own user and system time (fields 14 and 15 of its stat) and that of the
     * children it reaped (16 and 17); null when it ended meanwhile (its time then counts in its parent's reaped).
     */
    private record Stat(String name, long own, long reaped) {

        static Stat of(Path process) {
            try {
                String stat = Files.readString(process.resolve("stat"));
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                String[] fields = stat.substring(close + 2).split(" ");
                return new Stat(stat.substring(open + 1, close), Long.parseLong(fields[11]) + Long.parseLong(fields[12]),
                        Long.parseLong(fields[13]) + Long.parseLong(fields[14]));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }
}
