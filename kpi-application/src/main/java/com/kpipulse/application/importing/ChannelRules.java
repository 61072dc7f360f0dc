package com.kpipulse.application.importing;

import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.channel.ChannelMapping;
import com.kpipulse.domain.channel.ChannelRule;

import java.util.List;

/**
 * Outgoing port: the editable channel mapping as it stands now. The whole mapping is one record with one version:
 * admins replace it as a whole.
 */
public interface ChannelRules {

    /** The mapping imports apply. */
    default ChannelMapping current() {
        return versioned().value();
    }

    /** The mapping with its version, read together. */
    Versioned<ChannelMapping> versioned();

    /**
     * Replaces every rule with these if the mapping is at {@code expected}, checked in the statement that writes;
     * writers that expect any version are applied one after the other, never mixed.
     */
    VersionedWrite replace(List<ChannelRule> rules, ExpectedVersion expected);
}
