package com.kpipulse.application.importing;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * What a preset reads: the raw bytes of one file or API payload, the name it came under, and for the generic preset
 * the user's column mapping (column header → measure code or dimension name such as {@code date}, {@code channel},
 * {@code campaign}, {@code source}), plus options such as {@code currency} or {@code grain}, and what the company's
 * settings and clock say for this import.
 */
public record ImportInput(String fileName, InputStream content, Map<String, String> mapping, Map<String, String> options,
                          Company company) {

    /**
     * The company's side of an import, read once per import.
     *
     * @param today    the application's clock in the company's time zone: a value may be about a day up to a year
     *                 after it
     * @param currency the company's currency, for money a file names no currency of (and no option either)
     * @param zone     the company's time zone, for timestamps (amoCRM) unless option {@code timezone} names another
     */
    public record Company(LocalDate today, String currency, ZoneId zone) {
        public Company {
            Objects.requireNonNull(today, "today");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(zone, "zone");
        }
    }

    public ImportInput {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(company, "company");
        mapping = Map.copyOf(mapping == null ? Map.of() : mapping);
        options = Map.copyOf(options == null ? Map.of() : options);
    }

    public static ImportInput of(String fileName, InputStream content, Company company) {
        return new ImportInput(fileName, content, Map.of(), Map.of(), company);
    }

    /** The currency of money the file names none of: option {@code currency} when given, else the company's. */
    public String currency() {
        return options.getOrDefault("currency", company.currency());
    }
}
