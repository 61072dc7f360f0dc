package com.kpipulse.application.measure;

/**
 * What a write did to the store, key by key: an import's report says it, so whoever re-delivers a file sees that
 * most of it was there already and which part changed.
 *
 * @param added     values of keys the store did not hold
 * @param replaced  stored values the write gave another figure or currency
 * @param unchanged stored values the write gave again as they were (left untouched)
 */
public record Written(long added, long replaced, long unchanged) {

    public Written {
        if (added < 0 || replaced < 0 || unchanged < 0) {
            throw new IllegalArgumentException("counts of values are never negative");
        }
    }

    /** A write of keys that were all new. */
    public static Written allAdded(long values) {
        return new Written(values, 0, 0);
    }

    /** Values inserted or changed: what a reader of the store sees differently afterwards. */
    public long changed() {
        return added + replaced;
    }
}
