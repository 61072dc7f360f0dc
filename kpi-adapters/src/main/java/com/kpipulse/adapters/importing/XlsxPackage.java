package com.kpipulse.adapters.importing;

import com.kpipulse.domain.text.Message;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The parts of an XLSX package the generic preset needs, read from the upload's temporary copy: which sheet comes
 * first ({@code xl/workbook.xml} and its relationships), which cell styles are dates ({@code xl/styles.xml}), the
 * shared strings, and a stream of the first sheet's XML.
 * <p>
 * A package is as hostile as any upload, so every part is bounded before and while it is inflated: a part whose
 * size in the ZIP's directory is larger than its bound, or more than {@value #MAX_RATIO} times its compressed size
 * (past the first {@value #RATIO_FREE_MB} MB, which any workbook may use), is refused before a byte of it is
 * inflated; a part whose directory lies is stopped at the bound while it is read. The shared strings are held in
 * memory and so are bounded in number and in characters; a string longer than a cell may be is kept as
 * {@link #TOO_LONG}, refused at the cells that use it. No XML part is read with a DTD ({@link XmlBytes}).
 */
final class XlsxPackage implements Closeable {

    /** The first sheet may unpack to this much XML: a 100 MB upload of ordinary rows stays well below it. */
    static final long MAX_SHEET_BYTES = 2L << 30;
    static final long MAX_SHARED_STRINGS_BYTES = 256L << 20;
    /** The workbook, its relationships and styles: kilobytes in any real workbook. */
    static final long MAX_SMALL_PART_BYTES = 16L << 20;
    static final int MAX_RATIO = 200;
    static final int RATIO_FREE_MB = 16;
    private static final long RATIO_FREE_BYTES = (long) RATIO_FREE_MB << 20;

    /** Distinct texts a workbook may share, and their characters together: they are held while the sheet is read. */
    static final int MAX_SHARED_STRINGS = 500_000;
    static final int MAX_SHARED_CHARS = 16 << 20;
    /** The longest text a cell may hold: Excel's own limit. */
    static final int MAX_CELL_CHARS = 32_767;
    /** A shared string longer than a cell may be, refused where a cell uses it. */
    static final String TOO_LONG = new String("\u0000too long");
    /** Cell styles and number formats read: Excel allows 64,000 styles. */
    private static final int MAX_STYLES = 65_536;

    private static final byte[] RELATIONSHIP = bytes("Relationship");
    private static final byte[] ID = bytes("Id");
    private static final byte[] R_ID = bytes("id");
    private static final byte[] TYPE = bytes("Type");
    private static final byte[] TARGET = bytes("Target");
    private static final byte[] TARGET_MODE = bytes("TargetMode");
    private static final byte[] SHEET = bytes("sheet");
    private static final byte[] WORKBOOK_PR = bytes("workbookPr");
    private static final byte[] DATE_1904 = bytes("date1904");
    private static final byte[] NUM_FMT = bytes("numFmt");
    private static final byte[] NUM_FMT_ID = bytes("numFmtId");
    private static final byte[] FORMAT_CODE = bytes("formatCode");
    private static final byte[] CELL_XFS = bytes("cellXfs");
    private static final byte[] XF = bytes("xf");
    private static final byte[] SI = bytes("si");
    private static final byte[] T = bytes("t");
    private static final byte[] R_PH = bytes("rPh");

    private final ZipFile zip;
    private final ZipEntry sheet;
    private final boolean date1904;
    private final boolean[] dateStyles;
    private final String[] sharedStrings;

    private XlsxPackage(ZipFile zip, ZipEntry sheet, boolean date1904, boolean[] dateStyles, String[] sharedStrings) {
        this.zip = zip;
        this.sheet = sheet;
        this.date1904 = date1904;
        this.dateStyles = dateStyles;
        this.sharedStrings = sharedStrings;
    }

    static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }

    /** Opens the package at {@code path}; a file that is no workbook, or a part out of bounds, is refused. */
    static XlsxPackage open(Path path) throws XlsxRefused {
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (IOException | RuntimeException e) {
            throw new XlsxRefused(Message.of(FileProblemKind.NOT_XLSX), e);
        }
        try {
            return read(zip);
        } catch (XlsxRefused e) {
            close(zip);
            throw e;
        } catch (XmlBytes.Broken e) {
            close(zip);
            throw new XlsxRefused(Message.of(e.dtd() ? FileProblemKind.XLSX_DTD : FileProblemKind.NOT_XLSX), e);
        } catch (IOException | RuntimeException e) {
            close(zip);
            throw new XlsxRefused(Message.of(FileProblemKind.NOT_XLSX), e);
        }
    }

    private static void close(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // only reading was done
        }
    }

    private static XlsxPackage read(ZipFile zip) throws IOException, XmlBytes.Broken {
        String workbookPath = officeDocument(zip);
        ZipEntry workbook = entry(zip, workbookPath);
        FirstSheet first = firstSheet(zip, workbook);
        Map<String, Relationship> relationships = relationships(zip, relationshipsOf(workbookPath), workbookPath);
        Relationship sheetRelationship = first.id() == null ? null : relationships.get(first.id());
        ZipEntry sheet = sheetRelationship == null ? null : entry(zip, sheetRelationship.target());
        if (sheet == null) {
            throw new XlsxRefused(Message.of(FileProblemKind.NOT_XLSX));
        }
        bound(sheet, MAX_SHEET_BYTES);
        ZipEntry styles = partOfType(zip, relationships, "/styles");
        ZipEntry strings = partOfType(zip, relationships, "/sharedStrings");
        boolean[] dateStyles = styles == null ? new boolean[0] : dateStyles(zip, styles);
        String[] shared = strings == null ? new String[0] : sharedStrings(zip, strings);
        return new XlsxPackage(zip, sheet, first.date1904(), dateStyles, shared);
    }

    boolean date1904() {
        return date1904;
    }

    /** Whether cell style {@code index} shows its number as a date; false for a style the workbook does not have. */
    boolean isDateStyle(int index) {
        return index >= 0 && index < dateStyles.length && dateStyles[index];
    }

    /** Shared string {@code index}, {@link #TOO_LONG}, or null when the workbook has no such string. */
    String sharedString(int index) {
        return index >= 0 && index < sharedStrings.length ? sharedStrings[index] : null;
    }

    /** The first sheet's XML, inflated within its bounds. */
    InputStream sheet() throws IOException {
        return open(zip, sheet, MAX_SHEET_BYTES);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    // --- bounds ------------------------------------------------------------------------------------------------

    /** Refuses {@code entry} by the sizes the ZIP's directory gives, before anything of it is inflated. */
    private static void bound(ZipEntry entry, long maxBytes) throws XlsxRefused {
        long size = entry.getSize();
        if (size > maxBytes) {
            throw new XlsxRefused(Message.of(FileProblemKind.XLSX_TOO_LARGE, maxBytes >> 20));
        }
        if (size > allowed(entry, maxBytes)) {
            throw new XlsxRefused(Message.of(FileProblemKind.XLSX_TOO_COMPRESSED, MAX_RATIO));
        }
    }

    /** How many bytes {@code entry} may inflate to: its bound, and no more than the ratio allows past the free part. */
    private static long allowed(ZipEntry entry, long maxBytes) {
        long compressed = Math.max(0, entry.getCompressedSize());
        return Math.min(maxBytes, Math.max(RATIO_FREE_BYTES, compressed * MAX_RATIO));
    }

    private static InputStream open(ZipFile zip, ZipEntry entry, long maxBytes) throws IOException {
        bound(entry, maxBytes);
        long allowed = allowed(entry, maxBytes);
        Message reason = allowed == maxBytes ? Message.of(FileProblemKind.XLSX_TOO_LARGE, maxBytes >> 20)
                : Message.of(FileProblemKind.XLSX_TOO_COMPRESSED, MAX_RATIO);
        return new Bounded(zip.getInputStream(entry), allowed, reason);
    }

    /** A part's inflated bytes, stopped with the reason once they pass what the part may hold. */
    private static final class Bounded extends FilterInputStream {

        private final long allowed;
        private final Message reason;
        private long count;

        Bounded(InputStream in, long allowed, Message reason) {
            super(in);
            this.allowed = allowed;
            this.reason = reason;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int n = super.read(bytes, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws XlsxRefused {
            count += n;
            if (count > allowed) {
                throw new XlsxRefused(reason);
            }
        }
    }

    // --- relationships -----------------------------------------------------------------------------------------

    private record Relationship(String type, String target) {
    }

    private record FirstSheet(String id, boolean date1904) {
    }

    private static ZipEntry entry(ZipFile zip, String name) {
        return name == null ? null : zip.getEntry(name);
    }

    /** The workbook part named by the package's relationships, {@code xl/workbook.xml} by default. */
    private static String officeDocument(ZipFile zip) throws IOException, XmlBytes.Broken {
        ZipEntry rels = zip.getEntry("_rels/.rels");
        if (rels != null) {
            for (Relationship r : relationships(zip, "_rels/.rels", "").values()) {
                if (r.type().endsWith("/officeDocument") && zip.getEntry(r.target()) != null) {
                    return r.target();
                }
            }
        }
        return "xl/workbook.xml";
    }

    private static String relationshipsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    private static Map<String, Relationship> relationships(ZipFile zip, String path, String source)
            throws IOException, XmlBytes.Broken {
        ZipEntry entry = zip.getEntry(path);
        Map<String, Relationship> found = new HashMap<>();
        if (entry == null) {
            return found;
        }
        try (InputStream in = open(zip, entry, MAX_SMALL_PART_BYTES)) {
            XmlBytes xml = new XmlBytes(in);
            int event;
            while ((event = xml.next()) != XmlBytes.EOF) {
                if (event == XmlBytes.START && xml.is(RELATIONSHIP) && found.size() < 10_000) {
                    String id = xml.attributeText(ID);
                    String type = xml.attributeText(TYPE);
                    String target = xml.attributeText(TARGET);
                    boolean external = "External".equals(xml.attributeText(TARGET_MODE));
                    if (id != null && type != null && target != null && !external) {
                        found.putIfAbsent(id, new Relationship(type, resolve(source, target)));
                    }
                }
            }
        }
        return found;
    }

    /** A relationship's target as a part name: relative to the source part's folder, or from the package's root. */
    static String resolve(String source, String target) {
        String path = target.startsWith("/") ? target.substring(1)
                : source.substring(0, source.lastIndexOf('/') + 1) + target;
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.removeLast();
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return String.join("/", segments);
    }

    private static ZipEntry partOfType(ZipFile zip, Map<String, Relationship> relationships, String typeEnd) {
        for (Relationship r : relationships.values()) {
            if (r.type().endsWith(typeEnd)) {
                return zip.getEntry(r.target());
            }
        }
        return null;
    }

    /** The relationship id of the first {@code <sheet>} in the workbook, and whether its days count from 1904. */
    private static FirstSheet firstSheet(ZipFile zip, ZipEntry workbook) throws IOException, XmlBytes.Broken {
        if (workbook == null) {
            throw new XlsxRefused(Message.of(FileProblemKind.NOT_XLSX));
        }
        String id = null;
        boolean date1904 = false;
        try (InputStream in = open(zip, workbook, MAX_SMALL_PART_BYTES)) {
            XmlBytes xml = new XmlBytes(in);
            int event;
            while ((event = xml.next()) != XmlBytes.EOF) {
                if (event != XmlBytes.START) {
                    continue;
                }
                if (xml.is(WORKBOOK_PR)) {
                    String value = xml.attributeText(DATE_1904);
                    date1904 = "1".equals(value) || "true".equals(value);
                } else if (xml.is(SHEET) && id == null) {
                    id = xml.attributeText(R_ID);
                }
            }
        }
        return new FirstSheet(id, date1904);
    }

    // --- styles ------------------------------------------------------------------------------------------------

    /** For each cell style ({@code cellXfs}, in order), whether its number format shows a date. */
    private static boolean[] dateStyles(ZipFile zip, ZipEntry styles) throws IOException, XmlBytes.Broken {
        Map<Integer, Boolean> customIsDate = new HashMap<>();
        boolean[] dates = new boolean[64];
        int count = 0;
        try (InputStream in = open(zip, styles, MAX_SMALL_PART_BYTES)) {
            XmlBytes xml = new XmlBytes(in);
            boolean inCellXfs = false;
            int event;
            while ((event = xml.next()) != XmlBytes.EOF) {
                if (event == XmlBytes.END) {
                    if (xml.is(CELL_XFS)) {
                        inCellXfs = false;
                    }
                } else if (xml.is(NUM_FMT)) {
                    int id = xml.attributeInt(NUM_FMT_ID);
                    String code = xml.attributeText(FORMAT_CODE);
                    if (id >= 0 && code != null && customIsDate.size() < MAX_STYLES) {
                        customIsDate.put(id, isDatePattern(code));
                    }
                } else if (xml.is(CELL_XFS)) {
                    inCellXfs = true;
                } else if (inCellXfs && xml.is(XF) && count < MAX_STYLES) {
                    int format = xml.attributeInt(NUM_FMT_ID);
                    if (count == dates.length) {
                        dates = Arrays.copyOf(dates, count * 2);
                    }
                    Boolean custom = customIsDate.get(format);
                    dates[count++] = custom != null ? custom : isBuiltInDate(format);
                }
            }
        }
        return Arrays.copyOf(dates, count);
    }

    private static boolean isBuiltInDate(int format) {
        return format >= 14 && format <= 22 || format >= 45 && format <= 47;
    }

    /** Whether a number format shows a date: it has a day or year once quoted text and [colours] are left out. */
    static boolean isDatePattern(String format) {
        String plain = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        return !plain.equals("general") && plain.matches(".*[dy].*");
    }

    // --- shared strings ----------------------------------------------------------------------------------------

    /** Each {@code <si>}'s text: its {@code <t>} runs joined, phonetic runs ({@code <rPh>}) left out. */
    private static String[] sharedStrings(ZipFile zip, ZipEntry part) throws IOException, XmlBytes.Broken {
        List<String> strings = new ArrayList<>();
        long chars = 0;
        try (InputStream in = open(zip, part, MAX_SHARED_STRINGS_BYTES)) {
            XmlBytes xml = new XmlBytes(in);
            StringBuilder current = null;
            boolean tooLong = false;
            int phonetic = 0;
            int event;
            while ((event = xml.next()) != XmlBytes.EOF) {
                if (event == XmlBytes.START) {
                    if (xml.is(SI)) {
                        current = new StringBuilder();
                        tooLong = false;
                        phonetic = 0;
                    } else if (xml.is(R_PH)) {
                        phonetic++;
                    } else if (xml.is(T) && current != null && phonetic == 0 && !tooLong) {
                        int length = xml.readText(MAX_CELL_CHARS - current.length());
                        if (length < 0) {
                            tooLong = true;
                        } else {
                            current.append(xml.text(), 0, length);
                        }
                    }
                } else if (xml.is(R_PH)) {
                    phonetic = Math.max(0, phonetic - 1);
                } else if (xml.is(SI) && current != null) {
                    if (strings.size() == MAX_SHARED_STRINGS || (chars += current.length()) > MAX_SHARED_CHARS) {
                        throw new XlsxRefused(Message.of(FileProblemKind.XLSX_TOO_MANY_STRINGS, MAX_SHARED_STRINGS,
                                MAX_SHARED_CHARS >> 20));
                    }
                    strings.add(tooLong ? TOO_LONG : current.toString());
                    current = null;
                }
            }
        }
        return strings.toArray(String[]::new);
    }
}
