package com.kpipulse.web.benchmark;

import java.util.concurrent.atomic.AtomicLong;

/** Samples the used heap every 20 ms while a run lasts: its peak, in MB, for telling flat memory from growing. */
final class HeapSampler implements Runnable {

    private final AtomicLong peak = new AtomicLong();
    private volatile boolean running = true;
    private Thread thread;

    private HeapSampler() {
    }

    /** Collects garbage first, so the peak is that of the run, not of what came before it. */
    static HeapSampler start() {
        System.gc();
        HeapSampler sampler = new HeapSampler();
        sampler.thread = Thread.ofPlatform().daemon().start(sampler);
        return sampler;
    }

    @Override
    public void run() {
        Runtime runtime = Runtime.getRuntime();
        while (running) {
            peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long stop() throws InterruptedException {
        running = false;
        thread.join();
        return peak.get() / (1024 * 1024);
    }
}
