package com.kpipulse.web.importing;

import com.kpipulse.web.page.Htmx;

import com.kpipulse.application.importing.ImportCommand;
import com.kpipulse.application.importing.ImportContent;
import com.kpipulse.application.importing.ImportObservations;
import com.kpipulse.application.importing.ImportPreset;
import com.kpipulse.application.importing.ImportReport;
import com.kpipulse.application.importing.PresetGuess;
import com.kpipulse.application.importing.pull.PullConnection;
import com.kpipulse.application.importing.pull.PullConnections;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.web.security.Roles;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.text.Formats;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The import screens: past imports and API connections, upload → preview → confirm → report.
 * <p>
 * Confirming uploads the file again instead of keeping it on the server between the two steps: nothing to clean up
 * and any replica can answer. The preview hands out a fingerprint of file, preset and mapping; a confirmation whose
 * upload does not match it is not imported but previewed again, so what is stored is always what was previewed.
 * The price is a second transfer of the file, which the progress bar shows.
 */
@Path("/imports")
@Produces(MediaType.TEXT_HTML)
public class ImportPage {

    static final String AUTO = "auto";
    /** The currencies the upload form offers besides the company's (which it preselects). */
    static final List<String> CURRENCIES = List.of("RUB", "USD", "EUR", "KZT", "BYN", "UZS", "AMD", "GEL", "CNY",
            "TRY", "AED", "GBP");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ImportReport> imports, List<PullConnection> connections,
                                            boolean mayImport, java.util.Map<String, String> presetNames);

        static native TemplateInstance upload(List<PresetOption> presets, ImportPreview preview, String problem,
                                              String companyCurrency, List<String> currencies);

        static native TemplateInstance upload$preview(ImportPreview preview);

        static native TemplateInstance upload$problem(String problem);

        static native TemplateInstance report(ImportReport report, boolean mayImport, String presetName);
    }

    /** A preset in the select, described in the user's language. */
    public record PresetOption(String id, String description) {
    }

    @Inject
    ImportObservations imports;

    @Inject
    PullConnections connections;

    @Inject
    SecurityIdentity identity;

    @Inject
    Ui ui;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    public TemplateInstance list() {
        List<PullConnection> pulls = connections.enabled().stream()
                .sorted(Comparator.comparing(PullConnection::name)).toList();
        return ui.page(Templates.list(imports.latest(50), pulls, mayImport(), presetOptions().stream()
                .collect(java.util.stream.Collectors.toMap(PresetOption::id, PresetOption::description))));
    }

    @GET
    @Path("new")
    @RolesAllowed({Roles.ADMIN, Roles.MARKETER})
    public TemplateInstance upload() {
        return ui.page(upload(null, null));
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETER})
    public TemplateInstance preview(@RestForm("file") FileUpload file, @RestForm("preset") String preset,
                                    @RestForm("mapping") String mapping, @RestForm("currency") String currency,
                                    @RestForm("progress") String progress, @HeaderParam(Htmx.REQUEST_HEADER) String htmx) {
        return previewOrProblem(new Upload(file, preset, mapping, currency), null, progressKey(progress), Htmx.asked(htmx));
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETER})
    public Response confirm(@RestForm("file") FileUpload file, @RestForm("preset") String preset,
                            @RestForm("mapping") String mapping, @RestForm("currency") String currency,
                            @RestForm("fingerprint") String fingerprint, @RestForm("progress") String progress,
                            @HeaderParam(Htmx.REQUEST_HEADER) String htmx) {
        Upload upload = new Upload(file, preset, mapping, currency);
        String problem = upload.problem(texts());
        UUID key = progressKey(progress);
        if (problem != null || fingerprint == null || !fingerprint.equals(fingerprint(upload, presetOf(upload)))) {
            String notice = problem == null ? texts().changed_since_preview() : null;
            return Response.ok(previewOrProblem(upload, notice, key, Htmx.asked(htmx))).build();
        }
        ImportReport report = imports.importFile(command(upload, presetOf(upload), false).reportingProgressAs(key));
        URI page = URI.create("/imports/" + report.id());
        // the report is a page of its own, without the form it came from: htmx is sent there like a browser
        return !Htmx.asked(htmx) ? Response.seeOther(page).build()
                : Response.ok().header("HX-Redirect", page.toString()).build();
    }

    /**
     * How far the server has come checking the rows of the person's upload that its page named {@code upload} (the
     * upload form asks while it waits): a line of text in the reader's language, or 404 until the first rows are
     * checked, and for anybody else's upload.
     */
    @GET
    @Path("progress/{upload}")
    @Produces(MediaType.TEXT_PLAIN)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETER})
    public Response progress(@PathParam("upload") String upload) {
        UUID key = progressKey(upload);
        Optional<Long> rows = key == null ? Optional.empty()
                : imports.checkedSoFar(key, identity.getPrincipal().getName());
        if (rows.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .build();
        }
        return Response.ok(texts().upload_rows_checked(Formats.amountOf(BigDecimal.valueOf(rows.get()), ui.locale())))
                .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store").build();
    }

    /** The key an upload's page chose for its progress (a UUID), or null for none or anything else. */
    static UUID progressKey(String text) {
        if (text == null || text.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAKey) {
            return null;
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    public TemplateInstance report(@PathParam("id") String id) {
        UUID batch;
        try {
            batch = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No import " + id);
        }
        ImportReport report = imports.find(batch).orElseThrow(() -> new NotFoundException("No import " + id));
        return ui.page(Templates.report(report, mayImport(), presetName(report.presetId())));
    }

    private TemplateInstance previewOrProblem(Upload upload, String notice, UUID progress, boolean htmx) {
        String problem = upload.problem(texts());
        if (problem != null) {
            return ui.page(htmx ? Templates.upload$problem(problem) : upload(null, problem));
        }
        String presetId = presetOf(upload);
        ImportReport report = imports.importFile(command(upload, presetId, true).reportingProgressAs(progress));
        ImportPreview preview = new ImportPreview(report, presetId, presetName(presetId), upload.auto(), PresetGuess.FALLBACK.equals(presetId),
                upload.mappingLines(), fingerprint(upload, presetId), notice);
        return ui.page(htmx ? Templates.upload$preview(preview) : upload(preview, null));
    }

    private ImportCommand command(Upload upload, String presetId, boolean dryRun) {
        return new ImportCommand(presetId, ImportContent.ofFile(upload.file().fileName(), upload.file().uploadedFile()),
                upload.mapping(), upload.options(), dryRun, identity.getPrincipal().getName());
    }

    private String presetOf(Upload upload) {
        if (!upload.auto()) {
            return upload.preset().strip();
        }
        byte[] head = new byte[PresetGuess.HEAD_BYTES];
        try (InputStream in = Files.newInputStream(upload.file().uploadedFile())) {
            int read = in.readNBytes(head, 0, head.length);
            return PresetGuess.of(upload.file().fileName(), java.util.Arrays.copyOf(head, read),
                    imports.presets().stream().map(ImportPreset::id).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fingerprint(Upload upload, String presetId) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((presetId + "\n" + new TreeMap<>(upload.mapping()) + "\n" + new TreeMap<>(upload.options())
                    + "\n").getBytes(StandardCharsets.UTF_8));
            try (InputStream in = new DigestInputStream(Files.newInputStream(upload.file().uploadedFile()), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The upload form: the currency preselected is "the company's, where the file names none" (sent as nothing). */
    private TemplateInstance upload(ImportPreview preview, String problem) {
        String company = imports.defaultCurrency();
        return Templates.upload(presetOptions(), preview, problem, company,
                CURRENCIES.stream().filter(currency -> !currency.equals(company)).toList());
    }

    private List<PresetOption> presetOptions() {
        return imports.presets().stream()
                .map(preset -> new PresetOption(preset.id(),
                        LocalizedText.of(preset.descriptionRu(), preset.descriptionEn()).in(ui.locale())))
                .toList();
    }

    /** The preset's description in the reader's language (its code when no preset has it: the report says why). */
    private String presetName(String presetId) {
        return imports.presets().stream().filter(preset -> preset.id().equals(presetId)).findFirst()
                .map(preset -> LocalizedText.of(preset.descriptionRu(), preset.descriptionEn()).in(ui.locale()))
                .orElse(presetId);
    }

    private boolean mayImport() {
        return ui.hasRole(Roles.ADMIN) || ui.hasRole(Roles.MARKETER);
    }

    private ImportMessages texts() {
        return MessageBundles.get(ImportMessages.class, Localized.Literal.of(ui.lang()));
    }

    /** The fields of the upload form. */
    record Upload(FileUpload file, String preset, String mappingText, String currency) {

        boolean auto() {
            return preset == null || preset.isBlank() || AUTO.equals(preset);
        }

        /** What keeps the upload from being read at all, or null. */
        String problem(ImportMessages texts) {
            if (file == null || file.fileName() == null || file.fileName().isBlank()) {
                return texts.choose_file();
            }
            for (String line : lines()) {
                if (line.indexOf('=') <= 0 || line.indexOf('=') == line.length() - 1) {
                    return texts.bad_mapping_line(line);
                }
            }
            return null;
        }

        Map<String, String> mapping() {
            Map<String, String> columns = new LinkedHashMap<>();
            for (String line : lines()) {
                int equals = line.lastIndexOf('=');
                if (equals > 0 && equals < line.length() - 1) {
                    columns.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
                }
            }
            return columns;
        }

        List<ImportPreview.MappingLine> mappingLines() {
            return mapping().entrySet().stream()
                    .map(entry -> new ImportPreview.MappingLine(entry.getKey(), entry.getValue())).toList();
        }

        Map<String, String> options() {
            return currency == null || currency.isBlank() ? Map.of()
                    : Map.of("currency", currency.strip().toUpperCase(java.util.Locale.ROOT));
        }

        private List<String> lines() {
            List<String> lines = new ArrayList<>();
            if (mappingText != null) {
                mappingText.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(lines::add);
            }
            return lines;
        }
    }
}
