package com.kpipulse.application.importing.pull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Adds or changes an API connection. A token given in clear is encrypted before it is stored; a token named by
 * variable is read from the configuration at each pull and never stored.
 */
@ApplicationScoped
public class ConnectReportSource {

    private final PullConnections connections;
    private final Secrets secrets;

    @Inject
    public ConnectReportSource(PullConnections connections, Secrets secrets) {
        this.connections = connections;
        this.secrets = secrets;
    }

    @Transactional
    public PullConnection connect(ConnectCommand command) {
        TokenReference token = switch (command.token()) {
            case TokenInput.Given given -> secrets.seal(given.token());
            case TokenInput.Named named -> named.reference();
        };
        Optional<PullConnection> existing = connections.findByName(command.name().strip());
        PullConnection connection = new PullConnection(existing.map(PullConnection::id).orElseGet(UUID::randomUUID),
                command.name(), command.kind(), command.account(), token, command.currency(), command.windowDays(),
                command.enabled(), command.baseUrl(), existing.map(PullConnection::lastSync).orElse(null));
        connections.save(connection);
        return connection;
    }

    /**
     * @param windowDays how many days each pull reaches back ({@link PullConnection#DEFAULT_WINDOW_DAYS} when unsure)
     * @param baseUrl    another address of the API, or null
     */
    public record ConnectCommand(String name, PullConnection.Kind kind, String account, TokenInput token,
                                 String currency, int windowDays, boolean enabled, URI baseUrl) {

        public ConnectCommand {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(token, "token");
        }
    }

    /** The token as the user gives it: in clear (to be encrypted) or by the name of a variable that holds it. */
    public sealed interface TokenInput {

        record Given(AccessToken token) implements TokenInput {
        }

        record Named(TokenReference.FromConfig reference) implements TokenInput {
        }
    }
}
