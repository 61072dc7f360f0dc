package com.kpipulse.domain.correction.budget;

import com.kpipulse.domain.correction.budget.CurveVerdict.Fitted;

import java.util.List;
import java.util.function.Function;

/**
 * How much the curves over-promise the gain of a spread chosen on them. A spread is chosen where the curves look best,
 * and a curve looks best partly because its noise happened to flatter it, so the gain the same curves expect is too
 * high (the winner's curse): on the simulated markets by about a third. The bootstrap measures it (Efron's optimism):
 * each resample's own curves choose their own spread by the same rule, and what they promise for it, less what the
 * averaged curves expect of it, is that resample's over-promise. Its mean, per channel, is taken off the expected gain
 * and its interval.
 */
final class Optimism {

    private Optimism() {
    }

    /**
     * @param rule how a spread is chosen on given curves (the same total, or a target), as the proposal was
     * @return per fitted channel, the mean over-promise of its outcome's change
     */
    static double[] perChannel(List<Fitted> fitted, List<BaggedCurve> expected, double[] lower, double[] upper,
                               double[] now, Function<WaterFilling, double[]> rule) {
        int channels = fitted.size();
        int resamples = fitted.getFirst().resamples().size();
        double[] over = new double[channels];
        for (int r = 0; r < resamples; r++) {
            int resample = r;
            List<ResponseCurve> own = fitted.stream().map(channel -> channel.resamples().get(resample)).toList();
            double[] chosen = rule.apply(new WaterFilling(own.stream().map(curve -> new BaggedCurve(List.of(curve)))
                    .toList(), lower, upper));
            for (int i = 0; i < channels; i++) {
                double promised = own.get(i).outcomeAt(chosen[i]) - own.get(i).outcomeAt(now[i]);
                double expectedChange = expected.get(i).outcomeAt(chosen[i]) - expected.get(i).outcomeAt(now[i]);
                over[i] += (promised - expectedChange) / resamples;
            }
        }
        return over;
    }
}
