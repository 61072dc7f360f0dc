package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.ImportInput;
import com.kpipulse.application.importing.ImportPreset;
import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.importing.RowSink;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.text.Message;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Any CSV or XLSX table the user maps column by column: header → a base measure code, or one of the dimensions
 * {@code date}, {@code channel}, {@code campaign}, {@code source}, {@code currency}. With an empty mapping, headers
 * that spell a measure code or a dimension name are used as such. Options: {@code currency} (for money columns when
 * the file has no currency column), {@code grain} (day, week, month, quarter, year; dates are moved to the start of
 * their period).
 */
@ApplicationScoped
public class GenericPreset implements ImportPreset {

    static final Set<String> DIMENSIONS = Set.of("date", "channel", "campaign", "source", "currency");
    private static final Set<String> SKIP = Set.of("", "-", "skip", "ignore");

    @Override
    public String id() {
        return "generic";
    }

    @Override
    public String descriptionRu() {
        return "Любая таблица CSV или XLSX: столбцы сопоставляются с показателями вручную";
    }

    @Override
    public String descriptionEn() {
        return "Any CSV or XLSX table: columns are mapped to measures by hand";
    }

    @Override
    public void read(ImportInput input, RowSink sink) throws IOException {
        Optional<Grain> grain = grain(input.options().get("grain"));
        if (grain.isEmpty()) {
            sink.reject(new RowProblem(0, "grain", Message.of(FileProblemKind.UNKNOWN_GRAIN,
                    InputProblem.excerpt(input.options().get("grain")))));
            return;
        }
        Map<String, String> mapping = validMapping(input.mapping(), sink);
        if (mapping == null) {
            return;
        }
        ColumnSpec spec = spec(mapping);
        BufferedInputStream content = new BufferedInputStream(input.content());
        if (isXlsx(input.fileName(), content)) {
            Optional<XlsxTable> table = XlsxTable.open(content, spec, sink);
            if (table.isPresent()) {
                try (XlsxTable t = table.get()) {
                    readMeasures(t.header(), LocaleNumber.DecimalMark.POINT, t::next, mapping, grain.get(), input,
                            sink);
                }
            }
            return;
        }
        Optional<DelimitedTable> table = DelimitedTable.open(content, spec, sink);
        if (table.isPresent()) {
            try (DelimitedTable t = table.get()) {
                readMeasures(t.header(), t.decimalMark(), t::next, mapping, grain.get(), input, sink);
            }
        }
    }

    /** The mapping without skipped columns; unknown measure codes are reported and left out. Null: nothing to read. */
    private static Map<String, String> validMapping(Map<String, String> mapping, RowSink sink) {
        Map<String, String> valid = new LinkedHashMap<>();
        for (var entry : mapping.entrySet()) {
            String role = entry.getValue() == null ? "" : entry.getValue().strip().toLowerCase(Locale.ROOT);
            if (SKIP.contains(role)) {
                continue;
            }
            if (!DIMENSIONS.contains(role) && BaseMeasures.find(role).isEmpty()) {
                sink.reject(new RowProblem(0, entry.getKey(), Message.of(FileProblemKind.UNKNOWN_MAPPING_TARGET,
                        InputProblem.excerpt(entry.getValue()))));
                continue;
            }
            valid.put(entry.getKey().strip(), role);
        }
        if (!mapping.isEmpty() && !valid.containsValue("date")) {
            sink.reject(RowProblem.ofFile(Message.of(FileProblemKind.NO_DATE_MAPPED)));
            return null;
        }
        if (!mapping.isEmpty() && valid.values().stream().allMatch(DIMENSIONS::contains)) {
            sink.reject(RowProblem.ofFile(Message.of(FileProblemKind.NO_MEASURE_MAPPED)));
            return null;
        }
        return valid;
    }

    /** With a mapping, every mapped header is required; without, headers named like codes are recognised. */
    private static ColumnSpec spec(Map<String, String> mapping) {
        ColumnSpec spec = new ColumnSpec();
        if (mapping.isEmpty()) {
            DIMENSIONS.forEach(d -> spec.optional(d, d));
            Set<String> codes = new TreeSet<>(BaseMeasures.codes());
            codes.forEach(code -> spec.optional("measure:" + code, code));
            spec.requireAny("\"date\"", "date");
            spec.requireAny("\"visits\" / \"ad_spend\" / \"leads\" / …",
                    codes.stream().map(c -> "measure:" + c).toArray(String[]::new));
            return spec;
        }
        mapping.forEach((header, role) -> spec.required(key(header, role), header));
        return spec;
    }

    private static String key(String header, String role) {
        return DIMENSIONS.contains(role) ? role : "measure:" + header;
    }

    /** Reads the rows as the mapping says; a table without a measure column is reported and not read. */
    private static void readMeasures(HeaderIndex header, LocaleNumber.DecimalMark mark, RowSupplier rows,
                                     Map<String, String> mapping, Grain grain, ImportInput input, RowSink sink)
            throws IOException {
        MeasureTableSpec table = new MeasureTableSpec(header, mark, input)
                .period("date", grain)
                .campaign("campaign")
                .source("source")
                .channelColumn("channel")
                .currency("currency", input.currency());
        if (mapping.isEmpty()) {
            BaseMeasures.codes().forEach(code -> table.measure("measure:" + code, code));
        } else {
            mapping.forEach((h, role) -> {
                if (!DIMENSIONS.contains(role)) {
                    table.measure("measure:" + h, role);
                }
            });
        }
        if (!table.hasMeasures()) {
            sink.reject(new RowProblem(header.line(), null, Message.of(FileProblemKind.NO_MEASURE_COLUMN)));
            return;
        }
        // Daily rows keep every mapped column, so nothing is added up: stream them (flat memory for big files).
        (grain == Grain.DAY ? table.streaming() : table).read(rows, sink);
    }

    private static Optional<Grain> grain(String option) {
        if (option == null || option.isBlank()) {
            return Optional.of(Grain.DAY);
        }
        try {
            return Optional.of(Grain.valueOf(option.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isXlsx(String fileName, BufferedInputStream content) throws IOException {
        content.mark(4);
        byte[] head = content.readNBytes(4);
        content.reset();
        return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")
                || head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }
}
