package com.kpipulse.application.importing;

import com.kpipulse.domain.measure.MeasureCatalog;
import com.kpipulse.domain.measure.MeasureDefinition;
import com.kpipulse.domain.period.Grain;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Optional;

/** The rules every value must pass before it is stored, whether it comes from a file, an API pull or a form. */
final class ObservationRowCheck {

    /** What is wrong with a value, and which field of it. */
    record Failure(String field, String message) {
    }

    private final MeasureCatalog measures;

    ObservationRowCheck(MeasureCatalog measures) {
        this.measures = measures;
    }

    Optional<MeasureDefinition> measure(ObservationRow row) {
        return measures.find(row.measure());
    }

    Optional<Failure> check(ObservationRow row) {
        return Optional.ofNullable(failure(row, measure(row).orElse(null)));
    }

    /**
     * What is wrong with {@code row} whose measure the catalog defines as {@code measure} (null: not in the catalog),
     * or null when nothing is. A file's rows come here one by one, so the check allocates nothing when a row passes.
     */
    Failure failure(ObservationRow row, MeasureDefinition measure) {
        if (measure == null) {
            return new Failure("measure", "unknown measure «" + row.measure()
                    + "»: expected a base measure code such as ad_spend, visits, revenue, leads");
        }
        String code = measure.code().value();
        if (row.grain() != Grain.DAY && row.grain() != Grain.WEEK && row.grain() != Grain.MONTH) {
            return new Failure("grain", code + ": grain " + row.grain()
                    + " cannot be stored; expected DAY, WEEK or MONTH");
        }
        if (row.grain() == Grain.WEEK && row.periodStart().getDayOfWeek() != DayOfWeek.MONDAY) {
            return new Failure("periodStart", code + ": a week must start on a Monday, "
                    + row.periodStart() + " is a " + row.periodStart().getDayOfWeek());
        }
        if (row.grain() == Grain.MONTH && row.periodStart().getDayOfMonth() != 1) {
            return new Failure("periodStart", code + ": a month must start on its first day, not "
                    + row.periodStart());
        }
        if (row.value().signum() < 0) {
            return new Failure("value", code + ": value " + row.value().toPlainString()
                    + " is negative; " + measure.nameEn().toLowerCase(Locale.ROOT) + " cannot be below zero");
        }
        if (measure.isMoney() && !isCurrencyCode(row.currency())) {
            return new Failure("currency", code + " is money and needs a currency (ISO code such as RUB,"
                    + " USD), got " + (row.currency() == null ? "none" : "«" + row.currency() + "»"));
        }
        return null;
    }

    /** Three capital Latin letters, as ISO 4217 writes a currency. */
    private static boolean isCurrencyCode(String currency) {
        if (currency == null || currency.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            if (currency.charAt(i) < 'A' || currency.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }
}
