package com.kpipulse.localstack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project-local folder where the local stack keeps what it downloads, builds and stores ({@code .kpi/} at the
 * top of the checkout). Maven passes it as {@code kpi.home}; launched by hand it is found from the working directory.
 */
public final class KpiHome {

    private KpiHome() {
    }

    public static Path path() {
        String configured = System.getProperty("kpi.home", System.getenv("KPI_HOME"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Cannot find the project root (a folder with mvnw); set KPI_HOME");
        }
        return dir.resolve(".kpi");
    }
}
