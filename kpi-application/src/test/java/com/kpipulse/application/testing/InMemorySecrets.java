package com.kpipulse.application.testing;

import com.kpipulse.application.importing.pull.AccessToken;
import com.kpipulse.application.importing.pull.Secrets;
import com.kpipulse.application.importing.pull.TokenReference;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens kept in this JVM: a sealed token is a random reference to it (never the token itself), a named one is read
 * from the variables the test sets. A reference this store did not hand out (altered, or sealed by another) is refused.
 */
public final class InMemorySecrets implements Secrets {

    private final Map<String, String> variables = new ConcurrentHashMap<>();
    private final Map<String, AccessToken> sealed = new ConcurrentHashMap<>();

    /** Sets the variable (or config key) a named token is read from. */
    public InMemorySecrets set(String name, String value) {
        variables.put(name, value);
        return this;
    }

    @Override
    public TokenReference.Encrypted seal(AccessToken token) {
        String reference = UUID.randomUUID().toString();
        sealed.put(reference, token);
        return new TokenReference.Encrypted(reference);
    }

    @Override
    public AccessToken reveal(TokenReference reference) {
        return switch (reference) {
            case TokenReference.FromConfig named -> Optional.ofNullable(variables.get(named.name()))
                    .filter(value -> !value.isBlank()).map(AccessToken::new)
                    .orElseThrow(() -> new IllegalStateException("variable " + named.name() + " is not set"));
            case TokenReference.Encrypted encrypted -> Optional.ofNullable(sealed.get(encrypted.cipherText()))
                    .orElseThrow(() -> new IllegalStateException("the stored token was altered or sealed elsewhere:"
                            + " store the token again"));
        };
    }
}
