package com.kpipulse.application.importing.pull;

/** Outgoing port: turns a token into something safe to store, and a stored reference back into the token. */
public interface Secrets {

    /** Encrypts a token for the database. */
    TokenReference.Encrypted seal(AccessToken token);

    /**
     * The token a reference stands for.
     *
     * @throws IllegalStateException with a reason an operator can act on when the variable or the key is missing,
     *                               or the stored token was altered
     */
    AccessToken reveal(TokenReference reference);
}
