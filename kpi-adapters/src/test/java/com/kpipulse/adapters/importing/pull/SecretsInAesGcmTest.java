package com.kpipulse.adapters.importing.pull;

import com.kpipulse.application.importing.pull.Secrets;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/** The secrets contract against AES-256-GCM under a key of its own, named tokens read as from the configuration. */
class SecretsInAesGcmTest extends SecretsContract {

    private final String key = key();

    @Override
    protected Secrets secrets(Map<String, String> variables) {
        return new AesGcmSecrets(Optional.of(key), name -> Optional.ofNullable(variables.get(name)));
    }

    private static String key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
