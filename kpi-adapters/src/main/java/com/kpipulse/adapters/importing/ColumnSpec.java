package com.kpipulse.adapters.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The columns a preset understands, each under a key with the header spellings it accepts (exact, ignoring case and
 * spacing, or a regular expression), and which keys a line must have to be taken as the header row.
 */
public final class ColumnSpec {

    private record Column(String key, List<String> names, List<Pattern> patterns) {

        boolean matches(String normalized) {
            return names.contains(normalized) || patterns.stream().anyMatch(p -> p.matcher(normalized).matches());
        }
    }

    /**
     * At least one of {@code keys} must be present; {@code label} names it in messages, in no language: header
     * spellings in quotes, e.g. {@code "Показы" / "Клики" / "Расход"}.
     */
    private record Requirement(String label, List<String> keys) {
    }

    private final List<Column> columns = new ArrayList<>();
    private final List<Requirement> requirements = new ArrayList<>();

    /** A column that must be present, e.g. {@code required("date", "Дата", "Date")}. */
    public ColumnSpec required(String key, String... names) {
        optional(key, names);
        requirements.add(new Requirement("\"" + names[0] + "\"", List.of(key)));
        return this;
    }

    public ColumnSpec optional(String key, String... names) {
        columns.add(new Column(key, List.of(names).stream().map(Cells::normalizeHeader).toList(), List.of()));
        return this;
    }

    /** A column recognised by a regular expression over the normalized (lower-case) header. */
    public ColumnSpec pattern(String key, String regex) {
        columns.add(new Column(key, List.of(), List.of(Pattern.compile(regex))));
        return this;
    }

    /**
     * The header must have at least one of these columns, e.g. at least one measure; {@code label} names them in
     * messages in no language of its own (header spellings in quotes, joined by " / ").
     */
    public ColumnSpec requireAny(String label, String... keys) {
        requirements.add(new Requirement(label, List.of(keys)));
        return this;
    }

    /** Which key each header cell has; cells nobody understands have none. */
    public HeaderIndex index(long line, List<String> cells) {
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String normalized = Cells.normalizeHeader(cells.get(i));
            for (Column column : columns) {
                if (column.matches(normalized)) {
                    positions.computeIfAbsent(column.key(), k -> new ArrayList<>()).add(i);
                    break;
                }
            }
        }
        return new HeaderIndex(line, cells.stream().map(c -> c.replace("\uFEFF", "").strip()).toList(), positions);
    }

    /** The requirements {@code header} misses, as labels for a message; empty when it is a header. */
    public List<String> missing(HeaderIndex header) {
        return requirements.stream()
                .filter(r -> r.keys().stream().noneMatch(header::has))
                .map(Requirement::label)
                .toList();
    }

    public String describeRequired() {
        return requirements.stream().map(Requirement::label).collect(Collectors.joining(", "));
    }
}
