package com.kpipulse.adapters.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A weekly review as read; see {@link WeeklyReviewPersistenceAdapter} for why writes do not go through it. */
@Entity
@Table(name = "weekly_review")
public class WeeklyReviewJpaEntity {

    @Id
    public UUID id;

    @Column(name = "week_code")
    public String weekCode;

    @Column(name = "week_start")
    public LocalDate weekStart;

    public String status;

    @Column(name = "started_by")
    public String startedBy;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** Read only: the adapter's statements check and raise it. */
    @Column(insertable = false, updatable = false)
    public long version;

    /** An agenda item as {@code weekly_review_item} keeps it, at its position. */
    @Embeddable
    public record Item(int number, int section, @Column(name = "subject_kind") String subjectKind, String subject,
                       String channel, String cause, @Column(name = "three_in_a_row") boolean threeInARow,
                       int minutes, boolean dropped, String decision,
                       @Column(name = "decision_version") long decisionVersion, String actions) {
    }

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "weekly_review_item", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    public List<Item> items = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "weekly_review_attendance", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    @Column(name = "login")
    public List<String> attendance = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "weekly_review_rating", joinColumns = @JoinColumn(name = "review_id"))
    @MapKeyColumn(name = "login")
    @Column(name = "rating")
    public Map<String, Integer> ratings = new HashMap<>();
}
