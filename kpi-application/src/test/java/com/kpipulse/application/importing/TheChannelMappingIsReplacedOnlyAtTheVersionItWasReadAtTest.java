package com.kpipulse.application.importing;

import com.kpipulse.application.setup.SetupProblem;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.channel.Channel;
import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.channel.ChannelRule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TheChannelMappingIsReplacedOnlyAtTheVersionItWasReadAtTest {

    /** The seed channels and one an admin added. */
    private static final ChannelCatalog CHANNELS = new ChannelCatalog(Stream.concat(ChannelCatalog.seed().all().stream(),
            Stream.of(new Channel("dzen", LocalizedText.of("Дзен", "Dzen"), false, true))).toList());

    private final List<String> audited = new ArrayList<>();

    private final EditChannelMapping mapping = new EditChannelMapping(
            InMemory.channelRules(List.of(new ChannelRule("google / cpc", "google_ads"))), InMemory.channelCatalogs(CHANNELS),
            InMemory.auditInto(audited));

    private static EditChannelMapping.RuleLine line(String pattern, String channel) {
        return new EditChannelMapping.RuleLine(pattern, channel);
    }

    private List<String> reasons(EditChannelMapping.Outcome outcome) {
        assertThat(outcome).isInstanceOf(EditChannelMapping.Outcome.Rejected.class);
        return ((EditChannelMapping.Outcome.Rejected) outcome).reasons();
    }

    @Test
    void theWholeMappingIsOneRecordWhoseVersionEveryReplacementRaises() {
        assertThat(mapping.versioned().version()).isEqualTo(1);

        EditChannelMapping.Outcome saved = mapping.replace(List.of(line("dzen / native", "dzen")), ExpectedVersion.of(1), "ada");

        assertThat(saved).isInstanceOfSatisfying(EditChannelMapping.Outcome.Saved.class,
                outcome -> assertThat(outcome.version()).isEqualTo(2));
        assertThat(mapping.versioned().value().channelOf("Dzen / Native")).contains("dzen");
    }

    @Test
    void aReplacementMadeAgainstAnOlderVersionIsStaleAndTheNewerMappingIsKept() {
        mapping.replace(List.of(line("dzen / native", "dzen")), ExpectedVersion.of(1), "ada");

        EditChannelMapping.Outcome late = mapping.replace(List.of(line("vk / cpc", "vk_ads")), ExpectedVersion.of(1), "boris");

        assertThat(late).isEqualTo(new EditChannelMapping.Outcome.Stale(2));
        assertThat(mapping.current().channelOf("dzen / native")).contains("dzen");
        assertThat(mapping.current().channelOf("vk / cpc")).isEmpty();
        assertThat(audited).hasSize(1);
    }

    @Test
    void textsThatAreNotTextAreRefusedByLineAndField() {
        assertThat(reasons(mapping.replace(List.of(line("ok / fine", "seo"), line("a\u0000b", "seo")), ExpectedVersion.any(), "ada")))
                .containsExactly("line 2: sourcePattern: a control character (code 0) at position 2 is not allowed");
        assertThat(reasons(mapping.replace(List.of(line("x".repeat(1 << 20), "seo")), ExpectedVersion.any(), "ada")))
                .containsExactly("line 1: sourcePattern: the text is too long: 1048576 characters, at most 300 fit");
        assertThat(reasons(mapping.replace(List.of(line("ok", "seo\u0000")), ExpectedVersion.any(), "ada")))
                .containsExactly("line 1: channel: a control character (code 0) at position 4 is not allowed");
        assertThat(mapping.versioned().version()).isEqualTo(1);
    }

    @Test
    void anEmptyLineIsNamed() {
        assertThat(reasons(mapping.replace(Arrays.asList(line("ok", "seo"), null), ExpectedVersion.any(), "ada")))
                .containsExactly("line 2: sourcePattern: a value is required", "line 2: channel: a value is required");
    }

    @Test
    void aRuleNamesAChannelOfTheCatalogOrIsRefusedWithItsRowAndField() {
        EditChannelMapping.Outcome refused = mapping.replace(List.of(line("vk / cpc", "vk_ads"), line("ok.ru / social", "ok_ru"),
                line("vk / cpc", "smm_vk"), line("*", "seo")), ExpectedVersion.any(), "ada");

        assertThat(refused).isInstanceOfSatisfying(EditChannelMapping.Outcome.Rejected.class, rejected -> assertThat(
                rejected.problems()).extracting(SetupProblem::row, SetupProblem::field, SetupProblem::kind).containsExactly(
                tuple(1, "channel", SetupProblem.Kind.UNKNOWN_CHANNEL),
                tuple(2, "sourcePattern", SetupProblem.Kind.REPEATED),
                tuple(3, "sourcePattern", SetupProblem.Kind.PATTERN_MATCHES_ALL)));
        assertThat(reasons(refused)).contains("line 2: channel: there is no channel «ok_ru» in the channel catalog",
                "line 3: sourcePattern: «vk / cpc» is already listed in row 1");
        assertThat(mapping.versioned().version()).isEqualTo(1);
    }

    @Test
    void theRulesAreKeptInTheOrderTheAdminGaveThem() {
        mapping.replace(List.of(line("vk / cpc", "vk_ads"), line("google / cpc", "google_ads"), line("dzen*", "dzen")),
                ExpectedVersion.any(), "ada");

        assertThat(mapping.current().listed()).extracting(ChannelRule::sourcePattern)
                .containsExactly("vk / cpc", "google / cpc", "dzen*");
    }
}
