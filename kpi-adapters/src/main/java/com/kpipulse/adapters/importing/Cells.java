package com.kpipulse.adapters.importing;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What the toolkit knows about single cells of a report: "no data" tokens, totals rows, header spelling. */
public final class Cells {

    private static final Set<String> NULL_TOKENS = Set.of("", "--", "—", "–", "-", "(not set)", "(none)", "n/a",
            "н/д", "null");

    /** Every first character a "no data" token can have before it is lower-cased. */
    private static final String NULL_TOKEN_STARTS = "-—–(nNнН";

    /** First cells of totals and footer rows: Metrica, Direct (UI and API), GA4, Google Ads. */
    private static final Pattern TOTALS = Pattern.compile(
            "(итого(\\s+и\\s+средние)?|всего|totals?(\\s+and\\s+averages)?|grand\\s+total|total\\s+rows:?\\s*\\d+"
                    + "|total:.*|total\\s*-.*)[:.]?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Cells() {
    }

    /** True for an empty cell or a token a report writes for "no data". */
    public static boolean isNull(String cell) {
        if (cell == null || cell.isEmpty()) {
            return true;
        }
        // fast path for nearly every cell: no token can start like this one, so no need to strip and lower-case it
        char first = cell.charAt(0);
        if (!Character.isWhitespace(first) && NULL_TOKEN_STARTS.indexOf(first) < 0) {
            return false;
        }
        return NULL_TOKENS.contains(cell.strip().toLowerCase(Locale.ROOT));
    }

    /** The trimmed cell, or null when it is a "no data" token. */
    public static String text(String cell) {
        return isNull(cell) ? null : cell.strip();
    }

    public static boolean isTotalsLabel(String cell) {
        if (cell == null || !cell.isEmpty() && cell.charAt(0) >= '0' && cell.charAt(0) <= '9') {
            // every label starts with a word: a first cell holding a date or a number is data, told without a match
            return false;
        }
        return TOTALS.matcher(cell.strip()).matches();
    }

    /** Header spelling used for matching: lower case, single spaces, no BOM or surrounding quotes. */
    public static String normalizeHeader(String header) {
        String h = header.replace("\uFEFF", "").replace('\u00A0', ' ').strip();
        if (h.length() >= 2 && h.startsWith("\"") && h.endsWith("\"")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * The length of {@code cell} without surrounding whitespace, counted without copying it: a reader calls this on
     * a cell longer than it accepts (maybe a megabyte) to decide, before anything reads the cell, whether the
     * padding is all that makes it long.
     */
    static int strippedLength(String cell) {
        int start = 0;
        int end = cell.length();
        while (start < end && Character.isWhitespace(cell.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(cell.charAt(end - 1))) {
            end--;
        }
        return end - start;
    }
}
