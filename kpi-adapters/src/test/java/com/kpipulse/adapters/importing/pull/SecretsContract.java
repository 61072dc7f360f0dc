package com.kpipulse.adapters.importing.pull;

import com.kpipulse.application.importing.pull.AccessToken;
import com.kpipulse.application.importing.pull.Secrets;
import com.kpipulse.application.importing.pull.TokenReference;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What every keeper of API tokens does: a sealed token is stored as a reference that never holds it in clear and is
 * revealed as it was, from the stored text too; a reference that was altered is refused, never revealed as another
 * token; a named token is read from its variable, and one whose variable is not set is refused with the name, so an
 * operator knows what to set. No refusal carries a token.
 */
public abstract class SecretsContract {

    private static final AccessToken TOKEN = new AccessToken("y0_AgAAAAAB-secret-oauth-token");
    private static final AccessToken OTHER = new AccessToken("AQAAAABbOtherTokenЖ-with-unicode");
    private static final String VARIABLE = "KPI_CONTRACT_TOKEN";

    /** Secrets whose named tokens are read from {@code variables}. */
    protected abstract Secrets secrets(Map<String, String> variables);

    @Test
    void aSealedTokenIsRevealedAsItWasAlsoFromItsStoredText() {
        Secrets secrets = secrets(Map.of());
        TokenReference.Encrypted sealed = secrets.seal(TOKEN);
        TokenReference.Encrypted other = secrets.seal(OTHER);

        assertThat(secrets.reveal(sealed)).isEqualTo(TOKEN);
        assertThat(secrets.reveal(TokenReference.parse(sealed.stored()))).isEqualTo(TOKEN);
        assertThat(secrets.reveal(TokenReference.parse(other.stored()))).isEqualTo(OTHER);
    }

    @Test
    void aSealedTokenIsNeverStoredInClear() {
        TokenReference.Encrypted sealed = secrets(Map.of()).seal(TOKEN);

        assertThat(sealed.stored()).doesNotContain(TOKEN.value()).doesNotContain("secret-oauth-token");
    }

    @Test
    void anAlteredReferenceIsRefusedAndTheRefusalHoldsNoToken() {
        Secrets secrets = secrets(Map.of());
        String cipherText = secrets.seal(TOKEN).cipherText();
        int middle = cipherText.length() / 2;
        String altered = cipherText.substring(0, middle) + (cipherText.charAt(middle) == 'A' ? 'B' : 'A')
                + cipherText.substring(middle + 1);

        IllegalStateException refused = catchThrowableOfType(IllegalStateException.class,
                () -> secrets.reveal(new TokenReference.Encrypted(altered)));

        assertThat(refused).as("an altered reference is refused").isNotNull();
        assertThat(refused.getMessage()).isNotBlank().doesNotContain(TOKEN.value());
    }

    @Test
    void aNamedTokenIsReadFromItsVariable() {
        Secrets secrets = secrets(Map.of(VARIABLE, TOKEN.value(), "KPI_CONTRACT_OTHER", OTHER.value()));

        assertThat(secrets.reveal(new TokenReference.FromConfig(VARIABLE))).isEqualTo(TOKEN);
        assertThat(secrets.reveal(TokenReference.parse("env:KPI_CONTRACT_OTHER"))).isEqualTo(OTHER);
    }

    @Test
    void aNamedTokenWhoseVariableIsNotSetOrBlankIsRefusedWithTheName() {
        Secrets secrets = secrets(Map.of(VARIABLE, TOKEN.value(), "KPI_CONTRACT_BLANK", "  "));

        assertThatThrownBy(() -> secrets.reveal(new TokenReference.FromConfig("KPI_CONTRACT_UNSET")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("KPI_CONTRACT_UNSET")
                .message().doesNotContain(TOKEN.value());
        assertThatThrownBy(() -> secrets.reveal(new TokenReference.FromConfig("KPI_CONTRACT_BLANK")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("KPI_CONTRACT_BLANK");
    }
}
