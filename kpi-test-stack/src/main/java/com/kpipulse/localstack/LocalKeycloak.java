package com.kpipulse.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real Keycloak server from the {@code keycloak-quarkus-dist} zip that Maven unpacks into {@code .kpi/keycloak}.
 * <p>
 * Built once ({@code kc.sh build}), then started {@code --optimized} with realm {@code kpi} imported from the repo.
 * Each user of it (tests, {@code ./kpi run}) keeps its own H2 database folder; when the realm file changes, that
 * database is dropped so the realm is imported afresh.
 */
public final class LocalKeycloak implements AutoCloseable {

    public static final String REALM = "kpi";
    public static final String CLIENT_ID = "kpi-web";
    public static final String CLIENT_SECRET = "kpi-web-local-secret";
    /** The local realm's client that reads its people for the goal owner picker (view-users only). */
    public static final String DIRECTORY_SECRET = "kpi-directory-local-secret";
    private static final String REALM_RESOURCE = "/keycloak/kpi-realm.json";
    private static final String BUILD_OPTIONS = "--db=dev-file --health-enabled=true";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final int httpPort;

    private LocalKeycloak(Process process, int httpPort) {
        this.process = process;
        this.httpPort = httpPort;
    }

    public String realmUrl() {
        return realmUrl(httpPort);
    }

    public static String realmUrl(int httpPort) {
        return "http://localhost:" + httpPort + "/realms/" + REALM;
    }

    /**
     * Starts Keycloak on {@code httpPort} (management on {@code managementPort}) with its database in {@code dataDirectory},
     * or reuses one that already answers there with our realm. {@code appUrl} is where the app answers (e.g.
     * {@code http://localhost:8080}): the realm admits it as the client's redirect URI ({@code ${KPI_APP_URL}} in the
     * realm file), so the tests may run the app on any port.
     */
    public static LocalKeycloak start(Path kpiHome, Path dataDirectory, int httpPort, int managementPort, String appUrl) {
        long started = System.nanoTime();
        if (answers(realmUrl(httpPort))) {
            Progress.say("Keycloak already running at " + realmUrl(httpPort) + ": reusing it");
            return new LocalKeycloak(null, httpPort);
        }
        Path home = distribution(kpiHome);
        try {
            buildOnce(home);
            prepareData(home, dataDirectory, appUrl);
            List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                    "--http-enabled=true", "--http-port=" + httpPort, "--http-management-port=" + managementPort,
                    "--hostname=http://localhost:" + httpPort, "--cache=local", "--import-realm"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(dataDirectory.resolve("keycloak.log").toFile());
            environment(builder.environment(), dataDirectory);
            builder.environment().put("KPI_APP_URL", appUrl);
            Progress.say("Keycloak starting on port " + httpPort + " (log: " + dataDirectory.resolve("keycloak.log") + ")");
            Process process = builder.start();
            LocalKeycloak keycloak = new LocalKeycloak(process, httpPort);
            keycloak.awaitReady(managementPort);
            Progress.say("Keycloak ready at " + keycloak.realmUrl() + " (" + Progress.seconds(started) + ")");
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not start from " + home, e);
        }
    }

    private static Path distribution(Path kpiHome) {
        String version = System.getProperty("keycloak.version", "26.7.3");
        Path home = kpiHome.resolve("keycloak").resolve("keycloak-" + version);
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak " + version + " is not unpacked in " + home
                    + ": run ./mvnw -pl kpi-web process-test-resources (./kpi does it for you)");
        }
        return home;
    }

    private static void buildOnce(Path home) throws IOException {
        Path marker = home.resolve(".kpi-built");
        if (Files.exists(marker) && Files.readString(marker).equals(BUILD_OPTIONS)) {
            return;
        }
        long started = System.nanoTime();
        Progress.say("Keycloak: first-time build (about 40 s, once)");
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "build"));
        command.addAll(List.of(BUILD_OPTIONS.split(" ")));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("build.log").toFile());
        environment(builder.environment(), null);
        int exit = waitFor(builder.start());
        if (exit != 0) {
            throw new IllegalStateException("kc.sh build failed with exit code " + exit + ", see " + home.resolve("build.log"));
        }
        Files.writeString(marker, BUILD_OPTIONS);
        Progress.say("Keycloak built (" + Progress.seconds(started) + ")");
    }

    /**
     * Puts the realm file where {@code --import-realm} finds it; drops a database made from an older realm file or for
     * another app address.
     */
    private static void prepareData(Path home, Path dataDirectory, String appUrl) throws IOException {
        Files.createDirectories(dataDirectory);
        byte[] realm;
        try (InputStream in = LocalKeycloak.class.getResourceAsStream(REALM_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Realm file " + REALM_RESOURCE + " is missing from the test classpath");
            }
            realm = withTestPortRedirect(in.readAllBytes());
        }
        Path importDir = home.resolve("data/import");
        Files.createDirectories(importDir);
        Files.write(importDir.resolve("kpi-realm.json"), realm);
        Path hashFile = dataDirectory.resolve("realm.sha256");
        String hash = sha256(realm) + " " + appUrl;
        if (!Files.exists(hashFile) || !Files.readString(hashFile).equals(hash)) {
            deleteRecursively(dataDirectory.resolve("data"));
            Files.writeString(hashFile, hash);
        }
    }

    /**
     * The realm lets the browser flow come back to ports 8080 and 8081; a test run on another port
     * ({@code -Dquarkus.http.test-port}, so that runs side by side do not collide) needs that port too, or every
     * browser login ends on Keycloak's "invalid redirect uri" page.
     */
    private static byte[] withTestPortRedirect(byte[] realm) {
        String port = System.getProperty("quarkus.http.test-port", "8081").strip();
        if (!port.matches("[0-9]{1,5}") || port.equals("8080") || port.equals("8081")) {
            return realm;
        }
        String known = "\"http://localhost:8081/*\"";
        String text = new String(realm, java.nio.charset.StandardCharsets.UTF_8);
        return text.replace(known, known + ", \"http://localhost:" + port + "/*\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void environment(Map<String, String> env, Path dataDirectory) {
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx320m");
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        if (dataDirectory != null) {
            // The dev-file database lives at ${kc.db-url-path}/data/h2, so each user of the dist has its own.
            env.put("KC_DB_URL_PATH", dataDirectory.toString());
        }
    }

    private void awaitReady(int managementPort) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        URI health = URI.create("http://localhost:" + managementPort + "/health/ready");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue() + " while starting; see keycloak.log");
            }
            if (status(health) == 200 && answers(realmUrl())) {
                return;
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException("Keycloak was not ready within " + READY_TIMEOUT.toSeconds() + " s");
    }

    private static boolean answers(String realmUrl) {
        return status(URI.create(realmUrl + "/.well-known/openid-configuration")) == 200;
    }

    private static int status(URI uri) {
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Progress.say("Keycloak stopped");
    }

    private static int waitFor(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
