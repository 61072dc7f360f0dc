package com.kpipulse.web.admin;

import com.kpipulse.application.channel.ChannelCatalogs;
import com.kpipulse.application.importing.EditChannelMapping;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.channel.ChannelMapping;
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
import java.util.Locale;

/**
 * The channel mapping as a form: a row per rule (the source as the systems write it, the channel picked from the
 * catalog), rows added, removed and moved; saved as a whole at the version the page showed, each problem next to its
 * field in the reader's language.
 */
@Path("/admin/channels")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class ChannelsPage {

    private static final List<String> FIELDS = List.of("sourcePattern", "channel");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance channels(List<RuleRowView> rules, List<ChannelOption> channels, String version,
                                                boolean saved, FieldErrors errors, boolean stale);
    }

    /** A rule as the form shows it, with what is wrong with its fields. */
    public record RuleRowView(int index, String sourcePattern, String channel, boolean known,
                              List<String> patternErrors, List<String> channelErrors) {

        static RuleRowView from(int index, RuleLine line, ChannelCatalog catalog, FieldErrors errors) {
            String channel = line.channel() == null ? "" : line.channel();
            return new RuleRowView(index, line.sourcePattern() == null ? "" : line.sourcePattern(), channel,
                    channel.isEmpty() || catalog.contains(channel), errors.at(index, "sourcePattern"),
                    errors.at(index, "channel"));
        }
    }

    /** One row as typed. */
    record RuleLine(String sourcePattern, String channel) {
    }

    @Inject
    EditChannelMapping mapping;

    @Inject
    ChannelCatalogs catalogs;

    @Inject
    SecurityIdentity identity;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance channels(@QueryParam("saved") String saved) {
        Versioned<ChannelMapping> current = mapping.versioned();
        List<RuleLine> lines = current.value().listed().stream()
                .map(rule -> new RuleLine(rule.sourcePattern(), rule.channel())).toList();
        return page(lines, Long.toString(current.version()), saved != null, FieldErrors.none(), false);
    }

    /**
     * Saves the rules as a whole ({@code action} empty or {@code save}), or changes the rows ({@code add},
     * {@code remove:N}, {@code up:N}, {@code down:N}) and shows them again unsaved, as a browser without the page's
     * script asks. A save at a version another admin replaced since is refused with 409, the rules kept as typed.
     */
    @POST
    public Response save(@RestForm List<String> sourcePattern, @RestForm List<String> channel,
                         @RestForm String version, @RestForm String action) {
        List<RuleLine> lines = lines(sourcePattern, channel);
        RowAction asked = RowAction.of(action, lines.size());
        if (!(asked instanceof RowAction.Save)) {
            List<RuleLine> changed = asked.applyTo(lines, () -> new RuleLine("", ""));
            return Response.ok(page(changed, version, false, FieldErrors.none(), false)).build();
        }
        List<EditChannelMapping.RuleLine> rules = lines.stream()
                .map(line -> new EditChannelMapping.RuleLine(line.sourcePattern(), line.channel())).toList();
        return switch (mapping.replace(rules, Versions.fromForm(version), identity.getPrincipal().getName())) {
            case EditChannelMapping.Outcome.Saved saved ->
                    Response.seeOther(URI.create("/admin/channels?saved=" + saved.version())).build();
            case EditChannelMapping.Outcome.Rejected rejected -> Response.status(422).entity(page(lines, version, false,
                    FieldErrors.ofRows(rejected.problems(), ui.locale(), FIELDS), false)).build();
            case EditChannelMapping.Outcome.Stale stale -> Response.status(Response.Status.CONFLICT).entity(
                    page(lines, version, false, FieldErrors.none(), true)).build();
        };
    }

    private TemplateInstance page(List<RuleLine> lines, String version, boolean saved, FieldErrors errors,
                                  boolean stale) {
        ChannelCatalog catalog = catalogs.current();
        Locale locale = ui.locale();
        List<RuleRowView> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            rows.add(RuleRowView.from(i, lines.get(i), catalog, errors));
        }
        return ui.page(Templates.channels(rows, ChannelOption.all(catalog, locale), version, saved, errors, stale));
    }

    /** The rows as typed: the two lists side by side (a missing cell is empty), rows empty in both left out. */
    private static List<RuleLine> lines(List<String> patterns, List<String> channels) {
        List<String> left = patterns == null ? List.of() : patterns;
        List<String> right = channels == null ? List.of() : channels;
        List<RuleLine> lines = new ArrayList<>();
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            String pattern = i < left.size() ? left.get(i) : "";
            String channel = i < right.size() ? right.get(i) : "";
            if (!isBlank(pattern) || !isBlank(channel)) {
                lines.add(new RuleLine(pattern, channel));
            }
        }
        return lines;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
