package com.kpipulse.web.scorecard;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout around a kept scorecard holds the person's name, roles, CSRF token and the page's language switch: it is
 * rendered again for other credentials, another address or another body, and kept otherwise.
 */
class TheLayoutAroundAKeptScorecardIsKeptPerPersonAddressAndBodyTest {

    private static final String MARK = "@@body@@";

    private final KeptLayouts layouts = new KeptLayouts();
    private final AtomicInteger renders = new AtomicInteger();

    private Supplier<String> layoutOf(String person) {
        return () -> "<header>" + person + " " + renders.incrementAndGet() + "</header>" + MARK + "<footer/>";
    }

    @Test
    void theSamePersonAddressAndBodyAreServedTheKeptLayout() {
        Object body = new Object();
        KeptLayouts.Around first = layouts.around(body, "Bearer hanna", "/scorecards/head", MARK, layoutOf("Hanna"));
        KeptLayouts.Around again = layouts.around(body, "Bearer hanna", "/scorecards/head", MARK, layoutOf("Hanna"));

        assertThat(renders).hasValue(1);
        assertThat(again).isSameAs(first);
        assertThat(new String(first.before(), StandardCharsets.UTF_8)).isEqualTo("<header>Hanna 1</header>");
        assertThat(new String(first.after(), StandardCharsets.UTF_8)).isEqualTo("<footer/>");
    }

    @Test
    void anotherPersonAnotherAddressOrANewBodyGetALayoutOfTheirOwn() {
        Object body = new Object();
        layouts.around(body, "Bearer hanna", "/scorecards/head", MARK, layoutOf("Hanna"));

        KeptLayouts.Around ada = layouts.around(body, "Bearer ada", "/scorecards/head", MARK, layoutOf("Ada"));
        layouts.around(body, "Bearer hanna", "/scorecards/head?grain=MONTH", MARK, layoutOf("Hanna"));
        layouts.around(body, "Bearer hanna\nkpi_lang=en", "/scorecards/head", MARK, layoutOf("Hanna"));
        KeptLayouts.Around afterAChange = layouts.around(new Object(), "Bearer hanna", "/scorecards/head", MARK,
                layoutOf("Hanna"));

        assertThat(renders).hasValue(5);
        assertThat(new String(ada.before(), StandardCharsets.UTF_8)).startsWith("<header>Ada");
        assertThat(new String(afterAChange.before(), StandardCharsets.UTF_8)).isEqualTo("<header>Hanna 5</header>");
    }

    @Test
    void atMostSoManyAreKept() {
        Object body = new Object();
        for (int person = 0; person < KeptLayouts.MOST + 10; person++) {
            layouts.around(body, "Bearer " + person, "/scorecards/head", MARK, layoutOf("P" + person));
        }

        assertThat(layouts.size()).isLessThanOrEqualTo(KeptLayouts.MOST);
    }
}
