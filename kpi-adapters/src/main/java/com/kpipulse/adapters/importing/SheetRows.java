package com.kpipulse.adapters.importing;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a worksheet's XML, each as the texts a CSV line of the same table would hold: shared and inline strings
 * as written, numbers plain ({@code 52300.75}, not {@code 5.230075E4}), numbers in a date style as ISO days
 * ({@code 2024-06-03}), booleans {@code TRUE}/{@code FALSE}, error cells as their code ({@code #N/A}, refused later by
 * the cell reader at its row and column), a formula by its cached result. A cell without its reference takes the
 * column after the one before; a row that skips columns ({@code <c r="C5">} first) has empty texts for them, and a
 * row's number is its {@code r}, or the one after the row before.
 * <p>
 * Nothing is made per cell but its text: the tags are scanned as bytes ({@link XmlBytes}), texts that repeat down a
 * column are one {@code String} ({@link RepeatedCells}), and each serial day is turned into its ISO text once. A
 * sheet out of the bounds a spreadsheet has (row numbers going back or past {@value #MAX_ROWS}, columns past
 * {@value #MAX_COLUMNS}) is {@link XmlBytes.Broken broken} there; a cell longer than
 * {@value XlsxPackage#MAX_CELL_CHARS} characters is not kept, and its row says which column held it
 * ({@link #tooLongColumn()}).
 */
final class SheetRows {

    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;
    /** Enough for the distinct days of any report; past it the cache starts again rather than grow. */
    private static final int MAX_DATES = 4096;
    /** Days after 1899-12-30 up to 9999-12-31, the last day a spreadsheet shows. */
    private static final double LAST_SERIAL_DAY = 2_958_466;

    private static final byte[] SHEET_DATA = XlsxPackage.bytes("sheetData");
    private static final byte[] ROW = XlsxPackage.bytes("row");
    private static final byte[] C = XlsxPackage.bytes("c");
    private static final byte[] V = XlsxPackage.bytes("v");
    private static final byte[] IS = XlsxPackage.bytes("is");
    private static final byte[] T = XlsxPackage.bytes("t");
    private static final byte[] R_PH = XlsxPackage.bytes("rPh");
    private static final byte[] R = XlsxPackage.bytes("r");
    private static final byte[] S = XlsxPackage.bytes("s");

    private final XmlBytes xml;
    private final XlsxPackage workbook;
    private final RepeatedCells repeated = new RepeatedCells();
    private final Map<String, String> dates = new HashMap<>();
    private boolean inSheetData;
    private boolean done;
    private long line;
    private List<String> cells;
    private int tooLongColumn = -1;
    private int width = 8;
    private char[] inline = new char[64];
    private int inlineLength;

    SheetRows(XmlBytes xml, XlsxPackage workbook) {
        this.xml = xml;
        this.workbook = workbook;
    }

    /** Reads the next row of the sheet's data; false after its last. */
    boolean next() throws IOException, XmlBytes.Broken {
        if (done) {
            return false;
        }
        int event;
        while ((event = xml.next()) != XmlBytes.EOF) {
            if (event == XmlBytes.END) {
                if (inSheetData && xml.is(SHEET_DATA)) {
                    done = true;
                    return false;
                }
            } else if (!inSheetData) {
                inSheetData = xml.is(SHEET_DATA);
            } else if (xml.is(ROW)) {
                readRow();
                return true;
            }
        }
        throw new XmlBytes.Broken("the sheet ends before its data does", false);
    }

    /** The sheet's number of the row read last. */
    long line() {
        return line;
    }

    /** The row's cells as text, in a list of its own that the caller may extend. */
    List<String> cells() {
        return cells;
    }

    /** The first column (from 0) whose cell was too long to keep, or -1. */
    int tooLongColumn() {
        return tooLongColumn;
    }

    private void readRow() throws IOException, XmlBytes.Broken {
        int r = xml.attributeInt(R);
        long number = r == -1 ? line + 1 : r;
        if (r == -2 || number <= line || number > MAX_ROWS) {
            throw new XmlBytes.Broken("row number out of order", false);
        }
        line = number;
        cells = new ArrayList<>(width);
        tooLongColumn = -1;
        if (xml.selfClosing()) {
            return;
        }
        int column = -1;
        while (true) {
            int event = xml.next();
            if (event == XmlBytes.EOF) {
                throw new XmlBytes.Broken("the sheet ends inside a row", false);
            }
            if (event == XmlBytes.END) {
                if (xml.is(ROW)) {
                    break;
                }
            } else if (xml.is(C)) {
                column = readCell(column);
            }
        }
        width = Math.max(width, cells.size());
    }

    /** Reads one {@code <c>} after the cell in column {@code previous}; returns its column. */
    private int readCell(int previous) throws IOException, XmlBytes.Broken {
        int column = previous + 1;
        int ref = xml.attribute(R);
        if (ref >= 0) {
            column = column(xml.tagBytes(), xml.valueStart(ref), xml.valueEnd(ref));
        }
        if (column <= previous || column >= MAX_COLUMNS) {
            throw new XmlBytes.Broken("cell reference out of order", false);
        }
        int style = xml.attributeInt(S);
        char type = type(xml.attribute(T));
        while (cells.size() < column) {
            cells.add("");
        }
        String text = "";
        if (!xml.selfClosing()) {
            while (true) {
                int event = xml.next();
                if (event == XmlBytes.EOF) {
                    throw new XmlBytes.Broken("the sheet ends inside a cell", false);
                }
                if (event == XmlBytes.END) {
                    if (xml.is(C)) {
                        break;
                    }
                } else if (xml.is(V)) {
                    int length = xml.readText(XlsxPackage.MAX_CELL_CHARS);
                    text = length < 0 ? tooLong(column) : value(type, style, column, xml.text(), length);
                } else if (xml.is(IS)) {
                    text = inlineString(column);
                }
                // a formula (<f>) and anything else a cell may hold is passed over: its text is not read
            }
        }
        cells.add(text);
        return column;
    }

    /** The cell's type: {@code s} shared string, {@code i} inline string, {@code f} formula string, {@code b}, {@code e}, {@code d}, {@code n}. */
    private char type(int attribute) {
        if (attribute < 0) {
            return 'n';
        }
        byte[] tag = xml.tagBytes();
        int from = xml.valueStart(attribute);
        int length = xml.valueEnd(attribute) - from;
        if (length == 1) {
            byte b = tag[from];
            return b == 's' || b == 'b' || b == 'e' || b == 'd' ? (char) b : 'n';
        }
        if (length == 3 && tag[from] == 's' && tag[from + 1] == 't' && tag[from + 2] == 'r') {
            return 'f';
        }
        if (length == 9 && tag[from] == 'i' && tag[from + 1] == 'n') {
            return 'i';
        }
        return 'n';
    }

    /** Column of a reference like {@code AB12} from 0, or -1 when it is none. */
    static int column(byte[] bytes, int from, int to) {
        int column = 0;
        int p = from;
        while (p < to && p - from < 4) {
            int b = bytes[p] | 0x20; // lower case
            if (b < 'a' || b > 'z') {
                break;
            }
            column = column * 26 + (b - 'a' + 1);
            p++;
        }
        if (p == from || p - from > 3) {
            return -1;
        }
        for (int q = p; q < to; q++) {
            if (bytes[q] < '0' || bytes[q] > '9') {
                return -1;
            }
        }
        return column - 1;
    }

    private String tooLong(int column) {
        if (tooLongColumn < 0) {
            tooLongColumn = column;
        }
        return "";
    }

    private String value(char type, int style, int column, char[] chars, int length) throws XmlBytes.Broken {
        return switch (type) {
            case 's' -> {
                String shared = workbook.sharedString(index(chars, length));
                if (shared == null) {
                    throw new XmlBytes.Broken("no such shared string", false);
                }
                yield shared == XlsxPackage.TOO_LONG ? tooLong(column) : shared;
            }
            case 'b' -> length == 1 && chars[0] == '1' ? "TRUE"
                    : length == 1 && chars[0] == '0' ? "FALSE" : repeated.cell(column, chars, 0, length);
            case 'd' -> repeated.cell(column, chars, 0, dayLength(chars, length));
            case 'n' -> number(style, repeated.cell(column, chars, 0, length));
            default -> repeated.cell(column, chars, 0, length); // a formula's text, an error code
        };
    }

    private static int index(char[] chars, int length) {
        if (length == 0 || length > 9) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < length; i++) {
            int d = chars[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /** An ISO date-time cell ({@code t="d"}) read as its day: the text before its {@code T}. */
    private static int dayLength(char[] chars, int length) {
        for (int i = 0; i < length; i++) {
            if (chars[i] == 'T') {
                return i;
            }
        }
        return length;
    }

    /** The text of an inline string ({@code <is>}): its {@code <t>} runs joined, phonetic runs left out. */
    private String inlineString(int column) throws IOException, XmlBytes.Broken {
        inlineLength = 0;
        if (xml.selfClosing()) {
            return "";
        }
        int phonetic = 0;
        boolean tooLong = false;
        while (true) {
            int event = xml.next();
            if (event == XmlBytes.EOF) {
                throw new XmlBytes.Broken("the sheet ends inside a cell", false);
            }
            if (event == XmlBytes.END) {
                if (xml.is(IS)) {
                    break;
                }
                if (xml.is(R_PH)) {
                    phonetic = Math.max(0, phonetic - 1);
                }
            } else if (xml.is(R_PH)) {
                phonetic++;
            } else if (xml.is(T) && phonetic == 0 && !tooLong) {
                int length = xml.readText(XlsxPackage.MAX_CELL_CHARS - inlineLength);
                if (length < 0) {
                    tooLong = true;
                } else {
                    if (inlineLength + length > inline.length) {
                        inline = java.util.Arrays.copyOf(inline, Math.max(inline.length * 2, inlineLength + length));
                    }
                    System.arraycopy(xml.text(), 0, inline, inlineLength, length);
                    inlineLength += length;
                }
            }
        }
        return tooLong ? tooLong(column) : repeated.cell(column, inline, 0, inlineLength);
    }

    /**
     * A number cell as a CSV would hold it: a day for a date style, else plain digits, unless that would be longer
     * than a number cell may be: then the raw value as the workbook wrote it, refused later by its length or size.
     * A value that is no number ({@code NaN}) stays as written, for the number reader to refuse.
     */
    private String number(int style, String raw) {
        if (raw.length() > LocaleNumber.MAX_CHARACTERS) {
            return raw;
        }
        if (workbook.isDateStyle(style)) {
            return date(raw);
        }
        if (isPlain(raw)) {
            return raw; // what toPlainString would give again, without a BigDecimal for it
        }
        BigDecimal value;
        try {
            value = new BigDecimal(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        long magnitude = (long) value.precision() - value.scale();
        return value.signum() != 0 && Math.abs(magnitude) > LocaleNumber.MAX_CHARACTERS ? raw : value.toPlainString();
    }

    private String date(String raw) {
        String known = dates.get(raw);
        if (known != null) {
            return known;
        }
        String text = day(raw);
        if (dates.size() >= MAX_DATES) {
            dates.clear();
        }
        dates.put(raw, text);
        return text;
    }

    /**
     * The ISO day of a serial day number: days since 1899-12-30 (Excel's count, which has a 29 February 1900 that
     * never was, so days before March 1900 count from 1899-12-31), or since 1904-01-01 in a 1904 workbook. The time
     * of day is left out, rounded to the millisecond first as spreadsheets show it. A number no calendar has
     * ({@code 1E+300}, a negative one) stays as written: not a date, said by the date reader.
     */
    private String day(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if ((c < '0' || c > '9') && c != '.' && c != 'E' && c != 'e' && c != '-' && c != '+') {
                return raw;
            }
        }
        double serial;
        try {
            serial = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        if (!(serial >= 0 && serial < LAST_SERIAL_DAY)) {
            return raw;
        }
        long days = (long) Math.floor(serial);
        long millis = Math.round((serial - days) * 86_400_000d);
        if (millis >= 86_400_000L) {
            days++;
        }
        LocalDate day;
        if (workbook.date1904()) {
            day = LocalDate.of(1904, 1, 1).plusDays(days);
        } else {
            day = days < 61 ? LocalDate.of(1899, 12, 31).plusDays(days) : LocalDate.of(1899, 12, 30).plusDays(days);
        }
        return day.getYear() > 9999 ? raw : day.toString();
    }

    /**
     * Whether {@code raw} is a number written the way {@link BigDecimal#toPlainString()} writes it back: an
     * optional minus, digits without a leading zero (or a single zero before a fraction), an optional fraction,
     * no exponent. Such a number is its own plain text.
     */
    static boolean isPlain(String raw) {
        int i = raw.startsWith("-") ? 1 : 0;
        int length = raw.length();
        if (i >= length) {
            return false;
        }
        char first = raw.charAt(i);
        if (first == '0') {
            // "0" and "0.5" are plain; "-0" and "-0.5" are not what BigDecimal writes for them ("0", "-0.5" is)
            if (i == 1 || length > 1 && raw.charAt(1) != '.') {
                return length == 1;
            }
        } else if (first < '1' || first > '9') {
            return false;
        }
        boolean point = false;
        for (int j = i + 1; j < length; j++) {
            char c = raw.charAt(j);
            if (c == '.' && !point && j + 1 < length) {
                point = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
