package com.kpipulse.localstack.drill;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A few people reading pages at once, each in a loop over the same paths with a bearer token, every answer kept with
 * when it was asked (since the load began), how long it took and its status, so a drill can say what happened
 * before, during and after a fault. A request waits at most {@value #REQUEST_TIMEOUT_SECONDS} s, far longer than
 * anybody should, so a hang is measured rather than cut short.
 */
final class Load implements AutoCloseable {

    static final int REQUEST_TIMEOUT_SECONDS = 60;

    /** One request: when it was sent and answered (since the load began), to what, and the answer. */
    record Request(Duration sent, Duration answeredAt, String path, AppClient.Answer answer) {
    }

    private final long started = System.nanoTime();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Thread> people = new ArrayList<>();
    private volatile boolean running = true;

    Load(AppClient client, String token, List<String> paths, int threads) {
        for (int person = 0; person < threads; person++) {
            int first = person;
            people.add(Thread.ofPlatform().name("drill-load-" + person).daemon().start(() -> {
                for (int i = first; running; i++) {
                    String path = paths.get(i % paths.size());
                    Duration sent = now();
                    AppClient.Answer answer = client.get(path, token, Duration.ofSeconds(REQUEST_TIMEOUT_SECONDS));
                    requests.add(new Request(sent, now(), path, answer));
                    if (!answer.answered()) {
                        sleep(100);  // a refused connection comes back at once: no busy loop
                    }
                }
            }));
        }
    }

    /** Since the load began. */
    Duration now() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests sent in {@code [from, to)} since the load began. */
    List<Request> sentBetween(Duration from, Duration to) {
        return requests.stream().filter(r -> r.sent().compareTo(from) >= 0 && r.sent().compareTo(to) < 0).toList();
    }

    /** Answers counted by status ({@code 200: 812, 503: 40, …}). */
    static String countByKind(List<Request> requests) {
        Map<String, Long> counts = new TreeMap<>(requests.stream()
                .collect(Collectors.groupingBy(r -> r.answer().kind(), Collectors.counting())));
        return counts.isEmpty() ? "none" : counts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    static Optional<Request> longest(List<Request> requests) {
        return requests.stream().max(Comparator.comparing(r -> r.answer().took()));
    }

    static boolean all(List<Request> requests, Predicate<Request> test) {
        return !requests.isEmpty() && requests.stream().allMatch(test);
    }

    /** Waits until {@code test} holds for the latest answer to every path, or {@code timeout} passed. */
    Optional<Duration> awaitEveryPath(List<String> paths, Predicate<AppClient.Answer> test, Duration after,
                                      Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            boolean all = true;
            for (String path : paths) {
                Optional<Request> latest = requests.stream()
                        .filter(r -> r.path().equals(path) && r.sent().compareTo(after) >= 0)
                        .max(Comparator.comparing(Request::sent));
                all &= latest.isPresent() && test.test(latest.get().answer());
            }
            if (all) {
                return Optional.of(now());
            }
            sleep(100);
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        running = false;
        for (Thread person : people) {
            try {
                person.join(Duration.ofSeconds(REQUEST_TIMEOUT_SECONDS + 5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
