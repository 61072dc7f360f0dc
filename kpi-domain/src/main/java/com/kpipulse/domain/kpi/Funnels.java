package com.kpipulse.domain.kpi;

import com.kpipulse.domain.kpi.formula.Expression;
import com.kpipulse.domain.kpi.formula.Operator;
import com.kpipulse.domain.measure.MeasureCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The funnels of the catalog, read from {@code funnels.tsv}. Each step must be a catalog KPI computed exactly as the
 * later stage divided by the earlier one, so a funnel never has figures of its own that could disagree with a KPI.
 */
public final class Funnels {

    private static final String RESOURCE = "funnels.tsv";
    private static final List<Funnel> STANDARD = load(KpiCatalog.standard());

    private Funnels() {
    }

    /** The standard funnels, in the order pages show them. */
    public static List<Funnel> standard() {
        return STANDARD;
    }

    static List<Funnel> load(KpiCatalog catalog) {
        var funnels = new ArrayList<Funnel>();
        for (CatalogData.Line line : CatalogData.lines(Funnels.class, RESOURCE, 5)) {
            String[] cells = line.cells();
            try {
                List<MeasureCode> stages = words(cells[3]).stream().map(MeasureCode::new).toList();
                List<KpiCode> steps = words(cells[4]).stream().map(KpiCode::new).toList();
                funnels.add(checked(catalog, new Funnel(cells[0], cells[1], cells[2], stages, steps)));
            } catch (IllegalArgumentException e) {
                throw line.broken(e.getMessage());
            }
        }
        return List.copyOf(funnels);
    }

    /** The funnel, when its stages are base measures and each step is "this stage / the stage before". */
    static Funnel checked(KpiCatalog catalog, Funnel funnel) {
        List<MeasureCode> stages = funnel.stages();
        for (MeasureCode stage : stages) {
            if (catalog.measures().find(stage.value()).isEmpty()) {
                throw new IllegalArgumentException("stage " + stage.value() + " is not a base measure");
            }
        }
        for (int i = 0; i < funnel.steps().size(); i++) {
            String code = funnel.steps().get(i).value();
            KpiDefinition step = catalog.find(code)
                    .orElseThrow(() -> new IllegalArgumentException("step " + code + " is not a catalog KPI"));
            if (!isRatio(step.expression(), stages.get(i + 1), stages.get(i))) {
                throw new IllegalArgumentException("step " + code + " must be " + stages.get(i + 1).value() + " / "
                        + stages.get(i).value() + ", not " + step.formula());
            }
        }
        return funnel;
    }

    private static boolean isRatio(Expression expression, MeasureCode part, MeasureCode whole) {
        return expression instanceof Expression.Binary ratio && ratio.operator() == Operator.DIVIDE
                && ratio.left() instanceof Expression.Reference top && top.name().equals(part.value())
                && ratio.right() instanceof Expression.Reference bottom && bottom.name().equals(whole.value());
    }

    private static List<String> words(String cell) {
        return Arrays.stream(cell.trim().split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }
}
