package com.kpipulse.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ./kpi run}: brings the product up on this machine in the foreground, with progress lines.
 * <ol>
 *     <li>PostgreSQL: the embedded server with its data in {@code .kpi/run/postgres} (kept across runs), or the
 *     server named by {@code KPI_DB_URL} (+ {@code KPI_DB_USER}, {@code KPI_DB_PASSWORD});</li>
 *     <li>Keycloak: the dist on port 8180 with realm {@code kpi}, or the one named by {@code KPI_OIDC_URL};</li>
 *     <li>the packaged Quarkus application on port 8080, which applies the Flyway migrations at start.</li>
 * </ol>
 * Ctrl-C stops everything it started.
 */
public final class LocalStack {

    static final int APP_PORT = 8080;
    static final int KEYCLOAK_PORT = 8180;
    static final int POSTGRES_PORT = 15432;

    private LocalStack() {
    }

    /**
     * The app's JVM settings, the container's ({@code kpi-web/src/main/docker/Dockerfile.jvm}) on a machine without a
     * memory limit: as in a container limited to 768 MiB, the heap may take a quarter of it (192 MiB); the serial
     * collector and the client compiler only, which keep the resident memory and the start short; smaller thread
     * stacks; native code allowed to the raw files' compression (zstd); and a class-data archive ({@code archive})
     * the JVM writes when it stops and maps at the next start, which halves the time to ready. Measured by the drill {@code footprint} (docs/operations.md, "Start and
     * memory"); glibc's {@code MALLOC_ARENA_MAX=2} goes with them ({@link #APP_ENVIRONMENT}).
     */
    public static List<String> appJvmOptions(Path archive) {
        return List.of("-XX:+UseSerialGC", "-XX:MaxRAM=768m", "-XX:MaxRAMPercentage=25", "-XX:TieredStopAtLevel=1",
                "-Xss512k", "--enable-native-access=ALL-UNNAMED", "-XX:SharedArchiveFile=" + archive.toAbsolutePath(),
                "-XX:+AutoCreateSharedArchive");
    }

    /**
     * Removes the class-data archive when the app was built after it was written. A JVM refuses an archive whose
     * class path changed since (and says so in red at every start), and does not write it again at exit: without
     * this, the first rebuild would turn the archive off for good.
     */
    public static void dropStaleArchive(Path archive, Path appDirectory) throws IOException {
        if (!Files.exists(archive)) {
            return;
        }
        java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(archive);
        try (java.util.stream.Stream<Path> files = Files.walk(appDirectory)) {
            if (files.filter(Files::isRegularFile).anyMatch(file -> isNewer(file, written))) {
                Files.delete(archive);
            }
        }
    }

    private static boolean isNewer(Path file, java.nio.file.attribute.FileTime than) {
        try {
            return Files.getLastModifiedTime(file).compareTo(than) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    /** Two malloc arenas instead of eight per core: the JVM allocates little through malloc once it runs. */
    public static final Map<String, String> APP_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    public static void main(String[] args) throws IOException, InterruptedException {
        boolean demo = !List.of(args).contains("--no-demo");
        Path home = KpiHome.path();
        // the kpi script starts this from the repository root; the home may be elsewhere (KPI_HOME)
        Path appJar = Path.of("kpi-web/target/quarkus-app/quarkus-run.jar").toAbsolutePath();
        if (!Files.exists(appJar)) {
            throw new IllegalStateException("The application is not built: " + appJar + " is missing (./kpi run builds it)");
        }
        String ownKeycloak = System.getenv("KPI_OIDC_URL");
        String ownSecret = System.getenv("KPI_OIDC_SECRET");
        if (ownKeycloak != null && !ownKeycloak.isBlank() && (ownSecret == null || ownSecret.isBlank())) {
            System.err.println("[kpi] ERROR: KPI_OIDC_URL names a Keycloak of your own (" + ownKeycloak + "), so "
                    + "KPI_OIDC_SECRET must be the secret of its client "
                    + System.getenv().getOrDefault("KPI_OIDC_CLIENT_ID", LocalKeycloak.CLIENT_ID)
                    + ". The local realm's secret is used only with the local Keycloak.");
            System.exit(2);
        }
        List<AutoCloseable> started = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(started), "kpi-stop"));

        String dbUrl = System.getenv("KPI_DB_URL");
        String dbUser = System.getenv().getOrDefault("KPI_DB_USER", "kpi");
        String dbPassword = System.getenv().getOrDefault("KPI_DB_PASSWORD", "kpi");
        String dbVersion = System.getenv().getOrDefault("KPI_DB_VERSION", "15");
        if (dbUrl == null || dbUrl.isBlank()) {
            LocalPostgres postgres = LocalPostgres.start(home.resolve("run/postgres"), POSTGRES_PORT);
            started.add(postgres);
            dbUrl = postgres.ensureDatabase("kpi", dbUser, dbPassword);
            dbVersion = LocalPostgres.MAJOR_VERSION;
        } else {
            Progress.say("PostgreSQL: using " + dbUrl + " (KPI_DB_URL)");
        }

        String oidcUrl = System.getenv("KPI_OIDC_URL");
        String oidcSecret;
        String directorySecret = System.getenv().getOrDefault("KPI_DIRECTORY_SECRET", "");
        if (oidcUrl == null || oidcUrl.isBlank()) {
            LocalKeycloak keycloak = LocalKeycloak.start(home, home.resolve("run/keycloak"), KEYCLOAK_PORT, KEYCLOAK_PORT + 1000,
                    "http://localhost:" + APP_PORT);
            started.add(keycloak);
            oidcUrl = keycloak.realmUrl();
            // the local realm's secret, for the local realm only: it is public (README), never for a real Keycloak
            oidcSecret = LocalKeycloak.CLIENT_SECRET;
            directorySecret = LocalKeycloak.DIRECTORY_SECRET;
        } else {
            oidcSecret = System.getenv("KPI_OIDC_SECRET");
            Progress.say("Keycloak: using " + oidcUrl + " (KPI_OIDC_URL)");
        }

        long appStarted = System.nanoTime();
        Progress.say("KPI Pulse starting on port " + APP_PORT + " (Flyway migrates the schema)" + (demo ? "" : ", without demo data"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        Path archive = home.resolve("run/kpi-pulse.jsa");
        dropStaleArchive(archive, appJar.getParent());
        command.addAll(appJvmOptions(archive));
        command.addAll(List.of("-jar", appJar.toString()));
        ProcessBuilder app = new ProcessBuilder(command).inheritIO();
        Map<String, String> env = app.environment();
        env.putAll(APP_ENVIRONMENT);
        env.put("KPI_DB_URL", dbUrl);
        env.put("KPI_DB_USER", dbUser);
        env.put("KPI_DB_PASSWORD", dbPassword);
        env.put("KPI_DB_VERSION", dbVersion);
        env.put("KPI_OIDC_URL", oidcUrl);
        env.put("KPI_OIDC_SECRET", oidcSecret);
        env.put("KPI_DIRECTORY_SECRET", directorySecret);
        env.put("KPI_DEMO", Boolean.toString(demo));
        env.put("QUARKUS_HTTP_PORT", Integer.toString(APP_PORT));
        Process process = app.start();
        started.add(() -> {
            process.destroy();
            process.waitFor();
        });
        if (awaitApp(process)) {
            Progress.say("KPI Pulse is up (" + Progress.seconds(appStarted) + ")");
            Progress.say("");
            Progress.say("  Open http://localhost:" + APP_PORT + "/");
            Progress.say("  Demo logins (password = user name, local use only):");
            Progress.say("    ada / ada        admin");
            Progress.say("    hanna / hanna    marketing-head");
            Progress.say("    mark / mark      marketer");
            Progress.say("    sofia / sofia    smm-specialist");
            Progress.say("    vic / vic        viewer");
            Progress.say("  Ctrl-C stops everything.");
        }
        int exit = process.waitFor();
        Progress.say("KPI Pulse exited with code " + exit);
        System.exit(exit == 143 ? 0 : exit);
    }

    private static boolean awaitApp(Process process) throws InterruptedException {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.URI ready = java.net.URI.create("http://localhost:" + APP_PORT + "/q/health/ready");
        for (int i = 0; i < 240 && process.isAlive(); i++) {
            try {
                int status = client.send(java.net.http.HttpRequest.newBuilder(ready).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return false;
    }

    private static void stopAll(List<AutoCloseable> started) {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("Stopping failed: " + e.getMessage());
            }
        }
    }
}
