package com.kpipulse.adapters.importing.pull;

import com.kpipulse.application.importing.pull.AccessToken;
import com.kpipulse.application.importing.pull.TokenReference;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredTokensAreEncryptedAndTamperProofTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("another-32-byte-key-for-the-test".getBytes());
    private static final AccessToken TOKEN = new AccessToken("y0_AgAAAAAB-secret-oauth-token");

    private final AesGcmSecrets secrets = new AesGcmSecrets(Optional.of(KEY), name -> Optional.empty());

    @Test
    void aSealedTokenIsRevealedAsItWasAndNeverStoredInClear() {
        TokenReference.Encrypted sealed = secrets.seal(TOKEN);

        assertThat(sealed.stored()).startsWith("aes:").doesNotContain(TOKEN.value());
        assertThat(new String(Base64.getDecoder().decode(sealed.cipherText()))).doesNotContain(TOKEN.value());
        assertThat(secrets.reveal(TokenReference.parse(sealed.stored()))).isEqualTo(TOKEN);
    }

    @Test
    void sealingTheSameTokenTwiceGivesDifferentCipherTexts() {
        assertThat(secrets.seal(TOKEN)).isNotEqualTo(secrets.seal(TOKEN));
    }

    @Test
    void aStoredTokenChangedByOneBitIsRefusedNotDecryptedToGarbage() {
        byte[] stored = Base64.getDecoder().decode(secrets.seal(TOKEN).cipherText());
        stored[stored.length / 2] ^= 1;

        assertThatThrownBy(() -> secrets.reveal(new TokenReference.Encrypted(Base64.getEncoder().encodeToString(stored))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("altered");
    }

    @Test
    void aTokenSealedUnderAnotherKeyIsRefused() {
        TokenReference.Encrypted sealed = new AesGcmSecrets(Optional.of(OTHER_KEY), name -> Optional.empty()).seal(TOKEN);

        assertThatThrownBy(() -> secrets.reveal(sealed)).hasMessageContaining("another key");
    }

    @Test
    void withoutAKeyAnEncryptedTokenCannotBeReadAndTheMessageSaysWhatToSet() {
        AesGcmSecrets keyless = new AesGcmSecrets(Optional.empty(), name -> Optional.empty());

        assertThat(keyless.hasKey()).isFalse();
        assertThatThrownBy(() -> keyless.reveal(secrets.seal(TOKEN)))
                .hasMessageContaining("kpi.secrets.key").hasMessageContaining("KPI_SECRETS_KEY")
                .hasMessageContaining("openssl rand -base64 32");
    }

    @Test
    void aKeyOfTheWrongLengthIsRefusedAtOnce() {
        assertThatThrownBy(() -> new AesGcmSecrets(Optional.of(Base64.getEncoder().encodeToString(new byte[16])),
                name -> Optional.empty())).hasMessageContaining("holds 16 bytes, AES-256 needs 32");
    }

    @Test
    void aNamedTokenIsReadFromTheConfigurationAndAMissingOneIsNamed() {
        AesGcmSecrets named = new AesGcmSecrets(Optional.empty(),
                name -> Optional.ofNullable(Map.of("KPI_DIRECT_TOKEN", TOKEN.value()).get(name)));

        assertThat(named.reveal(new TokenReference.FromConfig("KPI_DIRECT_TOKEN"))).isEqualTo(TOKEN);
        assertThatThrownBy(() -> named.reveal(new TokenReference.FromConfig("KPI_METRICA_TOKEN")))
                .hasMessageContaining("«KPI_METRICA_TOKEN», which is not set");
    }
}
