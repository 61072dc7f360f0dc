package com.kpipulse.domain.measure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every base measure the product knows, loaded from {@code measure-catalog.tsv} next to this
 * class. Adding a measure is adding a line.
 */
public final class MeasureCatalog {

    private static final String RESOURCE = "measure-catalog.tsv";
    private static final MeasureCatalog STANDARD = load();

    private final Map<String, MeasureDefinition> byCode;

    public MeasureCatalog(List<MeasureDefinition> measures) {
        var map = new LinkedHashMap<String, MeasureDefinition>();
        for (var measure : measures) {
            if (map.putIfAbsent(measure.code().value(), measure) != null) {
                throw new IllegalArgumentException("Measure " + measure.code() + " is defined twice");
            }
        }
        this.byCode = map;
    }

    public static MeasureCatalog standard() {
        return STANDARD;
    }

    public List<MeasureDefinition> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<MeasureDefinition> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public MeasureDefinition get(MeasureCode code) {
        return find(code.value()).orElseThrow(() -> new IllegalArgumentException("Unknown measure " + code));
    }

    private static MeasureCatalog load() {
        try (InputStream in = MeasureCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            var measures = new ArrayList<MeasureDefinition>();
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 5) {
                    throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": expected 5 tab-separated cells, got " + cells.length);
                }
                measures.add(new MeasureDefinition(new MeasureCode(cells[0].trim()), cells[1].trim(), cells[2].trim(),
                        Unit.valueOf(cells[3].trim()), Aggregation.valueOf(cells[4].trim())));
            }
            return new MeasureCatalog(measures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
