package com.kpipulse.adapters.importing.pull;

import com.kpipulse.application.importing.pull.Secrets;
import com.kpipulse.application.testing.InMemorySecrets;

import java.util.Map;

/** The secrets contract against the fake the use-case tests use. */
class SecretsInMemoryTest extends SecretsContract {

    @Override
    protected Secrets secrets(Map<String, String> variables) {
        InMemorySecrets secrets = new InMemorySecrets();
        variables.forEach(secrets::set);
        return secrets;
    }
}
