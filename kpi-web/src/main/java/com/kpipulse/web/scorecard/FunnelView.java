package com.kpipulse.web.scorecard;

import com.kpipulse.application.scorecard.Scorecard;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.web.text.Formats;
import com.kpipulse.web.text.Names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A funnel of the marketer's scorecard in the reader's language: its stages, steps and the weakest link. */
public record FunnelView(String code, String name, List<Stage> stages) {

    /**
     * @param step the conversion from the stage before; empty for the first stage (and after a gap, which
     *             {@code gapNote} explains)
     */
    public record Stage(String name, KpiValue count, Optional<Step> step, String gapNote, boolean weakest) {
    }

    /**
     * @param usual  the step's average over the periods before, formatted; "" when there is too little history
     * @param change the conversion against usual, signed ("−20,0 %"); ""
     * @param scope  which channels the step is computed over when not all; ""
     */
    public record Step(String code, String name, boolean link, KpiValue conversion, String usual, String change,
                       boolean fell, String scope) {
    }

    /** The sentence under the funnels. */
    public record Weakest(String text) {
    }

    static List<FunnelView> from(Scorecard scorecard, Locale locale, ScorecardMessages messages) {
        Optional<Scorecard.WeakLink> weak = scorecard.weakLink();
        var funnels = new ArrayList<FunnelView>();
        for (int f = 0; f < scorecard.funnels().size(); f++) {
            Scorecard.Funnel funnel = scorecard.funnels().get(f);
            var stages = new ArrayList<Stage>();
            for (int s = 0; s < funnel.stages().size(); s++) {
                Scorecard.Stage stage = funnel.stages().get(s);
                boolean weakest = weak.isPresent() && weak.get().funnel() == f && weak.get().stage() == s;
                stages.add(new Stage(stage.measure().name(locale), stage.count(),
                        stage.step().map(step -> step(step, locale, messages)),
                        stage.gapBefore().map(gap -> messages.gap_before(gap.name(locale))).orElse(""), weakest));
            }
            funnels.add(new FunnelView(funnel.definition().code(), funnel.definition().name(locale), stages));
        }
        return funnels;
    }

    static Weakest weakest(Scorecard scorecard, Locale locale, ScorecardMessages messages) {
        if (scorecard.weakLink().isEmpty()) {
            return new Weakest(scorecard.funnels().isEmpty() ? "" : messages.no_weakest());
        }
        Scorecard.WeakLink weak = scorecard.weakLink().get();
        List<Scorecard.Stage> stages = scorecard.funnels().get(weak.funnel()).stages();
        Scorecard.Stage to = stages.get(weak.stage());
        Scorecard.Step step = to.step().orElseThrow();
        return new Weakest(messages.weakest_stage(stages.get(weak.stage() - 1).measure().name(locale),
                to.measure().name(locale), Formats.display(step.conversion(), locale),
                Formats.percent(step.usual().orElseThrow(), locale),
                Formats.signedPercentOf(step.change().orElseThrow(), locale)));
    }

    private static Step step(Scorecard.Step step, Locale locale, ScorecardMessages messages) {
        List<String> order = Names.channels().codes();
        String scope = step.scope().isEmpty() ? "" : messages.step_scope(step.scope().stream()
                .sorted((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)))
                .map(channel -> Names.channel(channel, locale)).collect(Collectors.joining(", ")));
        return new Step(step.kpi().code().value(), step.kpi().name(locale), step.readable(), step.conversion(),
                step.usual().map(usual -> Formats.percent(usual, locale)).orElse(""),
                step.change().map(change -> Formats.signedPercentOf(change, locale)).orElse(""),
                step.change().map(change -> change.signum() < 0).orElse(false), scope);
    }
}
