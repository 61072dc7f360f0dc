package com.kpipulse.adapters.correction;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A corrective action as read; see {@link CorrectiveActionPersistenceAdapter} for why writes do not go through it. */
@Entity
@Table(name = "corrective_action")
public class CorrectiveActionJpaEntity {

    @Id
    public UUID id;

    public String title;

    @Column(name = "goal_id")
    public UUID goalId;

    public String kpi;

    /** Channel codes joined by commas; "" for none. */
    public String channels;

    public String owner;

    @Column(name = "due_date")
    public LocalDate dueDate;

    public String hypothesis;

    @Column(name = "effect_kpi")
    public String effectKpi;

    @Column(name = "effect_direction")
    public String effectDirection;

    @Column(name = "effect_size")
    public BigDecimal effectSize;

    @Column(name = "effect_window_days")
    public int effectWindowDays;

    public String status;

    @Column(name = "drop_reason")
    public String dropReason;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Read only: the adapter's statements check and raise it. */
    @Column(insertable = false, updatable = false)
    public long version;

    /** A comment as {@code corrective_action_comment} keeps it, at its position. */
    @Embeddable
    public record Comment(String author, @Column(name = "written_at") Instant writtenAt, String text) {
    }

    @ElementCollection
    @CollectionTable(name = "corrective_action_comment", joinColumns = @JoinColumn(name = "action_id"))
    @OrderColumn(name = "position")
    public List<Comment> comments = new ArrayList<>();
}
