package com.kpipulse.adapters.importing;

import com.kpipulse.domain.input.DecimalInput;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.input.InputProblemKind;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads numbers the way reports write them: {@code 1 234,56} (space, NBSP or narrow NBSP thousands and a decimal
 * comma), {@code 1,234.56}, {@code 1.234,56}, a Unicode minus, a {@code %} suffix, a currency sign ({@code $174.59}).
 * The file's decimal mark decides the one ambiguous case, a single separator followed by exactly three digits.
 * <p>
 * A file is written by anyone, so a cell is bounded before it is read: refused by its length first (a cell may be a
 * megabyte), and a number in scientific notation by its size before it is written out ({@code 1e9999999} would be ten
 * million digits). Reading never makes a number much longer than its cell. {@link #parseStorable} then refuses what
 * the store cannot keep ({@link DecimalInput#checkRange}); presets read values with it.
 */
public final class LocaleNumber {

    /**
     * The longest cell read as a number: the longest plain number ({@link DecimalInput#MAX_CHARACTERS}) with room to
     * spare for thousands separators, a currency sign, a percent sign and spaces.
     */
    public static final int MAX_CHARACTERS = DecimalInput.MAX_CHARACTERS + 16;

    /** The decimal mark a file uses. */
    public enum DecimalMark {
        COMMA(','), POINT('.');

        final char symbol;

        DecimalMark(char symbol) {
            this.symbol = symbol;
        }

        /** The problem of a cell that is no number with this mark. */
        FileProblemKind notANumber() {
            return this == COMMA ? FileProblemKind.NOT_A_NUMBER_COMMA : FileProblemKind.NOT_A_NUMBER_POINT;
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

    /**
     * The cell is not a number this reader can keep; {@code reason} says why, {@code kind} tells a cell that is no
     * number at all ({@link InputProblemKind#NOT_A_NUMBER}) from one that is too long, too large or too small, for
     * callers that word the first case themselves.
     */
    public record Malformed(Message reason, InputProblemKind kind) implements Result {

        public Malformed(Message reason) {
            this(reason, InputProblemKind.NOT_A_NUMBER);
        }

        static Malformed of(InputProblem problem) {
            return new Malformed(problem.toMessage(), problem.kind());
        }
    }

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[x]\\d{3})+");
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d+(?:\\.\\d+)?[eE][+-]?\\d+");
    private static final String CURRENCY_SIGNS = "$€£₽¥₸";
    private static final Pattern PLAIN = Pattern.compile("-?\\d{1,18}");
    private static final Pattern SPACES = Pattern.compile("[\\u00A0\\u202F\\u2009 ']");

    private LocaleNumber() {
    }

    /**
     * Reads a cell as it is written, not yet checked against the store's range (see {@link #parseStorable}): a
     * value has at most as many digits as its cell has characters, give or take the {@link #MAX_CHARACTERS} a
     * scientific exponent may add.
     */
    public static Result parse(String cell, DecimalMark mark) {
        BigDecimal plain = plainInteger(cell);
        if (plain != null) {
            return new Value(plain, false);
        }
        if (cell != null && cell.length() > MAX_CHARACTERS) {
            int length = Cells.strippedLength(cell);
            if (length > MAX_CHARACTERS) {
                return Malformed.of(InputProblem.of(InputProblemKind.NUMBER_TOO_LONG, InputProblem.excerpt(cell),
                        length, MAX_CHARACTERS));
            }
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
        if (SCIENTIFIC.matcher(s).matches()) {
            return scientific(s, negative, percent, cell);
        }
        String digits = normalize(s, mark);
        if (digits == null) {
            return new Malformed(Message.of(mark.notANumber(), InputProblem.excerpt(cell)));
        }
        BigDecimal value = new BigDecimal(digits);
        return new Value(negative ? value.negate() : value, percent);
    }

    /** {@link #parseStorable(String, DecimalMark, BigDecimal)} of a value kept as it is written. */
    public static Result parseStorable(String cell, DecimalMark mark) {
        return parseStorable(cell, mark, BigDecimal.ONE);
    }

    /**
     * Reads a cell as a value to store: {@link #parse read}, multiplied by {@code multiplier} (micros to currency
     * units), and refused when the result is outside what the store keeps ({@link DecimalInput#checkRange}). The
     * range is checked after scaling: a spend in micros has six digits more than the amount it stands for.
     */
    public static Result parseStorable(String cell, DecimalMark mark, BigDecimal multiplier) {
        Result read = parse(cell, mark);
        return read instanceof Value value ? checked(value, cell, multiplier) : read;
    }

    /**
     * A number read elsewhere (a JSON number token, already a {@code BigDecimal} of any size) scaled and checked
     * like a cell; {@code asWritten} is how the input wrote it, quoted in the reason.
     */
    public static Result storable(BigDecimal number, String asWritten, BigDecimal multiplier) {
        if (number.signum() == 0) {
            return checked(new Value(plainZero(number), false), asWritten, multiplier);
        }
        long magnitude = magnitude(number);
        if (magnitude > MAX_CHARACTERS || magnitude < -MAX_CHARACTERS) {
            // so large or small that scaling it could overflow its scale: refused as it is
            return outOfRange(asWritten, magnitude < 0);
        }
        return checked(new Value(number, false), asWritten, multiplier);
    }

    /** {@code value} times {@code multiplier} when it fits the store; {@code value} itself when nothing changes. */
    private static Result checked(Value value, String asWritten, BigDecimal multiplier) {
        boolean unscaled = multiplier == BigDecimal.ONE || multiplier.equals(BigDecimal.ONE);
        BigDecimal scaled = unscaled ? value.number() : value.number().multiply(multiplier);
        Optional<InputProblem> outside = DecimalInput.checkRange(scaled, asWritten);
        if (outside.isPresent()) {
            return Malformed.of(outside.get());
        }
        // most cells are stored as they are read: no second result for them
        return unscaled ? value : new Value(scaled, value.percent());
    }

    /**
     * A number in scientific notation ({@code 1.5E+3}, {@code 2e-4}) without a sign, read into a {@code BigDecimal}
     * (which keeps an exponent as a scale, at no cost) and refused before it is written out when it has more digits
     * before or after the point than any cell could: {@code 1e9999999} is refused here, not expanded to ten million
     * digits.
     */
    private static Result scientific(String s, boolean negative, boolean percent, String cell) {
        BigDecimal value;
        try {
            value = new BigDecimal(s);
        } catch (NumberFormatException e) { // an exponent beyond an int
            return outOfRange(cell, s.indexOf('-') > 0);
        }
        if (value.signum() == 0) {
            return new Value(plainZero(value), percent);
        }
        long magnitude = magnitude(value);
        if (magnitude > MAX_CHARACTERS || magnitude < -MAX_CHARACTERS) {
            return outOfRange(cell, magnitude < 0);
        }
        // the plain form, as new BigDecimal(value.toPlainString()) would give, now that it is short
        BigDecimal plain = value.scale() < 0 ? value.setScale(0) : value;
        return new Value(negative ? plain.negate() : plain, percent);
    }

    /** {@code |value| < 10^magnitude}: the digits before the point, or minus the zeros after it. */
    private static long magnitude(BigDecimal value) {
        return (long) value.precision() - value.scale();
    }

    /** Zero as it is written ({@code 0.00}) unless its exponent would make that long ({@code 0e-99999}). */
    private static BigDecimal plainZero(BigDecimal zero) {
        return zero.scale() >= 0 && zero.scale() <= MAX_CHARACTERS ? zero : BigDecimal.ZERO;
    }

    private static Malformed outOfRange(String asWritten, boolean small) {
        String quoted = InputProblem.excerpt(asWritten.strip());
        return Malformed.of(small
                ? InputProblem.of(InputProblemKind.NUMBER_TOO_SMALL, quoted, DecimalInput.STORED_SCALE)
                : InputProblem.of(InputProblemKind.NUMBER_TOO_LARGE, quoted, DecimalInput.MAX_INTEGER_DIGITS));
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
        if (s.isEmpty() || s.indexOf('x') >= 0) {
            // 'x' stands for a grouping space below: a cell that holds one ("0x100") is no number
            return null;
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
