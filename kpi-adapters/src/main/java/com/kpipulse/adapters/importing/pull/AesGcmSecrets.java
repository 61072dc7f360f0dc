package com.kpipulse.adapters.importing.pull;

import com.kpipulse.application.importing.pull.AccessToken;
import com.kpipulse.application.importing.pull.Secrets;
import com.kpipulse.application.importing.pull.TokenReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;

/**
 * Tokens encrypted with AES-256-GCM under the key {@code kpi.secrets.key} (32 bytes, base64; env
 * {@code KPI_SECRETS_KEY}), stored as {@code aes:} + base64(nonce ‖ cipher text ‖ tag); or named by a variable or
 * config key and read at each pull. The tag makes any change to a stored token fail instead of decrypting to garbage.
 */
@ApplicationScoped
public class AesGcmSecrets implements Secrets {

    static final String KEY_PROPERTY = "kpi.secrets.key";
    private static final String MISSING_KEY = KEY_PROPERTY + " (env KPI_SECRETS_KEY) is not set, so tokens stored"
            + " encrypted cannot be read or written: set it to 32 random bytes in base64 (openssl rand -base64 32),"
            + " the same on every replica";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Binds the cipher text to its use: a blob encrypted for something else does not pass as a token. */
    private static final byte[] ASSOCIATED_DATA = "kpi-pulse/pull-connection-token/v1".getBytes(StandardCharsets.US_ASCII);

    private final Optional<SecretKey> key;
    private final Function<String, Optional<String>> lookup;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public AesGcmSecrets(@ConfigProperty(name = KEY_PROPERTY) Optional<String> key, Config config) {
        this(key, name -> config.getOptionalValue(name, String.class));
    }

    /**
     * @param key    the base64 key, if configured
     * @param lookup reads a variable or config key by name
     */
    public AesGcmSecrets(Optional<String> key, Function<String, Optional<String>> lookup) {
        this.key = key.filter(text -> !text.isBlank()).map(AesGcmSecrets::decodeKey);
        this.lookup = lookup;
    }

    /** Whether encrypted tokens can be read; tells the operator at startup, before the first pull fails. */
    public boolean hasKey() {
        return key.isPresent();
    }

    static String missingKeyMessage() {
        return MISSING_KEY;
    }

    @Override
    public TokenReference.Encrypted seal(AccessToken token) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce);
            byte[] sealed = cipher.doFinal(token.value().getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return new TokenReference.Encrypted(Base64.getEncoder().encodeToString(stored));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    @Override
    public AccessToken reveal(TokenReference reference) {
        return switch (reference) {
            case TokenReference.FromConfig named -> lookup.apply(named.name()).filter(value -> !value.isBlank())
                    .map(AccessToken::new)
                    .orElseThrow(() -> new IllegalStateException("the token is to be read from «" + named.name()
                            + "», which is not set: set that environment variable (or config key) or store the"
                            + " token encrypted"));
            case TokenReference.Encrypted encrypted -> decrypt(encrypted);
        };
    }

    private AccessToken decrypt(TokenReference.Encrypted encrypted) {
        byte[] stored;
        try {
            stored = Base64.getDecoder().decode(encrypted.cipherText());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the stored token is not valid base64: store the token again");
        }
        if (stored.length <= NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("the stored token is too short to be an encrypted token: store it again");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(stored, NONCE_BYTES));
            byte[] token = cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
            return new AccessToken(new String(token, StandardCharsets.UTF_8));
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("the stored token does not match " + KEY_PROPERTY + ": it was altered or"
                    + " encrypted under another key; store the token again or restore the key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key.orElseThrow(() -> new IllegalStateException(MISSING_KEY)),
                new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(ASSOCIATED_DATA);
        return cipher;
    }

    private static SecretKey decodeKey(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(KEY_PROPERTY + " is not base64: set it to 32 random bytes in base64"
                    + " (openssl rand -base64 32)");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(KEY_PROPERTY + " holds " + bytes.length + " bytes, AES-256 needs 32:"
                    + " set it to the output of openssl rand -base64 32");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
