package com.kpipulse.adapters.contract;

import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.function.Supplier;

/** Each call in a transaction of its own, committed before the next: what the store holds is what the next call reads. */
public final class InPostgres {

    private InPostgres() {
    }

    public static <T> T committed(Supplier<T> call) {
        return QuarkusTransaction.requiringNew().call(call::get);
    }
}
