package com.kpipulse.localstack.drill.footprint;

import com.kpipulse.localstack.LocalKeycloak;
import com.kpipulse.localstack.LocalStack;
import com.kpipulse.localstack.drill.replicas.AppInstance;
import com.kpipulse.localstack.drill.replicas.Caller;
import com.kpipulse.localstack.drill.replicas.DrillReport;
import com.kpipulse.localstack.drill.replicas.DrillStack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drill {@code footprint} (issue 16): the packaged app's start time (process start → {@code /q/health/ready} 200) and
 * resident memory ({@code VmRSS}) with JVM settings of several kinds, without the demo load, then under a short load.
 * <ol>
 *     <li>The demo company is loaded into a fresh database with the JVM's defaults (what {@code ./kpi run} did the
 *     first time until now), and into a second one with {@code ./kpi run}'s settings, which must hold it;</li>
 *     <li>each variant starts the app on the first database with the demo off, is measured when ready (also the
 *     processor time it took, which hardly moves when others share the cores), then serves {@value #THREADS} threads
 *     asking for the head's scorecard and KPI pages for {@value #LOAD_SECONDS} s, and is measured again. A variant with
 *     a class-data archive of an earlier run starts once with a short load to write it and is measured on its second
 *     start; the image's variant is first trained by the Dockerfile's own script ({@link #TRAINING_SCRIPT}).</li>
 * </ol>
 * The targets of the issue (≤ 3 s to ready, ≤ 400 MiB resident after the load) are checked on the image's settings
 * ({@link #IMAGE_AOT}) and on {@code ./kpi run}'s; the container's settings without a cache ({@link #RECOMMENDED})
 * are there to compare. Run from the repository root after {@code ./kpi build}:
 * {@code java -cp kpi-test-stack/target/classes:$(cat .kpi/run/stack-classpath.txt) com.kpipulse.localstack.drill.footprint.FootprintDrill}.
 * Prints a Markdown report and exits 1 when a check fails.
 */
public final class FootprintDrill {

    static final int THREADS = 32;
    static final int LOAD_SECONDS = 30;
    static final long TARGET_START_MILLIS = 3_000;
    static final long TARGET_RESIDENT_MIB = 400;
    /** The JVM settings of the Dockerfile and the Kubernetes manifest, without the image's AOT cache. */
    static final String RECOMMENDED = "container";
    /** The image's settings: the container's, with the AOT cache its build wrote from a start without a database. */
    static final String IMAGE_AOT = "image: container + AOT cache of its build (Java 25)";
    /** The script the Dockerfile runs to write the image's AOT cache; the drill runs it too. */
    static final String TRAINING_SCRIPT = "kpi-web/src/main/docker/aot-training.sh";
    /** {@code ./kpi run}'s settings ({@link LocalStack#appJvmOptions}). */
    static final String KPI_RUN = "./kpi run: container + AppCDS of an earlier run";

    private final DrillReport report = new DrillReport("footprint", "start time and resident memory");
    private final List<AutoCloseable> started = new ArrayList<>();

    /**
     * A way to start the JVM: its options, the environment beside them (glibc's {@code MALLOC_ARENA_MAX}), and how
     * its class-data archive is made before the measured start, if it has one.
     */
    record Variant(String name, List<String> options, Map<String, String> environment, Training training) {

        Variant withOption(String option) {
            List<String> more = new ArrayList<>(options);
            more.add(option);
            return new Variant(name, more, environment, training);
        }
    }

    /** How a variant's class-data archive comes to be. */
    enum Training {
        /** No archive. */
        NONE,
        /** As {@code ./kpi run} keeps it: {@code -XX:+AutoCreateSharedArchive} writes it when a real run stops. */
        EARLIER_RUN,
        /**
         * What the image build does: the Dockerfile's training script ({@link #TRAINING_SCRIPT}) starts the app once
         * with the container's settings but with no database and no sign-in server to reach (an image build has
         * neither) and stops it once started; Java 25 writes its AOT cache ({@code -XX:AOTCacheOutput}) as it exits.
         */
        IMAGE_BUILD_START
    }


    public static void main(String[] args) {
        FootprintDrill drill = new FootprintDrill();
        DrillStack.runAndExit(drill.report, drill.started, drill::run);
    }

    /** The container's settings, simulated on a machine without a limit by {@code -XX:MaxRAM=768m}. */
    static final List<String> CONTAINER = List.of("-XX:+UseSerialGC", "-XX:MaxRAM=768m", "-XX:MaxRAMPercentage=25",
            "-XX:TieredStopAtLevel=1", "-Xss512k", "--enable-native-access=ALL-UNNAMED");

    /**
     * The variants to run: all, or those whose name contains one of {@code -Dkpi.drill.footprint.only=…,…}, each with
     * the options of {@code -Dkpi.drill.footprint.extra=…} added (an experiment); with
     * {@code -Dkpi.drill.footprint.nmt=true} each also tracks its native memory and writes {@code jcmd}'s summary
     * after the load to {@code .kpi/drill/footprint/nmt-<n>.txt}.
     */
    static List<Variant> chosen(Path work) {
        List<String> only = List.of(System.getProperty("kpi.drill.footprint.only", "").split(","));
        List<String> extra = new ArrayList<>(List.of(System.getProperty("kpi.drill.footprint.extra", "").split(" ")));
        if (Boolean.getBoolean("kpi.drill.footprint.nmt")) {
            extra.add("-XX:NativeMemoryTracking=summary");
        }
        extra.removeIf(String::isBlank);
        return variants(work).stream().filter(variant -> only.stream().anyMatch(variant.name()::contains))
                .map(variant -> {
                    Variant more = variant;
                    for (String option : extra) {
                        more = more.withOption(option);
                    }
                    return more;
                }).toList();
    }

    static List<Variant> variants(Path work) {
        List<String> c2 = new ArrayList<>(CONTAINER);
        c2.remove("-XX:TieredStopAtLevel=1");
        List<String> imageAot = new ArrayList<>(CONTAINER);
        imageAot.add("-XX:AOTCache=" + work.resolve("image-start.aot").toAbsolutePath());
        return List.of(
                new Variant("JVM defaults (G1, heap up to ¼ of 24 GiB)", List.of(), Map.of(), Training.NONE),
                new Variant("container, C2 kept", c2, LocalStack.APP_ENVIRONMENT, Training.NONE),
                new Variant(RECOMMENDED, CONTAINER, LocalStack.APP_ENVIRONMENT, Training.NONE),
                new Variant(IMAGE_AOT, imageAot, LocalStack.APP_ENVIRONMENT, Training.IMAGE_BUILD_START),
                new Variant(KPI_RUN, LocalStack.appJvmOptions(work.resolve("kpi-run.jsa")), LocalStack.APP_ENVIRONMENT,
                        Training.EARLIER_RUN));
    }

    private void run(Path home) throws Exception {
        Path work = home.resolve("drill/footprint");
        Files.createDirectories(work);
        DrillStack.Started stack = DrillStack.postgresAndKeycloak(home, "footprint", report, started);
        DrillStack.Fresh postgres = stack.postgres();
        LocalKeycloak keycloak = stack.keycloak();

        AppInstance.Settings base = new AppInstance.Settings("app", DrillStack.APP_PORT, postgres.database(),
                keycloak.realmUrl(), true, Map.of(), List.of(), work.resolve("app-demo.log"));
        report.step("The app with JVM defaults loads the demo company (the first `./kpi run`)");
        long demoMiB;
        Duration demoUp;
        double demoCpu;
        String demoLoad = loadAverage();
        try (AppInstance demo = AppInstance.start(base)) {
            demoUp = demo.awaitReady(Duration.ofMinutes(5));
            demoCpu = demo.cpuSeconds();
            demoMiB = demo.residentMiB();
        }
        report.done("ready after " + DrillReport.seconds(demoUp.toNanos()) + ", " + demoMiB + " MiB resident");

        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("JVM defaults, loading the demo company", DrillReport.seconds(demoUp.toNanos()),
                cpu(demoCpu), String.valueOf(demoMiB), "", "", "", demoLoad));

        report.step("`./kpi run`'s settings load the demo company too (a second database, kpi_run)");
        AppInstance.Settings runSettings = base.on(new AppInstance.Database(postgres.server().ensureDatabase("kpi_run", "kpi", "kpi"),
                        "kpi", "kpi", postgres.database().majorVersion()))
                .withJvmOptions(LocalStack.appJvmOptions(work.resolve("kpi-run-demo.jsa")))
                .withEnvironment(LocalStack.APP_ENVIRONMENT).named("app", DrillStack.APP_PORT, work.resolve("app-run-demo.log"));
        Files.deleteIfExists(work.resolve("kpi-run-demo.jsa"));
        String runLoad = loadAverage();
        boolean demoLoaded;
        try (AppInstance demo = AppInstance.start(runSettings)) {
            Duration up = demo.awaitReady(Duration.ofMinutes(5));
            double cpu = demo.cpuSeconds();
            long resident = demo.residentMiB();
            demoLoaded = demo.logLines("Demo data: ") > 0 && demo.logLines("values loaded in") == 1;
            report.done("ready after " + DrillReport.seconds(up.toNanos()) + ", " + resident + " MiB resident");
            rows.add(List.of("`./kpi run`'s settings, loading the demo company (no archive yet)",
                    DrillReport.seconds(up.toNanos()), cpu(cpu), String.valueOf(resident), "", "", "", runLoad));
        }
        report.check("the demo company loads with `./kpi run`'s settings (its 192 MiB heap)", demoLoaded,
                "log " + runSettings.log().getFileName());
        Map<String, Measurement> measured = new java.util.HashMap<>();
        for (Variant variant : chosen(work)) {
            report.step("Variant «" + variant.name() + "»: " + (variant.options().isEmpty() ? "no options"
                    : "`" + String.join(" ", variant.options()) + "`"));
            AppInstance.Settings settings = base.withDemo(false).withJvmOptions(variant.options())
                    .withEnvironment(variant.environment())
                    .named("app", DrillStack.APP_PORT, work.resolve("app-" + rows.size() + ".log"));
            train(variant, settings, keycloak.realmUrl());
            Measurement one = measure(keycloak.realmUrl(), settings);
            report.done("ready after " + DrillReport.seconds(one.up().toNanos()) + " (" + cpu(one.cpuToReady())
                    + " of CPU), " + one.readyMiB()
                    + " MiB resident; after the load " + one.loadedMiB() + " MiB, " + one.perSecond()
                    + " answers/s, " + one.errors() + " errors");
            rows.add(List.of(variant.name(), DrillReport.seconds(one.up().toNanos()), cpu(one.cpuToReady()),
                    String.valueOf(one.readyMiB()), String.valueOf(one.loadedMiB()),
                    String.valueOf(one.perSecond()), String.valueOf(one.errors()), one.machineLoad()));
            measured.put(variant.name(), one);
        }
        report.table(List.of("JVM settings", "process start → ready", "CPU time to ready", "resident at ready (MiB)",
                "resident after " + THREADS + " threads × " + LOAD_SECONDS + " s (MiB)", "answers/s", "errors",
                "machine load at start"), rows);
        for (String name : List.of(IMAGE_AOT, KPI_RUN)) {
            Measurement one = measured.get(name);
            if (one == null) {
                continue;
            }
            report.check("with «" + name + "» the app is ready within " + TARGET_START_MILLIS / 1000 + " s",
                    one.up().toMillis() <= TARGET_START_MILLIS, DrillReport.seconds(one.up().toNanos()) + " ("
                            + cpu(one.cpuToReady()) + " of CPU, machine load " + one.machineLoad() + " on 2 cores)");
            report.check("with «" + name + "» it keeps at most " + TARGET_RESIDENT_MIB + " MiB resident after the load",
                    one.loadedMiB() <= TARGET_RESIDENT_MIB, one.loadedMiB() + " MiB");
            report.check("with «" + name + "» the load is served without errors", one.errors() == 0, one.errors() + " errors");
        }
    }

    /** Makes the variant's archive, as {@link Training} says. */
    private void train(Variant variant, AppInstance.Settings settings, String realmUrl) throws java.io.IOException {
        switch (variant.training()) {
            case NONE -> {
            }
            case EARLIER_RUN -> {
                Files.deleteIfExists(archive(variant));
                try (AppInstance training = AppInstance.start(settings)) {
                    training.awaitReady(Duration.ofMinutes(5));
                    load(realmUrl, training, 10);
                    training.stop(Duration.ofMinutes(3));
                }
                if (!Files.exists(archive(variant))) {
                    throw new IllegalStateException("The JVM wrote no class-data archive at " + archive(variant));
                }
                report.note("a first start with a short load wrote the archive: " + archiveMiB(variant) + " MiB");
            }
            case IMAGE_BUILD_START -> {
                long started = System.nanoTime();
                trainAsTheImageBuildDoes(variant, settings);
                report.note("`" + TRAINING_SCRIPT + "` (the image build's training start, without database or "
                        + "sign-in server) wrote the AOT cache in " + DrillReport.seconds(System.nanoTime() - started)
                        + ": " + archiveMiB(variant) + " MiB");
            }
        }
    }

    /**
     * Runs the Dockerfile's training script on the built app with the variant's options (less its cache option, which
     * the script sets), on the drill's port.
     */
    private static void trainAsTheImageBuildDoes(Variant variant, AppInstance.Settings settings) throws java.io.IOException {
        List<String> options = variant.options().stream().filter(option -> !option.startsWith("-XX:AOTCache=")).toList();
        ProcessBuilder script = new ProcessBuilder("sh", TRAINING_SCRIPT).redirectErrorStream(true)
                .redirectOutput(settings.log().resolveSibling("training-script.log").toFile());
        Map<String, String> env = script.environment();
        env.putAll(variant.environment());
        env.put("APP_DIR", AppInstance.JAR.getParent().toAbsolutePath().toString());
        env.put("AOT_CACHE", archive(variant).toString());
        env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        env.put("JAVA_OPTS", String.join(" ", options));
        env.put("TRAINING_LOG", settings.log().resolveSibling("training-app.log").toAbsolutePath().toString());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(settings.port()));
        try {
            Process training = script.start();
            if (!training.waitFor(10, java.util.concurrent.TimeUnit.MINUTES)) {
                training.destroyForcibly();
                throw new IllegalStateException("The training script did not end within 10 minutes");
            }
            if (training.exitValue() != 0 || !Files.exists(archive(variant))) {
                throw new IllegalStateException("The training script failed (exit " + training.exitValue()
                        + "); see " + settings.log().resolveSibling("training-script.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while training", e);
        }
    }

    private static Path archive(Variant variant) {
        String option = variant.options().stream()
                .filter(o -> o.startsWith("-XX:SharedArchiveFile=") || o.startsWith("-XX:AOTCache="))
                .findFirst().orElseThrow();
        return Path.of(option.substring(option.indexOf('=') + 1));
    }

    private static long archiveMiB(Variant variant) throws java.io.IOException {
        return Files.size(archive(variant)) / (1024 * 1024);
    }

    private record Measurement(Duration up, double cpuToReady, long readyMiB, long loadedMiB, long perSecond, long errors,
                               String machineLoad) {
    }

    private Measurement measure(String realmUrl, AppInstance.Settings settings) {
        String machineLoad = loadAverage();
        try (AppInstance app = AppInstance.start(settings)) {
            Duration up = app.awaitReady(Duration.ofMinutes(5));
            double cpu = app.cpuSeconds();
            long ready = app.residentMiB();
            long[] served = load(realmUrl, app, LOAD_SECONDS);
            if (settings.jvmOptions().contains("-XX:NativeMemoryTracking=summary")) {
                nativeMemory(app, settings.log().resolveSibling(settings.log().getFileName().toString()
                        .replace("app-", "nmt-").replace(".log", ".txt")));
            }
            return new Measurement(up, cpu, ready, app.residentMiB(), served[0] / LOAD_SECONDS, served[1], machineLoad);
        }
    }

    /** {@code jcmd <pid> VM.native_memory summary} into {@code file}. */
    private static void nativeMemory(AppInstance app, Path file) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(app.pid()), "VM.native_memory", "summary")
                    .redirectErrorStream(true).redirectOutput(file.toFile()).start();
            jcmd.waitFor();
        } catch (java.io.IOException e) {
            System.err.println("jcmd failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The machine's load average over the last minute ({@code /proc/loadavg}): how busy the 2 cores were. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static String cpu(double seconds) {
        return String.format(java.util.Locale.ROOT, "%.1f s", seconds);
    }

    /** {@value #THREADS} threads, as hanna, alternating the head's scorecard and the ROMI page; answers and errors. */
    private static long[] load(String realmUrl, AppInstance app, int seconds) {
        Caller hanna = Caller.signIn(realmUrl, "hanna");
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Moscow")).minusDays(1);
        List<String> urls = List.of(app.baseUrl() + "scorecards/head", app.baseUrl() + "kpis/romi",
                app.baseUrl() + "scorecards/head?grain=MONTH&day=" + yesterday, app.baseUrl() + "kpis/cac");
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                pool.submit(() -> {
                    for (int i = offset; System.nanoTime() < until; i++) {
                        try {
                            Caller.Answer answer = hanna.get(urls.get(i % urls.size()));
                            (answer.status() == 200 ? ok : errors).incrementAndGet();
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                        }
                    }
                });
            }
        }
        return new long[] {ok.get(), errors.get()};
    }
}
