package com.kpipulse.domain.correction.budget;

import com.kpipulse.domain.channel.Channel;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One step of the proposal, said as a person would do it: money moved from one channel to another, or (when the total
 * is free) cut from a channel or added to one. Each says why in {@link #why()}: the marginal returns it goes by.
 */
public sealed interface BudgetMove {

    /** The weekly amount, above zero. */
    BigDecimal amount();

    Message why();

    record Transfer(String from, String to, BigDecimal amount, Message why) implements BudgetMove {

        public Transfer {
            checked(from, amount, why);
            checked(to, amount, why);
        }
    }

    record Cut(String from, BigDecimal amount, Message why) implements BudgetMove {

        public Cut {
            checked(from, amount, why);
        }
    }

    record Addition(String to, BigDecimal amount, Message why) implements BudgetMove {

        public Addition {
            checked(to, amount, why);
        }
    }

    private static void checked(String channel, BigDecimal amount, Message why) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(why, "why");
        if (!Channel.isCode(channel)) {
            throw new IllegalArgumentException("Channel «" + channel + "» must be lower_snake_case");
        }
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("A move moves something, got " + amount.toPlainString());
        }
    }
}
