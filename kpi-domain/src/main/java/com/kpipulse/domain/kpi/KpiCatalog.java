package com.kpipulse.domain.kpi;

import com.kpipulse.domain.kpi.formula.Expression;
import com.kpipulse.domain.kpi.formula.FormulaFunction;
import com.kpipulse.domain.kpi.formula.FormulaParser;
import com.kpipulse.domain.kpi.formula.FormulaProblem;
import com.kpipulse.domain.kpi.formula.FormulaValidator;
import com.kpipulse.domain.kpi.formula.ParseResult;
import com.kpipulse.domain.kpi.formula.ProblemKind;
import com.kpipulse.domain.kpi.formula.ValueKind;
import com.kpipulse.domain.measure.Aggregation;
import com.kpipulse.domain.measure.MeasureCatalog;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.Unit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
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
 * The registry of KPIs: the standard ones from {@code kpi-catalog.tsv} (adding a KPI is adding a
 * line) plus the custom ones admins define. Every formula in a catalog is valid: names exist,
 * units fit, there is no cycle. Immutable; adding custom KPIs returns a new catalog.
 */
public final class KpiCatalog {

    private static final String RESOURCE = "kpi-catalog.tsv";
    private static final int COLUMNS = 10;
    private static final KpiCatalog STANDARD = loadStandard();

    private final MeasureCatalog measures;
    private final Map<String, KpiDefinition> byCode;
    private final Set<String> customCodes;

    private KpiCatalog(MeasureCatalog measures, Map<String, KpiDefinition> byCode, Set<String> customCodes) {
        this.measures = measures;
        this.byCode = byCode;
        this.customCodes = customCodes;
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
        Set<MeasureCode> found = new java.util.TreeSet<>(java.util.Comparator.comparing(MeasureCode::value));
        collectMeasures(kpi.expression(), found, new HashSet<>());
        return found;
    }

    private void collectMeasures(Expression expression, Set<MeasureCode> found, Set<String> visited) {
        switch (expression) {
            case Expression.Constant constant -> { }
            case Expression.Reference reference -> {
                if (measures.find(reference.name()).isPresent()) {
                    found.add(new MeasureCode(reference.name()));
                } else if (visited.add(reference.name())) {
                    find(reference.name()).ifPresent(other -> collectMeasures(other.expression(), found, visited));
                }
            }
            case Expression.Negation negation -> collectMeasures(negation.operand(), found, visited);
            case Expression.Binary binary -> {
                collectMeasures(binary.left(), found, visited);
                collectMeasures(binary.right(), found, visited);
            }
            case Expression.Call call -> collectMeasures(call.argument(), found, visited);
        }
    }

    /**
     * True when the KPI adds up over time and channels (revenue, orders, profit): its target for a
     * quarter is the sum of its weekly targets. Ratios, growth rates and snapshots are not additive.
     */
    public boolean isAdditive(KpiDefinition kpi) {
        return additive(kpi.expression());
    }

    /**
     * Everything wrong with a formula typed in a form, checked against this catalog's measures and
     * KPIs (syntax, names, functions, snapshots summed, division by zero, units). Empty when fine.
     */
    public List<FormulaProblem> checkFormula(String formula) {
        return switch (FormulaParser.parse(formula)) {
            case ParseResult.Rejected rejected -> rejected.problems();
            case ParseResult.Parsed parsed -> new FormulaValidator(measures, kinds(byCode.values())).validate(parsed.expression());
        };
    }

    public KpiCatalogChange withCustom(CustomKpiDraft draft) {
        return withCustom(List.of(draft));
    }

    /**
     * Adds custom KPIs, or replaces custom KPIs with the same code, validated like the catalog's
     * own: code, names, syntax, unknown names, units, snapshots summed, division by zero, cycles.
     */
    public KpiCatalogChange withCustom(List<CustomKpiDraft> drafts) {
        var problems = new ArrayList<KpiProblem>();
        var definitions = new ArrayList<KpiDefinition>();
        var seen = new HashSet<String>();
        for (CustomKpiDraft draft : drafts) {
            checkDraft(draft, seen, problems).ifPresent(definitions::add);
        }
        if (!problems.isEmpty()) {
            return new KpiCatalogChange.Rejected(problems);
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
    public KpiCatalogChange withoutCustom(KpiCode code) {
        if (!customCodes.contains(code.value())) {
            return new KpiCatalogChange.Rejected(List.of(new KpiProblem(code.value(), FormulaProblem.at(
                    ProblemKind.REDEFINES_CATALOG_KPI, 0,
                    "Удалять можно только свои показатели", "Only custom KPIs can be removed"))));
        }
        List<String> users = usersOf(code);
        if (!users.isEmpty()) {
            String named = String.join(", ", users);
            return new KpiCatalogChange.Rejected(List.of(problem(code.value(), ProblemKind.IN_USE,
                    "«%s» нельзя удалить: его используют показатели %s — сначала измените их формулы"
                            .formatted(code.value(), named),
                    "«%s» cannot be removed: the KPIs %s use it — change their formulas first"
                            .formatted(code.value(), named))));
        }
        var next = new LinkedHashMap<>(byCode);
        next.remove(code.value());
        var nextCustom = new LinkedHashSet<>(customCodes);
        nextCustom.remove(code.value());
        return checked(next, nextCustom);
    }

    /** The codes of the KPIs whose formulas name {@code code}, in catalog order. */
    public List<String> usersOf(KpiCode code) {
        return byCode.values().stream()
                .filter(kpi -> !kpi.code().equals(code) && FormulaValidator.references(kpi.expression())
                        .anyMatch(reference -> reference.name().equals(code.value())))
                .map(kpi -> kpi.code().value()).toList();
    }

    private KpiCatalogChange checked(Map<String, KpiDefinition> definitions, Set<String> custom) {
        List<KpiProblem> problems = check(measures, definitions.values());
        if (!problems.isEmpty()) {
            return new KpiCatalogChange.Rejected(problems);
        }
        return new KpiCatalogChange.Accepted(new KpiCatalog(measures,
                Collections.unmodifiableMap(new LinkedHashMap<>(definitions)), Set.copyOf(custom)));
    }

    private Optional<KpiDefinition> checkDraft(CustomKpiDraft draft, Set<String> seen, List<KpiProblem> problems) {
        String code = draft.code() == null ? "" : draft.code().trim();
        int before = problems.size();
        if (!KpiCode.isValid(code)) {
            problems.add(problem(code, ProblemKind.INVALID_CODE,
                    "Код «%s» должен быть из строчных латинских букв, цифр и _, например profit_per_lead".formatted(code),
                    "Code '%s' must use lower-case latin letters, digits and _, e.g. profit_per_lead".formatted(code)));
        } else if (byCode.containsKey(code) && !customCodes.contains(code)) {
            problems.add(problem(code, ProblemKind.REDEFINES_CATALOG_KPI,
                    "«%s» — показатель из каталога; выберите другой код".formatted(code),
                    "'%s' is a catalog KPI; choose another code".formatted(code)));
        } else if (measures.find(code).isPresent()) {
            problems.add(problem(code, ProblemKind.DUPLICATE_CODE,
                    "«%s» уже занят базовым показателем; выберите другой код".formatted(code),
                    "'%s' is already a base measure; choose another code".formatted(code)));
        } else if (!seen.add(code)) {
            problems.add(problem(code, ProblemKind.DUPLICATE_CODE,
                    "Код «%s» указан дважды".formatted(code), "Code '%s' is given twice".formatted(code)));
        }
        if (isBlank(draft.nameRu()) || isBlank(draft.nameEn())) {
            problems.add(problem(code, ProblemKind.MISSING_NAME,
                    "Нужны названия на русском и английском", "Names in Russian and English are required"));
        }
        if (draft.unit() == null || draft.direction() == null || draft.level() == null || draft.group() == null) {
            problems.add(problem(code, ProblemKind.MISSING_NAME,
                    "Укажите единицу, направление, уровень и группу", "Choose a unit, a direction, a level and a group"));
        }
        ParseResult parsed = FormulaParser.parse(draft.formula());
        if (parsed instanceof ParseResult.Rejected rejected) {
            rejected.problems().forEach(formulaProblem -> problems.add(new KpiProblem(code, formulaProblem)));
        }
        if (problems.size() > before || !(parsed instanceof ParseResult.Parsed ok)) {
            return Optional.empty();
        }
        return Optional.of(new KpiDefinition(new KpiCode(code), draft.nameRu().trim(), draft.nameEn().trim(),
                draft.formula(), draft.unit(), draft.direction(), draft.level(), draft.group(),
                draft.explanationRu(), draft.explanationEn(), ok.expression()));
    }

    /** Every problem in a set of definitions that refer to each other. */
    static List<KpiProblem> check(MeasureCatalog measures, Collection<KpiDefinition> kpis) {
        var validator = new FormulaValidator(measures, kinds(kpis));
        var problems = new ArrayList<KpiProblem>();
        for (KpiDefinition kpi : kpis) {
            String code = kpi.code().value();
            boolean measureAsKpi = namesOnly(kpi.expression(), code);
            if (measures.find(code).isPresent() && !measureAsKpi) {
                problems.add(problem(code, ProblemKind.DUPLICATE_CODE,
                        "«%s» — код базового показателя; KPI с таким кодом должен быть равен ему".formatted(code),
                        "'%s' is a base measure code; a KPI with that code must be exactly that measure".formatted(code)));
            }
            List<FormulaProblem> formulaProblems = validator.validate(kpi.expression());
            formulaProblems.forEach(formulaProblem -> problems.add(new KpiProblem(code, formulaProblem)));
            if (formulaProblems.isEmpty()) {
                unitMismatch(kpi, validator.kindOf(kpi.expression())).ifPresent(problems::add);
            }
        }
        problems.addAll(cycles(kpis, validator));
        return List.copyOf(problems);
    }

    private static Map<String, ValueKind> kinds(Collection<KpiDefinition> kpis) {
        return kpis.stream().collect(Collectors.toMap(kpi -> kpi.code().value(),
                kpi -> kpi.unit() == Unit.MONEY ? ValueKind.MONEY : ValueKind.QUANTITY));
    }

    /** {@code revenue} or {@code last(receivables)}: a KPI that is its measure, under the measure's code. */
    private static boolean namesOnly(Expression expression, String code) {
        return switch (expression) {
            case Expression.Reference reference -> reference.name().equals(code);
            case Expression.Call call -> call.function() != FormulaFunction.PREV && namesOnly(call.argument(), code);
            default -> false;
        };
    }

    private static Optional<KpiProblem> unitMismatch(KpiDefinition kpi, ValueKind kind) {
        if (kpi.unit() == Unit.MONEY && kind != ValueKind.MONEY) {
            return Optional.of(problem(kpi.code().value(), ProblemKind.UNIT_MISMATCH,
                    "Единица — деньги, но формула «%s» даёт не денежную величину".formatted(kpi.formula()),
                    "The unit is money but the formula '%s' does not give an amount of money".formatted(kpi.formula())));
        }
        if (kpi.unit() != Unit.MONEY && kind == ValueKind.MONEY) {
            return Optional.of(problem(kpi.code().value(), ProblemKind.UNIT_MISMATCH,
                    "Формула «%s» даёт деньги, а единица указана %s".formatted(kpi.formula(), kpi.unit()),
                    "The formula '%s' gives money but the unit is %s".formatted(kpi.formula(), kpi.unit())));
        }
        return Optional.empty();
    }

    private static List<KpiProblem> cycles(Collection<KpiDefinition> kpis, FormulaValidator validator) {
        Map<String, Set<String>> edges = new HashMap<>();
        kpis.forEach(kpi -> edges.put(kpi.code().value(), validator.kpiReferences(kpi.expression())));
        var problems = new ArrayList<KpiProblem>();
        for (KpiDefinition kpi : kpis) {
            String code = kpi.code().value();
            findPath(code, code, edges, new ArrayList<>(List.of(code)), new HashSet<>()).ifPresent(path -> {
                String chain = String.join(" → ", path);
                int position = FormulaValidator.references(kpi.expression())
                        .filter(reference -> reference.name().equals(path.get(1)))
                        .mapToInt(Expression::position).findFirst().orElse(0);
                problems.add(new KpiProblem(code, FormulaProblem.at(ProblemKind.CYCLE, position,
                        "Показатели ссылаются друг на друга по кругу: %s".formatted(chain),
                        "KPIs refer to each other in a circle: %s".formatted(chain))));
            });
        }
        return problems;
    }

    private static Optional<List<String>> findPath(String from, String target, Map<String, Set<String>> edges,
                                                   List<String> path, Set<String> visited) {
        for (String next : edges.getOrDefault(from, Set.of())) {
            if (next.equals(target)) {
                var cycle = new ArrayList<>(path);
                cycle.add(target);
                return Optional.of(cycle);
            }
            if (visited.add(next)) {
                path.add(next);
                Optional<List<String>> found = findPath(next, target, edges, path, visited);
                if (found.isPresent()) {
                    return found;
                }
                path.removeLast();
            }
        }
        return Optional.empty();
    }

    private boolean additive(Expression expression) {
        return switch (expression) {
            case Expression.Constant constant -> false;
            case Expression.Reference reference -> measures.find(reference.name())
                    .map(measure -> measure.aggregation() == Aggregation.ADDITIVE)
                    .orElseGet(() -> find(reference.name()).map(this::isAdditive).orElse(false));
            case Expression.Negation negation -> additive(negation.operand());
            case Expression.Call call -> call.function() == FormulaFunction.SUM;
            case Expression.Binary binary -> switch (binary.operator()) {
                case ADD, SUBTRACT -> additive(binary.left()) && additive(binary.right());
                case MULTIPLY -> (additive(binary.left()) && FormulaValidator.constantValue(binary.right()).isPresent())
                        || (additive(binary.right()) && FormulaValidator.constantValue(binary.left()).isPresent());
                case DIVIDE -> additive(binary.left()) && FormulaValidator.constantValue(binary.right()).isPresent();
            };
        };
    }

    private static KpiProblem problem(String code, ProblemKind kind, String ru, String en) {
        return new KpiProblem(code, FormulaProblem.at(kind, 0, ru, en));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static KpiCatalog loadStandard() {
        MeasureCatalog measures = MeasureCatalog.standard();
        var definitions = new LinkedHashMap<String, KpiDefinition>();
        try (InputStream in = KpiCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                KpiDefinition kpi = parseLine(line, lineNumber);
                if (definitions.putIfAbsent(kpi.code().value(), kpi) != null) {
                    throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": KPI " + kpi.code() + " is defined twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<KpiProblem> problems = check(measures, definitions.values());
        if (!problems.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " is broken:\n" + problems.stream()
                    .map(problem -> problem.message(Locale.ENGLISH)).collect(Collectors.joining("\n")));
        }
        return new KpiCatalog(measures, Collections.unmodifiableMap(definitions), Set.of());
    }

    private static KpiDefinition parseLine(String line, int lineNumber) {
        String[] cells = line.split("\t", -1);
        if (cells.length != COLUMNS) {
            throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": expected " + COLUMNS
                    + " tab-separated cells, got " + cells.length);
        }
        try {
            return new KpiDefinition(new KpiCode(cells[0].trim()), cells[1].trim(), cells[2].trim(), cells[3].trim(),
                    Unit.valueOf(cells[4].trim()), Direction.valueOf(cells[5].trim()), Level.valueOf(cells[6].trim()),
                    KpiGroup.valueOf(cells[7].trim()), cells[8].trim(), cells[9].trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": " + e.getMessage(), e);
        }
    }
}
