package com.kpipulse.adapters.importing;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads numbers the way reports write them: {@code 1 234,56} (space, NBSP or narrow NBSP thousands and a decimal
 * comma), {@code 1,234.56}, {@code 1.234,56}, a Unicode minus, a {@code %} suffix, a currency sign ({@code $174.59}).
 * The file's decimal mark decides the one ambiguous case, a single separator followed by exactly three digits.
 */
public final class LocaleNumber {

    /** The decimal mark a file uses. */
    public enum DecimalMark {
        COMMA(','), POINT('.');

        final char symbol;

        DecimalMark(char symbol) {
            this.symbol = symbol;
        }

        String describe() {
            return this == COMMA ? "decimal comma" : "decimal point";
        }
    }

    /** The outcome of reading one cell. */
    public sealed interface Result {
    }

    public record Value(BigDecimal number, boolean percent) implements Result {
    }

    /** The cell is empty or a "no data" token. */
    public record Missing() implements Result {
    }

    public record Malformed(String reason) implements Result {
    }

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[x]\\d{3})+");
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d+(?:\\.\\d+)?[eE][+-]?\\d+");
    private static final String CURRENCY_SIGNS = "$€£₽¥₸";
    private static final Pattern PLAIN = Pattern.compile("-?\\d{1,18}");
    private static final Pattern SPACES = Pattern.compile("[\\u00A0\\u202F\\u2009 ']");

    private LocaleNumber() {
    }

    public static Result parse(String cell, DecimalMark mark) {
        BigDecimal plain = plainInteger(cell);
        if (plain != null) {
            return new Value(plain, false);
        }
        if (Cells.isNull(cell)) {
            return new Missing();
        }
        String s = cell.strip();
        if (PLAIN.matcher(s).matches()) {
            return new Value(BigDecimal.valueOf(Long.parseLong(s)), false);
        }
        boolean negative = false;
        boolean percent = false;
        if (s.endsWith("%")) {
            percent = true;
            s = s.substring(0, s.length() - 1).strip();
        }
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '−' || s.charAt(0) == '–')) {
            negative = true;
            s = s.substring(1).strip();
        }
        if (!s.isEmpty() && CURRENCY_SIGNS.indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1).strip();
        }
        if (!s.isEmpty() && CURRENCY_SIGNS.indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (!negative && !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '−')) {
            negative = true;
            s = s.substring(1).strip();
        }
        String digits = normalize(s, mark);
        if (digits == null) {
            return new Malformed(Cells.quote(cell) + " is not a number: expected digits with an optional "
                    + mark.describe());
        }
        BigDecimal value = new BigDecimal(digits);
        return new Value(negative ? value.negate() : value, percent);
    }

    /**
     * The fast path for the most common cell, a bare integer ({@link #PLAIN} without surrounding spaces), read digit by
     * digit; null for anything else.
     */
    private static BigDecimal plainInteger(String cell) {
        if (cell == null) {
            return null;
        }
        int length = cell.length();
        int start = length > 0 && cell.charAt(0) == '-' ? 1 : 0;
        if (length == start || length - start > 18) {
            return null;
        }
        long n = 0;
        for (int i = start; i < length; i++) {
            char c = cell.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            n = n * 10 + (c - '0');
        }
        return BigDecimal.valueOf(start == 1 ? -n : n);
    }

    /** The plain {@code 1234.56} form, or null when the text is not a number. */
    private static String normalize(String s, DecimalMark mark) {
        if (s.isEmpty()) {
            return null;
        }
        if (SCIENTIFIC.matcher(s).matches()) {
            return new BigDecimal(s).toPlainString();
        }
        // spaces of any kind only ever group thousands
        String compact = SPACES.matcher(s).replaceAll("x");
        for (char c : compact.toCharArray()) {
            if (!Character.isDigit(c) && c != ',' && c != '.' && c != 'x') {
                return null;
            }
            if (Character.isDigit(c) && (c < '0' || c > '9')) {
                return null;
            }
        }
        int commas = count(compact, ',');
        int points = count(compact, '.');
        char decimal;
        if (commas > 0 && points > 0) {
            decimal = compact.lastIndexOf(',') > compact.lastIndexOf('.') ? ',' : '.';
        } else if (commas + points == 0) {
            decimal = 0;
        } else {
            char sep = commas > 0 ? ',' : '.';
            if (count(compact, sep) > 1) {
                decimal = 0;
            } else if (sep == mark.symbol) {
                decimal = sep;
            } else {
                int after = compact.length() - compact.indexOf(sep) - 1;
                boolean looksGrouped = after == 3 && !compact.startsWith("0" + sep) && compact.indexOf('x') < 0;
                decimal = looksGrouped ? 0 : sep;
            }
        }
        String integer = compact;
        String fraction = "";
        if (decimal != 0) {
            int at = compact.lastIndexOf(decimal);
            integer = compact.substring(0, at);
            fraction = compact.substring(at + 1);
            if (fraction.isEmpty() || !fraction.chars().allMatch(Character::isDigit)) {
                return null;
            }
        }
        if (integer.isEmpty()) {
            integer = "0";
        }
        if (!integer.chars().allMatch(Character::isDigit)) {
            String grouped = integer.replace(',', 'x').replace('.', 'x');
            if (count(integer, ',') > 0 && count(integer, '.') > 0 || !GROUPED.matcher(grouped).matches()) {
                return null;
            }
            integer = grouped.replace("x", "");
        }
        return fraction.isEmpty() ? integer : integer + "." + fraction;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
