package com.kpipulse.web.goal;

import com.kpipulse.domain.input.TextInput;
import com.kpipulse.domain.kpi.KpiDefinition;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The wizard's KPI field: people pick a KPI by its name in either language (as the catalog list offers it), or type
 * its code; the field then shows the name, never the code. A typed text is bounded before it is looked up, and
 * letter case, «ё» and extra spaces do not matter. The API keeps taking codes.
 */
public final class KpiField {

    private final List<KpiDefinition> catalog;

    public KpiField(List<KpiDefinition> catalog) {
        this.catalog = List.copyOf(catalog);
    }

    /** The catalog's KPI the text names: by code, by its Russian or English name, or by a catalog list label. */
    public Optional<KpiDefinition> find(String typed) {
        if (typed == null || typed.isBlank() || TextInput.line(typed, TextInput.NAME).isPresent()) {
            return Optional.empty();
        }
        String wanted = normal(typed);
        Optional<KpiDefinition> byCode = catalog.stream().filter(kpi -> kpi.code().value().equals(typed.strip())).findFirst();
        if (byCode.isPresent()) {
            return byCode;
        }
        List<KpiDefinition> named = catalog.stream().filter(kpi -> names(kpi).anyMatch(name -> name.equals(wanted))).toList();
        if (named.size() == 1) {
            return Optional.of(named.getFirst());
        }
        return catalog.stream().filter(kpi -> normal(kpi.code().value()).equals(wanted)).findFirst();
    }

    /** What the field shows for a stored code: the KPI's name in the reader's language, or the code when unknown. */
    public String shown(String code, Locale locale) {
        return catalog.stream().filter(kpi -> kpi.code().value().equals(code)).findFirst()
                .map(kpi -> kpi.name(locale)).orElse(code);
    }

    /** The catalog list's label for a KPI: both names and the code, so typing any of them finds it. */
    public static String label(KpiDefinition kpi) {
        return Stream.of(kpi.nameRu(), kpi.nameEn(), kpi.code().value()).distinct()
                .reduce((first, second) -> first + " · " + second).orElseThrow();
    }

    private static Stream<String> names(KpiDefinition kpi) {
        return Stream.of(kpi.nameRu(), kpi.nameEn(), label(kpi)).map(KpiField::normal);
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").replace('ё', 'е').replace('Ё', 'Е').toLowerCase(Locale.ROOT);
    }
}
