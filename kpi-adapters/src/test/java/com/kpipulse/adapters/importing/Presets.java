package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.ImportInput;
import com.kpipulse.application.importing.ImportPreset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/** Runs presets on test files and strings. */
final class Presets {

    /** The company the tests import for: today (the system's), roubles, Moscow time. */
    static final ImportInput.Company COMPANY = new ImportInput.Company(LocalDate.now(), "RUB", ZoneId.of("Europe/Moscow"));

    private Presets() {
    }

    static RecordingSink read(ImportPreset preset, String resource) {
        return read(preset, resource, Map.of(), Map.of());
    }

    static RecordingSink read(ImportPreset preset, String resource, Map<String, String> mapping,
                              Map<String, String> options) {
        return read(preset, resource, mapping, options, COMPANY);
    }

    /** For a company other than {@link #COMPANY}: another currency, time zone or today. */
    static RecordingSink read(ImportPreset preset, String resource, Map<String, String> mapping,
                              Map<String, String> options, ImportInput.Company company) {
        InputStream in = Presets.class.getResourceAsStream("/importing/" + resource);
        if (in == null) {
            throw new IllegalArgumentException("no test resource " + resource);
        }
        return read(preset, new ImportInput(resource, in, mapping, options, company));
    }

    static RecordingSink readText(ImportPreset preset, String text) {
        return readBytes(preset, text.getBytes(StandardCharsets.UTF_8), Map.of(), Map.of());
    }

    static RecordingSink readText(ImportPreset preset, String text, Charset charset) {
        return readBytes(preset, text.getBytes(charset), Map.of(), Map.of());
    }

    static RecordingSink readText(ImportPreset preset, String text, Map<String, String> mapping,
                                  Map<String, String> options) {
        return readBytes(preset, text.getBytes(StandardCharsets.UTF_8), mapping, options);
    }

    static RecordingSink readBytes(ImportPreset preset, byte[] bytes, Map<String, String> mapping,
                                   Map<String, String> options) {
        return read(preset, new ImportInput("upload", new ByteArrayInputStream(bytes), mapping, options, COMPANY));
    }

    static RecordingSink read(ImportPreset preset, ImportInput input) {
        RecordingSink sink = new RecordingSink();
        try {
            preset.read(input, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    static byte[] withBom(byte[] bom, byte[] body) {
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    static byte[] resourceBytes(String resource) {
        try (InputStream in = Presets.class.getResourceAsStream("/importing/" + resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
