package com.kpipulse.localstack;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Progress lines for a person watching the stack come up (or go down, in a fault drill). */
public final class Progress {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Progress() {
    }

    public static void say(String message) {
        System.out.println("[kpi " + LocalTime.now().format(TIME) + "] " + message);
        System.out.flush();
    }

    public static String seconds(long startNanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", Duration.ofNanos(System.nanoTime() - startNanos).toMillis() / 1000.0);
    }
}
