package com.kpipulse.web.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.TestChannels;
import com.kpipulse.web.support.TestGoals;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A marketing department's Monday morning on the {@link LargeTenant} (N = 12 campaigns per channel: 10.5 M values):
 * {@value #PEOPLE} people at once for {@value #SECONDS} s, each a loop of weighted reads with 0–200 ms to think between
 * them, as their role works: the scorecards (the week just over, the month, switching to the week before and to
 * the running week, a channel), KPI pages with their campaign and «Почему» fragments, the API's values, the goals.
 * Besides, on a clock, each marketer uploads a small file through the import API about every two minutes (values of the
 * tenant's channels for days of November, after its last day, so that they count) and each admin changes a goal at
 * the version she read about every 30 s (a 412 when another admin was faster is an expected answer, counted apart).
 *
 * <p>Why: the other benchmarks measure one thing at a time; this one checks that the product holds when everything
 * happens at once, as issue 16 asks — no answer 5xx, every page's p50 and p99 reported, and nothing lost: every write
 * that was answered 2xx is read back afterwards (each imported value by SQL and their sums through the values API;
 * each accepted goal change in the audit trail, the last one in the goal), and no refused import left a value behind.
 * Not part of {@code ./kpi test}; run with {@code ./kpi bench}. Results: console and
 * {@code target/benchmarks/load.md}. {@code -Dkpi.bench.campaigns=1} runs it on a small tenant,
 * {@code -Dkpi.bench.load.seconds} and {@code -Dkpi.bench.load.people} change the run.
 */
@QuarkusTest
@Tag("benchmark")
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class MondayMorningLoadBenchmark {

    private static final int PEOPLE = 32;
    private static final int SECONDS = 60;
    private static final int THINK_MILLIS = 200;
    /** A week and a month inside the tenant's three years, the ones a department looks back at. */
    private static final LocalDate WEEK = LocalDate.of(2026, 10, 19);
    private static final LocalDate MONTH = LocalDate.of(2026, 10, 1);
    /** The imports' days: after the tenant's last day, so that the generic preset's values are the ones that count. */
    private static final LocalDate IMPORTED_FROM = LocalDate.of(2026, 11, 1);
    private static final int IMPORTED_DAYS = 28;
    /** Every imported campaign starts so; each import names its own, so no import replaces another's values. */
    private static final String CAMPAIGN = "monday-load-";
    private static final String GOAL_TITLE = "Нагрузка понедельника";
    private static final String GOAL = """
            {"title":"%s","objective":"SALES","owner":"hanna","start":"2026-10-01","deadline":"2026-12-31",
             "kpis":[{"kpi":"revenue","target":{"kind":"ABSOLUTE","value":"%s"}},
                     {"kpi":"orders","target":{"kind":"ABSOLUTE","value":"900000"}},
                     {"kpi":"romi","target":{"kind":"ABSOLUTE","value":"0.5"}}],
             "visibleTo":%s}""";
    private static final String IMPORT = "API: import of a small file";
    private static final String GOAL_CHANGE = "API: goal change at its version";
    private static final List<String> GOAL_AUDIENCES = List.of("[\"marketing-head\",\"marketer\"]", "[]");

    /** Who works this morning: the role's login, the scorecard it opens, and how many of the people are in it. */
    private record Role(String claim, String user, String scorecard, int share) {
    }

    private static final List<Role> ROLES = List.of(
            new Role("marketing-head", "hanna", "head", 4),
            new Role("marketer", "mark", "marketer", 14),
            new Role("smm-specialist", "sofia", "smm", 6),
            new Role("viewer", "vic", "viewer", 5),
            new Role("admin", "ada", "head", 3));

    @TestHTTPResource("/")
    URL app;

    @Inject
    AgroalDataSource dataSource;


    private final ObjectMapper json = new ObjectMapper();
    private final PageTimes times = new PageTimes();
    private final Collection<ImportSent> imports = new ConcurrentLinkedQueue<>();
    private final Collection<GoalChangeSent> goalChanges = new ConcurrentLinkedQueue<>();
    private List<String> goals = List.of();
    private Map<String, List<String>> kpisOfRole = Map.of();

    /** A small file sent to the import API, and what it answered. */
    private record ImportSent(String campaign, List<ImportedValue> values, int status, String batch) {
        boolean accepted() {
            return status / 100 == 2;
        }
    }

    private record ImportedValue(LocalDate day, String channel, int visits) {
    }

    /** A change of a goal that the API answered 200, with the version it made. */
    private record GoalChangeSent(String goal, long version, String title, String revenue) {
    }

    /** Seeding ten million values takes up to four minutes on a busy machine: more than the suite's ten. */
    @Test
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void thirtyTwoPeopleForAMinuteGetNoServerErrorAndLoseNoAcceptedWrite() throws Exception {
        int seconds = Integer.getInteger("kpi.bench.load.seconds", SECONDS);
        int people = Integer.getInteger("kpi.bench.load.people", PEOPLE);
        int campaigns = LargeTenant.campaigns();
        long started = System.nanoTime();
        long values = LargeTenant.seed(dataSource, campaigns);
        double seedSeconds = (System.nanoTime() - started) / 1e9;
        say(String.format(Locale.ROOT, "seeded %,d values in %.0f s", values, seedSeconds));
        TestChannels.register(dataSource, LargeTenant.channels().toArray(String[]::new));
        forgetEarlierRuns();
        goals = GOAL_AUDIENCES.stream().map(audience -> TestGoals.create(goal(GOAL_TITLE, "150000000", audience)))
                .toList();
        try {
            Map<String, String> tokens = new HashMap<>();
            ROLES.forEach(role -> tokens.put(role.user(), KeycloakTokens.accessTokenOf(role.user())));
            kpisOfRole = scorecardKpis(tokens.get("ada"));
            Thread.sleep(Long.getLong("kpi.bench.load.settle", 15_000));   // let the seed's writes settle

            warmUp(tokens);
            Minute minute = Minute.start();
            List<Person> crowd = crowd(people, tokens);
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Thread> threads = crowd.stream().map(person -> Thread.ofPlatform().name("person-" + person.number)
                    .start(() -> person.work(end))).toList();
            for (Thread thread : threads) {
                thread.join();
            }
            minute = minute.end();
            say(String.format(Locale.ROOT, "ran %.1f s, %,d requests", minute.seconds(), times.total()));

            ReadBack readBack = readBack(tokens.get("ada"));
            List<String> report = report(values, campaigns, seedSeconds, people, seconds, crowd, minute, readBack);
            Path dir = Files.createDirectories(Path.of("target", "benchmarks"));
            Files.write(dir.resolve("load.md"), report);
            report.forEach(System.out::println);

            assertThat(times.serverErrors()).as("answers 5xx").isZero();
            assertThat(times.unanswered()).as("requests without an answer").isZero();
            assertThat(readBack.problems()).as("accepted writes not read back").isEmpty();
            assertThat(imports).as("imports sent").filteredOn(ImportSent::accepted).isNotEmpty();
            assertThat(goalChanges).as("goal changes accepted").isNotEmpty();
        } finally {
            goals.forEach(TestGoals::delete);
            forgetEarlierRuns();
        }
    }

    // ---- the people and what they do ----------------------------------------------------------------------------

    /** A page a person reads: the name it is reported under, how often it comes, its address, whether htmx asks. */
    private record Read(String page, int weight, boolean htmx, Function<Person, String> path) {
    }

    /** A write a person makes now and then: reported under {@code page}, about every {@code every}. */
    private record Write(String page, Duration every, Action action) {
    }

    @FunctionalInterface
    private interface Action {
        void run(Person person) throws Exception;
    }

    /** The pages every role reads, weighted as a morning goes: the scorecard first, then the KPIs behind it. */
    private List<Read> readsOf(Role role) {
        String card = "/scorecards/" + role.scorecard();
        return List.of(
                new Read("scorecard, the week just over", 14, false, p -> card),
                new Read("scorecard, month", 8, false, p -> card + "?grain=MONTH&day=" + MONTH),
                new Read("scorecard switch (htmx): a week before", 10, true,
                        p -> card + "?grain=WEEK&day=" + WEEK.minusWeeks(p.random.nextInt(4))),
                new Read("scorecard switch (htmx): the running week", 6, true,
                        p -> card + "?grain=WEEK&day=" + LocalDate.now()),
                new Read("scorecard switch (htmx): month, one channel", 4, true,
                        p -> card + "?grain=MONTH&day=" + MONTH + "&channel=" + p.channel()),
                new Read("KPI page", 14, false, p -> "/kpis/" + p.kpi() + "?grain=WEEK&day=" + WEEK),
                new Read("KPI campaigns of a channel (htmx)", 7, true,
                        p -> "/kpis/" + p.kpi() + "?grain=WEEK&day=" + WEEK + "&channel=" + p.channel()),
                new Read("KPI «Почему» (htmx)", 3, true, p -> "/kpis/" + p.kpi() + "/why?grain=WEEK&day=" + WEEK),
                new Read("API: KPI values, 13 weeks", 9, false, p -> "/api/v1/kpis/" + p.kpi() + "/values?from="
                        + WEEK.minusWeeks(12) + "&to=" + WEEK.plusDays(6) + "&grain=WEEK"),
                new Read("API: scorecard compositions", 2, false, p -> "/api/v1/scorecards"),
                new Read("goals page", 4, false, p -> "/goals"),
                new Read("goal page", 4, false, p -> "/goals/" + p.goal()));
    }

    /**
     * The writes of a role, on a clock rather than by weight, so that a slow run makes as many as a fast one: a
     * marketer uploads a file about every two minutes, an admin changes a goal about every 30 s: with 14 marketers and
     * 3 admins, a write every 5 s or so, each of which makes every kept scorecard out of date.
     */
    private Optional<Write> writeOf(Role role) {
        return switch (role.claim()) {
            case "marketer" -> Optional.of(new Write(IMPORT, Duration.ofSeconds(120), this::importSmallFile));
            case "admin" -> Optional.of(new Write(GOAL_CHANGE, Duration.ofSeconds(30), this::changeGoal));
            default -> Optional.empty();
        };
    }

    /**
     * One person: its own HTTP client (its own connections, as a browser has), its role's token and steps, a loop
     * until the end of the run.
     */
    private final class Person {
        final int number;
        final Role role;
        final String token;
        final List<Read> reads;
        final Optional<Write> write;
        final int weights;
        final SplittableRandom random;
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        final PageTimes recorded;
        int sent;

        Person(int number, Role role, String token, PageTimes recorded) {
            this.number = number;
            this.role = role;
            this.token = token;
            this.reads = readsOf(role);
            this.write = writeOf(role);
            this.weights = reads.stream().mapToInt(Read::weight).sum();
            this.random = new SplittableRandom(number * 7919L);
            this.recorded = recorded;
        }

        /** Until {@code end}: the write when its time has come (a random first time, then every 0.5–1.5 periods), else a read. */
        void work(long end) {
            long now = System.nanoTime();
            long nextWrite = write.map(w -> now + (long) (random.nextDouble() * w.every().toNanos())).orElse(Long.MAX_VALUE);
            while (System.nanoTime() < end) {
                String page = null;
                try {
                    if (System.nanoTime() >= nextWrite) {
                        page = write.get().page();
                        nextWrite = System.nanoTime() + (long) ((0.5 + random.nextDouble()) * write.get().every().toNanos());
                        write.get().action().run(this);
                    } else {
                        Read read = pick();
                        page = read.page();
                        get(page, read.path().apply(this), read.htmx());
                    }
                    Thread.sleep(random.nextInt(THINK_MILLIS + 1));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    // a step that could not even be sent is the benchmark's fault: say it, count it as unanswered
                    say("person " + number + ", " + page + ": " + e);
                    recorded.record(page, PageTimes.NO_ANSWER, 0);
                }
            }
        }

        /** Every read of the role once, in order (the warm-up). */
        void readEach() {
            reads.forEach(read -> get(read.page(), read.path().apply(this), read.htmx()));
        }

        private Read pick() {
            int pick = random.nextInt(weights);
            for (Read read : reads) {
                pick -= read.weight();
                if (pick < 0) {
                    return read;
                }
            }
            return reads.getLast();
        }

        String kpi() {
            List<String> codes = kpisOfRole.get(role.claim());
            return codes.get(random.nextInt(codes.size()));
        }

        /** One of the goals this person may see: the first is the head's and the marketers', the second everybody's. */
        String goal() {
            boolean seesBoth = List.of("marketing-head", "marketer", "admin").contains(role.claim());
            return seesBoth ? goals.get(random.nextInt(goals.size())) : goals.get(1);
        }

        String channel() {
            return "channel_" + (1 + random.nextInt(LargeTenant.CHANNELS));
        }

        Optional<HttpResponse<String>> get(String page, String path, boolean htmx) {
            HttpRequest.Builder request = request(path).GET();
            if (htmx) {
                request.header("HX-Request", "true");
            }
            return send(page, request);
        }

        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(app.toString().replaceAll("/$", "") + path))
                    .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + token)
                    .header("Accept-Language", "ru");
        }

        /** Sends, reads the whole answer, and records its status and time; empty when no answer came. */
        Optional<HttpResponse<String>> send(String page, HttpRequest.Builder request) {
            long began = System.nanoTime();
            try {
                HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                recorded.record(page, answer.statusCode(), System.nanoTime() - began);
                if (answer.statusCode() >= 500) {
                    say(String.format("person %d, %s: %d %s", number, page, answer.statusCode(),
                            answer.body().substring(0, Math.min(300, answer.body().length()))));
                }
                return Optional.of(answer);
            } catch (IOException e) {
                recorded.record(page, PageTimes.NO_ANSWER, System.nanoTime() - began);
                say("person " + number + ", " + page + ": no answer, " + e);
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** The people, spread over the roles by their shares (the first role takes what rounding leaves). */
    private List<Person> crowd(int people, Map<String, String> tokens) {
        int shares = ROLES.stream().mapToInt(Role::share).sum();
        List<Role> assigned = new ArrayList<>();
        for (Role role : ROLES.subList(1, ROLES.size())) {
            IntStream.range(0, Math.max(1, Math.round((float) people * role.share() / shares))).forEach(i -> assigned.add(role));
        }
        while (assigned.size() < people) {
            assigned.addFirst(ROLES.getFirst());
        }
        return IntStream.range(0, people).mapToObj(i -> new Person(i + 1, assigned.get(i), tokens.get(assigned.get(i).user()),
                times)).toList();
    }

    /** Each role's reading steps once, not reported: the JIT and the scorecards kept before the morning starts. */
    private void warmUp(Map<String, String> tokens) {
        PageTimes ignored = new PageTimes();
        for (Role role : ROLES) {
            new Person(1000, role, tokens.get(role.user()), ignored).readEach();
        }
        say(String.format("warm-up: %,d requests, %d answered 5xx", ignored.total(), ignored.serverErrors()));
    }

    /** A marketer's upload: a dozen visits of three days in four channels, under a campaign of its own. */
    private void importSmallFile(Person person) {
        String campaign = CAMPAIGN + person.number + "-" + person.sent++;
        List<ImportedValue> rows = new ArrayList<>();
        List<Integer> days = distinct(person.random, 3, IMPORTED_DAYS);
        List<Integer> channels = distinct(person.random, 4, LargeTenant.CHANNELS);
        StringBuilder csv = new StringBuilder("date,channel,campaign,visits\n");
        for (int day : days) {
            for (int channel : channels) {
                ImportedValue value = new ImportedValue(IMPORTED_FROM.plusDays(day), "channel_" + (channel + 1),
                        1 + person.random.nextInt(999));
                rows.add(value);
                csv.append(value.day()).append(',').append(value.channel()).append(',').append(campaign).append(',')
                        .append(value.visits()).append('\n');
            }
        }
        String boundary = "----monday-" + campaign;
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"preset\"\r\n\r\ngeneric\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + campaign
                + ".csv\"\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        person.send(IMPORT, person.request("/api/v1/imports")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)))
                .ifPresent(answer -> imports.add(new ImportSent(campaign, rows, answer.statusCode(),
                        answer.statusCode() == 201 ? field(answer.body(), "id") : null)));
    }

    /**
     * An admin's change of a goal: read it (its ETag), think, send the whole goal with a new title and revenue target
     * at that version. 200 is kept to be read back; 412 means another admin changed it in between.
     */
    private void changeGoal(Person person) throws Exception {
        int which = person.random.nextInt(goals.size());
        String id = goals.get(which);
        Optional<HttpResponse<String>> read = person.get("API: goal read before a change", "/api/v1/goals/" + id, false);
        if (read.isEmpty() || read.get().statusCode() != 200) {
            return;
        }
        String etag = read.get().headers().firstValue("ETag").orElseThrow();
        Thread.sleep(person.random.nextInt(THINK_MILLIS + 1));
        String title = GOAL_TITLE + " " + person.number + "." + person.sent++;
        String revenue = Integer.toString(100_000_000 + person.random.nextInt(100_000_000));
        person.send(GOAL_CHANGE, person.request("/api/v1/goals/" + id)
                        .header("Content-Type", "application/json").header("If-Match", etag)
                        .PUT(HttpRequest.BodyPublishers.ofString(goal(title, revenue, GOAL_AUDIENCES.get(which)))))
                .filter(answer -> answer.statusCode() == 200)
                .ifPresent(answer -> goalChanges.add(new GoalChangeSent(id,
                        json(answer.body()).path("goal").path("version").asLong(), title, revenue)));
    }

    // ---- nothing lost ----------------------------------------------------------------------------------------------

    /** What reading the writes back found: each problem a sentence; the counts for the report. */
    private record ReadBack(List<String> problems, int importsAccepted, int importsRefused, int valuesFound,
                            int goalChangesAccepted, int channelDaysCompared) {
    }

    private ReadBack readBack(String adminToken) throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, StoredValue> stored = storedImportedValues();
        int found = 0;
        for (ImportSent sent : imports) {
            for (ImportedValue value : sent.values()) {
                StoredValue kept = stored.get(key(sent.campaign(), value.channel(), value.day()));
                if (!sent.accepted()) {
                    if (kept != null) {
                        problems.add("an import answered " + sent.status() + " left " + value + " of " + sent.campaign());
                    }
                } else if (kept == null) {
                    problems.add("accepted import " + sent.batch() + " (" + sent.campaign() + "): " + value + " not stored");
                } else if (kept.visits().compareTo(BigDecimal.valueOf(value.visits())) != 0
                        || !kept.batch().equals(sent.batch())) {
                    problems.add("accepted import " + sent.batch() + " (" + sent.campaign() + "): " + value
                            + " stored as " + kept);
                } else {
                    found++;
                }
            }
        }
        int compared = compareSumsThroughTheApi(adminToken, problems);

        Map<String, List<GoalChangeSent>> byGoal = goalChanges.stream()
                .collect(Collectors.groupingBy(GoalChangeSent::goal));
        for (String goal : goals) {
            List<GoalChangeSent> changes = byGoal.getOrDefault(goal, List.of());
            Map<Long, Long> versions = changes.stream()
                    .collect(Collectors.groupingBy(GoalChangeSent::version, Collectors.counting()));
            versions.forEach((version, count) -> {
                if (count > 1) {
                    problems.add(String.format("goal %s: %d changes were accepted as version %d (a lost update)", goal,
                            count, version));
                }
            });
            for (GoalChangeSent change : changes) {
                if (audited(goal, change.title()) != 1) {
                    problems.add("goal " + goal + ": accepted change «" + change.title() + "» not in the audit trail once");
                }
            }
            HttpResponse<String> now = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app
                    + "api/v1/goals/" + goal)).header("Authorization", "Bearer " + adminToken).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode read = json(now.body());
            Optional<GoalChangeSent> last = changes.stream().max(java.util.Comparator.comparingLong(GoalChangeSent::version));
            long version = read.path("version").asLong();
            String title = read.path("title").asText();
            String revenue = read.path("kpis").path(0).path("target").path("value").asText();
            if (last.isPresent() && (version != last.get().version() || !title.equals(last.get().title())
                    || new BigDecimal(revenue).compareTo(new BigDecimal(last.get().revenue())) != 0)) {
                problems.add(String.format("goal %s reads version %d «%s» %s, the last accepted change was %s", goal,
                        version, title, revenue, last.get()));
            }
            if (version != 1 + changes.size()) {
                problems.add(String.format("goal %s is at version %d after %d accepted changes", goal, version,
                        changes.size()));
            }
        }
        return new ReadBack(problems, (int) imports.stream().filter(ImportSent::accepted).count(),
                (int) imports.stream().filter(sent -> !sent.accepted()).count(), found, goalChanges.size(), compared);
    }

    private record StoredValue(BigDecimal visits, String batch) {
    }

    private static String key(String campaign, String channel, LocalDate day) {
        return campaign + "|" + channel + "|" + day;
    }

    private Map<String, StoredValue> storedImportedValues() throws SQLException {
        Map<String, StoredValue> stored = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select campaign, channel, period_start, value,"
                     + " import_batch::text from observation where source_system = 'generic' and measure = 'visits'"
                     + " and campaign like '" + CAMPAIGN + "%' and period_start >= ? and period_start < ?")) {
            query.setObject(1, IMPORTED_FROM);
            query.setObject(2, IMPORTED_FROM.plusDays(IMPORTED_DAYS));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.put(key(rows.getString(1), rows.getString(2), rows.getObject(3, LocalDate.class)),
                            new StoredValue(rows.getBigDecimal(4), String.valueOf(rows.getString(5))));
                }
            }
        }
        return stored;
    }

    /**
     * The visits per channel and day as the values API reads them (the rollup, the source that counts) against the
     * sums of the accepted imports: an import whose values were stored but not added up would show here.
     */
    private int compareSumsThroughTheApi(String adminToken, List<String> problems) throws Exception {
        Map<String, Map<LocalDate, Long>> expected = new TreeMap<>();
        imports.stream().filter(ImportSent::accepted).flatMap(sent -> sent.values().stream()).forEach(value ->
                expected.computeIfAbsent(value.channel(), c -> new TreeMap<>()).merge(value.day(), (long) value.visits(),
                        Long::sum));
        HttpClient http = HttpClient.newHttpClient();
        int compared = 0;
        for (String channel : LargeTenant.channels()) {
            String url = app + "api/v1/measures/visits/values?grain=DAY&from=" + IMPORTED_FROM + "&to="
                    + IMPORTED_FROM.plusDays(IMPORTED_DAYS - 1) + "&channel=" + URLEncoder.encode(channel, StandardCharsets.UTF_8);
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + adminToken).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                problems.add("the values API answered " + answer.statusCode() + " for " + channel);
                continue;
            }
            Map<LocalDate, Long> sums = expected.getOrDefault(channel, Map.of());
            for (JsonNode period : json(answer.body()).path("values")) {
                LocalDate day = LocalDate.parse(period.path("periodStart").asText());
                JsonNode value = period.path("value");
                Long sum = sums.get(day);
                boolean same = sum == null ? value.isNull() || value.isMissingNode()
                        : !value.isNull() && value.decimalValue().compareTo(BigDecimal.valueOf(sum)) == 0;
                if (!same) {
                    problems.add(String.format("visits of %s on %s: the API says %s, the accepted imports add up to %s",
                            channel, day, value, sum));
                }
                compared++;
            }
        }
        return compared;
    }

    private int audited(String goal, String title) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select count(*) from audit_entry"
                     + " where subject_type = 'goal' and subject_id = ? and action = 'update' and after_value like ?")) {
            query.setString(1, goal);
            query.setString(2, "«" + title + "»%");
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    // ---- setting up and the report ---------------------------------------------------------------------------------

    /** The imported values, batches and goals an earlier run may have left (a run that was stopped). */
    private void forgetEarlierRuns() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("delete from observation_value v using observation_series s where s.id = v.series_id"
                    + " and s.source_system = 'generic' and s.campaign like '" + CAMPAIGN + "%'");
            statement.execute("select lo_unlink(r.content) from import_raw r join import_batch b on b.id = r.batch_id"
                    + " where b.file_name like '" + CAMPAIGN + "%'");
            statement.execute("delete from import_batch where file_name like '" + CAMPAIGN + "%'");
            statement.execute("delete from goal where title like '" + GOAL_TITLE + "%'");
        }
    }

    private static String goal(String title, String revenue, String audience) {
        return GOAL.formatted(title, revenue, audience);
    }

    /** The KPIs each role reads: its own scorecard's (the admin: the head's, which she opens). */
    private Map<String, List<String>> scorecardKpis(String adminToken) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app
                + "api/v1/scorecards")).header("Authorization", "Bearer " + adminToken).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        Map<String, List<String>> kpis = new LinkedHashMap<>();
        json(answer.body()).properties().forEach(role -> {
            List<String> codes = new ArrayList<>();
            role.getValue().forEach(code -> codes.add(code.asText()));
            kpis.put(role.getKey(), codes);
        });
        kpis.put("admin", kpis.get("marketing-head"));
        return kpis;
    }

    private List<String> report(long values, int campaigns, double seedSeconds, int people, int seconds,
                                List<Person> crowd, Minute minute, ReadBack readBack) throws IOException {
        double ran = minute.seconds();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Tenant: %,d values, %d channels × %d campaigns, 2023-11-01 to"
                + " 2026-10-31 (seeded in %.0f s).", values, LargeTenant.CHANNELS, campaigns, seedSeconds));
        Map<String, Long> roles = crowd.stream().collect(Collectors.groupingBy(person -> person.role.claim(),
                LinkedHashMap::new, Collectors.counting()));
        lines.add(String.format(Locale.ROOT, "%d people for %d s (ran %.1f s), 0–%d ms between steps: %s;"
                + " each marketer imports a file about every two minutes, each admin changes a goal about every 30 s.", people,
                seconds, ran, THINK_MILLIS, roles));
        lines.add("Machine: " + machine() + "; load average before the run: " + minute.loadBefore() + ".");
        lines.add(String.format(Locale.ROOT, "CPU of the test JVM during the run: %.1f s in %.1f s (%.2f of the %d"
                        + " cores on average, %.0f ms per request; PostgreSQL's is not in it); load average after the"
                        + " run: %s.", minute.cpuSeconds(), ran, minute.cpuSeconds() / ran,
                Runtime.getRuntime().availableProcessors(), minute.cpuSeconds() * 1000 / Math.max(1, times.total()),
                minute.loadAfter()));
        lines.add(String.format(Locale.ROOT, "Scorecards served during the run: %.0f kept, %.0f computed afresh (every"
                + " accepted write makes each kept scorecard out of date).", minute.kept(), minute.computed()));
        lines.add("");
        lines.addAll(times.table(ran));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Answers 5xx: %d; requests without an answer: %d.", times.serverErrors(),
                times.unanswered()));
        lines.add(String.format(Locale.ROOT, "Imports: %d accepted (%,d values, each read back by SQL: %,d found),"
                        + " %d refused; visits per channel and day through the values API against the accepted"
                        + " imports' sums: %d compared.", readBack.importsAccepted(),
                imports.stream().filter(ImportSent::accepted).mapToInt(sent -> sent.values().size()).sum(),
                readBack.valuesFound(), readBack.importsRefused(), readBack.channelDaysCompared()));
        lines.add(String.format(Locale.ROOT, "Goal changes: %d accepted (each in the audit trail, the last one read"
                        + " back), %d refused as stale (412, another admin was faster).", readBack.goalChangesAccepted(),
                times.count(GOAL_CHANGE, 412)));
        lines.add(readBack.problems().isEmpty() ? "Nothing lost: every accepted write was read back."
                : "LOST OR WRONG (" + readBack.problems().size() + "): " + String.join("; ",
                readBack.problems().subList(0, Math.min(20, readBack.problems().size()))));
        lines.add("");
        lines.add(minute.memory().said());
        return lines;
    }

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("?");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal"))
                .findFirst().map(line -> line.replaceAll("\\D", "")).map(kb -> Long.parseLong(kb) / 1024 / 1024 + " GiB")
                .orElse("?");
        return String.format(Locale.ROOT, "%d cores (%s), %s, Java %s", Runtime.getRuntime().availableProcessors(),
                cpu, memory, Runtime.version());
    }

    /**
     * What the minute itself cost, beside the answers: the machine's load average before and after, the test JVM's
     * CPU (on a shared machine, how much of the cores the application got), the scorecards served kept or computed
     * afresh, the memory right after.
     */
    private record Minute(long startedNanos, String loadBefore, long cpuBefore, double keptBefore,
                          double computedBefore, double seconds, String loadAfter, double cpuSeconds, double kept,
                          double computed, Memory memory) {

        static Minute start() throws IOException {
            return new Minute(System.nanoTime(), loadAverage(), processCpuNanos(), scorecardsServed("kept"),
                    scorecardsServed("computed"), 0, null, 0, 0, 0, null);
        }

        Minute end() throws IOException {
            double ran = (System.nanoTime() - startedNanos) / 1e9;
            double cpu = (processCpuNanos() - cpuBefore) / 1e9;
            return new Minute(startedNanos, loadBefore, cpuBefore, keptBefore, computedBefore, ran, loadAverage(), cpu,
                    scorecardsServed("kept") - keptBefore, scorecardsServed("computed") - computedBefore, Memory.now());
        }

        private static String loadAverage() throws IOException {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        }

        /** The CPU time the whole test JVM (application and simulated people) has used so far. */
        private static long processCpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
        }

        /** {@code kpi_scorecards_served_total} of the application's meters. */
        private static double scorecardsServed(String from) {
            Counter counter = Arc.container().instance(MeterRegistry.class).get().find("kpi.scorecards.served").tag("from", from).counter();
            return counter == null ? 0 : counter.count();
        }
    }

    /**
     * The memory of the test JVM right after the run, which holds the application and the simulated people (their
     * HTTP clients and the recorded times); PostgreSQL and Keycloak are processes of their own and not in it.
     */
    private record Memory(long heapUsedMb, long heapCommittedMb, long heapAfterGcMb, long residentMb, long peakResidentMb) {

        static Memory now() throws IOException {
            Runtime runtime = Runtime.getRuntime();
            long used = runtime.totalMemory() - runtime.freeMemory();
            long committed = runtime.totalMemory();
            long resident = status("VmRSS:");
            long peak = status("VmHWM:");
            System.gc();
            long afterGc = runtime.totalMemory() - runtime.freeMemory();
            return new Memory(used >> 20, committed >> 20, afterGc >> 20, resident >> 10, peak >> 10);
        }

        private static long status(String field) throws IOException {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith(field))
                    .findFirst().map(line -> Long.parseLong(line.replaceAll("\\D", ""))).orElse(-1L);
        }

        String said() {
            return String.format(Locale.ROOT, "Memory of the test JVM (application and load generator in one process)"
                    + " right after the run: heap used %,d MB of %,d MB committed (%,d MB after a full GC); resident"
                    + " set (VmRSS) %,d MB, its peak (VmHWM) %,d MB.", heapUsedMb, heapCommittedMb, heapAfterGcMb,
                    residentMb, peakResidentMb);
        }
    }

    private static List<Integer> distinct(SplittableRandom random, int count, int below) {
        List<Integer> picked = new ArrayList<>();
        while (picked.size() < count) {
            int next = random.nextInt(below);
            if (!picked.contains(next)) {
                picked.add(next);
            }
        }
        return picked;
    }

    private JsonNode json(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    private String field(String body, String name) {
        return json(body).path(name).asText();
    }

    private static void say(String line) {
        System.out.println("[load] " + line);
    }
}
