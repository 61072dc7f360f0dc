package com.kpipulse.application.importing.pull;

import java.util.Objects;

/**
 * Where the token of a connection is kept: named in the configuration (an environment variable or a config key),
 * or stored encrypted in the database. Neither form holds the token in clear.
 */
public sealed interface TokenReference {

    /** The stored form: {@code env:NAME} or {@code aes:BASE64}. */
    String stored();

    static TokenReference parse(String stored) {
        Objects.requireNonNull(stored, "stored");
        if (stored.startsWith(FromConfig.PREFIX)) {
            return new FromConfig(stored.substring(FromConfig.PREFIX.length()));
        }
        if (stored.startsWith(Encrypted.PREFIX)) {
            return new Encrypted(stored.substring(Encrypted.PREFIX.length()));
        }
        throw new IllegalArgumentException("a token reference starts with «env:» (a variable or config key) or «aes:»"
                + " (a token encrypted with kpi.secrets.key)");
    }

    /** The token is the value of an environment variable or config key, e.g. {@code KPI_DIRECT_TOKEN}. */
    record FromConfig(String name) implements TokenReference {

        static final String PREFIX = "env:";

        public FromConfig {
            Objects.requireNonNull(name, "name");
            if (!name.matches("[A-Za-z_][A-Za-z0-9_.\\-]*")) {
                throw new IllegalArgumentException("«" + name + "» is not a variable or config key name");
            }
        }

        @Override
        public String stored() {
            return PREFIX + name;
        }
    }

    /** The token encrypted with the application's secret key (nonce and cipher text, base64). */
    record Encrypted(String cipherText) implements TokenReference {

        static final String PREFIX = "aes:";

        public Encrypted {
            Objects.requireNonNull(cipherText, "cipherText");
            if (cipherText.isBlank()) {
                throw new IllegalArgumentException("an encrypted token cannot be empty");
            }
        }

        @Override
        public String stored() {
            return PREFIX + cipherText;
        }

        @Override
        public String toString() {
            return "Encrypted[hidden]";
        }
    }
}
