package com.kpipulse.adapters.audit;

import com.kpipulse.adapters.contract.PortContract;
import com.kpipulse.application.audit.AuditEntry;
import com.kpipulse.application.audit.AuditHistory;
import com.kpipulse.application.audit.AuditTrail;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every audit trail that can be read back does: gives the entries about one subject, oldest first, with who did
 * what and the before and after as they were written; entries about other subjects stay apart.
 */
public abstract class AuditHistoryContract extends PortContract {

    protected abstract AuditTrail audit();

    protected abstract AuditHistory history();

    @Test
    void theEntriesAboutASubjectAreReadBackInTheOrderTheyWereRecorded() {
        String id = UUID.randomUUID().toString();
        tx(() -> audit().record("hanna", "corrective_action", id, "create", null, "PROPOSED «Проверить VK»"));
        tx(() -> audit().record("sofia", "corrective_action", id, "status", "PROPOSED", "ACCEPTED"));
        tx(() -> audit().record("hanna", "corrective_action", id, "status", "ACCEPTED", "DROPPED: дубль"));
        tx(() -> audit().record("hanna", "goal", id, "create", null, "{}"));

        List<AuditEntry> entries = tx(() -> history().of("corrective_action", id));

        assertThat(entries).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::before, AuditEntry::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("hanna", "create", null, "PROPOSED «Проверить VK»"),
                        org.assertj.core.groups.Tuple.tuple("sofia", "status", "PROPOSED", "ACCEPTED"),
                        org.assertj.core.groups.Tuple.tuple("hanna", "status", "ACCEPTED", "DROPPED: дубль"));
        assertThat(entries.get(0).at()).isBeforeOrEqualTo(entries.get(2).at());
    }

    @Test
    void aSubjectWithoutEntriesHasNone() {
        assertThat(tx(() -> history().of("corrective_action", UUID.randomUUID().toString()))).isEmpty();
    }
}
