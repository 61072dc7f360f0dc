package com.kpipulse.application.testing;

import com.kpipulse.application.importing.pull.AccessToken;
import com.kpipulse.application.importing.pull.FetchedReport;
import com.kpipulse.application.importing.pull.PullConnection;
import com.kpipulse.application.importing.pull.ReportSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A reporting API in memory for one kind of connection: it has a report per account, takes the tokens it was given
 * (any while it was given none) and may be down; it remembers what it was asked. As the real APIs, it answers with
 * a failure rather than an exception, and no reason carries the token. A test may script a connection's answer.
 */
public final class InMemoryReportSource implements ReportSource {

    /** One fetch as the source was asked for it. */
    public record Request(String connection, AccessToken token, LocalDate from, LocalDate to) {
    }

    private final PullConnection.Kind kind;
    private final String presetId;
    private final Map<String, byte[]> reports = new LinkedHashMap<>();
    private final Set<AccessToken> accepted = new HashSet<>();
    private final Map<String, Function<PullConnection, FetchedReport>> scripted = new LinkedHashMap<>();
    private final List<Request> requests = new ArrayList<>();
    private boolean down;

    /** @param presetId the import preset that reads this API's reports */
    public InMemoryReportSource(PullConnection.Kind kind, String presetId) {
        this.kind = kind;
        this.presetId = presetId;
    }

    /** The API has this report for the account, whatever days are asked. */
    public synchronized InMemoryReportSource report(String account, byte[] bytes) {
        reports.put(account, bytes.clone());
        return this;
    }

    /** The API takes this token (and from now on only the tokens it was given). */
    public synchronized InMemoryReportSource accept(AccessToken token) {
        accepted.add(token);
        return this;
    }

    /** The API does not answer. */
    public synchronized InMemoryReportSource down() {
        down = true;
        return this;
    }

    /** The connection of this name gets this answer, whatever the API holds. */
    public synchronized InMemoryReportSource answer(String connection, Function<PullConnection, FetchedReport> answer) {
        scripted.put(connection, answer);
        return this;
    }

    /** What the source was asked, in order. */
    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public PullConnection.Kind kind() {
        return kind;
    }

    @Override
    public synchronized FetchedReport fetch(PullConnection connection, AccessToken token, LocalDate from, LocalDate to) {
        requests.add(new Request(connection.name(), token, from, to));
        if (scripted.containsKey(connection.name())) {
            return scripted.get(connection.name()).apply(connection);
        }
        if (down) {
            return new FetchedReport.Failure("the " + kind + " API could not be reached; the next pull tries again");
        }
        if (!accepted.isEmpty() && !accepted.contains(token)) {
            return new FetchedReport.Failure("the " + kind + " API refused the token of «" + connection.name() + "»");
        }
        byte[] report = reports.get(connection.account());
        if (report == null) {
            return new FetchedReport.NoData("the " + kind + " API has no rows for " + connection.account() + " from "
                    + from + " to " + to);
        }
        return new FetchedReport.Payload(kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + connection.account()
                + "-" + from + "-" + to, report.clone(), presetId, Map.of("currency", connection.currency()));
    }
}
