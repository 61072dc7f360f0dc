package com.kpipulse.application.channel;

import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.importing.ChannelRules;
import com.kpipulse.application.setup.SetupProblem;
import com.kpipulse.application.setup.SetupProblem.Kind;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.channel.Channel;
import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.channel.ChannelRule;
import com.kpipulse.domain.input.TextInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Admins keep the channel catalog (code, Russian and English name, paid or organic, social or not, in the order
 * pages list them) as one versioned record, replaced as a whole and audited. Every row is checked first, each problem
 * naming its row and field; a channel that mapping rules or stored values still name is not removed (the reason says
 * which), so neither a rule nor a value is ever left pointing at a channel nobody can pick.
 */
@ApplicationScoped
public class EditChannelCatalog {

    /** More channels than this are no catalog a person reads. */
    public static final int MAX_CHANNELS = 100;

    /** One row as an admin typed it. */
    public record ChannelLine(String code, String nameRu, String nameEn, boolean paid, boolean social) {
    }

    /** How replacing the catalog ended. */
    public sealed interface Outcome {

        /** Stored: the catalog as it is now and its version. */
        record Saved(ChannelCatalog catalog, long version) implements Outcome {
        }

        /** Not stored: every problem, each with its row and field. */
        record Rejected(List<SetupProblem> problems) implements Outcome {
            public Rejected {
                problems = List.copyOf(problems);
            }
        }

        /** Not stored: somebody else replaced the catalog after the writer read it. */
        record Stale(long currentVersion) implements Outcome {
        }
    }

    private final Channels channels;
    private final ChannelRules rules;
    private final AuditTrail audit;

    @Inject
    public EditChannelCatalog(Channels channels, ChannelRules rules, AuditTrail audit) {
        this.channels = channels;
        this.rules = rules;
        this.audit = audit;
    }

    /** The catalog with its version, for a writer who wants to replace exactly what they saw. */
    public Versioned<ChannelCatalog> versioned() {
        return channels.versioned();
    }

    /**
     * Replaces the whole catalog with these rows, in this order. Texts are bounded before anything else (a code
     * {@value TextInput#CODE} characters, names {@value TextInput#NAME}); with {@link ExpectedVersion#of} only the
     * catalog the admin saw is replaced.
     */
    @Transactional
    public Outcome replace(List<ChannelLine> lines, ExpectedVersion expected, String actor) {
        List<SetupProblem> problems = new ArrayList<>();
        List<Channel> checked = check(lines, problems);
        if (!problems.isEmpty()) {
            return new Outcome.Rejected(problems);
        }
        Versioned<ChannelCatalog> before = channels.versioned();
        if (!expected.admits(before.version())) {
            return new Outcome.Stale(before.version());
        }
        ChannelCatalog next = new ChannelCatalog(checked);
        List<String> removed = before.value().codes().stream().filter(code -> !next.contains(code)).toList();
        if (!removed.isEmpty()) {
            Map<String, Long> named = rules.current().rules().stream().map(ChannelRule::channel)
                    .filter(removed::contains).collect(Collectors.groupingBy(code -> code, Collectors.counting()));
            Set<String> withValues = channels.withValues(removed);
            for (String code : removed) {
                if (named.containsKey(code)) {
                    problems.add(SetupProblem.of(SetupProblem.WHOLE, "channels", Kind.CHANNEL_HAS_RULES,
                            code, named.get(code)));
                } else if (withValues.contains(code)) {
                    problems.add(SetupProblem.of(SetupProblem.WHOLE, "channels", Kind.CHANNEL_HAS_VALUES, code));
                }
            }
            if (!problems.isEmpty()) {
                return new Outcome.Rejected(problems);
            }
        }
        return switch (channels.replace(next, expected)) {
            case VersionedWrite.Written written -> {
                audit.record(actor, "channel_catalog", "all", "replace", describe(before.value()), describe(next));
                yield new Outcome.Saved(next, written.version());
            }
            case VersionedWrite.Stale stale -> new Outcome.Stale(stale.currentVersion());
            case VersionedWrite.Missing missing -> new Outcome.Stale(0);
        };
    }

    /** The channels of the rows, or the problems of every row that is wrong. */
    private static List<Channel> check(List<ChannelLine> lines, List<SetupProblem> problems) {
        if (lines.isEmpty()) {
            problems.add(SetupProblem.of(SetupProblem.WHOLE, "channels", Kind.EMPTY));
            return List.of();
        }
        if (lines.size() > MAX_CHANNELS) {
            problems.add(SetupProblem.of(SetupProblem.WHOLE, "channels", Kind.TOO_MANY, lines.size(), MAX_CHANNELS));
            return List.of();
        }
        List<Channel> checked = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (int row = 0; row < lines.size(); row++) {
            ChannelLine line = lines.get(row);
            int before = problems.size();
            if (line == null) {
                problems.add(SetupProblem.of(row, "code", Kind.REQUIRED));
                continue;
            }
            String code = line.code() == null ? "" : line.code().strip();
            if (code.isEmpty()) {
                problems.add(SetupProblem.of(row, "code", Kind.REQUIRED));
            } else {
                int at = row;
                TextInput.line(code, TextInput.CODE).ifPresentOrElse(
                        unfit -> problems.add(SetupProblem.input(at, "code", unfit)),
                        () -> {
                            if (!Channel.isCode(code)) {
                                problems.add(SetupProblem.of(at, "code", Kind.NOT_A_CODE,
                                        com.kpipulse.domain.input.InputProblem.excerpt(code)));
                            } else {
                                Integer first = firstRow.putIfAbsent(code, at);
                                if (first != null) {
                                    problems.add(SetupProblem.of(at, "code", Kind.REPEATED, code, first + 1));
                                }
                            }
                        });
            }
            String nameRu = name(row, "nameRu", line.nameRu(), problems);
            String nameEn = name(row, "nameEn", line.nameEn(), problems);
            if (problems.size() == before) {
                checked.add(new Channel(code, LocalizedText.of(nameRu, nameEn), line.paid(), line.social()));
            }
        }
        return checked;
    }

    private static String name(int row, String field, String typed, List<SetupProblem> problems) {
        if (typed == null || typed.isBlank()) {
            problems.add(SetupProblem.of(row, field, Kind.REQUIRED));
            return null;
        }
        var unfit = TextInput.line(typed, TextInput.NAME);
        unfit.ifPresent(problem -> problems.add(SetupProblem.input(row, field, problem)));
        return unfit.isPresent() ? null : typed.strip();
    }

    private static String describe(ChannelCatalog catalog) {
        return catalog.all().stream().map(channel -> channel.code() + " «" + channel.name().ru() + "» / «"
                        + channel.name().en() + "»" + (channel.paid() ? " paid" : " organic")
                        + (channel.social() ? " social" : ""))
                .collect(Collectors.joining("\n"));
    }
}
