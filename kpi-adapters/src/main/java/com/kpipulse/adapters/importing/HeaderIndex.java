package com.kpipulse.adapters.importing;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** The header row of a table: its cells as written and the columns a {@link ColumnSpec} recognised in it. */
public record HeaderIndex(long line, List<String> cells, Map<String, List<Integer>> positions) {

    public HeaderIndex {
        cells = List.copyOf(cells);
        positions = Map.copyOf(positions);
    }

    public boolean has(String key) {
        return positions.containsKey(key);
    }

    public OptionalInt index(String key) {
        List<Integer> at = positions.get(key);
        return at == null ? OptionalInt.empty() : OptionalInt.of(at.get(0));
    }

    /** Every column recognised under {@code key}, e.g. one per Metrica goal. */
    public List<Integer> indexes(String key) {
        return positions.getOrDefault(key, List.of());
    }

    /** The header of column {@code i} as the file writes it; {@code #5} for the fifth of a row wider than the header. */
    public String name(int i) {
        return i < cells.size() ? cells.get(i) : "#" + (i + 1);
    }

    /** The header recognised under {@code key} as the file writes it, or null. */
    public String name(String key) {
        OptionalInt i = index(key);
        return i.isPresent() ? name(i.getAsInt()) : null;
    }

    public int size() {
        return cells.size();
    }
}
