package com.kpipulse.adapters.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A pull scanner over the UTF-8 bytes of one XML part of a workbook: start and end tags with their local names and
 * attributes, and the text of an element when its reader asks for it. It is no general XML parser, only what the
 * parts of an XLSX package need, so that reading a sheet costs a pass over its bytes and no object per tag or cell:
 * a tag is parsed where it stands in the read buffer and its attributes are offsets into it (valid until the next call
 * that reads on); text is decoded into one reused {@code char[]}.
 * <p>
 * Nothing outside the bytes is ever read: a document type declaration ({@code <!DOCTYPE}, {@code <!ENTITY}, …) is
 * refused where it stands ({@link Broken#dtd()}), and only the five entities XML predefines and character references
 * are known, so no entity can expand or reach a file or the network. Text between tags that no reader asked for
 * (indentation, a formula) is passed over without being decoded.
 */
final class XmlBytes {

    static final int EOF = 0;
    static final int START = 1;
    static final int END = 2;

    /** Twice the longest tag: a tag is always read whole into it. */
    private static final int BUFFER_BYTES = 128 * 1024;
    /** The longest tag with its attributes: a workbook's longest tags are a few hundred bytes. */
    static final int MAX_TAG_BYTES = 64 * 1024;
    private static final int MAX_ATTRIBUTES = 64;

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private int limit;
    private boolean endOfInput;
    /** Whether the {@code <} of the next tag was read by {@link #readText}. */
    private boolean opened;

    private int nameStart;
    private int nameEnd;
    private boolean selfClosing;
    private boolean pendingEnd;
    private int attributes;
    /** For each attribute: start and end of its local name, start and end of its raw value, in the buffer. */
    private final int[] offsets = new int[MAX_ATTRIBUTES * 4];

    private char[] text = new char[256];
    private int textLength;

    XmlBytes(InputStream in) {
        this.in = in;
    }

    /** Why the bytes are no XML this scanner reads: malformed, or a DTD where none belongs. */
    static final class Broken extends Exception {

        private final boolean dtd;

        Broken(String what, boolean dtd) {
            super(what, null, false, false);
            this.dtd = dtd;
        }

        boolean dtd() {
            return dtd;
        }
    }

    private static Broken broken(String what) {
        return new Broken(what, false);
    }

    /**
     * The next tag: {@link #START} (a self-closing tag gives its {@link #END} on the following call), {@link #END},
     * or {@link #EOF}. Declarations, processing instructions and comments are passed over.
     */
    int next() throws IOException, Broken {
        if (pendingEnd) {
            pendingEnd = false;
            selfClosing = false;
            attributes = 0;
            return END;
        }
        while (true) {
            if (opened) {
                opened = false;
            } else if (!skipToTag()) {
                return EOF;
            }
            int c = read();
            if (c == '/') {
                readTag();
                if (attributes != 0 || selfClosing) {
                    throw broken("end tag with attributes");
                }
                return END;
            }
            if (c == '?') {
                skipPast('?', '>');
                continue;
            }
            if (c == '!') {
                skipMarkup();
                continue;
            }
            if (c < 0) {
                throw broken("document ends inside a tag");
            }
            position--;
            readTag();
            pendingEnd = selfClosing;
            return START;
        }
    }

    /** Whether the current tag's local name is {@code name} (ASCII). */
    boolean is(byte[] name) {
        int length = nameEnd - nameStart;
        return length == name.length && Arrays.equals(buffer, nameStart, nameEnd, name, 0, length);
    }

    /** Whether the current start tag closes itself ({@code <c r="A1"/>}): it has no content. */
    boolean selfClosing() {
        return selfClosing;
    }

    /** The index of the attribute with local name {@code name}, or -1. */
    int attribute(byte[] name) {
        for (int i = 0; i < attributes; i++) {
            int from = offsets[4 * i];
            int to = offsets[4 * i + 1];
            if (to - from == name.length && Arrays.equals(buffer, from, to, name, 0, name.length)) {
                return i;
            }
        }
        return -1;
    }

    /** The raw bytes of attribute {@code i}'s value: in {@link #tagBytes()} from {@link #valueStart} to {@link #valueEnd}. */
    byte[] tagBytes() {
        return buffer;
    }

    int valueStart(int i) {
        return offsets[4 * i + 2];
    }

    int valueEnd(int i) {
        return offsets[4 * i + 3];
    }

    /** The value of attribute {@code name} decoded, or null when the tag has none. */
    String attributeText(byte[] name) throws Broken {
        int i = attribute(name);
        if (i < 0) {
            return null;
        }
        textLength = 0;
        int p = valueStart(i);
        int end = valueEnd(i);
        while (p < end) {
            int b = buffer[p++] & 0xFF;
            if (b == '&') {
                int semicolon = p;
                while (semicolon < end && buffer[semicolon] != ';') {
                    semicolon++;
                }
                if (semicolon == end) {
                    throw broken("unterminated reference");
                }
                appendCodePoint(entity(buffer, p, semicolon));
                p = semicolon + 1;
            } else if (b < 0x80) {
                append((char) b);
            } else {
                int needed = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
                int codePoint = b & (0x3F >> needed);
                for (int k = 0; k < needed && p < end; k++) {
                    codePoint = codePoint << 6 | buffer[p++] & 0x3F;
                }
                appendCodePoint(codePoint);
            }
        }
        return new String(text, 0, textLength);
    }

    /** The value of attribute {@code name} as a non-negative int, -1 when absent, -2 when not such a number. */
    int attributeInt(byte[] name) {
        int i = attribute(name);
        if (i < 0) {
            return -1;
        }
        return digits(buffer, valueStart(i), valueEnd(i));
    }

    /** The ASCII digits from {@code from} to {@code to} as an int, or -2 when they are none or too many. */
    static int digits(byte[] bytes, int from, int to) {
        if (from == to || to - from > 9) {
            return -2;
        }
        int value = 0;
        for (int p = from; p < to; p++) {
            int d = bytes[p] - '0';
            if (d < 0 || d > 9) {
                return -2;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /**
     * Reads the text content of the element just started, up to its next tag (character data and CDATA sections,
     * references decoded), into {@link #text()}. Returns its length in chars, or -1 when it is longer than
     * {@code maxChars}: the text is then passed over to its end and not kept.
     */
    int readText(int maxChars) throws IOException, Broken {
        textLength = 0;
        if (selfClosing) {
            return 0;
        }
        boolean tooLong = false;
        while (true) {
            // the common case: plain ASCII, straight from the buffer
            int p = position;
            int end = limit;
            byte[] bytes = buffer;
            while (p < end) {
                byte b = bytes[p];
                if (b < 0x20 && b >= 0 && b != '\t' && b != '\n' && b != '\r' || b == '<' || b == '&' || b < 0) {
                    break;
                }
                if (!tooLong) {
                    if (textLength == maxChars) {
                        tooLong = true;
                    } else {
                        append((char) b);
                    }
                }
                p++;
            }
            position = p;
            int c = read();
            if (c < 0) {
                throw broken("document ends inside text");
            }
            if (c == '<') {
                if (peek() == '!') {
                    position++;
                    if (!cdataOrComment(maxChars)) {
                        tooLong = true;
                    }
                    continue;
                }
                opened = true; // the next tag's '<' is read already
                return tooLong ? -1 : textLength;
            }
            int codePoint;
            if (c == '&') {
                codePoint = reference();
            } else if (c >= 0x80) {
                codePoint = utf8(c);
            } else if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                codePoint = c; // the first byte of a refilled buffer
            } else {
                throw broken("control character in text");
            }
            if (!tooLong) {
                if (textLength + Character.charCount(codePoint) > maxChars) {
                    tooLong = true;
                } else {
                    appendCodePoint(codePoint);
                }
            }
        }
    }

    /** The text read by {@link #readText} or {@link #attributeText}; valid until the next call. */
    char[] text() {
        return text;
    }

    int textLength() {
        return textLength;
    }

    // ---------------------------------------------------------------------------------------------------------

    /** After {@code <!-}: the rest of a comment, passed over up to its {@code -->}. */
    private void restOfComment() throws IOException, Broken {
        if (read() != '-') {
            throw broken("malformed comment");
        }
        skipPast('-', '-');
        if (read() != '>') {
            throw broken("-- inside a comment");
        }
    }

    /** After {@code <!} inside text: a CDATA section's characters are text, a comment is passed over. */
    private boolean cdataOrComment(int maxChars) throws IOException, Broken {
        int c = read();
        if (c == '-') {
            restOfComment();
            return true;
        }
        if (c != '[' || read() != 'C' || read() != 'D' || read() != 'A' || read() != 'T' || read() != 'A'
                || read() != '[') {
            throw c == 'D' || c == 'E' || c == 'A' || c == 'N' ? dtd() : broken("malformed markup in text");
        }
        boolean fits = true;
        int brackets = 0;
        while (true) {
            int b = read();
            if (b < 0) {
                throw broken("unterminated CDATA");
            }
            if (b == ']') {
                brackets++;
                continue;
            }
            if (b == '>' && brackets >= 2) {
                for (int k = 2; k < brackets; k++) {
                    fits = fits && add(']', maxChars);
                }
                return fits;
            }
            for (; brackets > 0; brackets--) {
                fits = fits && add(']', maxChars);
            }
            fits = fits && add(b >= 0x80 ? utf8(b) : b, maxChars);
        }
    }

    /** Appends {@code codePoint} when the text stays within {@code maxChars}; false (nothing added) otherwise. */
    private boolean add(int codePoint, int maxChars) {
        if (textLength + Character.charCount(codePoint) > maxChars) {
            return false;
        }
        appendCodePoint(codePoint);
        return true;
    }

    private static Broken dtd() {
        return new Broken("document type declaration", true);
    }

    /** After {@code <!} between tags: a comment or a CDATA section is passed over; a DTD is refused. */
    private void skipMarkup() throws IOException, Broken {
        int c = read();
        if (c == '-') {
            restOfComment();
        } else if (c == '[') {
            for (byte b : new byte[]{'C', 'D', 'A', 'T', 'A', '['}) {
                if (read() != b) {
                    throw broken("malformed CDATA");
                }
            }
            int brackets = 0;
            while (true) {
                int b = read();
                if (b < 0) {
                    throw broken("unterminated CDATA");
                }
                if (b == '>' && brackets >= 2) {
                    return;
                }
                brackets = b == ']' ? brackets + 1 : 0;
            }
        } else {
            // <!DOCTYPE, <!ENTITY, <!ELEMENT, <!ATTLIST, <!NOTATION: no part of a workbook has one
            throw dtd();
        }
    }

    /**
     * Finds the tag after its {@code <} (and {@code /}) in the buffer, its name and attributes: a tag is parsed where
     * it stands, its bytes moved only when it runs past the end of the buffer (to the buffer's start, to be
     * completed from the input).
     */
    private void readTag() throws IOException, Broken {
        while (true) {
            byte[] bytes = buffer;
            int end = limit;
            byte quote = 0;
            for (int p = position; p < end; p++) {
                byte b = bytes[p];
                if (quote != 0) {
                    if (b == quote) {
                        quote = 0;
                    }
                } else if (b == '>') {
                    int to = p;
                    selfClosing = to > position && bytes[to - 1] == '/';
                    parseTag(position, selfClosing ? to - 1 : to);
                    position = p + 1;
                    return;
                } else if (b == '"' || b == '\'') {
                    quote = b;
                } else if (b == '<') {
                    throw broken("< inside a tag");
                }
            }
            if (end - position >= MAX_TAG_BYTES) {
                throw broken("tag too long");
            }
            if (!compactAndFill()) {
                throw broken("document ends inside a tag");
            }
        }
    }

    /** Moves the unread bytes to the buffer's start and reads more after them; false when the input has no more. */
    private boolean compactAndFill() throws IOException {
        int left = limit - position;
        System.arraycopy(buffer, position, buffer, 0, left);
        position = 0;
        limit = left;
        if (endOfInput) {
            return false;
        }
        int n = in.readNBytes(buffer, left, buffer.length - left);
        if (n <= 0) {
            endOfInput = true;
            return false;
        }
        limit = left + n;
        return true;
    }

    private void parseTag(int from, int length) throws Broken {
        byte[] tag = buffer;
        int p = from;
        int colon = -1;
        while (p < length && !isSpace(tag[p])) {
            if (tag[p] == ':') {
                colon = p;
            }
            p++;
        }
        if (p == from) {
            throw broken("tag without a name");
        }
        nameStart = colon < 0 ? from : colon + 1;
        nameEnd = p;
        attributes = 0;
        while (true) {
            while (p < length && isSpace(tag[p])) {
                p++;
            }
            if (p == length) {
                return;
            }
            int nameFrom = p;
            colon = -1;
            while (p < length && tag[p] != '=' && !isSpace(tag[p])) {
                if (tag[p] == ':') {
                    colon = p;
                }
                p++;
            }
            int to = p;
            while (p < length && isSpace(tag[p])) {
                p++;
            }
            if (p == length || tag[p] != '=' || to == nameFrom) {
                throw broken("attribute without a value");
            }
            p++;
            while (p < length && isSpace(tag[p])) {
                p++;
            }
            if (p == length || tag[p] != '"' && tag[p] != '\'') {
                throw broken("attribute value without quotes");
            }
            byte quote = tag[p++];
            int valueFrom = p;
            while (p < length && tag[p] != quote) {
                if (tag[p] == '<') {
                    throw broken("< in an attribute value");
                }
                p++;
            }
            if (p == length) {
                throw broken("unterminated attribute value");
            }
            if (attributes == MAX_ATTRIBUTES) {
                throw broken("too many attributes");
            }
            int k = 4 * attributes++;
            offsets[k] = colon < 0 ? nameFrom : colon + 1;
            offsets[k + 1] = to;
            offsets[k + 2] = valueFrom;
            offsets[k + 3] = p;
            p++;
            if (p < length && !isSpace(tag[p])) {
                throw broken("attributes not separated");
            }
        }
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    /** Passes over bytes up to the next {@code <}, consumed; false at the end of the input. */
    private boolean skipToTag() throws IOException {
        while (true) {
            byte[] bytes = buffer;
            int end = limit;
            for (int p = position; p < end; p++) {
                if (bytes[p] == '<') {
                    position = p + 1;
                    return true;
                }
            }
            position = end;
            if (!fill()) {
                return false;
            }
        }
    }

    /** Passes over bytes up to and including the pair {@code a b}. */
    private void skipPast(int a, int b) throws IOException, Broken {
        int previous = -1;
        while (true) {
            int c = read();
            if (c < 0) {
                throw broken("document ends inside markup");
            }
            if (previous == a && c == b) {
                return;
            }
            previous = c;
        }
    }

    /** After {@code &}: the code point of a predefined entity or a character reference. */
    private int reference() throws IOException, Broken {
        byte[] name = new byte[12];
        int length = 0;
        while (true) {
            int c = read();
            if (c == ';') {
                break;
            }
            if (c < 0 || length == name.length) {
                throw broken("unterminated reference");
            }
            name[length++] = (byte) c;
        }
        return entity(name, 0, length);
    }

    private static int entity(byte[] bytes, int from, int to) throws Broken {
        int length = to - from;
        if (length >= 2 && bytes[from] == '#') {
            boolean hex = bytes[from + 1] == 'x';
            int p = from + (hex ? 2 : 1);
            if (p == to || to - p > 8) {
                throw broken("malformed character reference");
            }
            int codePoint = 0;
            for (; p < to; p++) {
                int d = Character.digit(bytes[p], hex ? 16 : 10);
                if (d < 0) {
                    throw broken("malformed character reference");
                }
                codePoint = codePoint * (hex ? 16 : 10) + d;
            }
            if (codePoint == 0 || codePoint > Character.MAX_CODE_POINT
                    || codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
                throw broken("character reference to no character");
            }
            return codePoint;
        }
        if (is(bytes, from, length, "lt")) {
            return '<';
        }
        if (is(bytes, from, length, "gt")) {
            return '>';
        }
        if (is(bytes, from, length, "amp")) {
            return '&';
        }
        if (is(bytes, from, length, "quot")) {
            return '"';
        }
        if (is(bytes, from, length, "apos")) {
            return '\'';
        }
        // an entity only a DTD could declare, and no DTD is read
        throw broken("undeclared entity");
    }

    private static boolean is(byte[] bytes, int from, int length, String name) {
        if (length != name.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (bytes[from + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The code point starting with byte {@code first} (not ASCII); malformed sequences become U+FFFD. */
    private int utf8(int first) throws IOException {
        int needed;
        int codePoint;
        if (first >= 0xF0 && first <= 0xF4) {
            needed = 3;
            codePoint = first & 0x07;
        } else if (first >= 0xE0) {
            needed = first <= 0xEF ? 2 : 0;
            codePoint = first & 0x0F;
        } else if (first >= 0xC2) {
            needed = 1;
            codePoint = first & 0x1F;
        } else {
            return 0xFFFD;
        }
        if (needed == 0) {
            return 0xFFFD;
        }
        for (int k = 0; k < needed; k++) {
            int next = peek();
            if (next < 0 || (next & 0xC0) != 0x80) {
                return 0xFFFD;
            }
            position++;
            codePoint = codePoint << 6 | next & 0x3F;
        }
        if (codePoint > Character.MAX_CODE_POINT
                || codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE
                || needed == 2 && codePoint < 0x800 || needed == 3 && codePoint < 0x10000) {
            return 0xFFFD;
        }
        return codePoint;
    }

    private void append(char c) {
        if (textLength == text.length) {
            text = Arrays.copyOf(text, textLength * 2);
        }
        text[textLength++] = c;
    }

    private void appendCodePoint(int codePoint) {
        if (codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            append((char) codePoint);
        } else {
            append(Character.highSurrogate(codePoint));
            append(Character.lowSurrogate(codePoint));
        }
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xFF;
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position] & 0xFF;
    }

    /** Refills the buffer when all of it is read; false at the end of the input. */
    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        int n = in.readNBytes(buffer, 0, buffer.length);
        if (n <= 0) {
            endOfInput = true;
            position = 0;
            limit = 0;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
