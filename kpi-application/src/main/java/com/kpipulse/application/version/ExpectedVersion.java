package com.kpipulse.application.version;

/**
 * What a write expects of the record it replaces. {@link Any}: whatever is stored (the last writer wins, as before
 * versions existed); {@link Exactly}: only the version the writer read, so a change made in between is never silently
 * overwritten. Stores check it in the same statement that writes, so two writers that read the same version cannot
 * both succeed.
 */
public sealed interface ExpectedVersion {

    /** Replace whatever is stored. */
    record Any() implements ExpectedVersion {
    }

    /** Replace only this version (0: only if nothing is stored yet). */
    record Exactly(long version) implements ExpectedVersion {
        public Exactly {
            if (version < 0) {
                throw new IllegalArgumentException("versions are not negative: " + version);
            }
        }
    }

    static ExpectedVersion any() {
        return new Any();
    }

    static ExpectedVersion of(long version) {
        return new Exactly(version);
    }

    /** Whether a record at {@code current} may be replaced. */
    default boolean admits(long current) {
        return switch (this) {
            case Any any -> true;
            case Exactly exactly -> exactly.version() == current;
        };
    }
}
