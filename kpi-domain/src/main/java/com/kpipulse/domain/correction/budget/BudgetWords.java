package com.kpipulse.domain.correction.budget;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.correction.budget.CurveVerdict.NoCurve;
import com.kpipulse.domain.evaluation.Figures;
import com.kpipulse.domain.text.Message;
import com.kpipulse.domain.text.Texts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The reallocation in a person's words, each figure written the one way the product writes figures ({@link Figures}):
 * spend and costs in whole roubles from a hundred up, a marginal return in kopecks, shares
 * in whole percent. A channel is named as the catalog names it, an unknown code as it is.
 */
final class BudgetWords {

    private static final Currency ROUBLE = Currency.getInstance("RUB");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String MINUS = "−";

    private final ChannelCatalog channels;
    private final Outcome outcome;
    private final Currency currency;
    private final LocalizedText level;

    BudgetWords(ChannelCatalog channels, Outcome outcome, Currency currency, double interval) {
        this.channels = channels;
        this.outcome = outcome;
        this.currency = currency;
        this.level = both(locale -> Figures.percent(BigDecimal.valueOf(interval), 0, locale));
    }

    Message tooFewWeeks(String channel, int weeks, int needed) {
        return Message.of(BudgetText.TOO_FEW_WEEKS, name(channel), weeks, needed);
    }

    Message tooLittleVariation(String channel, double variation, double needed) {
        return Message.of(BudgetText.TOO_LITTLE_VARIATION, name(channel), share(variation), share(needed));
    }

    Message tooLittleOutcome(String channel, int weeksWithOutcome, int weeks) {
        return Message.of(BudgetText.TOO_LITTLE_OUTCOME, name(channel), weeksWithOutcome, weeks);
    }

    Message declined(int withCurve, int channelCount, int needed, List<NoCurve> noCurves) {
        return Message.of(BudgetText.DECLINED, withCurve, channelCount, needed,
                noCurves.stream().map(NoCurve::message).toList());
    }

    /**
     * «В «Яндекс Директ» следующий рубль приносит 2,10 ₽ выручки (80 %: от 1,80 ₽ до 2,40 ₽)»; for a count, what one
     * more costs, the interval's ends turned round (the highest return is the lowest cost).
     */
    Message channelReturn(String channel, Estimate marginal) {
        BigDecimal first = outcome.money() ? marginal.low() : marginal.high();
        BigDecimal last = outcome.money() ? marginal.high() : marginal.low();
        return Message.of(BudgetText.CHANNEL_RETURN, name(channel), returnOf(marginal.expected()), level,
                returnFigure(first), returnFigure(last));
    }

    Message transfer(String from, String to, BigDecimal amount, Estimate marginalFrom, Estimate marginalTo) {
        return Message.of(BudgetText.TRANSFER, spend(amount), name(from), name(to), returnOf(marginalTo.expected()),
                returnOf(marginalFrom.expected()));
    }

    Message cut(String channel, BigDecimal amount, Estimate marginal) {
        return Message.of(BudgetText.CUT, name(channel), spend(amount), returnOf(marginal.expected()));
    }

    Message addition(String channel, BigDecimal amount, Estimate marginal) {
        return Message.of(BudgetText.ADD, name(channel), spend(amount), returnOf(marginal.expected()));
    }

    Message sameTotal(BigDecimal total, Estimate change) {
        return Message.of(BudgetText.SAME_TOTAL_EFFECT, spend(total), outcomeName(), signed(change.expected()), level,
                signed(change.low()), signed(change.high()));
    }

    Message nothingToMove(BigDecimal total) {
        return Message.of(BudgetText.NOTHING_TO_MOVE, spend(total));
    }

    Message targetReached(EfficiencyTarget target, BigDecimal proposed, BigDecimal now, Estimate efficiency,
                          Estimate change) {
        return Message.of(BudgetText.TARGET_REACHED, target(target), spend(proposed), spend(now),
                efficiency(target, efficiency.expected()), level, efficiency(target, efficiency.low()),
                efficiency(target, efficiency.high()), outcomeName(), signed(change.expected()));
    }

    Message targetOutOfReach(EfficiencyTarget target, BigDecimal maxShare, Estimate best, BigDecimal proposed) {
        return Message.of(BudgetText.TARGET_OUT_OF_REACH, target(target),
                both(locale -> Figures.percent(maxShare, 0, locale)), efficiency(target, best.expected()), level,
                efficiency(target, best.low()), efficiency(target, best.high()), spend(proposed));
    }

    private Message target(EfficiencyTarget target) {
        return switch (target) {
            case EfficiencyTarget.MaxCost(BigDecimal cost) -> Message.of(
                    outcome == Outcome.ORDERS ? BudgetText.TARGET_ORDER_COST : BudgetText.TARGET_CAC, money(cost));
            case EfficiencyTarget.MinRomi(BigDecimal romi) -> Message.of(BudgetText.TARGET_ROMI, percent(romi));
        };
    }

    /** Spend per unit of outcome as money, or ROMI as a percentage. */
    private LocalizedText efficiency(EfficiencyTarget target, BigDecimal value) {
        return target instanceof EfficiencyTarget.MinRomi ? percent(value) : money(value);
    }

    /** What the next unit of spend brings (revenue), or what one more unit of outcome costs (orders, customers). */
    private Message returnOf(BigDecimal marginal) {
        return switch (outcome) {
            case REVENUE -> Message.of(BudgetText.RETURN_REVENUE, currency.equals(ROUBLE)
                    ? Message.of(BudgetText.NEXT_ROUBLE)
                    : Message.of(BudgetText.NEXT_UNIT, currency.getCurrencyCode()), returnFigure(marginal));
            case ORDERS -> Message.of(BudgetText.RETURN_ORDER, returnFigure(marginal));
            case NEW_CUSTOMERS -> Message.of(BudgetText.RETURN_NEW_CUSTOMER, returnFigure(marginal));
        };
    }

    private LocalizedText returnFigure(BigDecimal marginal) {
        if (outcome.money()) {
            return both(locale -> Figures.money(marginal, currency, 2, locale));
        }
        if (marginal.signum() <= 0) {
            return both(locale -> "∞");
        }
        return money(BigDecimal.ONE.divide(marginal, MathContext.DECIMAL64));
    }

    private Message outcomeName() {
        return Message.of(switch (outcome) {
            case REVENUE -> BudgetText.OUTCOME_REVENUE;
            case ORDERS -> BudgetText.OUTCOME_ORDERS;
            case NEW_CUSTOMERS -> BudgetText.OUTCOME_NEW_CUSTOMERS;
        });
    }

    /** An expected change of the outcome, with its sign: «+48 000 ₽», «−3,5». */
    private LocalizedText signed(BigDecimal change) {
        return both(locale -> {
            String digits = outcome.money() ? amount(change.abs(), locale)
                    : Figures.number(change.abs(), change.abs().compareTo(BigDecimal.TEN) < 0 ? 1 : 0, locale);
            boolean zero = digits.chars().noneMatch(c -> c >= '1' && c <= '9');
            return zero ? digits : (change.signum() < 0 ? MINUS : "+") + digits;
        });
    }

    private LocalizedText spend(BigDecimal amount) {
        return money(amount);
    }

    private LocalizedText money(BigDecimal amount) {
        return both(locale -> amount(amount, locale));
    }

    /** Money without kopecks from a hundred up: a head repeats «12 000 ₽» and «667 ₽ за заказ», not the kopecks. */
    private String amount(BigDecimal amount, Locale locale) {
        return Figures.money(amount, currency, amount.abs().compareTo(HUNDRED) >= 0 ? 0 : 2, locale);
    }

    private static LocalizedText percent(BigDecimal fraction) {
        return both(locale -> Figures.percent(fraction, 0, locale));
    }

    private static LocalizedText share(double fraction) {
        return percent(BigDecimal.valueOf(fraction));
    }

    private LocalizedText name(String channel) {
        return channels.find(channel).map(found -> found.name()).orElse(LocalizedText.of(channel, channel));
    }

    private static LocalizedText both(Function<Locale, String> say) {
        return LocalizedText.of(say.apply(Texts.RUSSIAN), say.apply(Locale.ENGLISH));
    }
}
