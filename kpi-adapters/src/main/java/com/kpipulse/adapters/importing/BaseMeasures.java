package com.kpipulse.adapters.importing;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.measure.Aggregation;
import com.kpipulse.domain.measure.MeasureCatalog;
import com.kpipulse.domain.measure.MeasureDefinition;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the importers need to know about a base measure, read from the domain's {@link MeasureCatalog}: whether the
 * code exists, whether it is money, whether it may be negative, and whether two values for the same key in one file
 * may be added.
 */
public final class BaseMeasures {

    /** The only measures a source may report below zero: a loss is a negative profit. */
    private static final Set<String> SIGNED = Set.of("gross_profit");

    private BaseMeasures() {
    }

    public static Optional<MeasureDefinition> find(String code) {
        return code == null ? Optional.empty() : MeasureCatalog.standard().find(code);
    }

    /** The measure's name in both languages, for a message; the code itself when the catalog has no such measure. */
    public static Object name(String code) {
        return find(code).<Object>map(m -> LocalizedText.of(m.nameRu(), m.nameEn())).orElse(code);
    }

    public static boolean isMoney(String code) {
        return find(code).map(MeasureDefinition::isMoney).orElse(false);
    }

    public static boolean mayBeNegative(String code) {
        return SIGNED.contains(code);
    }

    /**
     * Whether rows of one file that differ only in a breakdown the import drops may be summed. Only plainly additive
     * measures: a file cannot tell whether two unique-visitor or snapshot values are different series or a repeat.
     */
    public static boolean isAdditive(String code) {
        return find(code).map(m -> m.aggregation() == Aggregation.ADDITIVE).orElse(false);
    }

    public static Set<String> codes() {
        return MeasureCatalog.standard().all().stream().map(m -> m.code().value())
                .collect(Collectors.toUnmodifiableSet());
    }
}
