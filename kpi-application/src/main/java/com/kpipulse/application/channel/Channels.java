package com.kpipulse.application.channel;

import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.channel.ChannelCatalog;

import java.util.Collection;
import java.util.Set;

/**
 * Outgoing port: the stored channel catalog, one record with one version that admins replace as a whole (the order
 * of its channels is part of it).
 */
public interface Channels {

    /** The catalog with its version, read together. */
    Versioned<ChannelCatalog> versioned();

    /**
     * Replaces the catalog if it is at {@code expected}, checked in the statement that writes; writers that expect
     * any version are applied one after the other, never mixed.
     */
    VersionedWrite replace(ChannelCatalog catalog, ExpectedVersion expected);

    /** Those of {@code codes} that stored values carry as their channel. */
    Set<String> withValues(Collection<String> codes);
}
