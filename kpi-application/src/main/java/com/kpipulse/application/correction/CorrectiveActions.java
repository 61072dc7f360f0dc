package com.kpipulse.application.correction;

import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.correction.CorrectiveAction;

import java.util.List;
import java.util.Optional;

/**
 * Outgoing port: the corrective actions, each with its version (1 when created, one more with every change, comments
 * and status included). A replace names the version it was read at; the store checks it in the statement that writes.
 */
public interface CorrectiveActions {

    /** Stores a new action at version 1. */
    void create(CorrectiveAction action);

    /** Replaces a stored action if it is still at {@code expected}. */
    VersionedWrite replace(CorrectiveAction action, ExpectedVersion expected);

    Optional<Versioned<CorrectiveAction>> find(ActionId id);

    /** The actions the filter lets through, the earliest due date first (then the earliest proposed). */
    List<Versioned<CorrectiveAction>> matching(ActionFilter filter);
}
