package com.kpipulse.web.admin;

import com.kpipulse.application.channel.EditChannelCatalog;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.channel.Channel;
import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.web.access.InvalidInput;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.security.Roles;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.page.Versions;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The channel catalog as a form: a row per channel (code, Russian and English name, paid or organic, social or not),
 * rows added, removed and moved (the order is the order pages list channels in); saved as a whole at the version the
 * page showed, each problem next to its field in the reader's language.
 */
@Path("/admin/channel-catalog")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class ChannelCatalogPage {

    private static final List<String> FIELDS = List.of("code", "nameRu", "nameEn");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance catalog(List<ChannelRowView> channels, String version, boolean saved,
                                               FieldErrors errors, boolean stale);
    }

    /** A channel as the form shows it, with what is wrong with its fields. */
    public record ChannelRowView(int index, String code, String nameRu, String nameEn, boolean paid, boolean social,
                                 List<String> codeErrors, List<String> nameRuErrors, List<String> nameEnErrors) {

        static ChannelRowView from(int index, EditChannelCatalog.ChannelLine line, FieldErrors errors) {
            return new ChannelRowView(index, text(line.code()), text(line.nameRu()), text(line.nameEn()), line.paid(),
                    line.social(), errors.at(index, "code"), errors.at(index, "nameRu"), errors.at(index, "nameEn"));
        }

        private static String text(String typed) {
            return typed == null ? "" : typed;
        }
    }

    @Inject
    EditChannelCatalog catalog;

    @Inject
    SecurityIdentity identity;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance channels(@QueryParam("saved") String saved) {
        Versioned<ChannelCatalog> current = catalog.versioned();
        return page(current.value().all().stream().map(ChannelCatalogPage::line).toList(),
                Long.toString(current.version()), saved != null, FieldErrors.none(), false);
    }

    /**
     * Saves the catalog as a whole ({@code action} empty or {@code save}), or changes the rows ({@code add},
     * {@code remove:N}, {@code up:N}, {@code down:N}) and shows them again unsaved. A save at a version another admin
     * replaced since is refused with 409, the rows kept as typed.
     */
    @POST
    public Response save(@RestForm List<String> code, @RestForm List<String> nameRu, @RestForm List<String> nameEn,
                         @RestForm List<String> paid, @RestForm List<String> social, @RestForm String version,
                         @RestForm String action) {
        List<EditChannelCatalog.ChannelLine> lines = lines(code, nameRu, nameEn, paid, social);
        RowAction asked = RowAction.of(action, lines.size());
        if (!(asked instanceof RowAction.Save)) {
            return Response.ok(page(asked.applyTo(lines, () -> new EditChannelCatalog.ChannelLine("", "", "", false,
                    false)), version, false, FieldErrors.none(), false)).build();
        }
        return switch (catalog.replace(lines, Versions.fromForm(version), identity.getPrincipal().getName())) {
            case EditChannelCatalog.Outcome.Saved saved ->
                    Response.seeOther(URI.create("/admin/channel-catalog?saved=" + saved.version())).build();
            case EditChannelCatalog.Outcome.Rejected rejected -> Response.status(422).entity(page(lines, version, false,
                    FieldErrors.ofRows(rejected.problems(), ui.locale(), FIELDS), false)).build();
            case EditChannelCatalog.Outcome.Stale stale -> Response.status(Response.Status.CONFLICT).entity(
                    page(lines, version, false, FieldErrors.none(), true)).build();
        };
    }

    private TemplateInstance page(List<EditChannelCatalog.ChannelLine> lines, String version, boolean saved,
                                  FieldErrors errors, boolean stale) {
        List<ChannelRowView> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            rows.add(ChannelRowView.from(i, lines.get(i), errors));
        }
        return ui.page(Templates.catalog(rows, version, saved, errors, stale));
    }

    private static EditChannelCatalog.ChannelLine line(Channel channel) {
        return new EditChannelCatalog.ChannelLine(channel.code(), channel.name().ru(), channel.name().en(),
                channel.paid(), channel.social());
    }

    /** The rows as typed, the lists side by side (a missing cell is empty); rows empty in every text left out. */
    private static List<EditChannelCatalog.ChannelLine> lines(List<String> codes, List<String> namesRu,
                                                              List<String> namesEn, List<String> paid,
                                                              List<String> social) {
        int rows = Math.max(size(codes), Math.max(size(namesRu), size(namesEn)));
        List<EditChannelCatalog.ChannelLine> lines = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String code = at(codes, i);
            String nameRu = at(namesRu, i);
            String nameEn = at(namesEn, i);
            if (code.isBlank() && nameRu.isBlank() && nameEn.isBlank()) {
                continue;
            }
            lines.add(new EditChannelCatalog.ChannelLine(code, nameRu, nameEn, yes("paid", at(paid, i)),
                    yes("social", at(social, i))));
        }
        return lines;
    }

    /** {@code true} or {@code false}, as the form's choices send them; anything else was not sent by this page. */
    private static boolean yes(String field, String choice) {
        return switch (choice) {
            case "true" -> true;
            case "false", "" -> false;
            default -> {
                String shown = InputProblem.excerpt(choice);
                throw InvalidInput.of(field, "NOT_A_CHOICE",
                        Bundles.both(AdminMessages.class, texts -> texts.problem_not_a_choice(shown)));
            }
        };
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String at(List<String> values, int index) {
        return values == null || index >= values.size() || values.get(index) == null ? "" : values.get(index);
    }
}
