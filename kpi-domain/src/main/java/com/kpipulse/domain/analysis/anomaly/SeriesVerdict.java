package com.kpipulse.domain.analysis.anomaly;

import com.kpipulse.domain.text.Message;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The outcome of checking one series over some days: what was found, or why it could not be judged. */
public sealed interface SeriesVerdict {

    SeriesKey series();

    /**
     * The series was judged on the days that had enough history before them.
     *
     * @param daysJudged    days of {@code from..to} judged (a young series may lack history for the first ones)
     * @param daysNotJudged days of {@code from..to} without enough history before them
     * @param findings      unusual days, oldest first; empty when every judged day looked usual
     */
    record Judged(SeriesKey series, LocalDate from, LocalDate to, int daysJudged, int daysNotJudged,
                  List<Finding> findings) implements SeriesVerdict {

        public Judged {
            Objects.requireNonNull(series, "series");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            findings = List.copyOf(findings);
        }
    }

    /** Not one day could be judged; {@code explanation} says why in both languages. */
    record NotJudged(SeriesKey series, NotJudgedReason reason, Message explanation) implements SeriesVerdict {

        public NotJudged {
            Objects.requireNonNull(series, "series");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(explanation, "explanation");
        }
    }
}
