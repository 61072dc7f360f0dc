package com.kpipulse.domain.kpi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The columns of a table per channel on the scorecards, read from {@code channel-columns.tsv}: the marketer's
 * channel economics ({@link #ECONOMICS}) and the SMM specialist's table per social network ({@link #SOCIAL}). A column
 * is a catalog KPI or a base measure shown as it is. A column may name a stand-in: a KPI shown, said so, where the
 * column has no value for a channel because one of its measures is not kept per channel (the CAC of a channel on
 * marketing spend alone, when sales costs are kept for the whole company).
 *
 * @param columns in the order the table shows them
 */
public record ChannelColumns(String table, List<Column> columns) {

    public static final String ECONOMICS = "economics";
    public static final String SOCIAL = "social";

    private static final String RESOURCE = "channel-columns.tsv";
    private static final Map<String, ChannelColumns> STANDARD = load(KpiCatalog.standard());

    public ChannelColumns {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
    }

    /**
     * @param code    a KPI code of the catalog, or a base measure's code
     * @param standIn the KPI shown where {@code code} lacks a measure kept per channel
     */
    public record Column(String code, Optional<KpiCode> standIn) {
        public Column {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(standIn, "standIn");
        }
    }

    /** The table's standard columns. */
    public static ChannelColumns standard(String table) {
        ChannelColumns columns = STANDARD.get(table);
        if (columns == null) {
            throw new IllegalArgumentException("No channel table " + table + " in " + RESOURCE);
        }
        return columns;
    }

    static Map<String, ChannelColumns> load(KpiCatalog catalog) {
        Map<String, List<Column>> tables = new LinkedHashMap<>();
        for (CatalogData.Line line : CatalogData.lines(ChannelColumns.class, RESOURCE, 3)) {
            String[] cells = line.cells();
            String code = cells[1];
            if (catalog.find(code).isEmpty() && catalog.measures().find(code).isEmpty()) {
                throw line.broken(code + " is neither a catalog KPI nor a base measure");
            }
            Optional<KpiCode> standIn = Optional.empty();
            if (!cells[2].isEmpty()) {
                KpiDefinition kpi = catalog.find(cells[2]).orElseThrow(line.brokenBy(cells[2] + " is not a catalog KPI"));
                standIn = Optional.of(kpi.code());
            }
            tables.computeIfAbsent(cells[0], table -> new ArrayList<>()).add(new Column(code, standIn));
        }
        Map<String, ChannelColumns> loaded = new LinkedHashMap<>();
        tables.forEach((table, columns) -> loaded.put(table, new ChannelColumns(table, columns)));
        for (String table : List.of(ECONOMICS, SOCIAL)) {
            if (!loaded.containsKey(table)) {
                throw new IllegalStateException(RESOURCE + " has no table " + table);
            }
        }
        return Map.copyOf(loaded);
    }
}
