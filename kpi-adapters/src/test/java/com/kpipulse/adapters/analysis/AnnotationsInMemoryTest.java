package com.kpipulse.adapters.analysis;

import com.kpipulse.application.analysis.Annotations;
import com.kpipulse.application.testing.InMemory;

/** The Annotations contract against the fake the use-case tests use. */
class AnnotationsInMemoryTest extends AnnotationsContract {

    private final Annotations store = InMemory.annotations();

    @Override
    protected Annotations annotations() {
        return store;
    }
}
