package com.kpipulse.application.importing.pull;

import com.kpipulse.application.importing.pull.ConnectReportSource.ConnectCommand;
import com.kpipulse.application.importing.pull.ConnectReportSource.TokenInput;
import com.kpipulse.application.testing.InMemoryPullConnections;
import com.kpipulse.application.testing.InMemorySecrets;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokensAreNeverShownInClearTest {

    private static final String TOKEN = "y0_AgAAAAB-secret-token";

    @Test
    void anAccessTokenHidesItsValue() {
        assertThat(new AccessToken(TOKEN).toString()).doesNotContain(TOKEN).contains("hidden");
    }

    @Test
    void aConnectionShowsNeitherTheEncryptedTokenNorItsKeyMaterial() {
        PullConnection connection = new PullConnection(UUID.randomUUID(), "ads", PullConnection.Kind.DIRECT, "shop",
                new TokenReference.Encrypted("c2VjcmV0LWNpcGhlcg=="), "RUB", 30, true, null, null);
        assertThat(connection.toString()).doesNotContain("c2VjcmV0LWNpcGhlcg==").contains("ads");
    }

    @Test
    void aTokenGivenInClearIsStoredSealedAndANamedOneByItsName() {
        InMemoryPullConnections connections = new InMemoryPullConnections();
        ConnectReportSource connect = new ConnectReportSource(connections, new InMemorySecrets());

        PullConnection given = connect.connect(new ConnectCommand("ads", PullConnection.Kind.DIRECT, "shop",
                new TokenInput.Given(new AccessToken(TOKEN)), "RUB", 30, true, null));
        PullConnection named = connect.connect(new ConnectCommand("site", PullConnection.Kind.METRICA, "45560703",
                new TokenInput.Named(new TokenReference.FromConfig("KPI_METRICA_TOKEN")), "RUB", 30, true, null));

        assertThat(connections.find(given.id()).orElseThrow().token()).isInstanceOf(TokenReference.Encrypted.class);
        assertThat(connections.find(named.id()).orElseThrow().token().stored()).isEqualTo("env:KPI_METRICA_TOKEN");
    }

    @Test
    void connectingAgainUnderTheSameNameChangesTheConnectionInsteadOfAddingOne() {
        InMemoryPullConnections connections = new InMemoryPullConnections();
        ConnectReportSource connect = new ConnectReportSource(connections, new InMemorySecrets());
        TokenInput token = new TokenInput.Named(new TokenReference.FromConfig("T"));

        PullConnection first = connect.connect(new ConnectCommand("ads", PullConnection.Kind.DIRECT, "a", token, "RUB",
                30, true, null));
        PullConnection second = connect.connect(new ConnectCommand("ads", PullConnection.Kind.DIRECT, "a", token, "RUB",
                14, true, null));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(connections.enabled()).hasSize(1);
        assertThat(connections.find(first.id()).orElseThrow().windowDays()).isEqualTo(14);
    }

    @Test
    void aStoredReferenceIsReadBackAsTheSameKind() {
        assertThat(TokenReference.parse("env:KPI_DIRECT_TOKEN")).isEqualTo(new TokenReference.FromConfig("KPI_DIRECT_TOKEN"));
        assertThat(TokenReference.parse("aes:AAAA")).isEqualTo(new TokenReference.Encrypted("AAAA"));
        assertThatThrownBy(() -> TokenReference.parse(TOKEN)).isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain(TOKEN);
    }

    @Test
    void aConnectionWithoutAUsableAccountCurrencyOrWindowIsRefusedWithTheReason() {
        TokenReference token = new TokenReference.FromConfig("T");
        assertThatThrownBy(() -> new PullConnection(UUID.randomUUID(), "site", PullConnection.Kind.METRICA,
                "my-site", token, "RUB", 30, true, null, null)).hasMessageContaining("counter id is a number");
        assertThatThrownBy(() -> new PullConnection(UUID.randomUUID(), "ads", PullConnection.Kind.DIRECT, "shop",
                token, "руб", 30, true, null, null)).hasMessageContaining("ISO code");
        assertThatThrownBy(() -> new PullConnection(UUID.randomUUID(), "ads", PullConnection.Kind.DIRECT, "shop",
                token, "RUB", 0, true, null, null)).hasMessageContaining("1 to 365 days");
    }
}
