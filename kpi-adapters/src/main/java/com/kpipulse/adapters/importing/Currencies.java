package com.kpipulse.adapters.importing;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Currency codes as reports spell them: in a header ("Расход (руб.)", "Amount spent (USD)") or a cell. */
public final class Currencies {

    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("руб", "RUB"), Map.entry("руб.", "RUB"), Map.entry("р.", "RUB"), Map.entry("₽", "RUB"),
            Map.entry("rub", "RUB"), Map.entry("rur", "RUB"), Map.entry("$", "USD"), Map.entry("usd", "USD"),
            Map.entry("€", "EUR"), Map.entry("eur", "EUR"), Map.entry("тенге", "KZT"), Map.entry("kzt", "KZT"),
            Map.entry("₸", "KZT"), Map.entry("byn", "BYN"), Map.entry("uah", "UAH"), Map.entry("gbp", "GBP"),
            Map.entry("£", "GBP"), Map.entry("try", "TRY"), Map.entry("cny", "CNY"), Map.entry("brl", "BRL"));

    private static final Pattern IN_HEADER = Pattern.compile("[(,]\\s*([^()]+?)\\s*\\)?\\s*$");

    private Currencies() {
    }

    /** The ISO code for a spelling such as "руб.", "RUB" or "$". */
    public static Optional<String> of(String spelling) {
        if (spelling == null) {
            return Optional.empty();
        }
        String s = spelling.strip().toLowerCase(Locale.ROOT);
        if (SPELLINGS.containsKey(s)) {
            return Optional.of(SPELLINGS.get(s));
        }
        return s.matches("[a-z]{3}") ? Optional.of(s.toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    /** The currency named at the end of a header: "Расход (руб.)" → RUB, "Amount spent (USD)" → USD. */
    public static Optional<String> fromHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = IN_HEADER.matcher(header.strip());
        return m.find() ? of(m.group(1)) : Optional.empty();
    }
}
