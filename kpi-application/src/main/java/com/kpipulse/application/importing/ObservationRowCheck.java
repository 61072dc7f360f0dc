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
        Optional<MeasureDefinition> found = measure(row);
        if (found.isEmpty()) {
            return Optional.of(new Failure("measure", "unknown measure «" + row.measure()
                    + "»: expected a base measure code such as ad_spend, visits, revenue, leads"));
        }
        MeasureDefinition measure = found.get();
        String code = measure.code().value();
        if (row.grain() != Grain.DAY && row.grain() != Grain.WEEK && row.grain() != Grain.MONTH) {
            return Optional.of(new Failure("grain", code + ": grain " + row.grain()
                    + " cannot be stored; expected DAY, WEEK or MONTH"));
        }
        if (row.grain() == Grain.WEEK && row.periodStart().getDayOfWeek() != DayOfWeek.MONDAY) {
            return Optional.of(new Failure("periodStart", code + ": a week must start on a Monday, "
                    + row.periodStart() + " is a " + row.periodStart().getDayOfWeek()));
        }
        if (row.grain() == Grain.MONTH && row.periodStart().getDayOfMonth() != 1) {
            return Optional.of(new Failure("periodStart", code + ": a month must start on its first day, not "
                    + row.periodStart()));
        }
        if (row.value().signum() < 0) {
            return Optional.of(new Failure("value", code + ": value " + row.value().toPlainString()
                    + " is negative; " + measure.nameEn().toLowerCase(Locale.ROOT) + " cannot be below zero"));
        }
        if (measure.isMoney() && (row.currency() == null || !row.currency().matches("[A-Z]{3}"))) {
            return Optional.of(new Failure("currency", code + " is money and needs a currency (ISO code such as RUB,"
                    + " USD), got " + (row.currency() == null ? "none" : "«" + row.currency() + "»")));
        }
        return Optional.empty();
    }
}
