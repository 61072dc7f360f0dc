package com.kpipulse.domain.kpi;

import com.kpipulse.domain.measure.Unit;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the standard KPIs from {@code kpi-catalog.tsv}: a KPI is a line, so adding one is adding a line. */
final class StandardKpiFile {

    static final String RESOURCE = "kpi-catalog.tsv";
    private static final int COLUMNS = 10;

    private StandardKpiFile() {
    }

    /** The file's KPIs by code, in the file's order; a broken line or a code defined twice is a bug of the build. */
    static Map<String, KpiDefinition> read() {
        var definitions = new LinkedHashMap<String, KpiDefinition>();
        for (CatalogData.Line line : CatalogData.lines(StandardKpiFile.class, RESOURCE, COLUMNS)) {
            KpiDefinition kpi = definition(line);
            if (definitions.putIfAbsent(kpi.code().value(), kpi) != null) {
                throw line.broken("KPI " + kpi.code() + " is defined twice");
            }
        }
        return definitions;
    }

    private static KpiDefinition definition(CatalogData.Line line) {
        String[] cells = line.cells();
        try {
            return new KpiDefinition(new KpiCode(cells[0]), cells[1], cells[2], cells[3], Unit.valueOf(cells[4]),
                    Direction.valueOf(cells[5]), Level.valueOf(cells[6]), KpiGroup.valueOf(cells[7]), cells[8],
                    cells[9]);
        } catch (IllegalArgumentException e) {
            throw line.broken(e.getMessage());
        }
    }
}
