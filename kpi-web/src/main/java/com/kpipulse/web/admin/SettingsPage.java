package com.kpipulse.web.admin;

import com.kpipulse.application.company.ManageCompanySettings;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.company.CompanySettings;
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
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** The company's settings for the admin: its currency and its time zone, changed at the version the page showed. */
@Path("/admin/settings")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class SettingsPage {

    private static final List<String> FIELDS = List.of("currency", "timeZone");
    /** Every region-based time zone, by name. */
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/")
                    || zone.equals("UTC"))
            .sorted().toList();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(SettingsView settings, List<Choice> currencies, List<Choice> zones,
                                                boolean saved, FieldErrors errors, boolean stale);
    }

    /** A choice of a select: the value sent and what the reader sees. */
    public record Choice(String value, String label) {
    }

    /** The form as stored or as typed. */
    public record SettingsView(String currency, String timeZone, String version) {
        static SettingsView from(Versioned<CompanySettings> stored) {
            return new SettingsView(stored.value().currency(), stored.value().zone().getId(),
                    Long.toString(stored.version()));
        }
    }

    @Inject
    ManageCompanySettings settings;

    @Inject
    SecurityIdentity identity;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance settings(@QueryParam("saved") String saved) {
        return page(SettingsView.from(settings.versioned()), saved != null, FieldErrors.none(), false);
    }

    @POST
    public Response change(@RestForm String currency, @RestForm String timeZone, @RestForm String version) {
        SettingsView typed = new SettingsView(currency == null ? "" : currency, timeZone == null ? "" : timeZone,
                version == null ? "" : version);
        return switch (settings.change(currency, timeZone, Versions.fromForm(version), identity.getPrincipal().getName())) {
            case ManageCompanySettings.Outcome.Saved saved ->
                    Response.seeOther(URI.create("/admin/settings?saved=" + saved.version())).build();
            case ManageCompanySettings.Outcome.Rejected rejected -> Response.status(422).entity(page(typed, false,
                    FieldErrors.of(rejected.problems(), ui.locale(), FIELDS), false)).build();
            case ManageCompanySettings.Outcome.Stale stale ->
                    Response.status(Response.Status.CONFLICT).entity(page(typed, false, FieldErrors.none(), true)).build();
        };
    }

    private TemplateInstance page(SettingsView view, boolean saved, FieldErrors errors, boolean stale) {
        Locale locale = ui.locale();
        List<Choice> currencies = Currency.getAvailableCurrencies().stream()
                .sorted(Comparator.comparing(Currency::getCurrencyCode))
                .map(currency -> new Choice(currency.getCurrencyCode(),
                        currency.getCurrencyCode() + " — " + currency.getDisplayName(locale)))
                .toList();
        List<Choice> zones = ZONES.stream().map(zone -> new Choice(zone, zone.replace('_', ' '))).toList();
        return ui.page(Templates.settings(view, currencies, zones, saved, errors, stale));
    }
}
