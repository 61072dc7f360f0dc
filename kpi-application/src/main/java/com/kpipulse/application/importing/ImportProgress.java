package com.kpipulse.application.importing;

import java.util.Optional;
import java.util.UUID;

/**
 * How far the check of an uploaded file has come, for its importer's progress bar while the import runs. The upload
 * names itself with a key its page chose; only the person who sent it reads it. A report is visible to every replica
 * at once, whatever becomes of the import's own transaction: the page that asks may be served by another replica, and
 * the import commits only at its end.
 */
public interface ImportProgress {

    /** Says that {@code rows} rows of the upload {@code upload} of {@code person} are checked so far. */
    void checked(UUID upload, String person, long rows);

    /** The rows checked so far, if {@code person}'s upload {@code upload} has reported any. */
    Optional<Long> checkedSoFar(UUID upload, String person);
}
