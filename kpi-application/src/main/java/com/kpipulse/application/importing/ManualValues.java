package com.kpipulse.application.importing;

import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.channel.ChannelCatalogs;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.application.measure.ValuesByHand;
import com.kpipulse.application.measure.ValuesByHand.Key;
import com.kpipulse.application.setup.SetupProblem;
import com.kpipulse.application.setup.SetupProblem.Kind;
import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.company.CompanySettings;
import com.kpipulse.domain.input.DateWindow;
import com.kpipulse.domain.input.DecimalInput;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.domain.measure.MeasureCatalog;
import com.kpipulse.domain.measure.MeasureDefinition;
import com.kpipulse.domain.period.Grain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Values typed in by hand on the setup page (survey answers, market size, receivables): entered, listed newest first,
 * changed and removed one by one. What was typed is checked field by field (each problem names its field, so the
 * form can say it there), then by the rules every value passes ({@link ObservationRowCheck}), and stored through
 * {@link EnterValues}, audited. A value's natural key (measure, period, grain, channel) is how the store knows it:
 * changing any of these removes the old value and stores the new one, in one transaction.
 */
@ApplicationScoped
public class ManualValues {

    /** The source system of values typed in. */
    public static final String SOURCE = "manual";
    /** Values a page of the list shows. */
    public static final int PAGE_SIZE = 20;

    /** What the form sends, as typed. */
    public record Typed(String measure, String periodStart, String grain, String channel, String value,
                        String currency) {
    }

    /** One page of the list, {@code number} counting from 1. */
    public record Page(List<ValuesByHand.Stored> values, int number, int pages, long total) {
    }

    /** How a change ended. */
    public sealed interface Outcome {

        /** Stored (or removed): the key of the value. */
        record Saved(Key key) implements Outcome {
        }

        /** Not stored: a problem per field that is wrong. */
        record Rejected(List<SetupProblem> problems) implements Outcome {
            public Rejected {
                problems = List.copyOf(problems);
            }
        }

        /** The value to change or remove is no longer stored. */
        record Gone() implements Outcome {
        }
    }

    private final EnterValues enter;
    private final ValuesByHand stored;
    private final ChannelCatalogs channels;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public ManualValues(EnterValues enter, ValuesByHand stored, ChannelCatalogs channels, AuditTrail audit,
                        Clock clock) {
        this.enter = enter;
        this.stored = stored;
        this.channels = channels;
        this.audit = audit;
        this.clock = clock;
    }

    /** Page {@code number} (from 1; past the last: the last) of the values typed in, the newest first. */
    public Page page(int number) {
        long total = stored.count(SOURCE);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(1, number), pages);
        return new Page(stored.newestFirst(SOURCE, (shown - 1) * PAGE_SIZE, PAGE_SIZE), shown, pages, total);
    }

    public Optional<ValuesByHand.Stored> find(Key key) {
        return stored.find(SOURCE, key);
    }

    /** Stores a new value (or replaces the one under the same key). */
    @Transactional
    public Outcome enter(Typed typed, String actor) {
        List<SetupProblem> problems = new ArrayList<>();
        ObservationRow row = read(typed, problems);
        return problems.isEmpty() ? store(row, actor) : new Outcome.Rejected(problems);
    }

    /** Changes the value stored under {@code original} to what was typed; a changed key moves the value. */
    @Transactional
    public Outcome change(Key original, Typed typed, String actor) {
        List<SetupProblem> problems = new ArrayList<>();
        ObservationRow row = read(typed, problems);
        if (!problems.isEmpty()) {
            return new Outcome.Rejected(problems);
        }
        Optional<ValuesByHand.Stored> before = stored.find(SOURCE, original);
        if (before.isEmpty()) {
            return new Outcome.Gone();
        }
        if (!keyOf(row).equals(original)) {
            removeStored(before.get(), actor);
        }
        return store(row, actor);
    }

    @Transactional
    public Outcome remove(Key key, String actor) {
        Optional<ValuesByHand.Stored> before = stored.find(SOURCE, key);
        if (before.isEmpty()) {
            return new Outcome.Gone();
        }
        removeStored(before.get(), actor);
        return new Outcome.Saved(key);
    }

    private void removeStored(ValuesByHand.Stored value, String actor) {
        stored.delete(SOURCE, value.key());
        audit.record(actor, "observation", describe(value.key()), "delete",
                value.value().stripTrailingZeros().toPlainString(), null);
    }

    private Outcome store(ObservationRow row, String actor) {
        return switch (enter.enter(SOURCE, List.of(row), actor)) {
            case EnterValues.Outcome.Stored saved -> new Outcome.Saved(keyOf(row));
            // the row passed the same checks just before, and one row cannot contradict itself
            case EnterValues.Outcome.Rejected rejected -> throw new IllegalStateException(
                    "A value by hand that passed its checks was refused: " + rejected.problems());
        };
    }

    /** The row the typed fields make, or null with a problem for each field that is wrong. */
    private ObservationRow read(Typed typed, List<SetupProblem> problems) {
        MeasureDefinition measure = measure(typed.measure(), problems);
        LocalDate day = switch (DateWindow.parseIso(typed.periodStart())) {
            case DateWindow.Parsed parsed -> parsed.day();
            case DateWindow.Refused refused -> {
                problems.add(SetupProblem.input(SetupProblem.WHOLE, "periodStart", refused.problem()));
                yield null;
            }
        };
        Grain grain = grain(typed.grain(), problems);
        String channel = channel(typed.channel(), problems);
        BigDecimal value = value(typed.value(), problems);
        String currency = currency(typed.currency(), measure != null && measure.isMoney(), problems);
        if (!problems.isEmpty()) {
            return null;
        }
        ObservationRow row = new ObservationRow(0, measure.code().value(), day, grain, channel, null, null, value,
                currency);
        ObservationRowCheck check = new ObservationRowCheck(MeasureCatalog.standard(), channels.current(),
                new com.kpipulse.domain.channel.ChannelMapping(List.of()), LocalDate.now(clock));
        check.check(row).ifPresent(failure -> problems.add(failure.problem()));
        return row;
    }

    private static MeasureDefinition measure(String typed, List<SetupProblem> problems) {
        String code = line("measure", typed, problems);
        if (code == null) {
            return null;
        }
        Optional<MeasureDefinition> found = MeasureCatalog.standard().find(code);
        if (found.isEmpty()) {
            problems.add(SetupProblem.of(SetupProblem.WHOLE, "measure", Kind.UNKNOWN_MEASURE, InputProblem.excerpt(code)));
        }
        return found.orElse(null);
    }

    private static Grain grain(String typed, List<SetupProblem> problems) {
        String text = line("grain", typed, problems);
        if (text == null) {
            return null;
        }
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "DAY" -> Grain.DAY;
            case "WEEK" -> Grain.WEEK;
            case "MONTH" -> Grain.MONTH;
            default -> {
                problems.add(SetupProblem.of(SetupProblem.WHOLE, "grain", Kind.NOT_A_CHOICE, InputProblem.excerpt(text)));
                yield null;
            }
        };
    }

    /** A channel of the catalog, or null for none; a form offers the catalog's channels only, no raw sources. */
    private String channel(String typed, List<SetupProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Optional<InputProblem> unfit = TextInput.line(typed, TextInput.CODE);
        if (unfit.isPresent()) {
            problems.add(SetupProblem.input(SetupProblem.WHOLE, "channel", unfit.get()));
            return null;
        }
        ChannelCatalog catalog = channels.current();
        if (!catalog.contains(typed.strip())) {
            problems.add(SetupProblem.of(SetupProblem.WHOLE, "channel", Kind.UNKNOWN_CHANNEL,
                    InputProblem.excerpt(typed.strip())));
            return null;
        }
        return typed.strip();
    }

    /** People type {@code 1 234,5}: spaces group thousands and a comma may be the decimal mark. */
    private static BigDecimal value(String typed, List<SetupProblem> problems) {
        String text = typed == null || typed.length() > DecimalInput.MAX_CHARACTERS * 4 ? typed
                : typed.replace(" ", "").replace("\u00A0", "").replace(',', '.');
        return switch (DecimalInput.parse(text)) {
            case DecimalInput.Parsed parsed -> parsed.value();
            case DecimalInput.Refused refused -> {
                problems.add(SetupProblem.input(SetupProblem.WHOLE, "value", refused.problem()));
                yield null;
            }
        };
    }

    /**
     * The currency of money (required, an ISO code); for any other measure none is kept, but what was sent is still
     * bounded like every text.
     */
    private static String currency(String typed, boolean money, List<SetupProblem> problems) {
        if (!money) {
            if (typed != null && !typed.isBlank()) {
                TextInput.line(typed, TextInput.CODE)
                        .ifPresent(problem -> problems.add(SetupProblem.input(SetupProblem.WHOLE, "currency", problem)));
            }
            return null;
        }
        if (typed == null || typed.isBlank()) {
            problems.add(SetupProblem.of(SetupProblem.WHOLE, "currency", Kind.CURRENCY_REQUIRED));
            return null;
        }
        String code = line("currency", typed, problems);
        if (code == null) {
            return null;
        }
        Optional<String> known = CompanySettings.currencyOf(code.toUpperCase(Locale.ROOT));
        if (known.isEmpty()) {
            problems.add(SetupProblem.of(SetupProblem.WHOLE, "currency", Kind.NOT_A_CURRENCY, InputProblem.excerpt(code)));
        }
        return known.orElse(null);
    }

    /** A required one-line code, stripped; null with a problem when it is empty or no text. */
    private static String line(String field, String typed, List<SetupProblem> problems) {
        if (typed == null || typed.isBlank()) {
            problems.add(SetupProblem.of(SetupProblem.WHOLE, field, Kind.REQUIRED));
            return null;
        }
        Optional<InputProblem> unfit = TextInput.line(typed, TextInput.CODE);
        unfit.ifPresent(problem -> problems.add(SetupProblem.input(SetupProblem.WHOLE, field, problem)));
        return unfit.isPresent() ? null : typed.strip();
    }

    private static Key keyOf(ObservationRow row) {
        return new Key(row.measure(), row.periodStart(), row.grain(), row.channel());
    }

    private static String describe(Key key) {
        return String.join("|", SOURCE, key.measure(), key.grain().name(), key.periodStart().toString(),
                key.channel() == null ? "" : key.channel(), "", "");
    }
}
