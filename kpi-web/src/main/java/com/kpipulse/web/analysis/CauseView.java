package com.kpipulse.web.analysis;

import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.analysis.why.ReferenceKind;
import com.kpipulse.domain.cycle.CycleCause;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.text.Names;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A deviation's cause as a reader sees it beside the figure: a few words («Канал: VK Реклама»), what it was measured
 * from, the sentences with the figures, the other causes that fit and, when the inputs had anomalies nobody
 * acknowledged, that the data may be the cause.
 *
 * @param key        the cause's code in lower case, for the CSS class and tests
 * @param possibleData "" unless anomalies in the inputs make the data a possible cause
 */
public record CauseView(String key, String label, String against, List<String> evidence, String alsoFits,
                        String possibleData) {

    public static CauseView of(CycleCause cause, Locale locale) {
        CauseMessages texts = Bundles.of(CauseMessages.class, locale);
        String name = name(cause.cause(), texts);
        String label = cause.explainedBy().isEmpty() || cause.cause() != Cause.CHANNEL ? name
                : texts.with_channels(name, cause.explainedBy().stream()
                .map(code -> code.isBlank() ? texts.without_channel() : Names.channel(code, locale))
                .collect(Collectors.joining(", ")));
        String also = cause.alsoFits().isEmpty() ? "" : texts.also_fits(cause.alsoFits().stream()
                .map(other -> name(other, texts).toLowerCase(locale)).collect(Collectors.joining(", ")));
        String data = cause.anomalies().isEmpty() || cause.cause() == Cause.DATA ? ""
                : texts.possible_data(Integer.toString(cause.anomalies().size()));
        return new CauseView(cause.cause().name().toLowerCase(Locale.ROOT), label, against(cause.against(), texts),
                cause.evidence().stream().map(message -> message.in(locale)).toList(), also, data);
    }

    /** The cause in a word or two. */
    public static String name(Cause cause, CauseMessages texts) {
        return switch (cause) {
            case DATA -> texts.data();
            case SEASON -> texts.season();
            case BUDGET -> texts.budget();
            case STRATEGY -> texts.strategy();
            case CHANNEL -> texts.channel();
            case NONE -> texts.none();
            case UNEXPLAINED -> texts.unexplained();
        };
    }

    private static String against(ReferenceKind against, CauseMessages texts) {
        return switch (against) {
            case PLAN -> texts.against_plan();
            case PREVIOUS -> texts.against_previous();
            case LAST_YEAR -> texts.against_last_year();
        };
    }

    /** The sentences as one paragraph. */
    public String evidenceText() {
        return String.join(" ", evidence);
    }
}
