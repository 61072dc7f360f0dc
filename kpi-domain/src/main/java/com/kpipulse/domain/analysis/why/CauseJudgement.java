package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.kpi.KpiCatalog;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Names the cause of a deviation from the figures already read: the drivers, the channels, the moves against noise.
 * <ol>
 *   <li>Within noise (|z| ≤ {@value #BEYOND_NOISE} spreads of the KPI's usual period-to-period change): NONE, after
 *   DATA when inputs are flagged (a normal-looking figure from broken inputs is still not to be trusted).</li>
 *   <li>Otherwise every cause whose conditions hold is a finding with the share of the deviation it accounts for:
 *   DATA (flagged channels' explanatory power, all of it for a flag on the whole period), SEASON (last year's move
 *   over this one's), BUDGET (the volume and spend drivers' part, but no more than the explanatory power of the
 *   channels whose spend moved), STRATEGY (the part of the efficiency drivers that moved broadly), CHANNEL (the one or
 *   two channels' explanatory power).</li>
 *   <li>The finding that accounts for the most comes first; findings within {@value #SAME_SHARE} of it count as equal
 *   and the deeper explanation wins ({@link Cause}'s order): a spend cut in every paid channel is BUDGET though each
 *   channel shows the drop. A finding must account for a third of the change to come first; when none does, the
 *   cause is UNEXPLAINED and the findings follow.</li>
 * </ol>
 */
final class CauseJudgement {

    /** Beyond this many spreads of its noise a move is no ordinary wiggle (robust z). */
    static final double BEYOND_NOISE = 3.0;
    /** A channel counts as moved with the whole when its own move goes the same way by this many spreads. */
    static final double MOVED_IN_CHANNEL = 1.5;
    static final double SAME_SHARE = 0.1;
    static final double LEAST_TO_LEAD = 1.0 / 3;

    /** What the judgement weighs. */
    record Facts(BigDecimal deviation, Optional<Move> kpiMove, Optional<Move> yearEarlier,
                 ReferenceKind against, List<DriverContribution> drivers, List<SliceContribution> channels,
                 List<String> explainedBy, List<InputFlag> flags) {
    }

    private final KpiCatalog catalog;
    private final DriverTrees trees;

    CauseJudgement(KpiCatalog catalog, DriverTrees trees) {
        this.catalog = catalog;
        this.trees = trees;
    }

    /** The findings, the cause first. */
    List<CauseFinding> findings(Facts facts, Moves moves) {
        Optional<CauseFinding> data = data(facts);
        if (facts.kpiMove().isPresent() && facts.kpiMove().get().within(BEYOND_NOISE)) {
            var quiet = new ArrayList<CauseFinding>();
            data.ifPresent(quiet::add);
            quiet.add(new CauseFinding.WithinNoise(facts.kpiMove().get()));
            return List.copyOf(quiet);
        }
        var fits = new ArrayList<CauseFinding>();
        data.ifPresent(fits::add);
        season(facts).ifPresent(fits::add);
        budget(facts, moves).ifPresent(fits::add);
        strategy(facts, moves).ifPresent(fits::add);
        channel(facts).ifPresent(fits::add);
        fits.sort(Comparator.comparingDouble(CauseFinding::share).reversed()
                .thenComparing(finding -> finding.cause().ordinal()));
        Optional<CauseFinding> lead = fits.stream().filter(finding -> finding.share() >= LEAST_TO_LEAD)
                .filter(finding -> finding.share() >= fits.getFirst().share() - SAME_SHARE)
                .min(Comparator.comparing(finding -> finding.cause().ordinal()));
        var ranked = new ArrayList<CauseFinding>();
        ranked.add(lead.orElseGet(CauseFinding.Unexplained::new));
        fits.stream().filter(finding -> lead.isEmpty() || finding != lead.get()).forEach(ranked::add);
        return List.copyOf(ranked);
    }

    private Optional<CauseFinding> data(Facts facts) {
        if (facts.flags().isEmpty()) {
            return Optional.empty();
        }
        if (facts.flags().stream().anyMatch(InputFlag::wholePeriod) || facts.channels().isEmpty()) {
            return Optional.of(new CauseFinding.DataFinding(1, List.of()));
        }
        Set<String> flagged = new LinkedHashSet<>(facts.flags().stream().map(InputFlag::channel).toList());
        List<SliceContribution> affected = facts.channels().stream().filter(slice -> flagged.contains(slice.slice())).toList();
        if (affected.isEmpty()) {
            return Optional.empty();
        }
        double share = clip(affected.stream().mapToDouble(SliceContribution::explanatoryPower).sum());
        return Optional.of(new CauseFinding.DataFinding(share, affected.stream().map(SliceContribution::slice).toList()));
    }

    private Optional<CauseFinding> season(Facts facts) {
        if (facts.against() == ReferenceKind.LAST_YEAR || facts.kpiMove().isEmpty() || facts.yearEarlier().isEmpty()) {
            return Optional.empty();
        }
        Move now = facts.kpiMove().get();
        Move then = facts.yearEarlier().get();
        if (now.noise().isEmpty() || !then.beyond(BEYOND_NOISE)) {
            return Optional.empty();
        }
        double change = now.change();
        double lastYear = then.change();
        double spread = now.noise().get().spread();
        boolean alike = Math.signum(change) == Math.signum(lastYear)
                && Math.abs(change - lastYear) <= BEYOND_NOISE * spread * Math.sqrt(2);
        return alike ? Optional.of(new CauseFinding.SeasonFinding(clip(lastYear / change), then)) : Optional.empty();
    }

    private Optional<CauseFinding> budget(Facts facts, Moves moves) {
        record SpendMove(String measure, Move move) {
        }
        Optional<SpendMove> strongest = trees.spendMeasures(catalog).stream()
                .flatMap(measure -> moves.total(measure).filter(move -> move.beyond(BEYOND_NOISE))
                        .map(move -> new SpendMove(measure, move)).stream())
                .max(Comparator.comparingDouble(found -> Math.abs(found.move().z().orElseThrow())));
        if (strongest.isEmpty()) {
            return Optional.empty();
        }
        String spend = strongest.get().measure();
        List<String> spent = channelsWithSpend(facts, moves, spend);
        List<String> moved = spent.stream().filter(channel -> moves.channel(spend, channel)
                .filter(move -> move.beyond(BEYOND_NOISE)).isPresent()).toList();
        List<String> looked = moved.isEmpty() ? spent : moved;
        List<DriverContribution> followers = facts.drivers().stream().filter(driver -> driver.role().followsBudget()).toList();
        double share = shareOf(followers.stream().map(DriverContribution::contribution), facts.deviation());
        if (!facts.channels().isEmpty()) {
            share = Math.min(share, facts.channels().stream().filter(slice -> looked.contains(slice.slice()))
                    .mapToDouble(SliceContribution::explanatoryPower).sum());
        }
        if (share <= 0 || !efficiencyStayed(facts, moves, looked)) {
            return Optional.empty();
        }
        String driver = largestAlong(followers, facts.deviation()).map(DriverContribution::code).orElse(spend);
        return Optional.of(new CauseFinding.BudgetFinding(clip(share), spend, strongest.get().move(), driver));
    }

    /** The channels with some of the spend measure in either period. */
    private static List<String> channelsWithSpend(Facts facts, Moves moves, String spend) {
        return facts.channels().stream().map(SliceContribution::slice)
                .filter(channel -> moves.channel(spend, channel).filter(move -> move.reference().signum() > 0
                        || move.actual().signum() > 0).isPresent()).toList();
    }

    /**
     * In the channels looked at, none of the KPI's efficiency drivers (its own and those one level down) nor the price
     * of a click moved beyond noise in most of them.
     */
    private boolean efficiencyStayed(Facts facts, Moves moves, List<String> looked) {
        var efficiencies = new LinkedHashSet<String>();
        facts.drivers().stream().flatMap(driver -> Stream.concat(Stream.of(driver), driver.parts().stream()))
                .filter(driver -> driver.role().isEfficiency() && catalog.find(driver.code()).isPresent())
                .forEach(driver -> efficiencies.add(driver.code()));
        efficiencies.addAll(trees.priceKpis(catalog));
        for (String efficiency : efficiencies) {
            int checked = 0;
            int beyond = 0;
            for (String channel : looked) {
                Optional<Move> move = moves.channel(efficiency, channel).filter(found -> found.z().isPresent());
                if (move.isPresent()) {
                    checked++;
                    beyond += move.get().beyond(BEYOND_NOISE) ? 1 : 0;
                }
            }
            if (checked > 0 && beyond * 2 > checked) {
                return false;
            }
        }
        return true;
    }

    private Optional<CauseFinding> strategy(Facts facts, Moves moves) {
        record Broad(DriverContribution driver, CauseFinding.StrategyFinding finding) {
        }
        var broad = new ArrayList<Broad>();
        for (DriverContribution driver : facts.drivers()) {
            Optional<CauseFinding.StrategyFinding> top = broadly(driver, facts, moves);
            if (top.isPresent()) {
                broad.add(new Broad(driver, top.get()));
                continue;
            }
            for (DriverContribution part : driver.parts()) {
                broadly(part, facts, moves).ifPresent(found -> broad.add(new Broad(part, found)));
            }
        }
        double share = shareOf(broad.stream().map(found -> found.driver().contribution()), facts.deviation());
        if (broad.isEmpty() || share <= 0) {
            return Optional.empty();
        }
        CauseFinding.StrategyFinding strongest = broad.stream()
                .max(Comparator.comparing((Broad found) -> found.driver().contribution().abs())).orElseThrow().finding();
        return Optional.of(new CauseFinding.StrategyFinding(clip(share), strongest.driver(), strongest.move(),
                strongest.channelsMoved(), strongest.channelsChecked()));
    }

    /** An efficiency driver that moved beyond noise overall, the way of the deviation, and so in most channels. */
    private Optional<CauseFinding.StrategyFinding> broadly(DriverContribution driver, Facts facts, Moves moves) {
        if (!driver.role().isEfficiency() || catalog.find(driver.code()).isEmpty()
                || driver.contribution().signum() == 0 || driver.contribution().signum() != facts.deviation().signum()) {
            return Optional.empty();
        }
        Optional<Move> total = moves.total(driver.code()).filter(move -> move.beyond(BEYOND_NOISE));
        if (total.isEmpty()) {
            return Optional.empty();
        }
        int direction = total.get().direction();
        int checked = 0;
        int moved = 0;
        for (SliceContribution channel : facts.channels()) {
            Optional<Move> own = moves.channel(driver.code(), channel.slice()).filter(move -> move.z().isPresent());
            if (own.isPresent()) {
                checked++;
                double z = own.get().z().getAsDouble();
                moved += Math.signum(z) == direction && Math.abs(z) > MOVED_IN_CHANNEL ? 1 : 0;
            }
        }
        return checked >= 2 && moved * 2 > checked
                ? Optional.of(new CauseFinding.StrategyFinding(0, driver.code(), total.get(), moved, checked))
                : Optional.empty();
    }

    private Optional<CauseFinding> channel(Facts facts) {
        List<String> set = facts.explainedBy();
        if (set.isEmpty() || set.size() > 2) {
            return Optional.empty();
        }
        return Optional.of(new CauseFinding.ChannelFinding(clip(ExplainingSet.explained(facts.channels(), set)), set));
    }

    /** The driver that moved the KPI furthest the way it went. */
    static Optional<DriverContribution> largestAlong(List<DriverContribution> drivers, BigDecimal deviation) {
        Comparator<DriverContribution> along = Comparator.comparing(driver ->
                deviation.signum() < 0 ? driver.contribution().negate() : driver.contribution());
        return drivers.stream().max(along);
    }

    private static double shareOf(Stream<BigDecimal> parts, BigDecimal deviation) {
        if (deviation.signum() == 0) {
            return 0;
        }
        return parts.reduce(BigDecimal.ZERO, BigDecimal::add).divide(deviation, MathContext.DECIMAL64).doubleValue();
    }

    private static double clip(double share) {
        return Math.max(0, Math.min(1, share));
    }
}
