package com.kpipulse.adapters.audit;

import com.kpipulse.adapters.contract.PortContract;
import com.kpipulse.application.audit.AuditTrail;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every audit trail does: keeps each entry it is given, in the order given. The port only writes, so each
 * implementation's test says how its entries are read back ({@link #recordedAbout}), as {@code type/id action}: what
 * the fake the use-case tests use keeps of an entry.
 */
public abstract class AuditTrailContract extends PortContract {

    protected abstract AuditTrail audit();

    /** The entries about one subject, oldest first, as {@code type/id action}. */
    protected abstract List<String> recordedAbout(String subjectType, String subjectId);

    @Test
    void eachEntryIsKeptInTheOrderItWasRecorded() {
        String id = "goal-" + UUID.randomUUID();
        tx(() -> audit().record("hanna", "goal", id, "create", null, "{\"title\":\"A\"}"));
        tx(() -> audit().record("hanna", "goal", id, "update", "{\"title\":\"A\"}", "{\"title\":\"B\"}"));
        tx(() -> audit().record("anton", "goal", id, "delete", "{\"title\":\"B\"}", null));

        assertThat(recordedAbout("goal", id))
                .containsExactly("goal/" + id + " create", "goal/" + id + " update", "goal/" + id + " delete");
    }

    @Test
    void entriesAboutOtherSubjectsAreKeptApart() {
        String id = "rule-" + UUID.randomUUID();
        tx(() -> audit().record("hanna", "channel_rule", id, "create", null, "utm_source=vk"));
        tx(() -> audit().record("hanna", "observation", id, "import", null, "1 value"));

        assertThat(recordedAbout("channel_rule", id)).containsExactly("channel_rule/" + id + " create");
        assertThat(recordedAbout("observation", id)).containsExactly("observation/" + id + " import");
    }
}
