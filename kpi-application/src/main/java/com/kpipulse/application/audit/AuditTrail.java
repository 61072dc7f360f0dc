package com.kpipulse.application.audit;

/** Outgoing port: who changed what, when, from what to what. Written in the same transaction as the change. */
public interface AuditTrail {

    /**
     * @param subjectType e.g. {@code observation}, {@code goal}, {@code channel_rule}
     * @param subjectId   a readable key of the changed thing
     * @param before      the old state as text, or null when it is new
     * @param after       the new state as text, or null when it was removed
     */
    void record(String actor, String subjectType, String subjectId, String action, String before, String after);
}
