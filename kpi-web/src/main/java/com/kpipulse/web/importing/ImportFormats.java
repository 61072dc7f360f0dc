package com.kpipulse.web.importing;

import com.kpipulse.application.importing.ImportReport;
import com.kpipulse.application.importing.ObservationRow;
import com.kpipulse.web.layout.Formats;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;

/** Numbers, money, dates and periods of the import screens in the user's locale (set by {@code ui.page}). */
@TemplateExtension
public class ImportFormats {

    private ImportFormats() {
    }

    static String day(LocalDate date, @TemplateAttribute("locale") Object locale) {
        return date == null ? "—" : Formats.date(date, of(locale));
    }

    static String count(long number, @TemplateAttribute("locale") Object locale) {
        return Formats.number(BigDecimal.valueOf(number), 0, of(locale));
    }

    static String period(ImportReport report, @TemplateAttribute("locale") Object locale) {
        if (report.from() == null) {
            return "—";
        }
        String from = day(report.from(), locale);
        return report.from().equals(report.to()) ? from : from + " – " + day(report.to(), locale);
    }

    /** The value as stored: money with its currency, other measures as plain numbers. */
    static String shown(ObservationRow row, @TemplateAttribute("locale") Object locale) {
        Locale l = of(locale);
        if (row.currency() != null && !row.currency().isBlank()) {
            try {
                return Formats.money(row.value(), Currency.getInstance(row.currency()), l);
            } catch (IllegalArgumentException unknownCurrency) {
                return Formats.number(row.value(), 6, l) + " " + row.currency();
            }
        }
        return Formats.number(row.value(), 6, l);
    }

    static Locale of(Object locale) {
        return Formats.localeOf(locale);
    }
}
