package com.kpipulse.adapters.correction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A proposal as read; see {@link ProposalPersistenceAdapter} for why writes do not go through it. */
@Entity
@Table(name = "proposal")
public class ProposalJpaEntity {

    @Id
    public UUID id;

    @Column(name = "period_code")
    public String periodCode;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    public int position;

    public String kind;

    public String kpi;

    public String channel;

    public String cause;

    /** A JSON array of one message. */
    public String title;

    /** A JSON array of messages. */
    public String reasoning;

    @Column(name = "effect_kpi")
    public String effectKpi;

    @Column(name = "effect_direction")
    public String effectDirection;

    @Column(name = "effect_size")
    public BigDecimal effectSize;

    @Column(name = "effect_low")
    public BigDecimal effectLow;

    @Column(name = "effect_high")
    public BigDecimal effectHigh;

    /** The budget planner's channels and moves as JSON, for a reallocation. */
    public String reallocation;

    public String status;

    @Column(name = "action_id")
    public UUID actionId;

    @Column(name = "rejected_reason")
    public String rejectedReason;

    @Column(name = "rejected_by")
    public String rejectedBy;

    @Column(name = "rejected_at")
    public Instant rejectedAt;

    @Column(name = "made_at")
    public Instant madeAt;

    /** Read only: the adapter's statements check and raise it. */
    @Column(insertable = false, updatable = false)
    public long version;
}
