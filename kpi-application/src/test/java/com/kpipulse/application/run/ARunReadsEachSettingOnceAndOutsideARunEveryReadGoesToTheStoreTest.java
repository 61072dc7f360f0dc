package com.kpipulse.application.run;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ARunReadsEachSettingOnceAndOutsideARunEveryReadGoesToTheStoreTest {

    private final RunMemo memo = new RunMemo();
    private final AtomicInteger reads = new AtomicInteger();

    private Integer read() {
        return reads.incrementAndGet();
    }

    @Test
    void insideARunEachKeyIsReadOnce() {
        try (RunMemo.Run run = memo.open()) {
            assertThat(memo.once("goals", this::read)).isEqualTo(1);
            assertThat(memo.once("goals", this::read)).isEqualTo(1);
            assertThat(memo.once("layout", this::read)).isEqualTo(2);
        }
        assertThat(reads).hasValue(2);
    }

    @Test
    void outsideARunEveryReadGoesToTheStore() {
        memo.once("goals", this::read);
        memo.once("goals", this::read);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aClosedRunKeepsNothing() {
        try (RunMemo.Run run = memo.open()) {
            memo.once("goals", this::read);
        }
        try (RunMemo.Run run = memo.open()) {
            assertThat(memo.once("goals", this::read)).isEqualTo(2);
        }
    }

    @Test
    void aRunOpenedInsideAnotherIsPartOfItAndDoesNotEndIt() {
        try (RunMemo.Run outer = memo.open()) {
            try (RunMemo.Run inner = memo.open()) {
                memo.once("goals", this::read);
            }
            assertThat(memo.once("goals", this::read)).isEqualTo(1);
        }
        assertThat(reads).hasValue(1);
    }

    @Test
    void anotherThreadHasNoPartInTheRun() throws InterruptedException {
        try (RunMemo.Run run = memo.open()) {
            memo.once("goals", this::read);
            Thread other = Thread.ofPlatform().start(() -> memo.once("goals", this::read));
            other.join();
        }
        assertThat(reads).hasValue(2);
    }
}
