package com.kpipulse.application.channel;

import com.kpipulse.application.setup.SetupProblem;
import com.kpipulse.application.setup.SetupProblem.Kind;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.domain.channel.Channel;
import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.channel.ChannelRule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TheChannelCatalogIsOneVersionedRecordThatKeepsEveryChannelInUseTest {

    private final List<String> audited = new ArrayList<>();
    private final Channels store = InMemory.channels(ChannelCatalog.seed());
    private final ChannelCatalogs catalogs = new ChannelCatalogs(store, InMemory.alwaysNewData());
    private final EditChannelCatalog edit = new EditChannelCatalog(store,
            InMemory.channelRules(List.of(new ChannelRule("vk / cpc", "vk_ads"))), InMemory.auditInto(audited));

    /** The seed's rows as a form sends them back. */
    private static List<EditChannelCatalog.ChannelLine> seedLines() {
        return new ArrayList<>(ChannelCatalog.seed().all().stream().map(channel -> new EditChannelCatalog.ChannelLine(
                channel.code(), channel.name().ru(), channel.name().en(), channel.paid(), channel.social())).toList());
    }

    @Test
    void anAddedRenamedAndReorderedCatalogIsStoredAtTheNextVersionAndAudited() {
        List<EditChannelCatalog.ChannelLine> lines = seedLines();
        lines.add(0, new EditChannelCatalog.ChannelLine("dzen", " Дзен ", "Dzen", false, true));

        EditChannelCatalog.Outcome saved = edit.replace(lines, ExpectedVersion.of(1), "ada");

        assertThat(saved).isInstanceOfSatisfying(EditChannelCatalog.Outcome.Saved.class,
                outcome -> assertThat(outcome.version()).isEqualTo(2));
        assertThat(catalogs.current().codes().getFirst()).isEqualTo("dzen");
        assertThat(catalogs.current().find("dzen")).map(Channel::name).map(name -> name.ru()).contains("Дзен");
        assertThat(catalogs.current().social()).extracting(Channel::code).containsExactly("dzen", "smm_vk", "telegram");
        assertThat(audited).containsExactly("channel_catalog/all replace");
        assertThat(edit.replace(seedLines(), ExpectedVersion.of(1), "boris")).isEqualTo(new EditChannelCatalog.Outcome.Stale(2));
    }

    @Test
    void everyWrongRowIsNamedWithItsFieldBeforeAnythingIsStored() {
        List<EditChannelCatalog.ChannelLine> lines = seedLines();
        lines.add(new EditChannelCatalog.ChannelLine("VK Ads", "ВК", "VK", true, false));
        lines.add(new EditChannelCatalog.ChannelLine("seo", "SEO ещё раз", "SEO again", false, false));
        lines.add(new EditChannelCatalog.ChannelLine("ok_ru", "", "OK\u0000", false, true));
        lines.add(null);

        EditChannelCatalog.Outcome refused = edit.replace(lines, ExpectedVersion.any(), "ada");

        assertThat(refused).isInstanceOfSatisfying(EditChannelCatalog.Outcome.Rejected.class, rejected -> assertThat(
                rejected.problems()).extracting(SetupProblem::row, SetupProblem::field, SetupProblem::kind).containsExactly(
                tuple(9, "code", Kind.NOT_A_CODE), tuple(10, "code", Kind.REPEATED), tuple(11, "nameRu", Kind.REQUIRED),
                tuple(11, "nameEn", Kind.INPUT), tuple(12, "code", Kind.REQUIRED)));
        assertThat(edit.replace(List.of(), ExpectedVersion.any(), "ada")).isInstanceOfSatisfying(
                EditChannelCatalog.Outcome.Rejected.class, rejected -> assertThat(rejected.problems())
                        .extracting(SetupProblem::kind).containsExactly(Kind.EMPTY));
        assertThat(store.versioned().version()).isEqualTo(1);
        assertThat(audited).isEmpty();
    }

    @Test
    void aChannelThatRulesOrValuesNameIsNotRemoved() {
        Channels withValues = new Channels() {
            public com.kpipulse.application.version.Versioned<ChannelCatalog> versioned() {
                return store.versioned();
            }

            public com.kpipulse.application.version.VersionedWrite replace(ChannelCatalog catalog, ExpectedVersion expected) {
                return store.replace(catalog, expected);
            }

            public Set<String> withValues(Collection<String> codes) {
                return Set.of("seo");
            }
        };
        EditChannelCatalog guarded = new EditChannelCatalog(withValues,
                InMemory.channelRules(List.of(new ChannelRule("vk / cpc", "vk_ads"), new ChannelRule("vk ads*", "vk_ads"))),
                InMemory.auditInto(audited));
        List<EditChannelCatalog.ChannelLine> lines = seedLines();
        lines.removeIf(line -> Arrays.asList("vk_ads", "seo", "referral").contains(line.code()));

        EditChannelCatalog.Outcome refused = guarded.replace(lines, ExpectedVersion.any(), "ada");

        assertThat(refused).isInstanceOfSatisfying(EditChannelCatalog.Outcome.Rejected.class, rejected -> assertThat(
                rejected.problems()).extracting(SetupProblem::kind, SetupProblem::args).containsExactly(
                tuple(Kind.CHANNEL_HAS_RULES, List.of("vk_ads", "2")), tuple(Kind.CHANNEL_HAS_VALUES, List.of("seo"))));
        assertThat(store.versioned().value()).isEqualTo(ChannelCatalog.seed());
    }
}
