package com.kpipulse.adapters.channel;

import com.kpipulse.adapters.contract.PortContract;
import com.kpipulse.application.channel.Channels;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.channel.Channel;
import com.kpipulse.domain.channel.ChannelCatalog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every store of the channel catalog does: keeps the catalog whole and in order, versions each replacement,
 * refuses a stale one. The catalog is one record the whole store shares, so each test starts from what it reads and
 * puts that back.
 */
public abstract class ChannelsContract extends PortContract {

    protected abstract Channels channels();

    @Test
    void aReplacementAtTheVersionReadIsKeptInItsOrderAndMovesTheVersion() {
        Versioned<ChannelCatalog> before = tx(() -> channels().versioned());
        try {
            ChannelCatalog changed = withNewFirst(before.value(), "Новый канал");

            assertThat(tx(() -> channels().replace(changed, ExpectedVersion.of(before.version()))))
                    .isEqualTo(new VersionedWrite.Written(before.version() + 1));
            Versioned<ChannelCatalog> after = tx(() -> channels().versioned());
            assertThat(after.version()).isEqualTo(before.version() + 1);
            assertThat(after.value()).isEqualTo(changed);
            assertThat(after.value().codes()).containsExactlyElementsOf(changed.codes());
        } finally {
            restore(before.value());
        }
    }

    @Test
    void aStaleReplacementChangesNothingAndAnyVersionIsWritten() {
        Versioned<ChannelCatalog> before = tx(() -> channels().versioned());
        try {
            ChannelCatalog first = withNewFirst(before.value(), "Первый");
            tx(() -> channels().replace(first, ExpectedVersion.of(before.version())));

            assertThat(tx(() -> channels().replace(withNewFirst(before.value(), "Устаревший"),
                    ExpectedVersion.of(before.version())))).isEqualTo(new VersionedWrite.Stale(before.version() + 1));
            assertThat(tx(() -> channels().versioned())).isEqualTo(new Versioned<>(first, before.version() + 1));

            assertThat(tx(() -> channels().replace(before.value(), ExpectedVersion.any())))
                    .isEqualTo(new VersionedWrite.Written(before.version() + 2));
            assertThat(tx(() -> channels().versioned())).isEqualTo(new Versioned<>(before.value(), before.version() + 2));
        } finally {
            restore(before.value());
        }
    }

    @Test
    void noStoredValueCarriesAChannelNobodyHasUsed() {
        String unused = "unused_" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(tx(() -> channels().withValues(List.of(unused)))).isEmpty();
        assertThat(tx(() -> channels().withValues(List.of()))).isEqualTo(Set.of());
    }

    private void restore(ChannelCatalog catalog) {
        tx(() -> channels().replace(catalog, ExpectedVersion.any()));
    }

    private static ChannelCatalog withNewFirst(ChannelCatalog catalog, String name) {
        List<Channel> channels = new ArrayList<>();
        channels.add(new Channel("test_" + UUID.randomUUID().toString().substring(0, 8),
                LocalizedText.of(name, "New channel"), true, true));
        channels.addAll(catalog.all().reversed());
        return new ChannelCatalog(channels);
    }
}
