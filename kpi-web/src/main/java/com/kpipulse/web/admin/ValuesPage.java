package com.kpipulse.web.admin;

import com.kpipulse.application.channel.ChannelCatalogs;
import com.kpipulse.application.company.CurrentSettings;
import com.kpipulse.application.importing.ManualValues;
import com.kpipulse.application.measure.ValuesByHand;
import com.kpipulse.application.setup.SetupProblem;
import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.input.DateWindow;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.domain.measure.MeasureCatalog;
import com.kpipulse.domain.measure.MeasureDefinition;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.web.access.InvalidInput;
import com.kpipulse.web.access.Parameters;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.text.Formats;
import com.kpipulse.web.security.Roles;
import com.kpipulse.web.page.Ui;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Values typed in by hand: the form (measure and channel picked from lists, the reader's way of writing numbers, kept
 * as typed with each problem next to its field) and the values entered so far, newest first, each to change or
 * delete. A value is known by its natural key (measure, grain, period start, channel), carried in links and hidden
 * fields as {@code measure:GRAIN:YYYY-MM-DD:channel}.
 */
@Path("/admin/values")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class ValuesPage {

    private static final List<String> FIELDS = List.of("measure", "periodStart", "grain", "channel", "value", "currency");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance values(ValueFormView form, List<MeasureOption> measures,
                                              List<ChannelOption> channels, List<ValueRowView> values,
                                              PageView page, String done, FieldErrors errors);
    }

    /** Where the list is: page {@code number} of {@code pages}, and the pages before and after it (0: none). */
    public record PageView(int number, int pages, int newer, int older) {
        static PageView from(ManualValues.Page page) {
            return new PageView(page.number(), page.pages(), page.number() > 1 ? page.number() - 1 : 0,
                    page.number() < page.pages() ? page.number() + 1 : 0);
        }
    }

    /** A base measure in the pick list: code, name in the reader's language, and whether it is money. */
    public record MeasureOption(String code, String name, boolean money) {
        static MeasureOption from(MeasureDefinition measure, Locale locale) {
            return new MeasureOption(measure.code().value(), measure.name(locale), measure.isMoney());
        }
    }

    /** The form as typed (or as stored, when a value is being changed: {@code original} is its key). */
    public record ValueFormView(String measure, String periodStart, String grain, String channel, String value,
                                String currency, String original) {

        static ValueFormView empty(String currency) {
            return new ValueFormView("", "", "MONTH", "", "", currency, "");
        }

        static ValueFormView from(ValuesByHand.Stored stored, String companyCurrency) {
            ValuesByHand.Key key = stored.key();
            return new ValueFormView(key.measure(), key.periodStart().toString(), key.grain().name(),
                    key.channel() == null ? "" : key.channel(), stored.value().toPlainString(),
                    stored.currency() == null ? companyCurrency : stored.currency(), keyText(key));
        }

        public boolean editing() {
            return original != null && !original.isEmpty();
        }
    }

    /** A stored value in the list, in the reader's words. */
    public record ValueRowView(String key, String measure, String measureCode, String period, String channel,
                               String value, String recorded, String by) {

        static ValueRowView from(ValuesByHand.Stored stored, ChannelCatalog channels, AdminMessages texts,
                                 Locale locale) {
            ValuesByHand.Key key = stored.key();
            Optional<MeasureDefinition> measure = MeasureCatalog.standard().find(key.measure());
            String grain = switch (key.grain()) {
                case DAY -> texts.day();
                case WEEK -> texts.week();
                default -> texts.month();
            };
            String value = measure.map(definition -> Formats.number(stored.value(), definition.unit(),
                    Optional.ofNullable(stored.currency()).map(ValueRowView::currency), locale))
                    .orElse(stored.value().toPlainString());
            return new ValueRowView(keyText(key), measure.map(m -> m.name(locale)).orElse(key.measure()),
                    key.measure(), grain + ", " + Formats.date(key.periodStart(), locale),
                    key.channel() == null ? texts.no_channel() : channels.name(key.channel(), locale), value,
                    stored.recordedAt() == null ? "—" : Formats.whenOf(stored.recordedAt(), locale),
                    stored.recordedBy() == null ? "" : stored.recordedBy());
        }

        private static java.util.Currency currency(String code) {
            try {
                return java.util.Currency.getInstance(code);
            } catch (IllegalArgumentException e) {
                return java.util.Currency.getInstance("XXX");
            }
        }
    }

    @Inject
    ManualValues values;

    @Inject
    ChannelCatalogs channels;

    @Inject
    CurrentSettings settings;

    @Inject
    SecurityIdentity identity;

    @Inject
    Ui ui;

    /**
     * @param page which page of the list (from 1)
     * @param edit the key of a value to change in the form
     * @param done {@code saved} or {@code removed} after a change, for the note above the form
     */
    @GET
    public Response values(@QueryParam("page") String page, @QueryParam("edit") String edit,
                           @QueryParam("done") String done) {
        String currency = settings.current().currency();
        ValueFormView form = ValueFormView.empty(currency);
        if (edit != null && !edit.isBlank()) {
            Optional<ValuesByHand.Stored> stored = values.find(key("edit", edit));
            if (stored.isEmpty()) {
                return Response.status(Response.Status.CONFLICT).entity(page(form, 1, null, FieldErrors.of(List.of(
                        SetupProblem.of(SetupProblem.WHOLE, "original", SetupProblem.Kind.GONE)), ui.locale(),
                        FIELDS))).build();
            }
            form = ValueFormView.from(stored.get(), currency);
        }
        return Response.ok(page(form, pageNumber(page), "saved".equals(done) || "removed".equals(done) ? done : null,
                FieldErrors.none())).build();
    }

    /** A new value, or (with {@code original}, the key of a stored one) a change of that value. */
    @POST
    public Response save(@RestForm String measure, @RestForm String periodStart, @RestForm String grain,
                         @RestForm String channel, @RestForm String value, @RestForm String currency,
                         @RestForm String original) {
        ValueFormView typed = new ValueFormView(text(measure), text(periodStart), text(grain), text(channel),
                text(value), text(currency), text(original));
        ManualValues.Typed fields = new ManualValues.Typed(measure, periodStart, grain, channel, value, currency);
        String actor = identity.getPrincipal().getName();
        ManualValues.Outcome outcome = typed.editing() ? values.change(key("original", original), fields, actor)
                : values.enter(fields, actor);
        return switch (outcome) {
            case ManualValues.Outcome.Saved saved -> Response.seeOther(URI.create("/admin/values?done=saved")).build();
            case ManualValues.Outcome.Rejected rejected -> Response.status(422).entity(page(typed, 1, null,
                    FieldErrors.of(rejected.problems(), ui.locale(), FIELDS))).build();
            case ManualValues.Outcome.Gone gone -> Response.status(Response.Status.CONFLICT).entity(page(typed, 1, null,
                    FieldErrors.of(List.of(SetupProblem.of(SetupProblem.WHOLE, "original", SetupProblem.Kind.GONE)),
                            ui.locale(), FIELDS))).build();
        };
    }

    /** Deletes the value stored under {@code key}. */
    @POST
    @Path("delete")
    public Response delete(@RestForm String key) {
        return switch (values.remove(key("key", key), identity.getPrincipal().getName())) {
            case ManualValues.Outcome.Saved saved -> Response.seeOther(URI.create("/admin/values?done=removed")).build();
            case ManualValues.Outcome.Rejected rejected -> throw new IllegalStateException("a removal names no field");
            case ManualValues.Outcome.Gone gone -> Response.status(Response.Status.CONFLICT).entity(page(
                    ValueFormView.empty(settings.current().currency()), 1, null, FieldErrors.of(List.of(SetupProblem.of(
                            SetupProblem.WHOLE, "original", SetupProblem.Kind.GONE)), ui.locale(), FIELDS))).build();
        };
    }

    private TemplateInstance page(ValueFormView form, int page, String done, FieldErrors errors) {
        Locale locale = ui.locale();
        ChannelCatalog catalog = channels.current();
        AdminMessages texts = SetupTexts.messages(locale);
        ManualValues.Page shown = values.page(page);
        List<ValueRowView> rows = shown.values().stream()
                .map(stored -> ValueRowView.from(stored, catalog, texts, locale)).toList();
        List<MeasureOption> measures = MeasureCatalog.standard().all().stream()
                .map(measure -> MeasureOption.from(measure, locale)).toList();
        return ui.page(Templates.values(form, measures, ChannelOption.all(catalog, locale), rows, PageView.from(shown), done,
                errors));
    }

    /** {@code measure:GRAIN:YYYY-MM-DD:channel} (the channel empty for none), as the page writes it. */
    static String keyText(ValuesByHand.Key key) {
        return key.measure() + ":" + key.grain().name() + ":" + key.periodStart() + ":"
                + (key.channel() == null ? "" : key.channel());
    }

    /** The key a link or a hidden field of this page carries; anything else was not written by this page: a 400. */
    private static ValuesByHand.Key key(String field, String text) {
        String[] parts = text == null || text.length() > 3 * TextInput.CODE ? new String[0] : text.split(":", -1);
        if (parts.length == 4 && parts[0].matches("[a-z][a-z0-9_]{0,63}") && parts[3].matches("([a-z][a-z0-9_]{0,63})?")
                && DateWindow.parseIso(parts[2]) instanceof DateWindow.Parsed day) {
            for (Grain grain : List.of(Grain.DAY, Grain.WEEK, Grain.MONTH)) {
                if (grain.name().equals(parts[1])) {
                    return new ValuesByHand.Key(parts[0], day.day(), grain, parts[3]);
                }
            }
        }
        String shown = InputProblem.excerpt(text);
        throw InvalidInput.of(field, "NOT_A_VALUE_KEY",
                Bundles.both(AdminMessages.class, texts -> texts.refused_value_key(shown)));
    }

    private static int pageNumber(String text) {
        if (text == null || text.isBlank()) {
            return 1;
        }
        String digits = Parameters.line("page", text.strip(), 6);
        if (!digits.chars().allMatch(Character::isDigit)) {
            String shown = InputProblem.excerpt(text);
            throw InvalidInput.of("page", "NOT_A_PAGE", Bundles.both(AdminMessages.class, texts -> texts.refused_page(shown)));
        }
        return Integer.parseInt(digits);
    }

    private static String text(String typed) {
        return typed == null ? "" : typed;
    }
}
