package com.kpipulse.adapters.importing;

import com.kpipulse.domain.text.Message;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finds out how a text file is encoded from its first bytes: a byte-order mark (UTF-8, UTF-16LE/BE), valid UTF-8,
 * else Windows-1251 (what Russian Excel and the Direct UI write). Refuses bytes that are not text at all, such as a
 * workbook or an image, so a preset can say so instead of importing garbage.
 */
public final class TextSniffer {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final int PROBE_BYTES = 64 * 1024;

    private TextSniffer() {
    }

    /** A decoded text stream, or the reason the bytes are not text. */
    public sealed interface Sniffed {
    }

    /** Text in a known encoding; characters that could not be decoded come out as U+FFFD. */
    public record Text(Reader reader, Charset charset) implements Sniffed {
    }

    public record NotText(Message reason) implements Sniffed {
    }

    public static Sniffed open(InputStream content) throws IOException {
        BufferedInputStream in = new BufferedInputStream(content, PROBE_BYTES);
        in.mark(PROBE_BYTES);
        byte[] probe = in.readNBytes(PROBE_BYTES);
        in.reset();
        Optional<Charset> bom = byteOrderMark(probe);
        Charset charset;
        if (bom.isPresent()) {
            charset = bom.get();
            in.skipNBytes(charset.equals(StandardCharsets.UTF_8) ? 3 : 2);
        } else if (looksLikeUtf16Le(probe)) {
            charset = StandardCharsets.UTF_16LE;
        } else {
            Optional<Message> notText = notTextReason(probe);
            if (notText.isPresent()) {
                return new NotText(notText.get());
            }
            charset = isUtf8(probe, probe.length == PROBE_BYTES) ? StandardCharsets.UTF_8 : WINDOWS_1251;
        }
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new Text(new BufferedReader(new InputStreamReader(in, decoder), 64 * 1024), charset);
    }

    private static Optional<Charset> byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /** UTF-16LE without a mark: ASCII text then has a zero byte after nearly every character. */
    private static boolean looksLikeUtf16Le(byte[] b) {
        int pairs = Math.min(b.length / 2, 512);
        if (pairs < 4) {
            return false;
        }
        int zeroHigh = 0;
        for (int i = 0; i < pairs; i++) {
            if (b[2 * i + 1] == 0 && b[2 * i] != 0) {
                zeroHigh++;
            }
        }
        return zeroHigh > pairs * 0.9;
    }

    private static Optional<Message> notTextReason(byte[] b) {
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return Optional.of(Message.of(FileProblemKind.ZIP_NOT_TEXT));
        }
        int control = 0;
        for (byte x : b) {
            int c = x & 0xFF;
            if (c == 0) {
                return Optional.of(Message.of(FileProblemKind.ZERO_BYTES));
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        if (b.length > 0 && control > b.length / 20) {
            return Optional.of(Message.of(FileProblemKind.BINARY));
        }
        return Optional.empty();
    }

    private static boolean isUtf8(byte[] b, boolean mayBeCut) {
        int length = b.length;
        if (mayBeCut) {
            // the probe may end in the middle of a multi-byte character
            int back = 0;
            while (back < 3 && length - back - 1 >= 0 && (b[length - back - 1] & 0xC0) == 0x80) {
                back++;
            }
            if (length - back - 1 >= 0 && (b[length - back - 1] & 0xC0) == 0xC0) {
                length = length - back - 1;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
