package com.kpipulse.web.importing;

import com.kpipulse.application.importing.ImportReport;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.domain.measure.MeasureCatalog;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.text.Message;
import com.kpipulse.web.text.Formats;
import com.kpipulse.web.text.Names;
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

    /** What is wrong or worth a word, said in the reader's language. */
    static String said(Message message, @TemplateAttribute("locale") Object locale) {
        return message.in(of(locale));
    }

    /** The measure of a value by its name in the reader's language («Расходы на рекламу»); an unknown code as it is. */
    static String measureName(ObservationRow row, @TemplateAttribute("locale") Object locale) {
        return MeasureCatalog.standard().find(row.measure()).map(measure -> measure.name(of(locale)))
                .orElse(row.measure());
    }

    /** The channel of a value by its name in the catalog («VK Реклама»); none as a dash. */
    static String channelName(ObservationRow row, @TemplateAttribute("locale") Object locale) {
        return row.channel() == null ? "—" : Names.channel(row.channel(), of(locale));
    }

    /** The measure a mapped column goes to, by its name; empty for a dimension (date, channel, …) or no measure. */
    static String targetName(ImportPreview.MappingLine line, @TemplateAttribute("locale") Object locale) {
        return MeasureCatalog.standard().find(line.target()).map(measure -> measure.name(of(locale))).orElse("");
    }

    /**
     * The period of a value as people say it: a day as a date, a week with its number, days and year («неделя 2,
     * 6–12 января 2025»), a month by its name.
     */
    static String periodLabel(ObservationRow row, @TemplateAttribute("locale") Object locale) {
        return Period.of(row.grain(), row.periodStart()).label(of(locale));
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
