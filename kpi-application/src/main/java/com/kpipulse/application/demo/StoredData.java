package com.kpipulse.application.demo;

/** Outgoing port: whether anything has been stored yet, so the demo company is loaded only into an empty product. */
public interface StoredData {

    /** True when the observation store holds no value at all. */
    boolean isEmpty();
}
