package com.kpipulse.domain.kpi;

import com.kpipulse.domain.kpi.formula.FormulaMessageKind;
import com.kpipulse.domain.kpi.formula.FormulaParser;
import com.kpipulse.domain.kpi.formula.FormulaProblem;
import com.kpipulse.domain.kpi.formula.ParseResult;
import com.kpipulse.domain.kpi.formula.ProblemKind;
import com.kpipulse.domain.measure.MeasureCatalog;
import com.kpipulse.domain.measure.MeasureCode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The registry of KPIs: the standard ones from {@code kpi-catalog.tsv} ({@link StandardKpiFile}) plus the custom ones
 * admins define. Every formula in a catalog is valid: names exist, units fit, there is no cycle
 * ({@link KpiCatalogCheck}). Immutable; a change of its custom KPIs gives a new catalog, or the reasons it cannot.
 */
public final class KpiCatalog {

    private static final KpiCatalog STANDARD = loadStandard();

    private final MeasureCatalog measures;
    private final Map<String, KpiDefinition> byCode;
    private final Set<String> customCodes;
    private final KpiFormulaTraits traits;

    private KpiCatalog(MeasureCatalog measures, Map<String, KpiDefinition> byCode, Set<String> customCodes) {
        this.measures = measures;
        this.byCode = byCode;
        this.customCodes = customCodes;
        this.traits = new KpiFormulaTraits(measures, byCode);
    }

    public static KpiCatalog standard() {
        return STANDARD;
    }

    public MeasureCatalog measures() {
        return measures;
    }

    public List<KpiDefinition> all() {
        return List.copyOf(byCode.values());
    }

    public List<KpiDefinition> custom() {
        return byCode.values().stream().filter(kpi -> customCodes.contains(kpi.code().value())).toList();
    }

    public Optional<KpiDefinition> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** For codes that come from stored data: a missing one is a bug, not a user mistake. */
    public KpiDefinition get(KpiCode code) {
        return find(code.value()).orElseThrow(() -> new NoSuchElementException("No KPI " + code + " in the catalog"));
    }

    public boolean isCustom(KpiCode code) {
        return customCodes.contains(code.value());
    }

    /** The base measures a KPI is computed from, through the custom KPIs it names. */
    public Set<MeasureCode> measuresOf(KpiDefinition kpi) {
        return traits.measuresOf(kpi);
    }

    /**
     * True when the KPI adds up over time and channels (revenue, orders, profit): its target for a
     * quarter is the sum of its weekly targets. Ratios, growth rates and snapshots are not additive.
     */
    public boolean isAdditive(KpiDefinition kpi) {
        return traits.isAdditive(kpi);
    }

    /**
     * The base measures a KPI takes at a moment of a period ({@code last()}, {@code first()}), through the KPIs it
     * names: their days cannot be summed in advance, whatever their own aggregation.
     */
    public Set<MeasureCode> measuresAtAMoment(KpiDefinition kpi) {
        return traits.measuresAtAMoment(kpi);
    }

    /** How many periods before the one asked a KPI looks at ({@code prev()}, nested), through the KPIs it names. */
    public int periodsBack(KpiDefinition kpi) {
        return traits.periodsBack(kpi);
    }

    /** The codes of the KPIs whose formulas name {@code code}, in catalog order. */
    public List<String> usersOf(KpiCode code) {
        return traits.usersOf(code);
    }

    /**
     * Everything wrong with a formula typed in a form, checked against this catalog's measures and
     * KPIs (syntax, names, functions, snapshots summed, division by zero, units). Empty when fine.
     */
    public List<FormulaProblem> checkFormula(String formula) {
        return switch (FormulaParser.parse(formula)) {
            case ParseResult.Rejected rejected -> rejected.problems();
            case ParseResult.Parsed parsed -> KpiCatalogCheck.validator(measures, byCode.values())
                    .validate(parsed.expression());
        };
    }

    public CatalogChangeVerdict withCustom(CustomKpiDraft draft) {
        return withCustom(List.of(draft));
    }

    /**
     * Adds custom KPIs, or replaces custom KPIs with the same code, validated like the catalog's
     * own: code, names, syntax, unknown names, units, snapshots summed, division by zero, cycles.
     */
    public CatalogChangeVerdict withCustom(List<CustomKpiDraft> drafts) {
        var problems = new ArrayList<KpiProblem>();
        var definitions = new ArrayList<KpiDefinition>();
        var check = new CustomKpiDraftCheck(measures, code -> byCode.containsKey(code) && !customCodes.contains(code));
        for (CustomKpiDraft draft : drafts) {
            check.check(draft, problems).ifPresent(definitions::add);
        }
        if (!problems.isEmpty()) {
            return new CatalogChangeVerdict.Rejected(problems);
        }
        var next = new LinkedHashMap<>(byCode);
        var nextCustom = new LinkedHashSet<>(customCodes);
        for (KpiDefinition definition : definitions) {
            next.put(definition.code().value(), definition);
            nextCustom.add(definition.code().value());
        }
        return checked(next, nextCustom);
    }

    /** Removes a custom KPI, unless another KPI still refers to it. */
    public CatalogChangeVerdict withoutCustom(KpiCode code) {
        if (!customCodes.contains(code.value())) {
            return new CatalogChangeVerdict.Rejected(List.of(CustomKpiDraftCheck.problem(code.value(),
                    ProblemKind.REDEFINES_CATALOG_KPI, FormulaMessageKind.ONLY_CUSTOM_REMOVED)));
        }
        List<String> users = usersOf(code);
        if (!users.isEmpty()) {
            String named = String.join(", ", users);
            return new CatalogChangeVerdict.Rejected(List.of(CustomKpiDraftCheck.problem(code.value(),
                    ProblemKind.IN_USE, FormulaMessageKind.IN_USE, code.value(), named)));
        }
        var next = new LinkedHashMap<>(byCode);
        next.remove(code.value());
        var nextCustom = new LinkedHashSet<>(customCodes);
        nextCustom.remove(code.value());
        return checked(next, nextCustom);
    }

    private CatalogChangeVerdict checked(Map<String, KpiDefinition> definitions, Set<String> custom) {
        List<KpiProblem> problems = KpiCatalogCheck.problems(measures, definitions.values());
        if (!problems.isEmpty()) {
            return new CatalogChangeVerdict.Rejected(problems);
        }
        return new CatalogChangeVerdict.Accepted(new KpiCatalog(measures,
                Collections.unmodifiableMap(new LinkedHashMap<>(definitions)), Set.copyOf(custom)));
    }

    private static KpiCatalog loadStandard() {
        MeasureCatalog measures = MeasureCatalog.standard();
        Map<String, KpiDefinition> definitions = StandardKpiFile.read();
        List<KpiProblem> problems = KpiCatalogCheck.problems(measures, definitions.values());
        if (!problems.isEmpty()) {
            throw new IllegalStateException(StandardKpiFile.RESOURCE + " is broken:\n" + problems.stream()
                    .map(problem -> problem.message(Locale.ENGLISH)).collect(Collectors.joining("\n")));
        }
        return new KpiCatalog(measures, Collections.unmodifiableMap(definitions), Set.of());
    }
}
