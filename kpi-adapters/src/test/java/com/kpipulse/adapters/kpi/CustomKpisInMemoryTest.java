package com.kpipulse.adapters.kpi;

import com.kpipulse.application.kpi.CustomKpis;
import com.kpipulse.application.testing.InMemory;

/** The CustomKpis contract against the fake the use-case tests use. */
class CustomKpisInMemoryTest extends CustomKpisContract {

    private final CustomKpis store = InMemory.customKpis();

    @Override
    protected CustomKpis customKpis() {
        return store;
    }
}
