package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.formula.Expression;
import com.kpipulse.domain.kpi.formula.FormulaParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;

/**
 * The driver trees and driver roles: data ({@code driver-trees.tsv}, {@code driver-roles.tsv}), never code per KPI.
 * A tree is refused when reading unless, for random positive figures, its identity gives exactly what the KPI's own
 * formula gives (to 24 significant digits), and unless every driver it names has a role.
 */
public final class DriverTrees {

    private static final String TREES = "driver-trees.tsv";
    private static final String ROLES = "driver-roles.tsv";
    private static final int CHECKS = 4;
    private static final BigDecimal SAME = new BigDecimal("1e-24");
    private static final DriverTrees STANDARD = parse(KpiCatalog.standard(), resource(TREES), resource(ROLES));

    private final Map<String, List<DriverTree>> byKpi;
    private final Map<String, DriverRole> roles;

    private DriverTrees(Map<String, List<DriverTree>> byKpi, Map<String, DriverRole> roles) {
        this.byKpi = byKpi;
        this.roles = roles;
    }

    public static DriverTrees standard() {
        return STANDARD;
    }

    /** The KPI's trees, in the order they are tried. */
    public List<DriverTree> of(KpiCode kpi) {
        return byKpi.getOrDefault(kpi.value(), List.of());
    }

    public List<DriverTree> all() {
        return byKpi.values().stream().flatMap(List::stream).toList();
    }

    /** A driver's role; a driver without one (a base measure of a KPI's own formula) is a result. */
    public DriverRole roleOf(String driver) {
        return roles.getOrDefault(driver, DriverRole.RESULT);
    }

    /** The catalog KPIs whose role is price (CPC), in the roles file's order. */
    public List<String> priceKpis(KpiCatalog catalog) {
        return roles.entrySet().stream().filter(role -> role.getValue() == DriverRole.PRICE)
                .map(Map.Entry::getKey).filter(code -> catalog.find(code).isPresent()).toList();
    }

    /** The base measures whose role is spend, in the roles file's order. */
    public List<String> spendMeasures(KpiCatalog catalog) {
        return roles.entrySet().stream().filter(role -> role.getValue() == DriverRole.SPEND)
                .map(Map.Entry::getKey).filter(code -> catalog.measures().find(code).isPresent()).toList();
    }

    /**
     * Reads trees and roles written as the two files are.
     *
     * @throws IllegalStateException naming the line, when a line is broken or a tree is not an identity of its KPI
     */
    public static DriverTrees parse(KpiCatalog catalog, String trees, String roles) {
        var values = new FormulaValues(catalog);
        var roleOf = new LinkedHashMap<String, DriverRole>();
        for (Line line : lines(ROLES, roles, 2)) {
            try {
                requireKnown(catalog, line.cells()[0]);
                roleOf.put(line.cells()[0], DriverRole.valueOf(line.cells()[1]));
            } catch (IllegalArgumentException e) {
                throw line.broken(e.getMessage());
            }
        }
        var byKpi = new LinkedHashMap<String, List<DriverTree>>();
        for (Line line : lines(TREES, trees, 2)) {
            try {
                KpiDefinition kpi = catalog.find(line.cells()[0]).orElseThrow(() ->
                        new IllegalArgumentException("no KPI " + line.cells()[0] + " in the catalog"));
                Expression identity = FormulaParser.parseOrThrow(line.cells()[1]);
                List<String> drivers = FormulaValues.names(identity);
                for (String driver : drivers) {
                    requireKnown(catalog, driver);
                    if (!roleOf.containsKey(driver)) {
                        throw new IllegalArgumentException("driver " + driver + " has no line in " + ROLES);
                    }
                }
                var tree = new DriverTree(kpi.code(), line.cells()[1], identity, drivers);
                requireIdentity(values, kpi, tree);
                byKpi.computeIfAbsent(kpi.code().value(), code -> new ArrayList<>()).add(tree);
            } catch (IllegalArgumentException e) {
                throw line.broken(e.getMessage());
            }
        }
        var frozen = new LinkedHashMap<String, List<DriverTree>>();
        byKpi.forEach((code, list) -> frozen.put(code, List.copyOf(list)));
        return new DriverTrees(frozen, roleOf);
    }

    private static void requireKnown(KpiCatalog catalog, String code) {
        if (catalog.measures().find(code).isEmpty() && catalog.find(code).isEmpty()) {
            throw new IllegalArgumentException(code + " is neither a base measure nor a KPI");
        }
    }

    /** For a few sets of random positive figures, the identity over its drivers equals the KPI's own formula. */
    private static void requireIdentity(FormulaValues values, KpiDefinition kpi, DriverTree tree) {
        KpiCatalog catalog = values.catalog();
        var measures = new TreeSet<String>(measuresBehind(catalog, kpi.code().value()));
        tree.drivers().forEach(driver -> measures.addAll(measuresBehind(catalog, driver)));
        var random = new Random(kpi.code().value().hashCode());
        for (int check = 0; check < CHECKS; check++) {
            var figures = new HashMap<String, BigDecimal>();
            measures.forEach(code -> figures.put(code, BigDecimal.valueOf(1 + random.nextInt(1_000_000), 3)));
            var sums = new MeasureSums(figures);
            Optional<BigDecimal> expected = values.of(kpi, sums);
            var drivers = new HashMap<String, BigDecimal>();
            tree.drivers().forEach(driver -> values.of(driver, sums).ifPresent(value -> drivers.put(driver, value)));
            Optional<BigDecimal> actual = values.identity(tree.identity(), drivers);
            if (expected.isEmpty() || actual.isEmpty() || !same(expected.get(), actual.get())) {
                throw new IllegalArgumentException("«" + tree.identityText() + "» is not an identity of " + kpi.code()
                        + " = " + kpi.formula() + ": for " + figures + " it gives " + actual.map(BigDecimal::toPlainString)
                        .orElse("no value") + " instead of " + expected.map(BigDecimal::toPlainString).orElse("no value"));
            }
        }
    }

    /** The base measure itself, or the base measures a KPI is computed from. */
    private static List<String> measuresBehind(KpiCatalog catalog, String code) {
        if (catalog.measures().find(code).isPresent()) {
            return List.of(code);
        }
        return catalog.find(code).map(kpi -> catalog.measuresOf(kpi).stream().map(Object::toString).toList())
                .orElse(List.of());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        BigDecimal scale = a.abs().max(b.abs()).max(BigDecimal.ONE);
        return a.subtract(b).abs().compareTo(scale.multiply(SAME)) <= 0;
    }

    /** A data line with its cells (trimmed) and where it stands, to say where a broken file is broken. */
    private record Line(String resource, int number, String[] cells) {

        IllegalStateException broken(String why) {
            return new IllegalStateException(resource + " line " + number + ": " + why);
        }
    }

    private static List<Line> lines(String resource, String text, int columns) {
        var lines = new ArrayList<Line>();
        String[] rows = text.split("\r?\n", -1);
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i];
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] cells = row.split("\t", -1);
            if (cells.length != columns) {
                throw new IllegalStateException(resource + " line " + (i + 1) + ": expected " + columns
                        + " tab-separated cells, got " + cells.length);
            }
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c].trim();
            }
            lines.add(new Line(resource, i + 1, cells));
        }
        return lines;
    }

    private static String resource(String name) {
        try (InputStream in = DriverTrees.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
