package com.kpipulse.web.measure;

/**
 * CSV cells that a spreadsheet opens as text, never as a formula: a user-supplied text starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return (e.g. a campaign named {@code =HYPERLINK(...)}) gets a
 * leading apostrophe. Stored data stays exactly as imported; only the export is neutralised.
 */
public final class SpreadsheetCsv {

    private SpreadsheetCsv() {
    }

    /** A text cell, neutralised and quoted as CSV needs. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = startsLikeAFormula(value) ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0 || safe.indexOf(';') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static boolean startsLikeAFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
