package com.kpipulse.application.kpi;

import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.CustomKpiDraft;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.kpi.KpiGroup;
import com.kpipulse.domain.kpi.Level;
import com.kpipulse.domain.measure.Unit;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The current catalog is validated once and kept while the store's stamp stays the same; a change of the custom KPIs,
 * through this replica or another one sharing the store, is in the next catalog either of them gives.
 */
class TheCatalogIsValidatedAgainOnlyAfterTheCustomKpisChangeTest {

    /** The store the replicas share, counting how often the definitions are read. */
    private static final class CountingStore implements CustomKpis {
        private final CustomKpis store = InMemory.customKpis();
        private int reads;

        public List<Versioned<CustomKpiDraft>> all() {
            reads++;
            return store.all();
        }

        public Optional<Versioned<CustomKpiDraft>> find(String code) {
            return store.find(code);
        }

        private int stamps;

        public long stamp() {
            stamps++;
            return store.stamp();
        }

        public VersionedWrite save(CustomKpiDraft draft, ExpectedVersion expected) {
            return store.save(draft, expected);
        }

        public VersionedWrite delete(String code, ExpectedVersion expected) {
            return store.delete(code, expected);
        }

        public void lockForChange() {
            store.lockForChange();
        }
    }

    private final CountingStore store = new CountingStore();
    private final CurrentKpiCatalog thisReplica = new CurrentKpiCatalog(store);
    private final CurrentKpiCatalog otherReplica = new CurrentKpiCatalog(store);
    private final DefineCustomKpis defineHere = new DefineCustomKpis(store, thisReplica, InMemory.noAudit());

    private static CustomKpiDraft marginPerLead() {
        return new CustomKpiDraft("margin_per_lead", "Маржа на лид", "Margin per lead", "(revenue - ad_spend) / leads",
                Unit.MONEY, Direction.HIGHER_IS_BETTER, Level.ANALYTICAL, KpiGroup.MARKETING, "", "");
    }

    @Test
    void readingTheCatalogAgainReadsOnlyTheStamp() {
        thisReplica.current();
        thisReplica.current();
        thisReplica.current();

        assertThat(store.reads).isEqualTo(1);
        assertThat(thisReplica.current()).isSameAs(thisReplica.current());
    }

    @Test
    void aKpiDefinedThroughOneReplicaIsInTheNextCatalogOfTheOther() {
        assertThat(otherReplica.current().find("margin_per_lead")).isEmpty();

        defineHere.define(marginPerLead(), ExpectedVersion.of(0), "ada");

        assertThat(otherReplica.current().find("margin_per_lead")).isPresent();
        assertThat(thisReplica.current().find("margin_per_lead")).isPresent();
    }

    @Test
    void aKpiRemovedThroughOneReplicaIsGoneFromTheNextCatalogOfTheOther() {
        defineHere.define(marginPerLead(), ExpectedVersion.of(0), "ada");
        assertThat(otherReplica.current().find("margin_per_lead")).isPresent();

        defineHere.remove("margin_per_lead", ExpectedVersion.of(1), "ada");

        assertThat(otherReplica.current().find("margin_per_lead")).isEmpty();
    }

    @Test
    void aPinnedCatalogIsTheOneOfItsThreadUntilThePinIsClosed() {
        KpiCatalog before;
        try (CurrentKpiCatalog.Pin pin = otherReplica.pin()) {
            before = otherReplica.current();
            int stampsRead = store.stamps;
            defineHere.define(marginPerLead(), ExpectedVersion.of(0), "ada");

            assertThat(otherReplica.current()).isSameAs(before);
            assertThat(store.stamps - stampsRead).as("only the definition's own reads of the stamp").isLessThanOrEqualTo(2);
        }

        assertThat(before.find("margin_per_lead")).isEmpty();
        assertThat(otherReplica.current().find("margin_per_lead")).isPresent();
    }
}
