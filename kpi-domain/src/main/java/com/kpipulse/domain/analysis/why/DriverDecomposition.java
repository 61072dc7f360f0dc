package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.formula.Expression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Splits a KPI's deviation among its drivers with {@link ShapleySplit}, along the first of the KPI's trees whose
 * drivers all have values in both periods; failing that, along the KPI's own formula over its base measures; failing
 * that (a mix of the two periods' measures divides by zero), the KPI itself is the one driver. Drivers with a tree of
 * their own are opened one level further: the driver's part is shared among its own drivers in proportion to what
 * each did to the driver itself.
 */
final class DriverDecomposition {

    private final FormulaValues values;
    private final DriverTrees trees;

    DriverDecomposition(FormulaValues values, DriverTrees trees) {
        this.values = values;
        this.trees = trees;
    }

    /** The drivers of {@code deviation} (the KPI's actual minus reference value), adding up to it exactly. */
    List<DriverContribution> split(KpiDefinition kpi, MeasureSums actual, MeasureSums reference, BigDecimal deviation) {
        for (DriverTree tree : trees.of(kpi.code())) {
            Optional<List<DriverContribution>> split = split(tree.identity(), tree.drivers(), actual, reference, deviation, true);
            if (split.isPresent()) {
                return split.get();
            }
        }
        List<String> measures = values.catalog().measuresOf(kpi).stream().map(Object::toString).toList();
        if (!measures.isEmpty() && measures.size() <= ShapleySplit.MAX_FACTORS) {
            Optional<List<DriverContribution>> split = split(kpi.expression(), measures, actual, reference, deviation, false);
            if (split.isPresent()) {
                return split.get();
            }
        }
        String code = kpi.code().value();
        return split(new Expression.Reference(code, 1), List.of(code), actual, reference, deviation, false)
                .orElseThrow(() -> new IllegalStateException("No value of " + code + " to split"));
    }

    private Optional<List<DriverContribution>> split(Expression identity, List<String> drivers, MeasureSums actual,
                                                     MeasureSums reference, BigDecimal deviation, boolean open) {
        Optional<Map<String, BigDecimal>> after = driverValues(drivers, actual);
        Optional<Map<String, BigDecimal>> before = driverValues(drivers, reference);
        if (after.isEmpty() || before.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<BigDecimal>> shares = ShapleySplit.split(drivers.size(), mix -> {
            var mixed = new HashMap<String, BigDecimal>();
            for (int k = 0; k < drivers.size(); k++) {
                String driver = drivers.get(k);
                mixed.put(driver, ((mix >> k) & 1) == 1 ? after.get().get(driver) : before.get().get(driver));
            }
            return values.identity(identity, mixed);
        });
        if (shares.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> parts = ExactSum.adjusted(shares.get(), deviation);
        var contributions = new ArrayList<DriverContribution>();
        for (int k = 0; k < drivers.size(); k++) {
            String driver = drivers.get(k);
            BigDecimal now = after.get().get(driver);
            BigDecimal then = before.get().get(driver);
            List<DriverContribution> opened = open ? opened(driver, now, then, parts.get(k), actual, reference) : List.of();
            contributions.add(new DriverContribution(driver, values.nameOf(driver), values.unitOf(driver),
                    trees.roleOf(driver), now, then, parts.get(k), opened));
        }
        return Optional.of(List.copyOf(contributions));
    }

    /** The driver's part shared among its own drivers, as each moved the driver itself. */
    private List<DriverContribution> opened(String driver, BigDecimal now, BigDecimal then, BigDecimal part,
                                            MeasureSums actual, MeasureSums reference) {
        BigDecimal ownChange = now.subtract(then);
        if (ownChange.signum() == 0 || !KpiCode.isValid(driver)) {
            return List.of();
        }
        for (DriverTree tree : trees.of(new KpiCode(driver))) {
            Optional<List<DriverContribution>> own = split(tree.identity(), tree.drivers(), actual, reference, ownChange, false);
            if (own.isPresent()) {
                List<BigDecimal> scaled = own.get().stream()
                        .map(child -> part.multiply(child.contribution()).divide(ownChange, FormulaValues.PRECISION))
                        .toList();
                List<BigDecimal> exact = ExactSum.adjusted(scaled, part);
                var parts = new ArrayList<DriverContribution>();
                for (int i = 0; i < exact.size(); i++) {
                    DriverContribution child = own.get().get(i);
                    parts.add(new DriverContribution(child.code(), child.name(), child.unit(), child.role(),
                            child.actual(), child.reference(), exact.get(i), List.of()));
                }
                return List.copyOf(parts);
            }
        }
        return List.of();
    }

    private Optional<Map<String, BigDecimal>> driverValues(List<String> drivers, MeasureSums sums) {
        var found = new HashMap<String, BigDecimal>();
        for (String driver : drivers) {
            Optional<BigDecimal> value = values.of(driver, sums);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            found.put(driver, value.get());
        }
        return Optional.of(found);
    }
}
