package com.kpipulse.application.correction;

import com.kpipulse.application.access.ActionRights;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.goal.Goals;
import com.kpipulse.application.people.Person;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.correction.ActionDetails;
import com.kpipulse.domain.correction.EffectDirection;
import com.kpipulse.domain.correction.EffectWindow;
import com.kpipulse.domain.correction.ExpectedEffect;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.input.DateWindow;
import com.kpipulse.domain.input.DecimalInput;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.input.InputProblemKind;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads an action as a person wrote it into {@link ActionDetails}, or says field by field what is wrong: every text
 * by its length first (a megabyte costs nothing to refuse), then what it means: a goal the writer may see, a KPI of
 * the catalog they may read, channels of the catalog, an owner of the realm, a due date not in the past (unless it is
 * the one already kept), an expected effect named whole, a window of whole days for watching the effect (two weeks
 * when none is given).
 */
final class ActionCheck {

    /** What is wrong, or the details read. */
    sealed interface Result {
        record Read(ActionDetails details) implements Result {
        }

        record Problems(List<ActionProblem> problems) implements Result {
            public Problems {
                problems = List.copyOf(problems);
            }
        }
    }

    private static final String FIELD_WINDOW = "effectWindowDays";
    /** Up to three digits: anything longer is outside the window's range anyway. */
    private static final Pattern WHOLE_DAYS = Pattern.compile("[0-9]{1,3}");

    private final Reader writer;
    private final KpiCatalog kpis;
    private final ChannelCatalog channels;
    private final Goals goals;
    private final ActionRights rights;
    private final Optional<List<Person>> people;
    private final LocalDate today;

    ActionCheck(Reader writer, KpiCatalog kpis, ChannelCatalog channels, Goals goals, ActionRights rights,
                Optional<List<Person>> people, LocalDate today) {
        this.writer = writer;
        this.kpis = kpis;
        this.channels = channels;
        this.goals = goals;
        this.rights = rights;
        this.people = people;
        this.today = today;
    }

    /** @param keptDue the due date the action has now; a date in the past is refused only when it is another one */
    Result read(ActionInput input, Optional<LocalDate> keptDue) {
        List<ActionProblem> problems = new ArrayList<>();
        Optional<String> title = text(problems, "title", input.title(), ActionDetails.MAX_TITLE, TextInput.Lines.ONE, true);
        Optional<String> hypothesis = text(problems, "hypothesis", input.hypothesis(), ActionDetails.MAX_TEXT,
                TextInput.Lines.MANY, false);
        Optional<GoalId> goal = goal(problems, input.goal());
        Optional<KpiCode> kpi = kpi(problems, "kpi", input.kpi());
        if (blank(input.goal()) && blank(input.kpi())) {
            problems.add(ActionProblem.of("kpi", ActionProblemKind.GOAL_OR_KPI));
        }
        List<String> chosen = channels(problems, input.channels());
        Optional<String> owner = owner(problems, input.owner());
        Optional<LocalDate> due = due(problems, input.due(), keptDue);
        Optional<ExpectedEffect> effect = effect(problems, input);
        Optional<EffectWindow> window = window(problems, input.effectWindowDays());
        if (!problems.isEmpty()) {
            return new Result.Problems(problems);
        }
        return new Result.Read(new ActionDetails(title.orElseThrow(), goal, kpi, chosen, owner.orElseThrow(),
                due.orElseThrow(), hypothesis.orElse(""), effect, window.orElseThrow()));
    }

    /** A text bounded by its length first; {@code required}: a blank one is a problem, else it is empty. */
    static Optional<String> text(List<ActionProblem> problems, String field, String text, int max,
                                 TextInput.Lines lines, boolean required) {
        Optional<InputProblem> unfit = TextInput.check(text, max, lines);
        if (unfit.isPresent()) {
            problems.add(ActionProblem.of(field, unfit.get()));
            return Optional.empty();
        }
        if (blank(text)) {
            if (required) {
                problems.add(ActionProblem.of(field, InputProblem.of(InputProblemKind.REQUIRED)));
            }
            return Optional.empty();
        }
        return Optional.of(text.strip());
    }

    private Optional<GoalId> goal(List<ActionProblem> problems, String text) {
        if (blank(text)) {
            return Optional.empty();
        }
        Optional<InputProblem> unfit = TextInput.line(text, TextInput.CODE);
        if (unfit.isPresent()) {
            problems.add(ActionProblem.of("goal", unfit.get()));
            return Optional.empty();
        }
        Optional<Goal> found = parseUuid(text.strip()).map(GoalId::new).flatMap(goals::find).map(Versioned::value)
                .filter(goal -> rights.mayLinkGoal(writer, goal));
        if (found.isEmpty()) {
            problems.add(ActionProblem.of("goal", ActionProblemKind.UNKNOWN_GOAL, InputProblem.excerpt(text)));
        }
        return found.map(Goal::id);
    }

    private Optional<KpiCode> kpi(List<ActionProblem> problems, String field, String text) {
        if (blank(text)) {
            return Optional.empty();
        }
        Optional<InputProblem> unfit = TextInput.line(text, TextInput.CODE);
        if (unfit.isPresent()) {
            problems.add(ActionProblem.of(field, unfit.get()));
            return Optional.empty();
        }
        String code = text.strip();
        if (kpis.find(code).isEmpty() || !rights.mayLinkKpi(writer, code)) {
            problems.add(ActionProblem.of(field, ActionProblemKind.UNKNOWN_KPI, InputProblem.excerpt(code)));
            return Optional.empty();
        }
        return Optional.of(new KpiCode(code));
    }

    private List<String> channels(List<ActionProblem> problems, List<String> codes) {
        if (codes.size() > ActionDetails.MAX_CHANNELS) {
            problems.add(ActionProblem.of("channels", ActionProblemKind.TOO_MANY_CHANNELS, codes.size(),
                    ActionDetails.MAX_CHANNELS));
            return List.of();
        }
        List<String> read = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            Optional<InputProblem> unfit = TextInput.line(code, TextInput.CODE);
            if (unfit.isPresent()) {
                problems.add(ActionProblem.of("channels", unfit.get()));
            } else if (!channels.contains(code.strip())) {
                problems.add(ActionProblem.of("channels", ActionProblemKind.UNKNOWN_CHANNEL, InputProblem.excerpt(code)));
            } else if (!seen.add(code.strip())) {
                problems.add(ActionProblem.of("channels", ActionProblemKind.CHANNEL_TWICE, code.strip()));
            } else {
                read.add(code.strip());
            }
        }
        return read;
    }

    private Optional<String> owner(List<ActionProblem> problems, String text) {
        Optional<String> login = text(problems, "owner", text, TextInput.CODE, TextInput.Lines.ONE, true);
        if (login.isEmpty()) {
            return Optional.empty();
        }
        if (people.isEmpty()) {
            // nobody can be looked up: the writer, who signed in, is the one person known to be of the realm
            if (login.get().equalsIgnoreCase(writer.name())) {
                return Optional.of(writer.name());
            }
            problems.add(ActionProblem.of("owner", ActionProblemKind.DIRECTORY_UNAVAILABLE));
            return Optional.empty();
        }
        Optional<Person> person = people.get().stream()
                .filter(candidate -> candidate.login().equalsIgnoreCase(login.get())).findFirst();
        if (person.isEmpty()) {
            problems.add(ActionProblem.of("owner", ActionProblemKind.UNKNOWN_OWNER, InputProblem.excerpt(login.get())));
        }
        return person.map(Person::login);
    }

    private Optional<LocalDate> due(List<ActionProblem> problems, String text, Optional<LocalDate> kept) {
        if (blank(text)) {
            problems.add(ActionProblem.of("dueDate", InputProblem.of(InputProblemKind.REQUIRED)));
            return Optional.empty();
        }
        return switch (DateWindow.parsePlanned(text)) {
            case DateWindow.Refused refused -> {
                problems.add(ActionProblem.of("dueDate", refused.problem()));
                yield Optional.empty();
            }
            case DateWindow.Parsed parsed -> {
                if (parsed.day().isBefore(today) && !kept.equals(Optional.of(parsed.day()))) {
                    problems.add(ActionProblem.of("dueDate", ActionProblemKind.DUE_IN_PAST, parsed.day(), today));
                    yield Optional.empty();
                }
                yield Optional.of(parsed.day());
            }
        };
    }

    private Optional<ExpectedEffect> effect(List<ActionProblem> problems, ActionInput input) {
        if (blank(input.effectKpi()) && blank(input.effectDirection()) && blank(input.effectSize())) {
            return Optional.empty();
        }
        int before = problems.size();
        Optional<KpiCode> kpi = kpi(problems, "expectedEffect.kpi", input.effectKpi());
        Optional<EffectDirection> direction = direction(problems, input.effectDirection());
        Optional<BigDecimal> size = size(problems, input.effectSize());
        if (problems.size() > before) {
            return Optional.empty();
        }
        incomplete(problems, "expectedEffect.kpi", kpi);
        incomplete(problems, "expectedEffect.direction", direction);
        incomplete(problems, "expectedEffect.size", size);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ExpectedEffect(kpi.orElseThrow(), direction.orElseThrow(), size.orElseThrow()));
    }

    /** Whole days from a week to ninety; none given is two weeks. */
    private static Optional<EffectWindow> window(List<ActionProblem> problems, String text) {
        if (blank(text)) {
            return Optional.of(EffectWindow.standard());
        }
        Optional<InputProblem> unfit = TextInput.line(text, TextInput.CODE);
        if (unfit.isPresent()) {
            problems.add(ActionProblem.of(FIELD_WINDOW, unfit.get()));
            return Optional.empty();
        }
        String days = text.strip();
        if (!WHOLE_DAYS.matcher(days).matches() || !EffectWindow.fits(Long.parseLong(days))) {
            problems.add(ActionProblem.of(FIELD_WINDOW, ActionProblemKind.EFFECT_WINDOW, InputProblem.excerpt(days),
                    EffectWindow.SHORTEST, EffectWindow.LONGEST));
            return Optional.empty();
        }
        return Optional.of(new EffectWindow(Integer.parseInt(days)));
    }

    private static void incomplete(List<ActionProblem> problems, String field, Optional<?> part) {
        if (part.isEmpty()) {
            problems.add(ActionProblem.of(field, ActionProblemKind.EFFECT_INCOMPLETE));
        }
    }

    private static Optional<EffectDirection> direction(List<ActionProblem> problems, String text) {
        if (blank(text)) {
            return Optional.empty();
        }
        Optional<InputProblem> unfit = TextInput.line(text, TextInput.CODE);
        if (unfit.isPresent()) {
            problems.add(ActionProblem.of("expectedEffect.direction", unfit.get()));
            return Optional.empty();
        }
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "UP" -> Optional.of(EffectDirection.UP);
            case "DOWN" -> Optional.of(EffectDirection.DOWN);
            default -> {
                problems.add(ActionProblem.of("expectedEffect.direction", ActionProblemKind.NOT_A_DIRECTION,
                        InputProblem.excerpt(text)));
                yield Optional.empty();
            }
        };
    }

    private static Optional<BigDecimal> size(List<ActionProblem> problems, String text) {
        if (blank(text)) {
            return Optional.empty();
        }
        return switch (DecimalInput.parse(text)) {
            case DecimalInput.Refused refused -> {
                problems.add(ActionProblem.of("expectedEffect.size", refused.problem()));
                yield Optional.empty();
            }
            case DecimalInput.Parsed parsed -> {
                if (!ExpectedEffect.fits(parsed.value())) {
                    problems.add(ActionProblem.of("expectedEffect.size", ActionProblemKind.EFFECT_SIZE,
                            InputProblem.excerpt(text.strip())));
                    yield Optional.empty();
                }
                yield Optional.of(parsed.value());
            }
        };
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Optional<UUID> parseUuid(String text) {
        if (text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
