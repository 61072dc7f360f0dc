package com.kpipulse.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The server key that signs CSRF tokens ({@link CsrfToken}). Every replica must hold the same key (the web tier is
 * stateless, ADR 4), so it comes from configuration: {@code kpi.csrf.key} ({@code KPI_CSRF_KEY}, at least 32
 * characters); without it, from the OIDC client secret (which the replicas share anyway), so a deployment works
 * without one more secret. Only when neither is there is a key made at start, and the log says that several replicas
 * then need the setting.
 */
@ApplicationScoped
public class CsrfKey {

    static final String ALGORITHM = "HmacSHA256";
    static final int MIN_LENGTH = 32;
    private static final Logger LOG = Logger.getLogger(CsrfKey.class);

    private final SecretKeySpec key;

    CsrfKey(@ConfigProperty(name = "kpi.csrf.key") Optional<String> configured,
            @ConfigProperty(name = "quarkus.oidc.credentials.secret") Optional<String> clientSecret) {
        this.key = new SecretKeySpec(choose(configured, clientSecret), ALGORITHM);
    }

    /** The token for one session: HMAC-SHA256 of what identifies it, base64url without padding (43 characters). */
    String sign(String session) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key.getEncoded(), session));
    }

    static byte[] choose(Optional<String> configured, Optional<String> clientSecret) {
        Optional<String> setting = configured.map(String::strip).filter(value -> !value.isEmpty());
        if (setting.isPresent()) {
            if (setting.get().length() < MIN_LENGTH) {
                throw new IllegalStateException("KPI_CSRF_KEY (kpi.csrf.key) must have at least " + MIN_LENGTH
                        + " characters, e.g. the output of: openssl rand -base64 32");
            }
            return setting.get().getBytes(StandardCharsets.UTF_8);
        }
        Optional<String> secret = clientSecret.filter(value -> !value.isBlank());
        if (secret.isPresent()) {
            LOG.info("KPI_CSRF_KEY is not set: CSRF tokens are signed with a key derived from the OIDC client secret, "
                    + "which every replica shares");
            return mac(secret.get().getBytes(StandardCharsets.UTF_8), "kpi-pulse csrf key");
        }
        LOG.warn("KPI_CSRF_KEY is not set and there is no OIDC client secret: CSRF tokens are signed with a key made "
                + "at start. With more than one replica, set KPI_CSRF_KEY to the same value on each "
                + "(openssl rand -base64 32), or forms posted to another replica are refused");
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }

    private static byte[] mac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
