package com.kpipulse.adapters.importing.pull;

import com.kpipulse.application.importing.pull.AccessToken;
import com.kpipulse.application.importing.pull.FetchedReport;
import com.kpipulse.application.importing.pull.PullConnection;
import com.kpipulse.application.importing.pull.ReportSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every reporting API source does: it serves connections of its kind; a report with rows comes as the API sent
 * it, for the preset that reads it, asked with the connection's token for the days from and to (both included);
 * days without rows are no data that names those days; a refused token and an API that does not answer are failures
 * (never exceptions) whose reasons say which connection and never carry the token.
 */
public abstract class ReportSourceContract {

    protected static final AccessToken TOKEN = new AccessToken("y0_AgAAAAAB-secret-oauth-token");
    protected static final LocalDate FROM = LocalDate.of(2024, 6, 1);
    protected static final LocalDate TO = LocalDate.of(2024, 6, 2);

    /** What the API was asked: the token it was sent and the days. */
    protected record Asked(String token, LocalDate from, LocalDate to) {
    }

    protected abstract ReportSource source();

    /** A connection to the API behind {@link #source()}. */
    protected abstract PullConnection connection();

    /** The import preset that reads the source's reports. */
    protected abstract String presetId();

    /** The API has a report with rows for the connection's account from {@link #FROM} to {@link #TO}: its bytes. */
    protected abstract byte[] hasReport();

    /** The API answers with a report without rows. */
    protected abstract void hasNoRows();

    /** The API refuses the token. */
    protected abstract void refusesTheToken();

    /** The API does not answer. */
    protected abstract void doesNotAnswer();

    /** What the API was asked last. */
    protected abstract Asked lastAsked();

    @Test
    void theSourceServesConnectionsOfItsKind() {
        assertThat(source().kind()).isEqualTo(connection().kind());
    }

    @Test
    void aReportWithRowsComesAsTheApiSentItForItsPresetAskedWithTheTokenForTheDays() {
        byte[] report = hasReport();

        FetchedReport fetched = source().fetch(connection(), TOKEN, FROM, TO);

        assertThat(fetched).isInstanceOfSatisfying(FetchedReport.Payload.class, payload -> {
            assertThat(payload.bytes()).isEqualTo(report);
            assertThat(payload.presetId()).isEqualTo(presetId());
            assertThat(payload.fileName()).contains(connection().account(), FROM.toString(), TO.toString());
        });
        assertThat(lastAsked()).isEqualTo(new Asked(TOKEN.value(), FROM, TO));
    }

    @Test
    void daysWithoutRowsAreNoDataThatNamesThem() {
        hasNoRows();

        assertThat(source().fetch(connection(), TOKEN, FROM, TO)).isInstanceOfSatisfying(FetchedReport.NoData.class,
                none -> assertThat(none.reason()).contains(FROM.toString(), TO.toString()));
    }

    @Test
    void aRefusedTokenIsAFailureThatNamesTheConnectionAndNotTheToken() {
        refusesTheToken();

        assertThat(source().fetch(connection(), TOKEN, FROM, TO)).isInstanceOfSatisfying(FetchedReport.Failure.class,
                failure -> assertThat(failure.reason()).doesNotContain(TOKEN.value())
                        .containsAnyOf(connection().name(), connection().account()));
    }

    @Test
    void anApiThatDoesNotAnswerIsAFailureWithoutTheToken() {
        doesNotAnswer();

        assertThat(source().fetch(connection(), TOKEN, FROM, TO)).isInstanceOfSatisfying(FetchedReport.Failure.class,
                failure -> assertThat(failure.reason()).isNotBlank().doesNotContain(TOKEN.value()));
    }
}
