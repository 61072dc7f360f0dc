package com.kpipulse.domain.kpi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Reads the catalog's tab-separated data files: comments start with {@code #}, every other line has its cells. */
final class CatalogData {

    private CatalogData() {
    }

    /** A data line with its cells (trimmed) and where it stands, to say where a broken file is broken. */
    record Line(String resource, int number, String[] cells) {

        IllegalStateException broken(String why) {
            return new IllegalStateException(resource + " line " + number + ": " + why);
        }

        Supplier<IllegalStateException> brokenBy(String why) {
            return () -> broken(why);
        }
    }

    static List<Line> lines(Class<?> owner, String resource, int columns) {
        var lines = new ArrayList<Line>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] cells = text.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + " line " + number + ": expected " + columns
                            + " tab-separated cells, got " + cells.length);
                }
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].trim();
                }
                lines.add(new Line(resource, number, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(lines);
    }
}
