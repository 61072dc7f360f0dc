package com.kpipulse.application.scorecard;

import com.kpipulse.domain.kpi.ChannelColumns;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.kpi.KpiGroup;
import com.kpipulse.domain.kpi.Level;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiEngine;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.kpi.NoValueReason;
import com.kpipulse.domain.kpi.formula.Expression;
import com.kpipulse.domain.kpi.formula.Operator;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.MeasureDefinition;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Period;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A table per channel from the catalog's {@link ChannelColumns}: each column's figure for each channel and for the
 * whole selection, computed by the KPI engine. Where a figure is missing the cell says why (which measure is missing
 * or zero); where a column's KPI lacks a measure the channel does not keep (sales costs are kept for the company, not
 * per channel), the column's stand-in is shown and said so. Channels without any figure are left out and named.
 */
final class ChannelTableReading {

    private final KpiCatalog catalog;
    private final KpiEngine engine;

    ChannelTableReading(KpiCatalog catalog, KpiEngine engine) {
        this.catalog = catalog;
        this.engine = engine;
    }

    /** The KPIs and measures the columns need, stand-ins included. */
    List<KpiDefinition> figuresOf(ChannelColumns columns) {
        var figures = new ArrayList<KpiDefinition>();
        for (ChannelColumns.Column column : columns.columns()) {
            figures.add(figure(column.code()));
            column.standIn().ifPresent(code -> figures.add(catalog.get(code)));
        }
        return figures;
    }

    /**
     * @param channels      the table's rows, in order
     * @param total         the selection of the total row: all channels, or the ones the filter keeps
     * @param mayReadKpi    whether the reader may read a KPI: a column (or stand-in) the reader may not read is left out
     * @param mayReadMeasure the same for a base measure shown as a column
     */
    Scorecard.ChannelTable table(ChannelColumns spec, List<String> channels, DimensionSelection total, Period period,
                                 ObservationSet data, Predicate<String> mayReadKpi, Predicate<String> mayReadMeasure) {
        List<Scorecard.Column> columns = spec.columns().stream().filter(column -> catalog.find(column.code()).isPresent()
                        ? mayReadKpi.test(column.code()) : mayReadMeasure.test(column.code()))
                .map(column -> {
                    boolean kpi = catalog.find(column.code()).isPresent();
                    return new Scorecard.Column(figure(column.code()), kpi, kpi,
                            column.standIn().filter(code -> mayReadKpi.test(code.value())).map(catalog::get));
                }).toList();
        var rows = new ArrayList<Scorecard.ChannelRow>();
        var withoutData = new ArrayList<String>();
        for (String channel : channels) {
            List<Scorecard.Cell> cells = cells(columns, DimensionSelection.where("channel", channel), period, data);
            if (cells.stream().anyMatch(cell -> cell.value().isKnown())) {
                rows.add(new Scorecard.ChannelRow(channel, cells));
            } else {
                withoutData.add(channel);
            }
        }
        return new Scorecard.ChannelTable(columns, rows, cells(columns, total, period, data), withoutData);
    }

    private List<Scorecard.Cell> cells(List<Scorecard.Column> columns, DimensionSelection selection, Period period,
                                       ObservationSet data) {
        return columns.stream().map(column -> cell(column, selection, period, data)).toList();
    }

    private Scorecard.Cell cell(Scorecard.Column column, DimensionSelection selection, Period period, ObservationSet data) {
        KpiValue value = engine.evaluate(column.figure(), period, selection, data);
        if (value.isKnown()) {
            return new Scorecard.Cell(value, Optional.empty());
        }
        Optional<Scorecard.CellNote> why = why(column.figure(), value, selection, period, data);
        if (column.standIn().isPresent() && why.orElse(null) instanceof Scorecard.CellNote.NoData missing
                && !catalog.measuresOf(column.standIn().get()).contains(missing.measure().code())) {
            KpiValue standIn = engine.evaluate(column.standIn().get(), period, selection, data);
            if (standIn.isKnown()) {
                return new Scorecard.Cell(standIn,
                        Optional.of(new Scorecard.CellNote.StoodIn(missing.measure(), column.standIn().get())));
            }
            // the stand-in has no value either: say what it lacks (no new customers), which holds for both
            Optional<Scorecard.CellNote> standInWhy = why(column.standIn().get(), standIn, selection, period, data);
            if (standInWhy.isPresent()) {
                return new Scorecard.Cell(value, standInWhy);
            }
        }
        return new Scorecard.Cell(value, why);
    }

    /** Which of the figure's measures has no value in the selection, or is zero where it divides; empty if neither. */
    private Optional<Scorecard.CellNote> why(KpiDefinition figure, KpiValue value, DimensionSelection selection,
                                             Period period, ObservationSet data) {
        if (!(value instanceof KpiValue.None none)) {
            return Optional.empty();
        }
        Set<MeasureCode> divisors = new LinkedHashSet<>();
        divisors(figure.expression(), false, divisors, new HashSet<>());
        for (MeasureCode code : none.reason() == NoValueReason.ZERO_DENOMINATOR ? divisors : catalog.measuresOf(figure)) {
            MeasureDefinition measure = catalog.measures().get(code);
            KpiValue alone = engine.evaluate(asKpi(measure), period, selection, data);
            if (none.reason() == NoValueReason.NO_DATA && alone instanceof KpiValue.None) {
                return Optional.of(new Scorecard.CellNote.NoData(measure));
            }
            if (none.reason() == NoValueReason.ZERO_DENOMINATOR && alone instanceof KpiValue.Known known
                    && known.value().signum() == 0) {
                return Optional.of(new Scorecard.CellNote.Zero(measure));
            }
        }
        return Optional.empty();
    }

    /** The measures a formula divides by, through the KPIs it names. */
    private void divisors(Expression expression, boolean dividing, Set<MeasureCode> found, Set<String> visited) {
        switch (expression) {
            case Expression.Constant constant -> { }
            case Expression.Reference reference -> {
                if (catalog.measures().find(reference.name()).isPresent()) {
                    if (dividing) {
                        found.add(new MeasureCode(reference.name()));
                    }
                } else if (visited.add(reference.name())) {
                    catalog.find(reference.name()).ifPresent(kpi -> divisors(kpi.expression(), dividing, found, visited));
                }
            }
            case Expression.Negation negation -> divisors(negation.operand(), dividing, found, visited);
            case Expression.Call call -> divisors(call.argument(), dividing, found, visited);
            case Expression.Binary binary -> {
                divisors(binary.left(), dividing, found, visited);
                divisors(binary.right(), dividing || binary.operator() == Operator.DIVIDE, found, visited);
            }
        }
    }

    /** A catalog KPI, or a base measure as a figure of its own name. */
    KpiDefinition figure(String code) {
        return catalog.find(code).orElseGet(() -> asKpi(catalog.measures().find(code)
                .orElseThrow(() -> new IllegalStateException("No KPI or measure " + code + " in the catalog"))));
    }

    static KpiDefinition asKpi(MeasureDefinition measure) {
        return new KpiDefinition(new KpiCode(measure.code().value()), measure.nameRu(), measure.nameEn(),
                measure.code().value(), measure.unit(), Direction.HIGHER_IS_BETTER, Level.OPERATIONAL, KpiGroup.MARKETING,
                "", "");
    }
}
