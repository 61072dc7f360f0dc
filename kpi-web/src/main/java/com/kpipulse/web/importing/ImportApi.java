package com.kpipulse.web.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kpipulse.application.importing.ImportCommand;
import com.kpipulse.application.importing.ImportContent;
import com.kpipulse.application.importing.ImportObservations;
import com.kpipulse.application.importing.ImportProblemKind;
import com.kpipulse.application.importing.ImportReport;
import com.kpipulse.domain.text.Message;
import com.kpipulse.web.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code /api/v1/imports}: upload a file with a preset; all or nothing. */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "imports")
public class ImportApi {

    @Inject
    ImportObservations imports;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @GET
    @Path("presets")
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    @Operation(summary = "The source formats an import understands")
    public List<PresetJson> presets() {
        return imports.presets().stream().map(PresetJson::from).toList();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETER})
    @Operation(summary = "Import a file: COMMITTED (201), PREVIEW with dryRun=true (200) or REJECTED with every problem (422)")
    public Response upload(@RestForm("file") FileUpload file, @RestForm("preset") String preset,
                           @RestForm("dryRun") boolean dryRun, @RestForm("mapping") String mapping,
                           @RestForm("options") String options) {
        if (file == null || preset == null || preset.isBlank()) {
            return Response.status(422).entity(ImportReportJson.problem(
                    Message.of(ImportProblemKind.UPLOAD_INCOMPLETE))).build();
        }
        Map<String, String> columns;
        Map<String, String> presetOptions;
        try {
            columns = parseMap(mapping);
            presetOptions = parseMap(options);
        } catch (JsonProcessingException e) {
            return Response.status(422).entity(ImportReportJson.problem(Message.of(ImportProblemKind.NOT_A_JSON_OBJECT,
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr()))).build();
        }
        ImportReport report = imports.importFile(new ImportCommand(preset,
                ImportContent.ofFile(file.fileName(), file.uploadedFile()), columns, presetOptions, dryRun,
                identity.getPrincipal().getName()));
        int status = switch (report.status()) {
            case COMMITTED -> 201;
            case PREVIEW -> 200;
            case REJECTED -> 422;
            case RUNNING, INTERRUPTED -> throw new IllegalStateException("An import returns only once it has ended");
        };
        return Response.status(status).entity(ImportReportJson.from(report)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    @Operation(summary = "The report of an earlier import")
    public ImportReportJson find(@PathParam("id") String id) {
        UUID batch;
        try {
            batch = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No import " + id);
        }
        return imports.find(batch).map(ImportReportJson::from).orElseThrow(() -> new NotFoundException("No import " + id));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    @Operation(summary = "The latest imports, newest first")
    public List<ImportReportJson> latest() {
        return imports.latest(50).stream().map(ImportReportJson::from).toList();
    }

    private Map<String, String> parseMap(String text) throws JsonProcessingException {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        return json.readValue(text, new TypeReference<Map<String, String>>() {
        });
    }

    /** A preset as the API lists it. */
    public record PresetJson(String id, String descriptionRu, String descriptionEn, String sourceSystem) {
        static PresetJson from(com.kpipulse.application.importing.ImportPreset preset) {
            return new PresetJson(preset.id(), preset.descriptionRu(), preset.descriptionEn(), preset.sourceSystem());
        }
    }
}
