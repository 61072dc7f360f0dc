package com.kpipulse.application.testing;

import com.kpipulse.application.cluster.RunOnce;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Run-once within one JVM: a name is held while its work runs; a second caller meanwhile skips it. */
public final class InMemoryRunOnce implements RunOnce {

    private final Set<String> held = new HashSet<>();

    @Override
    public <T> Optional<T> exclusively(String name, Supplier<T> work) {
        synchronized (held) {
            if (!held.add(name)) {
                return Optional.empty();
            }
        }
        try {
            return Optional.ofNullable(work.get());
        } finally {
            synchronized (held) {
                held.remove(name);
            }
        }
    }
}
