package com.kpipulse.application.review;

import java.util.List;

/** What became of a note or an addendum somebody wrote. */
public sealed interface AppendOutcome<T> {

    /** Stored after the others. */
    record Appended<T>(T value) implements AppendOutcome<T> {
    }

    /** Nothing stored: what is wrong, field by field. */
    record Rejected<T>(List<ReviewProblem> problems) implements AppendOutcome<T> {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    record NotFound<T>() implements AppendOutcome<T> {
    }

    record Denied<T>() implements AppendOutcome<T> {
    }

    /** Nothing stored: a note to a closed review ({@code closed}), or an addendum to one still open. */
    record WrongStatus<T>(boolean closed) implements AppendOutcome<T> {
    }
}
