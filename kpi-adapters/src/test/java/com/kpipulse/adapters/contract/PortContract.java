package com.kpipulse.adapters.contract;

import java.util.function.Supplier;

/**
 * The base of a port contract: one abstract test class per outgoing port says what every implementation must do, and
 * runs against the in-memory fake the use-case tests use and against the PostgreSQL adapter, so the fake cannot drift
 * from the real store. A call goes through {@link #tx}: the real store needs the transaction a use case opens.
 */
public abstract class PortContract {

    /** Runs one call to the port as a use case would; the real store's test runs it in a transaction of its own. */
    protected <T> T tx(Supplier<T> call) {
        return call.get();
    }

    protected void tx(Runnable call) {
        tx(() -> {
            call.run();
            return null;
        });
    }
}
