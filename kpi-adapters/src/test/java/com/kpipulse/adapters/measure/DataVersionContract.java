package com.kpipulse.adapters.measure;

import com.kpipulse.adapters.contract.PortContract;
import com.kpipulse.application.evaluation.DataVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every data version does: never goes back, and shows a committed change to the data as a new number (the
 * real one after the change notice arrives, so it is polled for a while). Staying the same while nothing changes is
 * allowed, not required: the fake moves on every read, so nothing is ever served from a cache in use-case tests.
 */
public abstract class DataVersionContract extends PortContract {

    protected abstract DataVersion version();

    /**
     * Waits until the number is one a cache may trust (the real one listens for change notices only once connected);
     * nothing by default.
     */
    protected void awaitSettled() {
    }

    /** Commits a change to what KPIs are computed from. */
    protected abstract void changeTheData();

    @Test
    void theNumberNeverGoesBack() {
        long previous = version().current();
        for (int i = 0; i < 20; i++) {
            long next = version().current();
            assertThat(next).isGreaterThanOrEqualTo(previous);
            previous = next;
        }
    }

    @Test
    void aCommittedChangeShowsUpAsANewNumber() throws InterruptedException {
        awaitSettled();
        long before = version().current();
        changeTheData();

        long deadline = System.nanoTime() + 15_000_000_000L;
        long after = version().current();
        while (after == before && System.nanoTime() < deadline) {
            Thread.sleep(50);
            after = version().current();
        }
        assertThat(after).isGreaterThan(before);
    }
}
